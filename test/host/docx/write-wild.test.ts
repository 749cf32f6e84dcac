/**
 * Inserting templates into real-world files (../shared/wild-docx: Word, WPS,
 * LibreOffice; tables, fields, text boxes, tracked changes, content controls):
 * every section their structure lacks is inserted one part at a time, and after
 * every insertion the main part still parses, each original paragraph's XML is
 * still there unchanged and in order (typed numbers the plan shifts aside), and
 * the saved package reads back with the same paragraphs. A visible skip when the
 * folder is absent.
 */
import * as fs from "fs";
import * as path from "path";
import { analyzeDocument } from "../../../src/core/analyze";
import { locateAnchor } from "../../../src/core/insert/apply";
import { planInsertion, requestKey, type InsertRequest } from "../../../src/core/insert/planner";
import type { AnalyzedDocument } from "../../../src/core/rules/types";
import { parseState } from "../../../src/core/state";
import { DocxHost, readDocx, type DocxDocument } from "../../../src/host/docx";
import { needs, WILD_DIR } from "../../helpers/requirements";
import { partsOf } from "./build";

const WILD = WILD_DIR;
const wild = needs("wild-docx");
const present = wild.available;
const manifest: { file: string; expect: string }[] = present ? JSON.parse(fs.readFileSync(path.join(WILD, "manifest.json"), "utf8")) : [];
const readable = manifest.filter((e) => e.expect === "read");

/**
 * Every section the structure lacks, whether or not the reading is sure: these files
 * are not materials (the planner itself inserts nothing into them), and the test is
 * about writing into their packages.
 */
const everyGap = (doc: AnalyzedDocument): InsertRequest[] => [
  ...(doc.title ? [] : [{ kind: "section" as const, section: "title" as const }]),
  ...doc.missingSections.map((section) => ({ kind: "section" as const, section })),
];

const slice = (doc: DocxDocument, i: number) => doc.mainXml.slice(doc.paragraphRanges[i].start, doc.paragraphRanges[i].end);

wild.describe("templates inserted into wild .docx files", () => {
  let inserted = 0;
  afterAll(() => {
    // The files are not materials, but many lack sections: the run must have inserted something.
    expect(inserted).toBeGreaterThan(readable.length / 2);
  });

  it.each(readable.map((e) => [e.file] as const))("%s", async (file) => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(WILD, file)));
    const host = new DocxHost(await readDocx(bytes, file));
    const tried = new Set<string>();
    for (let round = 0; round < 12; round++) {
      const before = host.document;
      const doc = analyzeDocument(before.paragraphs, { hostKind: "docx", state: parseState(await host.readState()) });
      const request = everyGap(doc).find((r) => !tried.has(requestKey(r)));
      if (!request) break;
      tried.add(requestKey(request));
      const plan = planInsertion(doc, request, { evenIfUnsure: true });
      if (!plan) continue;
      await host.applyPlan(plan);
      inserted++;
      const after = host.document;
      const n = plan.insertion.paragraphs.length;
      const at = locateAnchor(before.paragraphs.map((p) => p.text), plan.insertion.anchor);
      const first = plan.insertion.anchor.position === "after" ? at + 1 : at;
      expect(after.paragraphs.length).toBe(before.paragraphs.length + n);
      const renumbered = new Set(plan.renumbers.map((f) => f.paragraph));
      for (let i = 0; i < before.paragraphs.length; i++) {
        const j = i < first ? i : i + n;
        if (renumbered.has(i)) continue;
        if (slice(after, j) !== slice(before, i)) throw new Error(`${file}: paragraph ${i} changed by ${plan.label}`);
      }
      for (let k = 0; k < n; k++) expect(after.paragraphs[first + k].text.endsWith(plan.insertion.paragraphs[k].text)).toBe(true);
    }
    // Saved and read again: the same paragraphs; every part but the main one unchanged.
    const saved = await host.toBytes();
    const reread = await readDocx(saved, file);
    expect(reread.paragraphs.map((p) => p.text)).toEqual(host.document.paragraphs.map((p) => p.text));
    if (tried.size) {
      const oldParts = await partsOf(bytes);
      const newParts = await partsOf(saved);
      for (const [name, content] of oldParts) {
        if (name === host.document.mainPart) continue;
        if (!Buffer.from(newParts.get(name)!).equals(Buffer.from(content))) throw new Error(`${file}: ${name} changed`);
      }
    }
  }, 60_000);
});
