/**
 * One state part in a .docx: where a package holds several (a stale one whose
 * removal failed, copies another program made), the newest is read, and writing
 * leaves exactly one, the others removed with their properties, relationships and
 * content types. A part that cannot be read is never removed.
 */
import JSZip from "jszip";
import { STATE_NAMESPACE } from "../../../src/core/state";
import { DocxHost, readDocx } from "../../../src/host/docx";
import { statePartXml } from "../../../src/host/statePart";
import { docxWithBody, p } from "./build";

const RELS = "word/_rels/document.xml.rels";
const TYPES = "[Content_Types].xml";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

/** A package with a state part `customXml/itemN.xml` for each JSON, wired as Word wires them. */
async function withStateParts(jsons: Record<number, string>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await docxWithBody(p("标题") + p("正文")));
  let rels = await zip.file(RELS)!.async("string");
  let types = await zip.file(TYPES)!.async("string");
  for (const [n, json] of Object.entries(jsons)) {
    zip.file(`customXml/item${n}.xml`, statePartXml(json));
    zip.file(
      `customXml/itemProps${n}.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{0000000${n}-0000-4000-8000-000000000000}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${STATE_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
    );
    zip.file(
      `customXml/_rels/item${n}.xml.rels`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}customXmlProps" Target="itemProps${n}.xml"/></Relationships>`,
    );
    rels = rels.replace("</Relationships>", `<Relationship Id="rIdState${n}" Type="${REL}customXml" Target="../customXml/item${n}.xml"/></Relationships>`);
    types = types.replace("</Types>", `<Override PartName="/customXml/itemProps${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>`);
  }
  zip.file(RELS, rels);
  zip.file(TYPES, types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const state = (revision: number | undefined, profileId: string) => JSON.stringify({ version: 1, profileId, ...(revision === undefined ? {} : { revision }) });

async function partsOf(bytes: Uint8Array): Promise<{ names: string[]; text: (name: string) => Promise<string> }> {
  const zip = await JSZip.loadAsync(bytes);
  return { names: Object.keys(zip.files).filter((n) => !zip.files[n].dir).sort(), text: (name) => zip.file(name)!.async("string") };
}

test("the newest state part is read, not the first one found", async () => {
  const bytes = await withStateParts({ 1: state(4, "stale"), 2: state(9, "newest"), 3: state(6, "middle") });
  const doc = await readDocx(bytes, "a.docx");
  expect(doc.state?.json).toBe(state(9, "newest"));
  expect(await new DocxHost(doc).readState()).toBe(state(9, "newest"));
});

test("writing leaves one state part: the others go with their properties, relationships and content types", async () => {
  const host = new DocxHost(await readDocx(await withStateParts({ 1: state(4, "stale"), 2: state(9, "newest") }), "a.docx"));
  await host.writeState(state(10, "written"));
  const out = await partsOf(await host.toBytes());
  expect(out.names.filter((n) => n.startsWith("customXml/"))).toEqual(["customXml/_rels/item2.xml.rels", "customXml/item2.xml", "customXml/itemProps2.xml"]);
  const rels = await out.text(RELS);
  expect(rels).toContain('Target="../customXml/item2.xml"');
  expect(rels).not.toContain("item1.xml");
  const types = await out.text(TYPES);
  expect(types).toContain("/customXml/itemProps2.xml");
  expect(types).not.toContain("itemProps1.xml");
  const again = new DocxHost(await readDocx(await host.toBytes(), "a.docx"));
  expect(await again.readState()).toBe(state(10, "written"));
});

test("a state part that cannot be read is never removed, and a readable newer one still wins", async () => {
  const host = new DocxHost(await readDocx(await withStateParts({ 1: "{not json", 2: state(3, "good") }), "a.docx"));
  expect(await host.readState()).toBe(state(3, "good"));
  await host.writeState(state(4, "written"));
  const out = await partsOf(await host.toBytes());
  expect(out.names).toEqual(expect.arrayContaining(["customXml/item1.xml", "customXml/item2.xml"]));
  expect(await out.text("customXml/item1.xml")).toContain("{not json");
  expect(await new DocxHost(await readDocx(await host.toBytes(), "a.docx")).readState()).toBe(state(4, "written"));
});

test("a write that cannot be completed changes nothing", async () => {
  const host = new DocxHost(await readDocx(await withStateParts({ 1: state(1, "old"), 2: state(2, "new") }), "a.docx"));
  // The main part's relationships are found damaged while writing: refused before the package changes.
  const zip = host.document.zip;
  zip.file(RELS, (await zip.file(RELS)!.async("string")).replace("</Relationships>", "<Relationship"));
  const before = await partsOf(await zip.generateAsync({ type: "uint8array" }));
  await expect(host.writeState(state(3, "x"))).rejects.toThrow(/document\.xml\.rels/);
  const after = await partsOf(await zip.generateAsync({ type: "uint8array" }));
  expect(after.names).toEqual(before.names);
  for (const name of before.names) expect(await after.text(name)).toBe(await before.text(name));
});
