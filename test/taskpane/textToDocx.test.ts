/**
 * The preview saves a .txt as .docx: reading the result back with the .docx
 * host must give the same paragraphs, line for line.
 */
import { readDocx } from "../../src/host/docx";
import { paragraphsFromText } from "../../src/host/text";
import { textToDocx } from "../../src/taskpane/preview/textToDocx";

test("a text saved as .docx reads back with the same paragraphs", async () => {
  const text = [
    "某单位对照检查材料",
    "",
    "一、存在的问题",
    "（一）含有 <尖括号> & “引号” 和\t制表符",
    "控制字符\u0001被去掉",
    "以上，恳请同志们批评指正。",
  ].join("\n");
  const lines = paragraphsFromText(text).map((p) => p.text);
  const bytes = await textToDocx(lines);
  expect(Buffer.from(bytes.subarray(0, 2)).toString("latin1")).toBe("PK");
  const document = await readDocx(bytes, "round-trip.docx");
  const expected = lines.map((line) => line.replace(/\u0001/g, ""));
  expect(document.paragraphs.map((p) => p.text)).toEqual(expected);
  expect(document.paragraphs[0].format?.fontEastAsia).toBe("仿宋_GB2312");
});
