/**
 * A thin, fast streaming layer over saxes for the package's XML parts.
 *
 * saxes runs with `xmlns: false` (namespace processing doubles its cost on big
 * parts); this layer resolves prefixes itself, caching qualified name → (namespace,
 * local name), so a handler sees namespace ids, not prefixes. Transitional and
 * Strict OOXML namespaces map to the same id. It also:
 * - refuses any DTD (`<!DOCTYPE`), which is how entity-expansion attacks start, and
 *   namespace declarations nested deeper than LIMITS.namespaceDepth;
 * - keeps only one branch of every `mc:AlternateContent` (the first `mc:Choice`,
 *   else `mc:Fallback`), as Word shows it;
 * - lets a handler skip an element's whole subtree by returning `SKIP` from `open`.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { LIMITS, limitMessage } from "../../core/limits";
import { DocumentReadError } from "../types";
import { MSG } from "./messages";

export const NS_OTHER = 0;
/** WordprocessingML main. */
export const NS_W = 1;
/** Markup compatibility (mc:AlternateContent). */
export const NS_MC = 2;
/** Office Math. */
export const NS_M = 3;
/** DrawingML main (themes). */
export const NS_A = 4;
/** OPC package relationships. */
export const NS_PR = 5;
/** OPC content types. */
export const NS_CT = 6;

const NAMESPACES: Record<string, number> = {
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main": NS_W,
  "http://purl.oclc.org/ooxml/wordprocessingml/main": NS_W,
  "http://schemas.openxmlformats.org/markup-compatibility/2006": NS_MC,
  "http://schemas.openxmlformats.org/officeDocument/2006/math": NS_M,
  "http://purl.oclc.org/ooxml/officeDocument/math": NS_M,
  "http://schemas.openxmlformats.org/drawingml/2006/main": NS_A,
  "http://purl.oclc.org/ooxml/drawingml/main": NS_A,
  "http://schemas.openxmlformats.org/package/2006/relationships": NS_PR,
  "http://schemas.openxmlformats.org/package/2006/content-types": NS_CT,
};

/** Returned by `open` to drop the element and everything inside it. */
export const SKIP = true;

export type Attributes = Record<string, string>;

export interface XmlHandler {
  /** Called once before parsing with the cursor for positions and attribute lookup. */
  start?(cursor: XmlCursor): void;
  /** Element start. Return `SKIP` to ignore the element's subtree (its `close` is not reported). */
  open(ns: number, local: string, attrs: Attributes): boolean | void;
  close?(ns: number, local: string): void;
  /** Character data (entities resolved). Only called when not skipping. */
  text?(text: string): void;
}

/** Position information a handler may ask for while parsing (body paragraph offsets). */
export interface XmlCursor {
  /** Index in the source string just after the last character the parser consumed. */
  readonly position: number;
  /** The XML source being parsed. */
  readonly source: string;
  /** Line being parsed (1-based), for messages. */
  readonly line: number;
  /**
   * A WordprocessingML attribute (`w:val` → `attr(attrs, "val")`), whatever prefix the
   * part binds to the namespace; falls back to the unprefixed name some writers use.
   */
  attr(attrs: Attributes, local: string): string | undefined;
}

interface Name {
  ns: number;
  local: string;
}

/**
 * Parse `source` with `handler`. Throws DocumentReadError (one Chinese line naming
 * the part) on a DTD or malformed XML.
 */
