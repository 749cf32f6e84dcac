/**
 * Property elements (w:pPr, w:rPr) as XML pieces a new paragraph can copy: split
 * into their start tag, their child elements and their end tag with the streaming
 * parser (never with patterns), edited child by child, and joined again.
 */
import { parseXml, type XmlCursor } from "./xml";

export interface ChildElement {
  /** Local name. */
  local: string;
  raw: string;
}

export interface ElementParts {
  /** The start tag as written (for a self-closing element: without its "/>", plus ">"). */
  startTag: string;
  endTag: string;
  children: ChildElement[];
}

/** The qualified name a start tag begins with ("<w:pPr …" → "w:pPr"). */
function qualifiedName(tag: string): string {
  let end = 1;
  while (end < tag.length) {
    const c = tag[end]!;
    if (c === "/" || c === ">" || c === " " || c === "\t" || c === "\n" || c === "\r") break;
    end++;
  }
  return tag.slice(1, end);
}

/**
 * Splits a property element (the XML of one element, such as a paragraph's w:pPr)
 * into its start tag, its child elements and its end tag; null when it is not one
 * well-formed element. Comments and spaces between children are not kept.
 */
export function elementParts(xml: string): ElementParts | null {
  let cur!: XmlCursor;
  let depth = 0;
  let rootStart = -1;
  let rootOpenEnd = -1;
  let rootEnd = -1;
  let childStart = -1;
  let childLocal = "";
  const children: ChildElement[] = [];
  // In an element's start tag no "<" can occur (attribute values may not hold one),
  // so the last "<" before the parser's position is where the tag it just read begins.
  const tagStart = () => xml.lastIndexOf("<", cur.position - 1);
  try {
    parseXml(xml, "fragment", {
      start(cursor) {
        cur = cursor;
      },
      open(_ns, local) {
        depth++;
        if (depth === 1) {
          rootStart = tagStart();
          rootOpenEnd = cur.position;
        } else if (depth === 2) {
          childStart = tagStart();
          childLocal = local;
        }
      },
      close() {
        if (depth === 2) children.push({ local: childLocal, raw: xml.slice(childStart, cur.position) });
        else if (depth === 1) rootEnd = cur.position;
        depth--;
      },
    });
  } catch {
    return null;
  }
  if (rootStart < 0 || rootEnd < 0) return null;
  const start = xml.slice(rootStart, rootOpenEnd);
  const name = qualifiedName(start);
  if (rootEnd === rootOpenEnd) {
    // Self-closing: <w:rPr/> → <w:rPr> … </w:rPr>.
    return { startTag: `${start.slice(0, -2).trimEnd()}>`, endTag: `</${name}>`, children };
  }
  return { startTag: start, endTag: xml.slice(xml.lastIndexOf("<", rootEnd - 1), rootEnd), children };
}

export function joinParts(parts: ElementParts): string {
  return parts.startTag + parts.children.map((c) => c.raw).join("") + parts.endTag;
}

/** Children of w:pPr in the order the schema requires (CT_PPr). */
export const PPR_ORDER = [
  "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr", "suppressLineNumbers",
  "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE",
  "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
  "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle",
  "rPr", "sectPr", "pPrChange",
];

/** Puts `child` among `children` where the schema order wants it (replacing one of the same name). */
export function placeChild(children: ChildElement[], child: ChildElement, order: readonly string[]): ChildElement[] {
  const rank = order.indexOf(child.local);
  const rest = children.filter((c) => c.local !== child.local);
  const at = rest.findIndex((c) => order.indexOf(c.local) > rank);
  return at < 0 ? [...rest, child] : [...rest.slice(0, at), child, ...rest.slice(at)];
}

/** Revision records and hiding: never copied into a new paragraph. */
const RPR_DROPPED = new Set(["ins", "del", "moveFrom", "moveTo", "rPrChange", "vanish", "specVanish", "webHidden"]);

/** A run's properties without revision records or hiding, or null when `raw` is not one element. */
export function cleanRPr(raw: string): ElementParts | null {
  const parts = elementParts(raw);
  if (!parts) return null;
  return { ...parts, children: parts.children.filter((c) => !RPR_DROPPED.has(c.local)) };
}
