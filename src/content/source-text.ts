/**
 * An article file's bytes as text. Only UTF-8 is read: a file in another encoding is refused with
 * the encoding it seems to be in, rather than published as mojibake (a Latin-1 file's "Chế tạo"
 * shows as "Ch� t�o") or misread as a file without front matter (UTF-16). Line endings of every
 * kind (LF, CRLF, and the CR of old Mac editors) become LF, so that lines are counted alike everywhere.
 */

export type DecodedSource = { ok: true; text: string } | { ok: false; encoding: string };

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Decodes a file's bytes as UTF-8 (a BOM is dropped), or names the encoding it seems to be in.
 * @example decodeSourceText(Buffer.from("Tin\r\n")) // { ok: true, text: "Tin\n" }
 */
export function decodeSourceText(bytes: Uint8Array): DecodedSource {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: false, encoding: "UTF-16 LE" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: false, encoding: "UTF-16 BE" };
  if (looksLikeUtf16(bytes)) return { ok: false, encoding: "UTF-16" };
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return { ok: false, encoding: "Windows-1258, Latin-1 (ISO 8859-1) or VNI" };
  }
  return { ok: true, text: text.replace(/\r\n?/g, "\n") };
}

/** UTF-16 without a BOM: text in Latin script has a zero byte in every other position. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 4096);
  if (sample < 2) return false;
  let zeros = 0;
  for (let i = 0; i < sample; i++) if (bytes[i] === 0) zeros++;
  return zeros * 4 >= sample;
}

export interface ControlCharacter {
  /** 1-based line and column (in UTF-16 code units, as editors count them for BMP text). */
  line: number;
  column: number;
  codePoint: number;
}

/**
 * Characters that XML 1.0 forbids (C0 controls but tab, LF and CR; U+FFFE, U+FFFF): in a title or a
 * body they make every feed that carries the article ill-formed, and readers reject the whole feed.
 */
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
const EACH_FORBIDDEN_IN_XML = new RegExp(FORBIDDEN_IN_XML.source, "g");

/**
 * Every character of `text` that XML cannot carry, with its line and column.
 * @example controlCharacters("a\n b\u000b") // [{ line: 2, column: 3, codePoint: 11 }]
 */
export function controlCharacters(text: string): ControlCharacter[] {
  const found: ControlCharacter[] = [];
  if (!FORBIDDEN_IN_XML.test(text)) return found;
  text.split("\n").forEach((lineText, index) => {
    for (const match of lineText.matchAll(EACH_FORBIDDEN_IN_XML)) {
      found.push({ line: index + 1, column: match.index + 1, codePoint: match[0].charCodeAt(0) });
    }
  });
  return found;
}