export function parseXml(source: string, partName: string, handler: XmlHandler): void {
  const parser = new SaxesParser({ xmlns: false, position: true });
  // prefix → namespace URI; "" is the default namespace. Changed in place: each
  // element that declares namespaces saves the bindings it replaces (not a copy of
  // the map), so nested declarations cost what they declare, not what is in scope.
  const bindings = new Map<string, string>([["xml", "http://www.w3.org/XML/1998/namespace"]]);
  const scopes: { depth: number; saved: [string, string | undefined][]; wPrefix: string }[] = [];
  const cache = new Map<string, Name>();
  // Names of the open elements we resolved (not those inside a skipped subtree).
  const names: Name[] = [];
  let depth = 0;
  let skipDepth = 0;
  // One entry per open mc:AlternateContent: has a branch been taken yet?
  const alternates: boolean[] = [];
  // Depths of the mc elements we hide from the handler (AlternateContent and the branch).
  const hidden: number[] = [];

  // Qualified attribute names for the current WordprocessingML prefix, built lazily.
  let wPrefix = "w";
  let attrKeys = new Map<string, string>();
  const cursor: XmlCursor = {
    get position() {
      return parser.position;
    },
    get line() {
      return parser.line;
    },
    source,
    attr(attrs: Attributes, local: string): string | undefined {
      let key = attrKeys.get(local);
      if (key === undefined) {
        key = wPrefix === "" ? local : wPrefix + ":" + local;
        attrKeys.set(local, key);
      }
      const value = attrs[key];
      return value !== undefined ? value : attrs[local];
    },
  };

  const resolve = (qname: string): Name => {
    let name = cache.get(qname);
    if (name === undefined) {
      const colon = qname.indexOf(":");
      const prefix = colon < 0 ? "" : qname.slice(0, colon);
      const local = colon < 0 ? qname : qname.slice(colon + 1);
      const uri = bindings.get(prefix);
      name = { ns: uri === undefined ? NS_OTHER : (NAMESPACES[uri] ?? NS_OTHER), local };
      cache.set(qname, name);
    }
    return name;
  };

  // Set by the attribute handler when the element being opened declares a namespace,
  // so that most elements cost no scan of their attributes.
  let declares = false;
  const declare = (attrs: Attributes): void => {
    declares = false;
    if (scopes.length >= LIMITS.namespaceDepth) throw new DocumentReadError(limitMessage("namespaceDepth"));
    const saved: [string, string | undefined][] = [];
    let wDeclared: string | undefined;
    for (const key in attrs) {
      const prefix = key === "xmlns" ? "" : key.startsWith("xmlns:") ? key.slice(6) : undefined;
      if (prefix === undefined) continue;
      saved.push([prefix, bindings.get(prefix)]);
      bindings.set(prefix, attrs[key]);
      if (wDeclared === undefined && NAMESPACES[attrs[key]] === NS_W) wDeclared = prefix;
    }
    scopes.push({ depth, saved, wPrefix });
    cache.clear();
    // The WordprocessingML prefix: kept while it still names the namespace, else the
    // one this element declares, else "w".
    const current = bindings.get(wPrefix);
    if (current === undefined || NAMESPACES[current] !== NS_W) setWPrefix(wDeclared ?? "w");
  };

  const setWPrefix = (prefix: string): void => {
    if (prefix !== wPrefix) {
      wPrefix = prefix;
      attrKeys = new Map();
    }
  };

  parser.on("doctype", () => {
    throw new DocumentReadError(MSG.dtd(partName));
  });

  parser.on("attribute", (attribute) => {
    const name = attribute.name;
    if (name.charCodeAt(0) === 120 /* x */ && (name === "xmlns" || name.startsWith("xmlns:"))) declares = true;
  });

  parser.on("opentag", (tag: SaxesTagPlain) => {
    depth++;
    if (skipDepth > 0) {
      skipDepth++;
      declares = false;
      return;
    }
    const attrs = tag.attributes as Attributes;
    if (declares) declare(attrs);
    const name = resolve(tag.name);
    names.push(name);
    if (name.ns === NS_MC) {
      // Keep exactly one branch of mc:AlternateContent; the mc elements themselves are invisible.
      if (name.local === "AlternateContent") {
        alternates.push(false);
        hidden.push(depth);
        return;
      }
      if ((name.local === "Choice" || name.local === "Fallback") && alternates.length > 0) {
        const top = alternates.length - 1;
        if (alternates[top]) {
          skipDepth = 1;
          return;
        }
        alternates[top] = true;
        hidden.push(depth);
        return;
      }
    }
    if (handler.open(name.ns, name.local, attrs) === SKIP) skipDepth = 1;
  });

  parser.on("closetag", () => {
    if (skipDepth > 0) {
      skipDepth--;
      // The element that started the skip was resolved (and named) when it opened.
      if (skipDepth === 0) names.pop();
    } else {
      const name = names.pop()!;
      if (hidden.length > 0 && hidden[hidden.length - 1] === depth) {
        hidden.pop();
        if (name.local === "AlternateContent") alternates.pop();
      } else if (handler.close) {
        handler.close(name.ns, name.local);
      }
    }
    // Leave any namespace scope opened by this element.
    if (scopes.length > 0 && scopes[scopes.length - 1].depth === depth) {
      const scope = scopes.pop()!;
      for (let i = scope.saved.length - 1; i >= 0; i--) {
        const [prefix, previous] = scope.saved[i];
        if (previous === undefined) bindings.delete(prefix);
        else bindings.set(prefix, previous);
      }
      cache.clear();
      setWPrefix(scope.wPrefix);
    }
    depth--;
  });

  if (handler.text) {
    const onText = handler.text.bind(handler);
    parser.on("text", (text: string) => {
      if (skipDepth === 0) onText(text);
    });
    parser.on("cdata", (text: string) => {
      if (skipDepth === 0) onText(text);
    });
  }

  handler.start?.(cursor);
  try {
    parser.write(source).close();
  } catch (error) {
    if (error instanceof DocumentReadError) throw error;
    // saxes reports well-formedness errors as "line:column: message"; anything else is ours.
    if (error instanceof Error && /^\d+:\d+: /.test(error.message)) {
      throw new DocumentReadError(MSG.badXml(partName, parser.line));
    }
    throw error;
  }
}

/**
 * Bytes of a part → string. UTF-8 (BOM stripped) unless a UTF-16 BOM or a UTF-16
 * `<?xml` says otherwise. Invalid sequences become U+FFFD rather than failing:
 * Word itself opens such files after repair, and the XML parser still checks structure.
 */
export function decodeXml(bytes: Uint8Array): string {
  let encoding = "utf-8";
  if (bytes.length >= 2) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = "utf-16le";
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = "utf-16be";
    else if (bytes[0] === 0x3c && bytes[1] === 0x00) encoding = "utf-16le";
    else if (bytes[0] === 0x00 && bytes[1] === 0x3c) encoding = "utf-16be";
  }
  return new TextDecoder(encoding).decode(bytes);
}

/**
 * Characters XML 1.0 does not allow in a document at all (C0 controls but tab, line
 * feed and carriage return; U+FFFE, U+FFFF; unpaired surrogates): even escaped as
 * `&#1;` they make the part unreadable, so text written into a part drops them.
 */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|[\udc00-\udfff]/g;

/** `text` without the characters XML 1.0 forbids. */
export function xmlSafe(text: string): string {
  // A low surrogate is kept only right after its high one (no lookbehind: EdgeHTML lacks it).
  return text.replace(NOT_XML, (c, offset: number) => {
    const code = c.charCodeAt(0);
    if (code >= 0xdc00 && code <= 0xdfff) {
      const before = text.charCodeAt(offset - 1);
      if (before >= 0xd800 && before <= 0xdbff) return c;
    }
    return "";
  });
}

/** Escape text for an XML element body or attribute value, dropping what XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));
}
