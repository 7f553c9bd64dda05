// Writes today's date in GMT+7 into the header ("Thứ năm, 25/04/2024"), as the portal does.
// A static page cannot know the reader's day at build time. Weekday names come from the page
// (data-weekdays, Sunday first) rather than Intl, whose Vietnamese data varies between browsers;
// English pages also give month names (data-month-names), for "Thursday, 25 April 2024". The GMT+7
// day and its form are src/newsroom-day.ts's, as the build prints them, bundled in.
import { formatCalendarDay, newsroomDayAt } from "../../src/newsroom-day.ts";

for (const element of document.querySelectorAll("[data-today]")) {
  const weekdays = (element.getAttribute("data-weekdays") || "").split("|");
  const today = newsroomDayAt(Date.now());
  const monthNames = element.getAttribute("data-month-names")?.split("|") ?? [];
  const date = formatCalendarDay(today.year, today.month, today.day, monthNames);
  const weekday = weekdays[today.weekday];
  element.textContent = weekday ? `${weekday}, ${date}` : date;
}
