/**
 * What writing into the main part needs to know of the whole part, read with the
 * streaming parser (saxes) in one pass over every element, skipped subtrees and
 * every mc:AlternateContent branch included:
 * - the prefix the root binds to WordprocessingML ("w" almost always), or, where the
 *   root binds none (a default namespace), the declaration to put on new content;
 * - every numeric id in use, so new revision marks and content controls get ids
 *   nobody else has: `…:id` attributes (revisions, bookmarks, comments) and the
 *   `w:val` of `w:id` elements (a content control's id is an element in its
 *   `w:sdtPr`, not an attribute).
 */
import { SaxesParser } from "saxes";
import { DocumentReadError } from "../types";
import { MSG } from "./messages";

const W_TRANSITIONAL = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";

/** The prefix to write WordprocessingML elements with, and the declaration new content needs ("" when the root binds the prefix). */
export interface WordNamespace {
  prefix: string;
  declaration: string;
}

/** Fresh values for `w:id` (revision marks, content controls): unused in the part, within 32 bits. */
export class IdAllocator {
  private nextValue: number;

  constructor(private readonly used: Set<number>) {
    let max = 0;
    for (const n of used) if (n > max) max = n;
    this.nextValue = max + 1;
  }

  next(): number {
    let n = this.nextValue;
    while (n > 0x7fffffff || this.used.has(n)) n = n > 0x7fffffff ? 1 + Math.floor(Math.random() * 0x7ffffffe) : n + 1;
    this.used.add(n);
    this.nextValue = n + 1;
    return n;
  }
}

export interface PartScan {
  namespace: WordNamespace;
  ids: IdAllocator;
}

/** A whole number as Word writes ids (up to ten digits, maybe negative). */
function idValue(value: string): number | null {
  const digits = value.startsWith("-") ? value.slice(1) : value;
  if (digits.length === 0 || digits.length > 10) return null;
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charCodeAt(i);
    if (c < 48 || c > 57) return null;
  }
  return Number(value);
}

/** One pass over the main part (refusing DTDs and malformed XML like the reader). */
export function scanPart(xml: string, partName: string): PartScan {
  const parser = new SaxesParser({ xmlns: false });
  const ids = new Set<number>();
  let namespace: WordNamespace | null = null;
  parser.on("doctype", () => {
    throw new DocumentReadError(MSG.dtd(partName));
  });
  parser.on("opentag", (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    if (namespace === null) {
      // The root: the prefix it binds to WordprocessingML.
      let fallback = W_TRANSITIONAL;
      for (const key of Object.keys(attributes)) {
        const uri = attributes[key]!;
        if (uri !== W_TRANSITIONAL && uri !== W_STRICT) continue;
        if (key.startsWith("xmlns:")) {
          namespace = { prefix: key.slice(6), declaration: "" };
          break;
        }
        if (key === "xmlns") fallback = uri;
      }
      namespace ??= { prefix: "w", declaration: ` xmlns:w="${fallback}"` };
    }
    const local = tag.name.slice(tag.name.indexOf(":") + 1);
    for (const key of Object.keys(attributes)) {
      const colon = key.indexOf(":");
      if (colon <= 0 || key.startsWith("xmlns:")) continue;
      const name = key.slice(colon + 1);
      // `…:id="5"` on any element; `<w:id w:val="5"/>` in a content control's properties.
      if (name !== "id" && !(local === "id" && name === "val")) continue;
      const n = idValue(attributes[key]!);
      if (n !== null) ids.add(n);
    }
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof DocumentReadError) throw error;
    throw new DocumentReadError(MSG.badXml(partName, parser.line));
  }
  return { namespace: namespace ?? { prefix: "w", declaration: ` xmlns:w="${W_TRANSITIONAL}"` }, ids: new IdAllocator(ids) };
}
