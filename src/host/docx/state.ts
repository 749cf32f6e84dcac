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
 */
import type JSZip from "jszip";
import { LIMITS } from "../../core/limits";
import { STATE_NAMESPACE, statePartText, statePartXml } from "../statePart";
import { DocumentReadError } from "../types";
import { MSG } from "./messages";
import { relsPartOf } from "./opc";
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
 * Find the state part: its name and JSON, or null. Damaged or foreign parts are
 * ignored. Only the beginning of each custom XML part is inflated until one names
 * the state namespace. With `budget` (the package's, when reading), every byte
 * inflated counts against it and a spent budget is a refusal (DocumentReadError).
 */
export async function findStatePart(zip: JSZip, budget?: ByteBudget): Promise<StatePart | null> {
  for (const name of Object.keys(zip.files)) {
    const file = zip.files[name];
    if (file.dir || !ITEM_PATTERN.test(name)) continue;
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
    if (json !== null) return { name, json };
  }
  return null;
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

function insertBeforeClosing(xml: string, rootLocal: string, fragment: string): string {
  const match = new RegExp(`</(?:[\\w.-]+:)?${rootLocal}>\\s*$`).exec(xml);
  if (!match) throw new Error(`no closing ${rootLocal}`);
  return xml.slice(0, match.index) + fragment + xml.slice(match.index);
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

/**
 * Write `json` as the state: replace the existing state part's content, or add a
 * new custom XML part with its properties, relationship and content type. Only
 * the main part's rels and [Content_Types].xml are rewritten besides the new parts.
 */
export async function writeStatePart(target: StateTarget, json: string): Promise<void> {
  const { zip } = target;
  const existing = await findStatePart(zip);
  if (existing) {
    zip.file(existing.name, statePartXml(json));
    return;
  }

  let n = 1;
  for (const name of Object.keys(zip.files)) {
    const match = /^customxml\/item(?:props)?(\d+)\.xml$/i.exec(name);
    if (match) n = Math.max(n, Number(match[1]) + 1);
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

  zip.file(item, statePartXml(json));
  zip.file(
    props,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${newGuid()}" xmlns:ds="${dsNamespace}"><ds:schemaRefs><ds:schemaRef ds:uri="${STATE_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  zip.file(
    `customXml/_rels/item${n}.xml.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relBase}customXmlProps" Target="itemProps${n}.xml"/></Relationships>`,
  );

  // Relationship from the main part.
  const relsName = target.mainRelsName ?? relsPartOf(target.mainPart);
  const relsFile = zip.file(relsName);
  let rels = relsFile
    ? decodeXml(await inflate(relsFile, LIMITS.inflatedBytes))
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const ids = new Set(Array.from(rels.matchAll(/\bId="([^"]*)"/g), (m) => m[1]));
  let idNumber = ids.size + 1;
  while (ids.has(`rId${idNumber}`)) idNumber++;
  rels = insertBeforeClosing(
    rels,
    "Relationships",
    `<Relationship Id="rId${idNumber}" Type="${relBase}customXml" Target="${relativeTarget(target.mainPart, item)}"/>`,
  );
  zip.file(relsName, rels);

  // Content type of the properties part (and of the item if .xml has no default).
  const typesFile = target.contentTypesName ? zip.file(target.contentTypesName) : null;
  if (typesFile) {
    let types = decodeXml(await inflate(typesFile, LIMITS.inflatedBytes));
    let overrides = `<Override PartName="/${props}" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>`;
    if (!/<(?:[\w.-]+:)?Default\b[^>]*\bExtension="xml"/i.test(types)) {
      overrides += `<Override PartName="/${item}" ContentType="application/xml"/>`;
    }
    types = insertBeforeClosing(types, "Types", overrides);
    zip.file(target.contentTypesName!, types);
  }
}
