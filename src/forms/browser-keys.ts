/**
 * Where the forms' scripts keep things in the reader's browser: a comment's draft (per tab) and the
 * vote of each poll (for good). Both `layouts/assets/forms.js`, which writes them, and
 * `forms-loader.js`, which loads forms.js at once when there is one to show, import these (bundled
 * by src/eleventy/asset-manifest.ts), so the two cannot look in different places.
 */

/**
 * The sessionStorage key of a comment's draft: one per article commented on.
 * @example draftKey("https://tintuc.example.org/2024/01/27/bai/", "/2024/01/27/bai/") // "tintuc:comment-draft:https://tintuc.example.org/2024/01/27/bai/"
 */
export function draftKey(article: string | undefined, pathname: string): string {
  return `tintuc:comment-draft:${article || pathname}`;
}

/**
 * The localStorage key that remembers the reader's vote in a poll.
 * @example votedKey("nguon-thong-tin") // "tintuc:poll-voted:nguon-thong-tin"
 */
export function votedKey(poll: string | undefined): string {
  return `tintuc:poll-voted:${poll}`;
}
