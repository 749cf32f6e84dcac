import rule from "../../../src/core/rules/punct-unpaired";
import { ruleTester } from "./ruleTester";

ruleTester.run(rule, {
  valid: [
    "牢固树立“四个意识”，坚定“四个自信”，学习《中国共产党纪律处分条例》（2023年修订）。",
    "他说：“要把‘两个维护’落到实处。”",
    "1）加强学习；2）强化落实；a) 完善制度。",
    "（一）理论学习不深入",
    "It’s a don’t-miss event.",
    "身高5'10，重量60kg。",
    "习惯于“管粗不管细”、“管大不管小”。",
  ],
  invalid: [
    {
      name: "reversed quotes: the message shows the marks without wrapping them in more quotes (issue 13)",
      text: "”十五五“期间要抓好落实。",
      errors: [{ message: "引号方向颠倒：”十五五“，应为“十五五”", fixOutput: "“十五五”期间要抓好落实。" }],
    },
    {
      name: "ASCII quotes in Chinese text, in pairs: fixed",
      text: "牢固树立\"四个意识\"，坚定\"四个自信\"。",
      errors: [
        { quote: "\"四个意识\"", severity: "warning", fixOutput: "牢固树立“四个意识”，坚定\"四个自信\"。" },
        { quote: "\"四个自信\"" },
      ],
      output: "牢固树立“四个意识”，坚定“四个自信”。",
    },
    {
      name: "ASCII quotes, odd number: reported, not fixed",
      text: "牢固树立\"四个意识，坚定\"四个自信\"。",
      errors: [{ fixOutput: null }, { fixOutput: null }, { fixOutput: null }],
    },
    {
      name: "reversed quotes",
      text: "谋划”十五五“发展思路。",
      errors: [{ quote: "”十五五“", fixOutput: "谋划“十五五”发展思路。" }],
    },
    {
      name: "one-sided quotes",
      text: "她说：”乔，你应该去证明。”",
      errors: [{ quote: "”乔，你应该去证明。”", fixOutput: "她说：“乔，你应该去证明。”" }],
    },
    {
      name: "an opening quote without its close",
      text: "牢固树立“四个意识，坚定“四个自信”。",
      errors: [{ start: 4, quote: "“", fixOutput: null }],
    },
    {
      name: "brackets and title marks",
      paragraphs: ["学习《中国共产党纪律处分条例。", "全年整改问题12个）。", "（一理论学习不深入"],
      errors: [
        { paragraph: 0, quote: "《" },
        { paragraph: 1, quote: "）" },
        { paragraph: 2, quote: "（" },
      ],
    },
  ],
});
