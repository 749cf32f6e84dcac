/**
 * The main part's paragraph start tags, counted while it is inflated: a package of
 * millions of empty paragraphs (60 MB of `<w:p/>` in 90 KB of ZIP) is refused once
 * its first megabyte or so is out, not after the whole part was inflated, checked,
 * decoded and parsed up to the reader's own count (1.5 s in the browser, whose
 * inflater is JSZip's JavaScript).
 *
 * The count looks at bytes only: start tags whose local name is `p`, whatever their
 * prefix (so DrawingML's `a:p` and the paragraphs of text boxes, which Word writes
 * twice, count too), and anything that looks like one inside a comment. It can only
 * count more than the reader, so it refuses only past twice the reader's paragraph
 * budget; below that, the reader's exact count (body.ts) decides, as before.
 */
import { LIMITS, limitMessage } from "../../core/limits";
import { DocumentReadError } from "../types";

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const COLON = 0x3a;
const P = 0x70;
const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

/** Start tags named `p` the pre-count lets through: twice the reader's budget. */
export const PARAGRAPH_TAG_LIMIT = 2 * LIMITS.paragraphs;

/**
 * A watcher for the main part's bytes, given in order and in pieces of any size
 * (a tag may span two): throws the paragraph refusal once more than `limit` start
 * tags named `p` have gone by. UTF-8 and the ASCII-compatible encodings only; other
 * bytes (a UTF-16 part) are never counted, and the reader counts as before.
 */
export function paragraphTagCounter(limit: number = PARAGRAPH_TAG_LIMIT): (chunk: Uint8Array) => void {
  /** 0: outside a tag's name; 1: just after `<`; 2: in a start tag's name. */
  let state = 0;
  /** Bytes of the name since its start or its last `:`, and whether they are exactly "p". */
  let local = 0;
  let localIsP = false;
  let count = 0;
  return (chunk) => {
    const n = chunk.length;
    let i = 0;
    while (i < n) {
      if (state === 0) {
        const at = chunk.indexOf(LT, i);
        if (at < 0) return;
        state = 1;
        i = at + 1;
        continue;
      }
      const b = chunk[i];
      if (state === 1) {
        // An end tag, a comment, CDATA or a declaration, a processing instruction.
        if (b === SLASH || b === BANG || b === QUESTION) {
          state = 0;
          i++;
          continue;
        }
        state = 2;
        local = 0;
        localIsP = false;
      }
      if (b === COLON) {
        local = 0;
        localIsP = false;
      } else if (b === SPACE || b === GT || b === SLASH || b === TAB || b === LF || b === CR) {
        if (localIsP && ++count > limit) throw new DocumentReadError(limitMessage("paragraphs"));
        state = 0;
      } else {
        local++;
        localIsP = local === 1 && b === P;
      }
      i++;
    }
  };
}
