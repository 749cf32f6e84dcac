import rule from "../../../src/core/rules/numbering-format";
import { ruleTester } from "./ruleTester";
import { material, materialLines, MEASURES, PROBLEMS, CAUSES } from "./materials";

/** The material's lines with the problems' numbers replaced. */
const renumbered = (...markers: string[]) =>
  materialLines({ problems: markers.map((m, i) => m + PROBLEMS[i % PROBLEMS.length].replace(/^（.）/, "")) });
const body = (i: number) => PROBLEMS[i].replace(/^（.）/, "");

ruleTester.run(rule, {
  valid: [
    material(),
    { name: "half-width brackets, written alike throughout one level", paragraphs: renumbered("(一)", "(二)", "(三)") },
    {
      name: "levels are separate: （一） in one section, (一) in another",
      text: material({ causes: CAUSES.map((c) => c.replace(/^（(.)）/, "($1)")) }),
    },
    { name: "1. items", paragraphs: renumbered("1.", "2.", "3.") },
    {
      name: "1. points under （一） measures are another level, not a change of form",
      text: material({ measures: [MEASURES[0]!, "1.每月集中学习1次。", "2.每季度撰写体会1篇。", MEASURES[1]!, MEASURES[2]!] }),
    },
    { name: "一是 items", text: material({ measures: ["一是深入开展理论学习。", "二是密切联系服务群众。", "三是压实全面从严治党责任。"] }) },
  ],
  invalid: [
    {
      name: "(四) beside （一）: fixed to the GB/T 9704 form",
      paragraphs: materialLines({ problems: [...PROBLEMS, "(四)担当作为不够。一是遇到难题绕着走；二是推进项目慢。"] }),
      errors: [
        {
          paragraph: 6,
          quote: "(四)",
          severity: "warning",
          message: "“存在问题”各条序号写法不一致：“(四)”应统一为“（四）”",
          data: { found: "(四)", expected: "（四）" },
          fixOutput: "（四）担当作为不够。一是遇到难题绕着走；二是推进项目慢。",
        },
      ],
    },
    {
      name: "the majority may be the odd form: every non-canonical one is fixed",
      paragraphs: renumbered("(一)", "(二)", "（三）"),
      errors: [
        { paragraph: 3, quote: "(一)", fixOutput: "（一）" + body(0) },
        { paragraph: 4, quote: "(二)", fixOutput: "（二）" + body(1) },
      ],
    },
    {
      name: "一. headings: wrong punctuation even when written alike",
      text: material().replace("一、存在", "一.存在").replace("二、原因", "二.原因").replace("三、整改", "三.整改"),
      errors: [
        { paragraph: 2, quote: "一.", message: "序号“一.”的标点不符合公文规范，应为“一、”", fixOutput: "一、存在的问题" },
        { paragraph: 6, quote: "二.", fixOutput: "二、原因分析" },
        { paragraph: 10, quote: "三.", fixOutput: "三、整改措施" },
      ],
    },
    {
      name: "one 一. among 一、 headings",
      text: material().replace("二、原因", "二．原因"),
      errors: [{ paragraph: 6, quote: "二．", fixOutput: "二、原因分析" }],
    },
    {
      name: "（一）、 takes no 顿号",
      paragraphs: renumbered("（一）、", "（二）、", "（三）、"),
      errors: [
        { paragraph: 3, quote: "（一）、", fixOutput: "（一）" + body(0) },
        { paragraph: 4, quote: "（二）、", fixOutput: "（二）" + body(1) },
        { paragraph: 5, quote: "（三）、", fixOutput: "（三）" + body(2) },
      ],
    },
    {
      name: "1、 beside 1.",
      paragraphs: renumbered("1.", "2、", "3."),
      errors: [{ paragraph: 4, quote: "2、", fixOutput: "2." + body(1) }],
    },
    {
      name: "1. 2. （三）: the list's numbers change form part way; written on as it began",
      text: material({ measures: ["1." + MEASURES[0]!.slice(3), "2." + MEASURES[1]!.slice(3), MEASURES[2]!] }),
      errors: [
        {
          paragraph: 13,
          quote: "（三）",
          message: "“整改措施”各条序号前后形式不一致：前面是“1.”，“（三）”应为“3.”",
          data: { found: "（三）", expected: "3." },
          fixOutput: "3." + MEASURES[2]!.slice(3),
        },
      ],
    },
    {
      name: "automatic numbers count for the mixing but are never fixed",
      paragraphs: materialLines().map((text, i) => {
        const auto = ({ 3: "(一)", 4: "(二)" } as Record<number, string>)[i];
        return auto ? { text: auto + text.slice(3), autoNumber: auto } : text;
      }),
      errors: [
        { paragraph: 3, quote: "(一)", fixOutput: null, message: /自动编号/ },
        { paragraph: 4, quote: "(二)", fixOutput: null },
      ],
    },
    {
      name: "a typed (三) after automatic （一）（二）",
      paragraphs: materialLines().map((text, i) => {
        if (i === 3 || i === 4) return { text, autoNumber: text.slice(0, 3) };
        return i === 5 ? "(三)" + text.slice(3) : text;
      }),
      errors: [{ paragraph: 5, quote: "(三)", fixOutput: "（三）" + body(2) }],
    },
  ],
});
