import rule from "../../../src/core/rules/punct-halfwidth";
import { ruleTester } from "./ruleTester";

ruleTester.run(rule, {
  valid: [
    "全年投入资金1,000万元，会议于9:30召开，增长3.5%。",
    "详见 https://www.example.cn/a?b=1 网站。",
    "使用 Word 2016: Home, Insert, Layout。",
    "(四)为民服务的意识还不强，了解群众需求。",
    "　　(五)党风廉政建设抓的还不紧。",
    "一是(1)加强学习；(2)强化落实。",
    "二.加强学习，提高本领。",
    "参考 Smith (2020) 的研究，数据来自 GDP (2024)。",
    "一、存在问题及表现",
  ],
  invalid: [
    {
      name: "half-width comma between Chinese (seed-004 line 21)",
      text: "（六）强化纪律建设,大兴务实之风，带头落实全面从严治党。",
      errors: [{ quote: ",", severity: "warning", fixOutput: "（六）强化纪律建设，大兴务实之风，带头落实全面从严治党。" }],
    },
    {
      name: "semicolon, colon, question and exclamation marks",
      text: "开展工作;在落实上级要求时:坚持问题导向?决不放松!",
      errors: [{ quote: ";" }, { quote: ":" }, { quote: "?" }, { quote: "!" }],
      output: "开展工作；在落实上级要求时：坚持问题导向？决不放松！",
    },
    {
      name: "colon at the end of a Chinese paragraph",
      text: "现将对照检查情况报告如下:",
      errors: [{ quote: ":", fixOutput: "现将对照检查情况报告如下：" }],
    },
    {
      name: "half-width brackets around Chinese",
      text: "落实《中国共产党党内监督条例》(2016年修订)要求。",
      errors: [{ quote: "(" }, { quote: ")" }],
      output: "落实《中国共产党党内监督条例》（2016年修订）要求。",
    },
    {
      name: "a number ends the clause, Chinese follows",
      text: "共查摆问题5,其中已整改3个.",
      errors: [{ quote: "," }, { quote: "." }],
      output: "共查摆问题5，其中已整改3个。",
    },
    {
      name: "after a closing Chinese mark",
      text: "开展“以案促改”,组织学习。",
      errors: [{ quote: ",", fixOutput: "开展“以案促改”，组织学习。" }],
    },
    {
      name: "automatic numbers are not touched",
      paragraphs: [{ text: "(一)理论学习,不够深入", autoNumber: "(一)" }],
      errors: [{ quote: ",", start: 7 }],
    },
  ],
});
