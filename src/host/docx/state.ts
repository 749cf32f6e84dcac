/**
 * The add-in's own state inside the package: a custom XML part (as Word's
 * `document.customXmlParts` stores them) whose root element is in the namespace
 * "urn:duizhao:state:1" and whose text is JSON.
 *
 * Layout, as Word writes custom XML parts:
 *   customXml/itemN.xml            <state xmlns="urn:duizhao:state:1">JSON</state>
 *   customXml/itemPropsN.xml       datastore item id + schema reference
 *   customXml/_rels/itemN.xml.rels itemN → itemPropsN
 * plus a customXml relationship from the main part and a content-type override.
 *
 * One state part: where a package holds several (a stale one whose removal failed, a
 * copy another program made), the newest is the state (core/state.ts newestStoredState)
 * and writing removes the others it can read.
 */
import type JSZip from "jszip";
import { SaxesParser } from "saxes";
import { LIMITS } from "../../core/limits";
import { newestStoredState, readStoredState } from "../../core/state";
import { preloadValidators } from "../../core/validators";
import { STATE_NAMESPACE, statePartXml } from "../statePart";
import { statePartText } from "../statePartRead";
import { DocumentReadError } from "../types";
import { MSG } from "./messages";
import { parseContentTypes, parseRelationships, relKind, relsPartOf, resolveTarget } from "./opc";
import { applyEdits, type XmlEdit } from "./splice";
import { inflate, type ByteBudget } from "./zip";
import { decodeXml } from "./xml";

export { STATE_NAMESPACE };

/** A state part larger than this is not ours. */
const MAX_STATE_BYTES = LIMITS.stateBytes;
/**
 * How much of a custom XML part is inflated to see whether it is ours: its root
 * element, which names the namespace, stands at the start. Other parts (and
 * thousands of them in a hostile file) then cost this much each, not their size.
 */
const PEEK_BYTES = 4096;

const ITEM_PATTERN = /^customxml\/item(\d+)\.xml$/i;

export interface StatePart {
  name: string;
  json: string;
}

/**
 * Every state part in the package, in the order of their item numbers: name and JSON.
 * Damaged or foreign parts are ignored. Only the beginning of each custom XML part is
 * inflated until it names the state namespace. With `budget` (the package's, when
 * reading), every byte inflated counts against it and a spent budget is a refusal
 * (DocumentReadError).
 */
export async function findStateParts(zip: JSZip, budget?: ByteBudget): Promise<StatePart[]> {
  const found: { n: number; part: StatePart }[] = [];
  for (const name of Object.keys(zip.files)) {
    const file = zip.files[name];
    const match = ITEM_PATTERN.exec(name);
    if (file.dir || !match) continue;
    let xml: string;
    try {
      const head = await inflate(file, { limit: MAX_STATE_BYTES, budget, peek: PEEK_BYTES });
      if (!decodeXml(head).includes(STATE_NAMESPACE)) continue;
      xml = decodeXml(await inflate(file, { limit: MAX_STATE_BYTES, budget }));
    } catch (error) {
      if (budget && error instanceof DocumentReadError && error.message === MSG.tooBig() && budget.remaining < 0) throw error;
      continue;
    }
    const json = statePartText(xml);
    if (json !== null) found.push({ n: Number(match[1]), part: { name, json } });
  }
  // The state's validator (a chunk in the pages) before anyone reads these parts.
  if (found.length > 0) await preloadValidators();
  return found.sort((a, b) => a.n - b.n).map((f) => f.part);
}

/**
 * The state part: the newest of those the package holds (core's newestStoredState:
 * the readable one with the highest revision, the later one between equals), or null.
 */
export async function findStatePart(zip: JSZip, budget?: ByteBudget): Promise<StatePart | null> {
  const parts = await findStateParts(zip, budget);
  const { index } = newestStoredState(parts.map((p) => p.json));
  return index >= 0 ? parts[index]! : null;
}

function newGuid(): string {
  const cryptoApi = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  const uuid =
    cryptoApi?.randomUUID?.() ??
    "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g, (c) => {
      const r = Math.floor(Math.random() * 16);
      return (c === "x" ? r : (r & 0x3) | 0x8).toString(16);
    });
  return `{${uuid.toUpperCase()}}`;
}

