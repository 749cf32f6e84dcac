/**
 * The preview page's hosts: the .txt host edits through core and saves a .docx
 * that carries the add-in's state; the wrapper reports every edit, selects what
 * was inserted or fixed, and keeps absent methods absent.
 */
import { analyze } from "../../src/core/analyze";
import { planInsertion } from "../../src/core/insert/planner";
import type { Paragraph } from "../../src/core/model";
import { DocxHost, readDocx } from "../../src/host/docx";
import type { DocumentHost, DocumentTarget } from "../../src/host/types";
import { withEditNotifications } from "../../src/taskpane/preview/previewHost";
import { TextDocumentHost } from "../../src/taskpane/preview/textDocumentHost";
import { MATERIAL } from "./fakeHost";

function textHost(onSelect?: (target: DocumentTarget) => void) {
  return new TextDocumentHost("材料.txt", MATERIAL.join("\r\n") + "\r\n", onSelect);
}

async function analysisOf(host: DocumentHost) {
  return analyze(await host.readParagraphs(), { hostKind: "text" });
}

describe("TextDocumentHost", () => {
  test("inserts a planned section and applies fixes through core", async () => {
    const host = textHost();
    const before = await analysisOf(host);
    const request = before.insertions.find((i) => i.request.kind === "section")!.request;
    const plan = planInsertion(before.doc, request)!;
    expect(plan).not.toBeNull();
    await host.applyPlan(plan);
    const after = await analysisOf(host);
    expect(after.doc.missingSections).not.toContain(request.kind === "section" ? request.section : "");
    expect((await host.readParagraphs()).length).toBe(MATERIAL.length + plan.insertion.paragraphs.length);

    const fixable = after.findings.filter((f) => f.fix);
    expect(fixable.length).toBeGreaterThan(0);
    const result = await host.applyFixes(fixable.map((f) => f.fix!));
    expect(result.applied + result.skipped).toBe(fixable.length);
    expect(result.applied).toBeGreaterThan(0);
    const fixed = await analysisOf(host);
    expect(fixed.findings.filter((f) => f.fix).length).toBeLessThan(fixable.length);
  });

  test("a plan that no longer fits changes nothing", async () => {
    const host = textHost();
    const analysis = await analysisOf(host);
    const plan = planInsertion(analysis.doc, analysis.insertions[0].request)!;
    const stale = { ...plan, insertion: { ...plan.insertion, anchor: { ...plan.insertion.anchor, text: "不存在的段落" } } };
    await expect(host.applyPlan(stale)).rejects.toThrow("文档在分析之后已被修改");
    expect((await host.readParagraphs()).map((p) => p.text)).toEqual(MATERIAL);
  });

  test("下载 gives a .docx with the text and, once there is state, the state part", async () => {
    const host = textHost();
    const plain = await readDocx(await host.toBytes(), "材料.docx");
    expect(plain.paragraphs.map((p) => p.text)).toEqual(MATERIAL);
    expect(await new DocxHost(plain).readState()).toBeNull();

    const state = JSON.stringify({ version: 1, pairOverrides: [{ problem: "abcd1234", measure: null }] });
    await host.writeState(state);
    const saved = await readDocx(await host.toBytes(), "材料.docx");
    expect(saved.paragraphs.map((p) => p.text)).toEqual(MATERIAL);
    expect(await new DocxHost(saved).readState()).toBe(state);
  });
});

describe("withEditNotifications", () => {
  test("reports the paragraphs after an edit and selects the inserted part", async () => {
    const selections: DocumentTarget[] = [];
    const inner = textHost((target) => selections.push(target));
    const edited: Paragraph[][] = [];
    const host = withEditNotifications(inner, (paragraphs) => edited.push(paragraphs));
    const analysis = await analysisOf(host);
    const plan = planInsertion(analysis.doc, analysis.insertions[0].request)!;
    await host.applyPlan!(plan);
    expect(edited).toHaveLength(1);
    expect(edited[0]).toEqual(await inner.readParagraphs());
    const at = selections[selections.length - 1].paragraph;
    expect(edited[0][at].text).toBe(plan.insertion.paragraphs[0].text);

    const finding = (await analysisOf(host)).findings.find((f) => f.fix)!;
    await host.applyFixes!([finding.fix!]);
    expect(edited).toHaveLength(2);
    const last = selections[selections.length - 1];
    expect(edited[1][last.paragraph].text.slice(last.start, last.end)).toBe(finding.fix!.replacement);
    await host.settled();
  });

  test("methods the wrapped host lacks stay absent", () => {
    const bare: DocumentHost = { kind: "text", name: "x", readParagraphs: async () => [], select: async () => undefined };
    const host = withEditNotifications(bare, () => undefined);
    expect(host.applyPlan).toBeUndefined();
    expect(host.applyFixes).toBeUndefined();
    expect(host.writeState).toBeUndefined();
    expect(host.toBytes).toBeUndefined();
    const full = withEditNotifications(textHost(), () => undefined);
    expect(typeof full.applyPlan).toBe("function");
    expect(typeof full.applyFixes).toBe("function");
    expect(typeof full.writeState).toBe("function");
  });
});
