import rule from "../../../src/core/rules/numbering-sequence";
import { ruleTester } from "./ruleTester";
import { CAUSES, material, materialLines, MEASURES, PROBLEMS } from "./materials";

/** The material's lines with the problems' numbers replaced. */
const renumbered = (...markers: string[]) =>
  materialLines({ problems: markers.map((m, i) => m + PROBLEMS[i % PROBLEMS.length].slice(3)) });

ruleTester.run(rule, {
  valid: [
    material(),
    { name: "each section's items start again at （一）", text: material({ causes: CAUSES, measures: MEASURES }) },
    {
      name: "one-level items 一是…三是",
      text: material({ measures: ["一是深入开展理论学习。", "二是密切联系服务群众。", "三是压实全面从严治党责任。"] }),
    },
    {
      name: "首先、其次、最后: 最后 closes the sequence without a 再次",
      text: material({ measures: ["首先，深入开展理论学习。", "其次，密切联系服务群众。", "最后，压实全面从严治党责任。"] }),
    },
    {
      name: "1. 2. （三）: one list whose numbers change form part way numbers on (the form is numbering-format's)",
      text: material({ measures: ["1." + MEASURES[0]!.slice(3), "2." + MEASURES[1]!.slice(3), MEASURES[2]!] }),
    },
    {
      name: "automatic numbers in sequence",
      paragraphs: materialLines().map((text) => (/^（[一二三]）/.test(text) ? { text, autoNumber: text.slice(0, 3) } : text)),
    },
  ],
  invalid: [
    {
      name: "首先、再次: the 其次 is missing",
      text: material({ measures: ["首先，深入开展理论学习。", "再次，密切联系服务群众。", "最后，压实全面从严治党责任。"] }),
      errors: [{ paragraph: 12, quote: "再次，", message: /跳号/ }],
    },
    {
      name: "a gap, and the numbers after it follow on",
      paragraphs: renumbered("（一）", "（三）", "（四）"),
      errors: [
        {
          paragraph: 4,
          quote: "（三）",
          severity: "warning",
          message: "“存在问题”各条序号跳号：“（一）”后跳到“（三）”，以下应依次改为“（二）”“（三）”",
          data: { expected: 2, found: 3, count: 2 },
          fixOutput: "（二）" + PROBLEMS[1].slice(3),
        },
      ],
      output: renumbered("（一）", "（二）", "（三）").join("\n"),
    },
    {
      name: "a repeat",
      paragraphs: renumbered("（一）", "（二）", "（二）"),
      errors: [{ paragraph: 5, quote: "（二）", message: "“存在问题”各条序号重号：“（二）”后又是“（二）”，应为“（三）”", data: { expected: 3, found: 2 }, fixOutput: "（三）" + PROBLEMS[2].slice(3) }],
    },
    {
      name: "a restart inside one section",
      paragraphs: materialLines({ problems: [...PROBLEMS, "（一）" + PROBLEMS[0].slice(3), "（二）" + PROBLEMS[1].slice(3)] }),
      errors: [{ paragraph: 6, quote: "（一）", message: /重新从头编号：“（三）”后又从“（一）”开始，以下应依次改为“（四）”“（五）”/, data: { expected: 4, found: 1, count: 2 } }],
      output: materialLines({ problems: [...PROBLEMS, "（四）" + PROBLEMS[0].slice(3), "（五）" + PROBLEMS[1].slice(3)] }),
    },
    {
      name: "section headings: 一、二、四、",
      text: material().replace("三、整改措施", "四、整改措施"),
      errors: [{ paragraph: 10, quote: "四、", message: /部分标题序号跳号/, fixOutput: "三、整改措施" }],
    },
    {
      name: "the number keeps its written form",
      paragraphs: renumbered("(一)", "(三)", "(四)"),
      errors: [{ paragraph: 4, quote: "(三)", fixOutput: "(二)" + PROBLEMS[1].slice(3), message: /以下应依次改为“\(二\)”“\(三\)”/ }],
    },
    {
      name: "automatic numbers are reported but never fixed",
      paragraphs: materialLines().map((text, i) => {
        const auto = ({ 3: "（一）", 4: "（三）", 5: "（四）" } as Record<number, string>)[i];
        return auto ? { text: auto + text.slice(3), autoNumber: auto } : text;
      }),
      errors: [{ paragraph: 4, quote: "（三）", fixOutput: null, message: /自动编号/ }],
    },
  ],
});
