/**
 * Open Packaging Conventions: relationships, content types, part-name resolution,
 * and finding the Word main document part the way Word does (through
 * `_rels/.rels`, transitional or Strict relationship types).
 */
import { DocumentReadError } from "../types";
import { MSG } from "./messages";
import type { Package } from "./zip";
import { NS_CT, NS_PR, parseXml } from "./xml";

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** Last path segment of a relationship type: ".../officeDocument" → "officeDocument". */
export function relKind(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}

export function parseRelationships(xml: string, partName: string): Relationship[] {
  const rels: Relationship[] = [];
  parseXml(xml, partName, {
    open(ns, local, attrs) {
      if (local !== "Relationship" || (ns !== NS_PR && ns !== 0)) return;
      rels.push({
        id: attrs.Id ?? "",
        type: attrs.Type ?? "",
        target: attrs.Target ?? "",
        external: attrs.TargetMode === "External",
      });
    },
  });
  return rels;
}

export interface ContentTypes {
  /** Lower-case extension → content type. */
  defaults: Map<string, string>;
  /** Lower-case part name without leading "/" → content type. */
  overrides: Map<string, string>;
}

export function parseContentTypes(xml: string): ContentTypes {
  const types: ContentTypes = { defaults: new Map(), overrides: new Map() };
  parseXml(xml, "[Content_Types].xml", {
    open(ns, local, attrs) {
      if (ns !== NS_CT && ns !== 0) return;
      if (local === "Default" && attrs.Extension && attrs.ContentType) {
        types.defaults.set(attrs.Extension.toLowerCase(), attrs.ContentType);
      } else if (local === "Override" && attrs.PartName && attrs.ContentType) {
        types.overrides.set(attrs.PartName.replace(/^\//, "").toLowerCase(), attrs.ContentType);
      }
    },
  });
  return types;
}

export function contentTypeOf(types: ContentTypes, partName: string): string | undefined {
  const lower = partName.replace(/^\//, "").toLowerCase();
  const override = types.overrides.get(lower);
  if (override) return override;
  const dot = lower.lastIndexOf(".");
  return dot >= 0 ? types.defaults.get(lower.slice(dot + 1)) : undefined;
}

/** `word/document.xml` → `word/_rels/document.xml.rels`. */
export function relsPartOf(partName: string): string {
  const slash = partName.lastIndexOf("/");
  return partName.slice(0, slash + 1) + "_rels/" + partName.slice(slash + 1) + ".rels";
}

/** Resolve a relationship target against its source part; result has no leading "/". */
export function resolveTarget(sourcePart: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // Not percent-encoded after all: use as written.
  }
  decoded = decoded.replace(/\\/g, "/").replace(/[?#].*$/, "");
  const base = decoded.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const segment of decoded.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return base.join("/");
}

export type MainPartKind = "document" | "macroEnabledDocument" | "template" | "macroEnabledTemplate" | "unknown";

const WORD_MAIN_TYPES: Record<string, MainPartKind> = {
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": "document",
  "application/vnd.ms-word.document.macroenabled.main+xml": "macroEnabledDocument",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml": "template",
  "application/vnd.ms-word.template.macroenabledtemplate.main+xml": "macroEnabledTemplate",
};

export interface MainPart {
  name: string;
  contentType?: string;
  kind: MainPartKind;
  /** Type URI of the officeDocument relationship (tells transitional from Strict), if any. */
  relationshipType?: string;
}

/**
 * Find the main document part. Word follows the package's officeDocument
 * relationship; packages without one (hand-made) fall back to the content types'
 * Word main part, then to `word/document.xml`. A main part of another Office
 * application, or of none (a theme package), is refused.
 */
export async function findMainPart(pkg: Package, types: ContentTypes | undefined): Promise<MainPart> {
  let name: string | undefined;
  let relationshipType: string | undefined;
  const rootRels = pkg.find("_rels/.rels");
  if (rootRels !== undefined) {
    const rels = parseRelationships(await pkg.text(rootRels), "_rels/.rels");
    for (const rel of rels) {
      if (rel.external || relKind(rel.type) !== "officeDocument") continue;
      const found = pkg.find(resolveTarget("", rel.target));
      if (found !== undefined) {
        name = found;
        relationshipType = rel.type;
        break;
      }
    }
  }
  if (name === undefined && types) {
    for (const [part, type] of types.overrides) {
      if (WORD_MAIN_TYPES[type.toLowerCase()] && pkg.find(part) !== undefined) {
        name = pkg.find(part);
        break;
      }
    }
  }
  if (name === undefined) name = pkg.find("word/document.xml");
  if (name === undefined) throw new DocumentReadError(MSG.noMainPart());

  const contentType = types ? contentTypeOf(types, name) : undefined;
  const lower = contentType?.toLowerCase() ?? "";
  const kind = WORD_MAIN_TYPES[lower];
  if (kind) return { name, contentType, kind, relationshipType };
  if (lower.includes("spreadsheetml") || lower.includes("ms-excel")) {
    throw new DocumentReadError(MSG.otherOffice("Excel 工作簿"));
  }
  if (lower.includes("presentationml") || lower.includes("ms-powerpoint")) {
    throw new DocumentReadError(MSG.otherOffice("PowerPoint 演示文稿"));
  }
  // A generic XML type (or none) still may be a Word body: the body reader checks
  // that the root is w:document. Any other specific type (a theme) is not Word.
  if (lower === "" || lower === "application/xml" || lower === "text/xml") {
    return { name, contentType, kind: "unknown", relationshipType };
  }
  throw new DocumentReadError(MSG.noMainPart());
}