/** Relative path from the folder of `fromPart` to `toPart` (both package-relative). */
function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return "../".repeat(from.length - common) + to.slice(common).join("/");
}

/** Offset of the root element's end tag, found by the streaming parser. */
function rootEndTag(xml: string, partName: string): number {
  const parser = new SaxesParser({ xmlns: false, position: true });
  let depth = 0;
  let at = -1;
  parser.on("doctype", () => {
    throw new DocumentReadError(MSG.dtd(partName));
  });
  parser.on("opentag", (tag) => {
    if (!tag.isSelfClosing) depth++;
  });
  parser.on("closetag", (tag) => {
    if (tag.isSelfClosing) return;
    depth--;
    if (depth === 0) at = xml.lastIndexOf("</", parser.position - 1);
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof DocumentReadError) throw error;
    throw new DocumentReadError(MSG.badXml(partName, parser.line));
  }
  if (at < 0) throw new DocumentReadError(MSG.badXml(partName, parser.line));
  return at;
}

/** [start, end) of every element named `local` (any prefix) whose attributes `keep` picks. */
function elementRanges(xml: string, partName: string, local: string, pick: (attributes: Record<string, string>) => boolean): XmlEdit[] {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const ranges: XmlEdit[] = [];
  const open: ({ start: number } | null)[] = [];
  parser.on("doctype", () => {
    throw new DocumentReadError(MSG.dtd(partName));
  });
  parser.on("opentag", (tag) => {
    const name = tag.name.slice(tag.name.indexOf(":") + 1);
    const start = xml.lastIndexOf("<", parser.position - 1);
    const chosen = name === local && pick(tag.attributes as Record<string, string>);
    if (tag.isSelfClosing) {
      if (chosen) ranges.push({ start, end: parser.position, text: "" });
    } else open.push(chosen ? { start } : null);
  });
  parser.on("closetag", (tag) => {
    if (tag.isSelfClosing) return;
    const entry = open.pop();
    if (entry) ranges.push({ start: entry.start, end: parser.position, text: "" });
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof DocumentReadError) throw error;
    throw new DocumentReadError(MSG.badXml(partName, parser.line));
  }
  return ranges;
}

export interface StateTarget {
  zip: JSZip;
  mainPart: string;
  /** Relationship type URI of the officeDocument relationship (Strict or transitional). */
  relationshipType?: string;
  /** Text of the main part's rels and of [Content_Types].xml, read by the caller. */
  mainRelsName?: string;
  contentTypesName?: string;
}

/** The parts that make up one custom XML item: the item, its properties, its rels. */
async function itemParts(zip: JSZip, item: string): Promise<{ props: string | null; rels: string }> {
  const slash = item.lastIndexOf("/");
  const rels = `${item.slice(0, slash + 1)}_rels/${item.slice(slash + 1)}.rels`;
  const relsFile = zip.file(rels);
  let props: string | null = null;
  if (relsFile) {
    try {
      const xml = decodeXml(await inflate(relsFile, LIMITS.inflatedBytes));
      const rel = parseRelationships(xml, rels).find((r) => !r.external && relKind(r.type) === "customXmlProps");
      if (rel) props = resolveTarget(item, rel.target);
    } catch {
      props = null;
    }
  }
  return { props: props !== null && zip.file(props) ? props : null, rels };
}

async function partText(zip: JSZip, name: string): Promise<string | null> {
  const file = zip.file(name);
  return file ? decodeXml(await inflate(file, LIMITS.inflatedBytes)) : null;
}

/**
 * Write `json` as the state, the one state part of the package afterwards: the newest
 * state part (findStatePart) takes the new content; every other state part that could
 * be read (an older one whose removal failed, a copy another program made) is removed
 * with its properties, its relationship from the main part and its content types. A
 * part that cannot be read is never removed (it is nobody's to drop). With no state part
 * yet, a new custom XML part is added with its properties, relationship and content type.
 *
 * Atomic: every new part text is computed first (a failure changes nothing), then the
 * package is changed at once. Only the main part's rels and [Content_Types].xml are
 * rewritten besides the state parts.
 */
