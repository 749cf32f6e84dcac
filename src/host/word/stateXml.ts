/**
 * The add-in's state as a custom XML part: `<state xmlns="urn:duizhao:state:1">JSON</state>`.
 * Pure string functions (no DOM, no Office) so that any host writing a .docx can
 * produce the very part Word's `customXmlParts.getByNamespaceAsync` finds.
 */

export const STATE_NAMESPACE = "urn:duizhao:state:1";

/** Characters XML 1.0 does not allow at all, even escaped. */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXmlText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r/g, "&#13;")
    .replace(XML_FORBIDDEN, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The whole part for a JSON string. Raw control characters (not valid JSON anyway) become "\uXXXX". */
export function serializeStateXml(json: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><state xmlns="${STATE_NAMESPACE}">${escapeXmlText(json)}</state>`;
}

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function unescapeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref] ?? whole;
  });
}

/**
 * The JSON text of a state part, or null when `xml` is not one. Tolerates what
 * Word or other writers may do on save: an XML declaration, a namespace prefix
 * (`<ns0:state xmlns:ns0="…">`), CDATA sections, character references.
 */
export function parseStateXml(xml: string): string | null {
  const root = /<([A-Za-z_][\w.-]*:)?state\b([^>]*?)(\/?)>/.exec(xml);
  if (!root) return null;
  const prefix = root[1] ?? "";
  const attributes = root[2];
  const nsAttribute = prefix ? `xmlns:${prefix.slice(0, -1)}` : "xmlns";
  const nsMatch = new RegExp(`\\s${nsAttribute.replace(/[.]/g, "\\.")}\\s*=\\s*(["'])(.*?)\\1`).exec(attributes);
  if (!nsMatch || nsMatch[2] !== STATE_NAMESPACE) return null;
  if (root[3] === "/") return "";
  const bodyStart = root.index + root[0].length;
  const close = xml.indexOf(`</${prefix}state>`, bodyStart);
  if (close < 0) return null;
  const body = xml.slice(bodyStart, close);
  // Split out CDATA sections (taken verbatim); everything else is escaped text.
  let out = "";
  const cdata = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
  let last = 0;
  for (let m = cdata.exec(body); m; m = cdata.exec(body)) {
    out += unescapeXmlText(body.slice(last, m.index)) + m[1];
    last = m.index + m[0].length;
  }
  return out + unescapeXmlText(body.slice(last));
}
