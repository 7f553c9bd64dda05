/**
 * The one escaper for each markup language tintuc writes by hand (layouts are escaped by Nunjucks):
 * a value from content reaches HTML and XML only through these.
 */

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const XML_ESCAPES: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" };

/**
 * Escapes text for HTML element content and double-quoted attribute values (as markdown-it does).
 * @example escapeHtml('Tin "nóng" <b>') // "Tin &quot;nóng&quot; &lt;b&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => HTML_ESCAPES[char]!);
}

/**
 * Escapes text for XML element content and attribute values, either quote.
 * @example escapeXml("KH&CN's") // "KH&amp;CN&apos;s"
 */
export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => XML_ESCAPES[char]!);
}
