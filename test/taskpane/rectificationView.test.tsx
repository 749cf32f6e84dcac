/**
 * The 整改清单 controls of the "问题与措施" view: CSV and Word export for every
 * host, "插入整改清单" only where the host can insert it, and the .docx the Word
 * export saves.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { analyze } from "../../src/core/analyze";
import { RECTIFICATION_TITLE, rectificationCells, rectificationRows } from "../../src/core/insert/rectification";
import { readDocx } from "../../src/host/docx";
import { paragraphsFromText } from "../../src/host/text";
import { downloadFile } from "../../src/taskpane/download";
import { getStrings, LOCALES } from "../../src/taskpane/i18n";
import { exportRectificationDocx, PairsView } from "../../src/taskpane/views/PairsView";
import { MATERIAL } from "./fakeHost";
import { viewProps } from "./viewProps";

jest.mock("../../src/taskpane/download", () => ({ downloadFile: jest.fn() }));

const material = analyze(paragraphsFromText(MATERIAL.join("\n")), { hostKind: "text" });
const strings = getStrings("zh-CN");
const s = strings.pairs;

/** The opening tag of the button whose content is `label`, or null. */
function button(html: string, label: string): string | null {
  const m = new RegExp(`<button[^>]*>(?:(?!</button>).)*${label.replace(/[()（）]/g, "\\$&")}</button>`).exec(html);
  return m ? /<button[^>]*>/.exec(m[0])![0] : null;
}

describe("整改清单 buttons", () => {
  test("CSV and Word export are always offered; 插入整改清单 where the host can insert it", () => {
    expect(material.doc.problems.length).toBeGreaterThan(0);
    const html = renderToStaticMarkup(<PairsView {...viewProps(material)} />);
    expect(button(html, s.exportCsv)).not.toBeNull();
    expect(button(html, s.exportDocx)).toContain("data-export-docx");
    const insert = button(html, s.insertTable);
    expect(insert).toContain("data-insert-table");
    expect(insert).toContain(`title="${s.insertTableTitle}"`);
    expect(insert).not.toContain("disabled");

    const without = renderToStaticMarkup(<PairsView {...viewProps(material, { capabilities: { insert: true, fix: true, rectification: false, release: false } })} />);
    expect(button(without, s.exportDocx)).not.toBeNull();
    expect(without).not.toContain("data-insert-table");
  });

  test("插入整改清单 is disabled while an edit runs", () => {
    const html = renderToStaticMarkup(<PairsView {...viewProps(material, { busy: true })} />);
    expect(button(html, s.insertTable)).toMatch(/disabled/);
  });

  test("without problems there is nothing to list", () => {
    const empty = analyze(paragraphsFromText("对照检查材料\n现报告如下。"), { hostKind: "text" });
    expect(empty.doc.problems).toEqual([]);
    const html = renderToStaticMarkup(<PairsView {...viewProps(empty)} />);
    for (const label of [s.exportCsv, s.exportDocx, s.insertTable]) expect(button(html, label)).toBeNull();
  });

  test.each(LOCALES)("%s: the buttons' names are distinct, none containing another's (tests and users find them by name)", (locale) => {
    const p = getStrings(locale).pairs;
    const names = [p.exportCsv, p.exportDocx, p.insertTable];
    for (const a of names) for (const b of names) if (a !== b) expect(a.includes(b)).toBe(false);
    expect(new Set(names).size).toBe(3);
    expect(p.docxName("材料.docx")).toBe("材料-整改清单.docx");
  });
});

describe("exportRectificationDocx", () => {
  test("saves a .docx of core's rows under the document's name", async () => {
    const save = downloadFile as jest.MockedFunction<typeof downloadFile>;
    save.mockClear();
    await exportRectificationDocx(material.doc, s.docxName("测试材料.docx"));
    expect(save).toHaveBeenCalledTimes(1);
    const [name, data, type] = save.mock.calls[0];
    expect(name).toBe("测试材料-整改清单.docx");
    expect(type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const doc = await readDocx(data as Uint8Array, name);
    const texts = doc.paragraphs.map((p) => p.text).filter((t) => t !== "");
    expect(texts).toEqual([RECTIFICATION_TITLE, ...rectificationCells(rectificationRows(material.doc)).flat()]);
  });
});
