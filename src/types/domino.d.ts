// @mixmark-io/domino (turndown's DOM for Node) declares itself as module "domino"; tintuc uses
// createDocument to hand turndown a tree it has already parsed (src/import/markdown-writer.ts).
declare module "@mixmark-io/domino" {
  export function createDocument(html?: string): Document;
}
