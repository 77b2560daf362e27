// Is this input HTML? By file extension first, else by what the text starts with: a doctype or
// an <html>/<head>/<body> tag (after white space and comments), or for a file with no telling
// extension any leading block tag.

const HTML_EXT = /\.(?:html?|xhtml|shtml|php|aspx?)(?:\.gz)?$/i;
const TEXT_EXT = /\.(?:txt|text|md)(?:\.gz)?$/i;

export function isHtmlPath(path: string): boolean {
  return HTML_EXT.test(path);
}

/** True when `text` (from `path`, if a file) should be read as HTML. */
export function looksLikeHtml(text: string, path?: string): boolean {
  if (path && HTML_EXT.test(path)) return true;
  const head = skipPreamble(text.slice(0, 4096)).slice(0, 200).toLowerCase();
  if (
    /^<(?:!doctype html|html[\s>]|head[\s>]|body[\s>]|\?xml[^>]*>\s*<(?:!doctype html|html))/.test(
      head,
    )
  )
    return true;
  if (path && TEXT_EXT.test(path)) return false;
  return /^<(?:meta|title|div|p|article|main|section|header|table|h[1-6])[\s>]/.test(head);
}

/** Skips a BOM, white space and leading `<!-- … -->` comments. */
function skipPreamble(s: string): string {
  let i = 0;
  for (;;) {
    while (i < s.length && /[\s\ufeff]/.test(s[i] as string)) i++;
    if (!s.startsWith("<!--", i)) return s.slice(i);
    const end = s.indexOf("-->", i + 4);
    if (end < 0) return "";
    i = end + 3;
  }
}
