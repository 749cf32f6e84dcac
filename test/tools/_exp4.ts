import { writeFileSync, readFileSync } from "fs";
import { Packer } from "docx";
import { buildSample } from "./make-sample-docx";
import { analyze } from "../../src/core/analyze";
import { planInsertion } from "../../src/core/insert/planner";
import { DocxHost, readDocx } from "../../src/host/docx";
import { rectificationRows } from "../../src/core/insert/rectification";
import { textToDocx } from "../../src/taskpane/preview/textToDocx";
(async () => {
  const lines = readFileSync("assets/sample.txt", "utf8").replace(/\n$/, "").split("\n");
  const a = lines.findIndex((l) => l.startsWith("三、原因剖析"));
  const b = lines.findIndex((l) => l.startsWith("四、整改措施"));
  const cut = [...lines.slice(0, a), ...lines.slice(b)];
  for (const [name, bytes, track] of [["tracked", new Uint8Array(await Packer.toBuffer(buildSample(cut))), true], ["txt", await textToDocx(cut), false]] as const) {
    const host = new DocxHost(await readDocx(bytes, "x.docx"));
    const an = analyze(await host.readParagraphs(), { hostKind: "docx" });
    const req = an.insertions.find((i) => i.request.kind === "section")!.request;
    await host.applyPlan(planInsertion(an.doc, req)!, { trackChanges: track });
    await host.insertRectificationTable(rectificationRows(analyze(await host.readParagraphs(), { hostKind: "docx" }).doc));
    writeFileSync(`/tmp/i10/${name}.docx`, await host.toBytes());
  }
})();
