/**
 * What every .docx the project writes must be, checked part by part (written from
 * the Open Packaging Conventions, ECMA-376 Part 2, and WordprocessingML, Part 1):
 *
 * - every XML part (.xml, .rels) is well formed, with no DTD;
 * - every part has a content type: an Override for its name, or a Default for its
 *   extension in [Content_Types].xml; every Override names a part that exists;
 * - every relationships part belongs to a part that exists; relationship ids are
 *   unique within it; every internal target exists;
 * - every part but [Content_Types].xml and the relationships parts is the target of
 *   a relationship (nothing is left dangling);
 * - in the main part, every content control's id (w:sdtPr/w:id/@w:val) is unique,
 *   so is every revision mark's w:id (w:ins, w:del, w:moveFrom, w:moveTo and the
 *   *Change records), and every bookmark's start.
 *
 * Returns the problems found, one line each (empty: valid), so a test shows them all.
 */
import JSZip from "jszip";
import { SaxesParser } from "saxes";

const W_NS = new Set(["http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"]);
const REVISIONS = new Set(["ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange", "tblGridChange", "numberingChange"]);

interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** Parses with namespaces; calls `open` for every element. Returns an error line, or null. */
function parse(xml: string, open?: (local: string, uri: string, attributes: Record<string, { value: string; uri: string; local: string }>, parents: string[]) => void): string | null {
  const parser = new SaxesParser({ xmlns: true });
  const stack: string[] = [];
  let problem: string | null = null;
  parser.on("doctype", () => {
    problem = "has a DTD";
  });
  parser.on("opentag", (tag) => {
    open?.(tag.local, tag.uri, tag.attributes as never, stack);
    if (!tag.isSelfClosing) stack.push(`${tag.uri}|${tag.local}`);
  });
  parser.on("closetag", (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    return `not well formed: ${(error as Error).message.split("\n")[0]}`;
  }
  return problem;
}

function resolve(source: string, target: string): string {
  const base = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const segment of decodeURIComponent(target).split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return base.join("/");
}

/** The part a relationships part describes: `word/_rels/document.xml.rels` → `word/document.xml`; `_rels/.rels` → "" (the package). */
function sourceOf(relsPart: string): string {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(relsPart);
  return m ? m[1] + m[2] : "";
}

export async function packageProblems(bytes: Uint8Array): Promise<string[]> {
  const problems: string[] = [];
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const lower = new Map(names.map((n) => [n.toLowerCase(), n]));
  const text = (name: string) => zip.file(name)!.async("string");

  // Well formed.
  const xmlParts = names.filter((n) => /\.(xml|rels)$/i.test(n));
  const texts = new Map<string, string>();
  for (const name of xmlParts) {
    const xml = await text(name);
    texts.set(name, xml);
    const problem = parse(xml);
    if (problem) problems.push(`${name}: ${problem}`);
  }

  // Content types.
  const typesName = lower.get("[content_types].xml");
  if (!typesName) problems.push("[Content_Types].xml is missing");
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  if (typesName) {
    parse(texts.get(typesName) ?? "", (local, _uri, a) => {
      if (local === "Default") defaults.set((a.Extension?.value ?? "").toLowerCase(), a.ContentType?.value ?? "");
      if (local === "Override") overrides.set((a.PartName?.value ?? "").replace(/^\//, "").toLowerCase(), a.ContentType?.value ?? "");
    });
    for (const part of overrides.keys()) if (!lower.has(part)) problems.push(`[Content_Types].xml: Override for /${part}, which is not in the package`);
    for (const name of names) {
      if (name === typesName) continue;
      const ext = name.slice(name.lastIndexOf(".") + 1).toLowerCase();
      if (!overrides.has(name.toLowerCase()) && !defaults.has(ext)) problems.push(`${name}: no content type in [Content_Types].xml`);
    }
  }

  // Relationships.
  const targeted = new Set<string>();
  for (const relsPart of names.filter((n) => /(^|\/)_rels\/[^/]*\.rels$/i.test(n))) {
    const source = sourceOf(relsPart);
    if (source !== "" && !lower.has(source.toLowerCase())) problems.push(`${relsPart}: describes ${source}, which is not in the package`);
    const rels: Rel[] = [];
    parse(texts.get(relsPart) ?? "", (local, _uri, a) => {
      if (local === "Relationship") rels.push({ id: a.Id?.value ?? "", type: a.Type?.value ?? "", target: a.Target?.value ?? "", external: a.TargetMode?.value === "External" });
    });
    const ids = new Set<string>();
    for (const rel of rels) {
      if (ids.has(rel.id)) problems.push(`${relsPart}: relationship id ${rel.id} used twice`);
      ids.add(rel.id);
      if (rel.external) continue;
      const target = resolve(source, rel.target).toLowerCase();
      targeted.add(target);
      if (!lower.has(target)) problems.push(`${relsPart}: ${rel.id} targets ${rel.target}, which is not in the package`);
    }
  }
  for (const name of names) {
    if (name === typesName || /(^|\/)_rels\/[^/]*\.rels$/i.test(name)) continue;
    if (!targeted.has(name.toLowerCase())) problems.push(`${name}: no relationship leads to it`);
  }

  // Ids in the main part (the officeDocument relationship's target).
  const rootRels = texts.get(lower.get("_rels/.rels") ?? "") ?? "";
  let main: string | undefined;
  parse(rootRels, (local, _uri, a) => {
    if (local === "Relationship" && /\/officeDocument$/.test(a.Type?.value ?? "")) main ??= lower.get(resolve("", a.Target?.value ?? "").toLowerCase());
  });
  if (!main) problems.push("no main part (officeDocument relationship)");
  else {
    const seen = { sdt: new Map<string, number>(), revision: new Map<string, number>(), bookmark: new Map<string, number>() };
    parse(texts.get(main) ?? "", (local, uri, a, parents) => {
      if (!W_NS.has(uri)) return;
      const wAttr = (name: string) => Object.values(a).find((x) => x.local === name && W_NS.has(x.uri))?.value;
      const parent = parents[parents.length - 1] ?? "";
      let kind: keyof typeof seen | null = null;
      let id: string | undefined;
      if (local === "id" && parent.endsWith("|sdtPr")) {
        kind = "sdt";
        id = wAttr("val");
      } else if (REVISIONS.has(local)) {
        kind = "revision";
        id = wAttr("id");
      } else if (local === "bookmarkStart") {
        kind = "bookmark";
        id = wAttr("id");
      }
      if (kind && id !== undefined) seen[kind].set(id, (seen[kind].get(id) ?? 0) + 1);
    });
    for (const [kind, counts] of Object.entries(seen)) {
      for (const [id, n] of counts) if (n > 1) problems.push(`${main}: ${kind} id ${id} used ${n} times`);
    }
  }
  return problems;
}
