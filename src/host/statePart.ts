/**
 * The custom XML part that keeps the add-in's state, written and read the same
 * way by every host: `<state xmlns="urn:duizhao:state:1">JSON</state>`. Word finds
 * it with `customXmlParts.getByNamespaceAsync(STATE_NAMESPACE)`; a .docx keeps it
 * as customXml/itemN.xml. Pure string functions (no DOM, no Office), so the part a
 * .docx host writes is exactly the part Word finds.
 *
 * The namespace itself is core's (core/state.ts): the one place it is spelled out.
 * Reading a part needs the XML parser (saxes): that is ./statePartRead.ts, which
 * the Word host loads only when the document has a state part.
 */
import { STATE_NAMESPACE } from "../core/state";

export { STATE_NAMESPACE };

/** Characters XML 1.0 does not allow at all, even escaped. */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Text escaped for an element's content. A carriage return is kept as a character
 * reference (a parser would turn a raw one into a newline); characters XML cannot
 * carry (never valid raw in JSON anyway) become "\uXXXX".
 */
export function escapeStateText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r/g, "&#13;")
    .replace(XML_FORBIDDEN, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The whole part for a JSON text. */
export function statePartXml(json: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<state xmlns="${STATE_NAMESPACE}">${escapeStateText(json)}</state>`;
}
