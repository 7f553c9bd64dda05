// Writes today's date in GMT+7 into the header ("Thứ năm, 25/04/2024"), as the portal does.
// A static page cannot know the reader's day at build time. Weekday names come from the page
// (data-weekdays, Sunday first) rather than Intl, whose Vietnamese data varies between browsers;
// English pages also give month names (data-month-names), for "Thursday, 25 April 2024".
const GMT7_OFFSET_MS = 7 * 60 * 60 * 1000;

for (const element of document.querySelectorAll("[data-today]")) {
  const weekdays = (element.getAttribute("data-weekdays") || "").split("|");
  const now = new Date(Date.now() + GMT7_OFFSET_MS);
  const pad = (n) => String(n).padStart(2, "0");
  const monthNames = element.getAttribute("data-month-names")?.split("|");
  const date = monthNames
    ? `${now.getUTCDate()} ${monthNames[now.getUTCMonth()]} ${now.getUTCFullYear()}`
    : `${pad(now.getUTCDate())}/${pad(now.getUTCMonth() + 1)}/${now.getUTCFullYear()}`;
  const weekday = weekdays[now.getUTCDay()];
  element.textContent = weekday ? `${weekday}, ${date}` : date;
}
