/**
 * Polls ("Thăm dò ý kiến"), read from `content/_data/polls.yaml` and validated like articles: every
 * problem of every poll, with its line, as `Problem`s. A poll is open from `opens` (inclusive) to
 * `closes` (exclusive), both in GMT+7; a `closes` written as a date alone means the end of that day.
 *
 * ```yaml
 * - id: nguon-thong-tin
 *   question: Bạn biết website “truyenthongkhoahoc.vn” qua nguồn thông tin nào?
 *   options:
 *     - { id: ban-be, label: Bạn bè giới thiệu }
 *     - { id: google, label: Qua Google }
 *   opens: 2024-01-01
 *   closes: 2030-12-31
 * ```
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { DateTime } from "luxon";
import { isMap, isScalar, isSeq } from "yaml";
import type { Problem } from "../problems.ts";
import { DEFAULT_LANGUAGE, type Language } from "../language.ts";
import { type WriterMessages, writerMessages } from "../writer-messages.ts";
import { timestampMessage } from "../content/timestamp-message.ts";
import { parseYamlData } from "../content/yaml-data.ts";
import { parseTimestamp } from "../dates.ts";
import { closestWord } from "../text/closest-word.ts";
import type { FieldIssue } from "./submission.ts";

export interface PollOption {
  id: string;
  label: string;
}

export interface Poll {
  id: string;
  question: string;
  options: PollOption[];
  /** First instant the poll is open. */
  opens: DateTime;
  /** First instant the poll is closed again. */
  closes: DateTime;
}

const POLL_FIELDS = ["id", "question", "options", "opens", "closes"];
const OPTION_FIELDS = ["id", "label"];
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_ONLY = /^\s*\d{4}-\d{2}-\d{2}\s*$/;

/** Whether a poll takes votes at an instant. */
export function isPollOpen(poll: Poll, at: DateTime): boolean {
  return poll.opens <= at && at < poll.closes;
}

/**
 * The receiver's check of a vote against the polls at an instant, for `validateSubmission`'s context:
 * the poll must be known and open, the choice one it offers. Without `now`, whether it is open is not looked at.
 * @example voteIssueAt(polls, now)("nguon-thong-tin", "qua-tv") // { field: "choice", code: "unknownChoice" }
 */
export function voteIssueAt(polls: readonly Poll[], now?: DateTime): (poll: string, choice: string) => FieldIssue | undefined {
  return (id, choice) => {
    const poll = polls.find((candidate) => candidate.id === id);
    if (!poll) return { field: "poll", code: "unknownPoll" };
    if (now && !isPollOpen(poll, now)) return { field: "poll", code: "pollClosed" };
    if (!poll.options.some((option) => option.id === choice)) return { field: "choice", code: "unknownChoice" };
    return undefined;
  };
}

/**
 * The poll the sidebar shows at an instant (the build time): of those open, the one opened last.
 * @example openPollAt(polls, buildTime())?.id // "nguon-thong-tin"
 */
export function openPollAt(polls: readonly Poll[], at: DateTime): Poll | undefined {
  let shown: Poll | undefined;
  for (const poll of polls) {
    if (isPollOpen(poll, at) && (!shown || poll.opens > shown.opens)) shown = poll;
  }
  return shown;
}

