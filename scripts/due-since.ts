/**
 * `npm run due-since -- [--since SECONDS|INSTANT] [--content DIR] [--lang en]`: whether the scheduled
 * publishing job must build (issue 19; src/content/publication-due.ts). Prints why, then a last line
 * `due=true` or `due=false` for the workflow (.github/workflows/site.yml) to read. Exits 0 either way.
 */
import path from "node:path";
import { cliMessages, usageOf } from "../src/cli-messages.ts";
import { commandLine, usageExit } from "../src/command-line.ts";
import { publishDecision, readSince, timedChanges } from "../src/content/publication-due.ts";
import { isoTimestamp } from "../src/dates.ts";
import { DEFAULT_CONTENT_DIR } from "../src/project-paths.ts";
import { readSettings } from "../src/settings.ts";

const { values, lang } = commandLine({
  command: "npm run due-since",
  usage: usageOf("dueSince"),
  folders: ["content"],
  options: { since: { type: "string" }, content: { type: "string", default: DEFAULT_CONTENT_DIR } },
});
const t = cliMessages[lang];
const since = readSince(values.since);
if (!since.ok) usageExit(`${usageOf("dueSince")[lang]}\n\n${t.problem(t.sinceValue(values.since ?? ""))}`);

const decision = publishDecision(await timedChanges(path.resolve(values.content)), since.value, readSettings(process.env).now());
if (decision.due) {
  if (decision.reason === "no-record") console.log(t.dueNoRecord());
  else if (decision.reason === "new-day") console.log(t.dueNewDay());
  else {
    console.log(t.dueCameDue(decision.changes.length));
    for (const change of decision.changes) console.log(t.timedChange(change.kind, change.file, isoTimestamp(change.at)));
  }
} else {
  console.log(t.notDue());
  if (decision.next) console.log(`${t.nextChange()}\n${t.timedChange(decision.next.kind, decision.next.file, isoTimestamp(decision.next.at))}`);
}
console.log(`due=${decision.due}`);
