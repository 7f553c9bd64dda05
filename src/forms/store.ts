/**
 * The receiver's store: one JSON object per line, appended and fsync'ed before a submission is
 * acknowledged.
 *
 * Lines never interleave: one writer per store writes whole lines, and appends that arrive while
 * a write is on its way go out together in the next write with one fsync ("group commit"), which
 * is what lets a few hundred simultaneous posts land quickly. A crash can still cut the last write
 * short; such a fragment has no line end, so the reader skips it, and the next writer starts a
 * fresh line first. No half line ever spoils a whole one.
 */
import { mkdir, open, readFile } from "node:fs/promises";
import type { FileHandle } from "node:fs/promises";
import path from "node:path";

interface PendingLine {
  text: string;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export interface JsonLines {
  records: unknown[];
  /** Lines that are not a JSON object: a write cut short by a crash, or a hand edit. */
  skippedLines: number;
}

/**
 * Whole JSON lines of a store's text; an unfinished last line and lines that do not parse are counted, not returned.
 * @example parseJsonLines('{"a":1}\n{"b"').records // [{ a: 1 }]
 */
export function parseJsonLines(text: string): JsonLines {
  const records: unknown[] = [];
  let skippedLines = 0;
  const lines = text.split("\n");
  const unfinished = lines.pop();
  if (unfinished !== undefined && unfinished.trim() !== "") skippedLines++;
  for (const line of lines) {
    if (line.trim() === "") continue;
    try {
      const record: unknown = JSON.parse(line);
      if (typeof record === "object" && record !== null && !Array.isArray(record)) records.push(record);
      else skippedLines++;
    } catch {
      skippedLines++;
    }
  }
  return { records, skippedLines };
}

/**
 * One JSON-lines file, written by this object alone.
 * @example await new JsonLinesStore(".cache/forms/submissions.jsonl").append({ kind: "poll", poll: "a", choice: "b" })
 */
export class JsonLinesStore {
  private handle: Promise<FileHandle> | undefined;
  private pending: PendingLine[] = [];
  private flushing: Promise<void> | undefined;
  /** Set when the file may end in the middle of a line (a failed write); the next write starts a new one. */
  private needsLineBreak = false;

  constructor(readonly file: string) {}

  /** Appends one record; resolves once it is on disk. */
  append(record: object): Promise<void> {
    const text = `${JSON.stringify(record)}\n`;
    return new Promise((resolve, reject) => {
      this.pending.push({ text, resolve, reject });
      this.startFlushing();
    });
  }

  /** Every whole record in the file (none when it does not exist yet). */
  async readAll(): Promise<JsonLines> {
    let text: string;
    try {
      text = await readFile(this.file, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return { records: [], skippedLines: 0 };
      throw error;
    }
    return parseJsonLines(text);
  }

  /** Waits for pending appends, then closes the file. */
  async close(): Promise<void> {
    while (this.flushing) await this.flushing;
    const handle = this.handle;
    this.handle = undefined;
    if (handle) await (await handle).close();
  }

  private startFlushing(): void {
    if (this.flushing) return;
    this.flushing = this.flush().finally(() => {
      this.flushing = undefined;
      // Appends that arrived after the last batch was taken but before this callback ran.
      if (this.pending.length > 0) this.startFlushing();
    });
  }

  private async flush(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0);
      try {
        const handle = await this.openHandle();
        const text = (this.needsLineBreak ? "\n" : "") + batch.map((line) => line.text).join("");
        this.needsLineBreak = true;
        await writeFully(handle, Buffer.from(text, "utf8"));
        await handle.sync();
        this.needsLineBreak = false;
        for (const line of batch) line.resolve();
      } catch (error) {
        for (const line of batch) line.reject(error);
      }
    }
  }

  private openHandle(): Promise<FileHandle> {
    this.handle ??= (async () => {
      await mkdir(path.dirname(this.file), { recursive: true });
      const handle = await open(this.file, "a+");
      // A previous process may have died in the middle of a line.
      const { size } = await handle.stat();
      if (size > 0) {
        const last = Buffer.alloc(1);
        await handle.read(last, 0, 1, size - 1);
        if (last[0] !== 0x0a) this.needsLineBreak = true;
      }
      return handle;
    })().catch((error: unknown) => {
      this.handle = undefined;
      throw error;
    });
    return this.handle;
  }
}

async function writeFully(handle: FileHandle, buffer: Buffer): Promise<void> {
  let offset = 0;
  while (offset < buffer.length) {
    const { bytesWritten } = await handle.write(buffer, offset, buffer.length - offset);
    offset += bytesWritten;
  }
}