/** Reads `<contentDir>/_data/polls.yaml`; a site without the file has no polls and no problem. Problems are in `lang`. */
export async function readPolls(contentDir: string, displayDir = "content", lang: Language = DEFAULT_LANGUAGE): Promise<{ polls: Poll[]; problems: Problem[] }> {
  let text: string;
  try {
    text = await readFile(path.join(contentDir, "_data", "polls.yaml"), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { polls: [], problems: [] };
    throw error;
  }
  return parsePolls(text, `${displayDir}/_data/polls.yaml`, lang);
}

/** Parses and validates the text of a polls file; only polls without errors are returned. Problems are in `lang` (writer-messages.ts). */
export function parsePolls(text: string, displayPath: string, lang: Language = DEFAULT_LANGUAGE): { polls: Poll[]; problems: Problem[] } {
  const say = writerMessages[lang];
  const { root, lineOf, problems } = parseYamlData(text, displayPath, lang);
  const report = (severity: Problem["severity"], node: unknown, field: string | undefined, message: string): void => {
    problems.push({ severity, file: displayPath, line: lineOf(node), ...(field === undefined ? {} : { field }), message });
  };
  if (root === undefined || root === null) return { polls: [], problems };
  if (!isSeq(root)) {
    report("error", root, undefined, say.pollsNotList);
    return { polls: [], problems };
  }

  const polls: Poll[] = [];
  const firstLineOfId = new Map<string, number | undefined>();
  for (const item of root.items) {
    if (!isMap(item)) {
      report("error", item, undefined, say.pollNotMap);
      continue;
    }
    const errorsBefore = problems.filter((problem) => problem.severity === "error").length;
    const fields = new Map<string, { key: unknown; value: unknown }>();
    for (const pair of item.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : "";
      fields.set(key, { key: pair.key, value: pair.value });
      if (!POLL_FIELDS.includes(key)) {
        const suggestion = closestWord(key, POLL_FIELDS);
        report("warning", pair.key, key, say.pollUnknownField(suggestion, POLL_FIELDS.join(", ")));
      }
    }
    const missing = (field: string, example: string): void => report("error", item, field, say.pollRequired(example));

    const id = textValue(fields.get("id")?.value);
    if (!fields.has("id")) missing("id", "id: nguon-thong-tin");
    else if (id === undefined || !ID_PATTERN.test(id)) {
      report("error", nodeOf(fields.get("id")), "id", say.pollIdNotSlug("id: nguon-thong-tin"));
    } else if (firstLineOfId.has(id)) {
      report("error", nodeOf(fields.get("id")), "id", say.pollIdTwice(id, firstLineOfId.get(id)));
    } else {
      firstLineOfId.set(id, lineOf(nodeOf(fields.get("id"))));
    }

    const question = textValue(fields.get("question")?.value);
    if (!fields.has("question")) missing("question", "question: Bạn biết trang qua nguồn nào?");
    else if (question === undefined) report("error", nodeOf(fields.get("question")), "question", say.pollQuestionNotText);

    const options = readOptions(fields.get("options"), item, report, say);

    const opens = timestampValue(fields.get("opens"), "opens", item, report, false, lang);
    const closes = timestampValue(fields.get("closes"), "closes", item, report, true, lang);
    if (opens && closes && closes <= opens) {
      report("error", nodeOf(fields.get("closes")), "closes", say.pollClosesBeforeOpens);
    }

    const hasNewErrors = problems.filter((problem) => problem.severity === "error").length > errorsBefore;
    if (!hasNewErrors && id && question && options && opens && closes) polls.push({ id, question, options, opens, closes });
  }

  // Two polls open at once is allowed (the later one is shown) but rarely meant.
  for (let i = 0; i < polls.length; i++) {
    for (let j = i + 1; j < polls.length; j++) {
      const [a, b] = [polls[i]!, polls[j]!];
      if (a.opens < b.closes && b.opens < a.closes) {
        const [earlier, later] = a.opens <= b.opens ? [a, b] : [b, a];
        problems.push({
          severity: "warning",
          file: displayPath,
          line: firstLineOfId.get(later.id),
          field: "opens",
          message: say.pollsOverlap(later.id, earlier.id),
        });
      }
    }
  }
  return { polls, problems };
}

type Report = (severity: Problem["severity"], node: unknown, field: string | undefined, message: string) => void;

function readOptions(entry: { key: unknown; value: unknown } | undefined, poll: unknown, report: Report, say: WriterMessages): PollOption[] | undefined {
  if (!entry) {
    report("error", poll, "options", say.pollOptionsRequired);
    return undefined;
  }
  if (!isSeq(entry.value)) {
    report("error", nodeOf(entry), "options", say.pollOptionsNotList);
    return undefined;
  }
  const options: PollOption[] = [];
  const seen = new Map<string, number>();
  let valid = true;
  entry.value.items.forEach((item, index) => {
    const field = `options[${index + 1}]`;
    if (!isMap(item)) {
      report("error", item, field, say.pollOptionNotMap);
      valid = false;
      return;
    }
    let id: string | undefined;
    let label: string | undefined;
    let idNode: unknown;
    for (const pair of item.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : "";
      if (key === "id") [id, idNode] = [textValue(pair.value), pair.value];
      else if (key === "label") label = textValue(pair.value);
      else {
        const suggestion = closestWord(key, OPTION_FIELDS);
        report("warning", pair.key, `${field}.${key}`, say.pollOptionUnknownField(suggestion));
      }
    }
    if (id === undefined || !ID_PATTERN.test(id)) {
      report("error", idNode ?? item, `${field}.id`, id === undefined ? say.pollRequired("id: qua-google") : say.pollIdNotSlug("id: qua-google"));
      valid = false;
    } else if (seen.has(id)) {
      report("error", idNode, `${field}.id`, say.pollOptionIdTwice(id, seen.get(id)!));
      valid = false;
    } else {
      seen.set(id, index + 1);
    }
    if (label === undefined) {
      report("error", item, `${field}.label`, say.pollOptionLabelRequired);
      valid = false;
    }
    if (id !== undefined && label !== undefined) options.push({ id, label });
  });
  if (entry.value.items.length < 2) {
    report("error", entry.value, "options", say.pollTooFewOptions(entry.value.items.length));
    return undefined;
  }
  return valid ? options : undefined;
}

function timestampValue(
  entry: { key: unknown; value: unknown } | undefined,
  field: "opens" | "closes",
  poll: unknown,
  report: Report,
  endOfDay: boolean,
  lang: Language,
): DateTime | undefined {
  if (!entry) {
    report("error", poll, field, writerMessages[lang].pollDateRequired(field));
    return undefined;
  }
  const raw = isScalar(entry.value) ? entry.value.value : undefined;
  const parsed = parseTimestamp(raw);
  if (!parsed.ok) {
    report("error", nodeOf(entry), field, timestampMessage(raw, parsed, field, lang));
    return undefined;
  }
  // "closes: 2030-12-31" means the poll is still open on 31/12/2030.
  return endOfDay && typeof raw === "string" && DATE_ONLY.test(raw) ? parsed.value.plus({ days: 1 }) : parsed.value;
}

/** The value's node, or the key's when the value is empty (`id:` alone), for its line. */
function nodeOf(entry: { key: unknown; value: unknown } | undefined): unknown {
  return entry?.value ?? entry?.key;
}

function textValue(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const value = node.value;
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}
