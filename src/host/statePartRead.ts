/**
 * Reading the state part (./statePart.ts writes it). Apart from the writer because
 * it needs the streaming XML parser (saxes): the task pane's Word host loads this
 * module with import() when a document has a state part, so a document without
 * state never fetches the parser.
 */
import { SaxesParser } from "saxes";
import { STATE_NAMESPACE } from "../core/state";

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
