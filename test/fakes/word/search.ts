/**
 * Word's search, as Paragraph.search uses it.
 *
 * Sources for each belief:
 * - The search options (matchCase … ignoreSpace, all false by default) and the
 *   special characters of the search text (^^ caret, ^t tab, ^l manual line break,
 *   ^s non-breaking space, ^~ non-breaking hyphen, ^- optional hyphen, ^p paragraph
 *   mark): https://learn.microsoft.com/office/dev/add-ins/word/search-option-guidance and
 *   https://learn.microsoft.com/javascript/api/word/word.searchoptions
 * - The search text is at most 255 characters
 *   (SearchStringInvalidOrTooLong beyond): https://learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-search-member(1)
 *   and https://learn.microsoft.com/javascript/api/word/word.errorcodes
 * - Matches do not overlap, as in Word's Find (the search guidance above).
 * - Full- and half-width forms, and curly and straight quotes, match alike. This is
 *   Word's Find for East Asian text ("Match half/full width forms" off, which the
 *   guidance says the Word client may limit); no page states the API's default, so
 *   the fake folds by default and a test can turn it off
 *   (FakeWordOptions.searchFoldsWidthAndQuotes) — the host must work either way.
 */
import { invalidArgument, unsupported } from "./errors";

export const SEARCH_OPTIONS = ["matchCase", "matchWildcards", "matchWholeWord", "matchPrefix", "matchSuffix", "ignorePunct", "ignoreSpace"];

/** Word's Find syntax (wildcards off) → the literal characters to find. */
export function unescapeSearch(search: string): string {
  const specials: Record<string, string> = { "^": "^", t: "\t", l: "\u000b", s: "\u00a0", "~": "\u001e", "-": "\u001f" };
  let out = "";
  for (let i = 0; i < search.length; i++) {
    if (search[i] !== "^") {
      out += search[i];
      continue;
    }
    const code = search[i + 1];
    if (code === undefined) throw invalidArgument("search text ends with ^");
    if (code in specials) out += specials[code];
    else if (code === "p") out += "\u2029"; // a paragraph mark: never inside one paragraph's text
    else throw unsupported(`search special character ^${code}`);
    i++;
  }
  return out;
}

/** Word's width / quote-insensitive comparison, written independently of src/. */
export function searchKey(ch: string, matchCase: boolean, foldWidthAndQuotes: boolean): string {
  let c = ch;
  if (foldWidthAndQuotes) {
    const code = c.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) c = String.fromCharCode(code - 0xfee0);
    else if (c === "\u3000") c = " ";
    else if (/[“”„″＂]/.test(c)) c = '"';
    else if (/[‘’‚′＇]/.test(c)) c = "'";
  }
  return matchCase ? c : c.toLowerCase();
}
