/**
 * The custom XML part that keeps the add-in's state, written and read the same
 * way by every host: `<state xmlns="urn:duizhao:state:1">JSON</state>`. Word finds
 * it with `customXmlParts.getByNamespaceAsync(STATE_NAMESPACE)`; a .docx keeps it
 * as customXml/itemN.xml. Pure string functions (no DOM, no Office), so the part a
 * .docx host writes is exactly the part Word finds.
 *
 * The namespace itself is core's (core/state.ts): the one place it is spelled out.
 */
import { SaxesParser } from "saxes";
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

/**
 * The JSON text of a state part, or null when `xml` is not one (another root or
 * namespace, not well formed, or a DTD). Takes what Word or other writers may do on
 * save: an XML declaration, a namespace prefix (`<ns0:state xmlns:ns0="…">`), CDATA
 * sections, character references. Read with the streaming parser, never with patterns.
 */
export function statePartText(xml: string): string | null {
  const parser = new SaxesParser({ xmlns: true, position: false });
  let depth = 0;
  let isState = false;
  let text = "";
  parser.on("doctype", () => {
    throw new Error("DTD");
  });
  parser.on("opentag", (tag) => {
    depth++;
    if (depth === 1) isState = tag.local === "state" && tag.uri === STATE_NAMESPACE;
  });
  parser.on("closetag", () => {
    depth--;
  });
  const onText = (t: string) => {
    if (depth === 1 && isState) text += t;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  try {
    parser.write(xml).close();
  } catch {
    return null;
  }
  return isState ? text : null;
}