export async function writeStatePart(target: StateTarget, json: string): Promise<void> {
  const { zip } = target;
  const parts = await findStateParts(zip);
  const newest = newestStoredState(parts.map((p) => p.json));
  const stale = parts.filter((p, i) => i !== newest.index && readStoredState(p.json).status !== "unreadable");
  const relsName = target.mainRelsName ?? relsPartOf(target.mainPart);
  const typesName = target.contentTypesName;

  // Everything to write or delete, computed before the package changes.
  const writes = new Map<string, string>();
  const deletes = new Set<string>();
  let rels = await partText(zip, relsName);
  let types = typesName ? await partText(zip, typesName) : null;

  if (stale.length) {
    const gone = new Set<string>();
    for (const part of stale) {
      const { props, rels: itemRels } = await itemParts(zip, part.name);
      for (const name of [part.name, itemRels, ...(props ? [props] : [])]) {
        deletes.add(name);
        gone.add(name.toLowerCase());
      }
    }
    if (rels !== null) {
      const edits = elementRanges(rels, relsName, "Relationship", (a) => a.TargetMode !== "External" && gone.has(resolveTarget(target.mainPart, a.Target ?? "").toLowerCase()));
      rels = applyEdits(rels, edits);
    }
    if (types !== null && typesName) {
      const edits = elementRanges(types, typesName, "Override", (a) => gone.has((a.PartName ?? "").replace(/^\//, "").toLowerCase()));
      types = applyEdits(types, edits);
    }
  }

  const winner = newest.index >= 0 ? parts[newest.index]! : null;
  if (winner) {
    writes.set(winner.name, statePartXml(json));
  } else {
    let n = 1;
    for (const name of Object.keys(zip.files)) {
      const match = /^customxml\/item(?:props)?(\d+)\.xml$/i.exec(name);
      if (match && !deletes.has(name)) n = Math.max(n, Number(match[1]) + 1);
    }
    const item = `customXml/item${n}.xml`;
    const props = `customXml/itemProps${n}.xml`;
    const strict = (target.relationshipType ?? "").startsWith("http://purl.oclc.org/");
    const relBase = strict
      ? "http://purl.oclc.org/ooxml/officeDocument/relationships/"
      : "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    const dsNamespace = strict
      ? "http://purl.oclc.org/ooxml/officeDocument/customXml"
      : "http://schemas.openxmlformats.org/officeDocument/2006/customXml";
    writes.set(item, statePartXml(json));
    writes.set(
      props,
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${newGuid()}" xmlns:ds="${dsNamespace}"><ds:schemaRefs><ds:schemaRef ds:uri="${STATE_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
    );
    writes.set(
      `customXml/_rels/item${n}.xml.rels`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relBase}customXmlProps" Target="itemProps${n}.xml"/></Relationships>`,
    );
    // Relationship from the main part, with an id nobody uses.
    rels ??= `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    const ids = new Set(parseRelationships(rels, relsName).map((r) => r.id));
    let idNumber = ids.size + 1;
    while (ids.has(`rId${idNumber}`)) idNumber++;
    const at = rootEndTag(rels, relsName);
    rels = applyEdits(rels, [{ start: at, end: at, text: `<Relationship Id="rId${idNumber}" Type="${relBase}customXml" Target="${relativeTarget(target.mainPart, item)}"/>` }]);
    // Content type of the properties part (and of the item if .xml has no default).
    if (types !== null) {
      const known = parseContentTypes(types);
      let overrides = `<Override PartName="/${props}" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>`;
      if (!known.defaults.has("xml")) overrides += `<Override PartName="/${item}" ContentType="application/xml"/>`;
      const end = rootEndTag(types, typesName!);
      types = applyEdits(types, [{ start: end, end, text: overrides }]);
    }
  }
  if (rels !== null && (stale.length || !winner)) writes.set(relsName, rels);
  if (types !== null && typesName && (stale.length || !winner)) writes.set(typesName, types);

  // Now the package changes, all at once.
  for (const name of deletes) zip.remove(name);
  for (const [name, text] of writes) zip.file(name, text);
}
