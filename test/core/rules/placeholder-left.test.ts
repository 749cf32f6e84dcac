import rule from "../../../src/core/rules/placeholder-left";
import { ruleTester } from "./ruleTester";
import { CAUSES, materialLines, MEASURES, PROBLEMS } from "./materials";

ruleTester.run(rule, {
  valid: [
    "2024年，局党组共召开专题学习会12次，查摆问题8个。",
    "服装尺码为XXL，型号MAX-200，网址www.example.cn。",
    "开展X光机采购，配备X射线安检设备。",
    "工程量为3×4米，单价2*5元。",
    "* 注：本表由办公室填写。",
    "对群众想什么、急什么、盼什么……都要心中有数。",
    "在学习上、工作上……方方面面存在不足。",
    "2025年1月15日",
    "二○二五年一月",
    "每年开展两次，去年 月底完成。",
    "经认真研究，现将有关情况报告如下：",
    {
      name: "【】 labels heading the author's own lines are not blanks",
      paragraphs: ["【执行攻坚】开展涉民生案件集中执行行动，对执行周期超过一年的案件逐案督办。", "（一）【理论学习】坚持中心组每月学习制度。"],
    },
    {
      name: "a line made only of short 【】 labels is a web page's links, not blanks",
      paragraphs: ["【打印本页】　【关闭窗口】", "  【返回顶部】 【收藏】"],
    },
    {
      name: "section headings written in 【】",
      paragraphs: ["2024年度民主生活会个人对照检查材料", "现将对照检查情况报告如下。", "【存在的问题】", ...PROBLEMS, "【原因分析】", ...CAUSES, "【整改措施】", ...MEASURES],
    },
  ],
  invalid: [
    {
      name: "a 【】 at the head of a line is still a blank where it asks for something, stands alone outside a heading, or is more than a name",
      paragraphs: ["【填写问题名称】学习不够深入，联系实际不够。", "【问题表现】", "【2024年度】学习不够深入，联系实际不够。", ...materialLines().slice(2)],
      errors: [
        { paragraph: 0, quote: "【填写问题名称】", severity: "error" },
        { paragraph: 1, quote: "【问题表现】", severity: "error" },
        { paragraph: 2, quote: "【2024年度】", severity: "error" },
      ],
    },
    {
      name: "a row of 【】 is still blanks where one asks for something, one stands alone, or words stand between them",
      paragraphs: ["【姓名】　【职务】", "【问题表现】", "【学习】笔记【心得】", ...materialLines().slice(2)],
      errors: [
        { paragraph: 0, quote: "【姓名】", severity: "error" },
        { paragraph: 0, quote: "【职务】", severity: "error" },
        { paragraph: 1, quote: "【问题表现】", severity: "error" },
        { paragraph: 2, quote: "【心得】", severity: "error" },
      ],
    },
    {
      name: "the add-in's own template placeholders (【】 is the contract)",
      text: "（一）在带头【填写方面】方面。【】",
      errors: [
        { quote: "【填写方面】", severity: "error", fixOutput: null },
        { quote: "【】", severity: "error" },
      ],
    },
    {
      name: "XX, ××, xx as blanks",
      paragraphs: ["XX局党组2024年度民主生活会对照检查材料", "××同志：", "（县xx局党组书记、局长）", "XXX"],
      errors: [
        { paragraph: 0, quote: "XX" },
        { paragraph: 1, quote: "××" },
        { paragraph: 2, quote: "xx" },
        { paragraph: 3, quote: "XXX" },
      ],
    },
    {
      name: "single x beside Chinese (seed-000: 市x局)",
      text: "根据市委统一部署，市x局共有党员x人，2025年x月完成。",
      errors: [{ quote: "x", start: 10 }, { quote: "x" }, { quote: "x" }],
    },
    {
      name: "stars and bracketed stars",
      paragraphs: ["〔*〕号文件", "*年度民主生活会", "**镇党委", "＊＊局"],
      errors: [
        { paragraph: 0, quote: "*" },
        { paragraph: 1, quote: "*" },
        { paragraph: 2, quote: "**" },
        { paragraph: 3, quote: "＊＊" },
      ],
    },
    {
      name: "instructions left in",
      text: "此处填写具体问题。请填写整改时限（待补充）",
      errors: [{ quote: "此处填写" }, { quote: "请填写" }, { quote: "待补充" }],
    },
    {
      name: "ellipsis standing alone as a blank",
      paragraphs: ["……", "一是……。", "（二）……", "主要问题：……", "（一）在……方面"],
      errors: [
        { paragraph: 0, quote: "……" },
        { paragraph: 1, quote: "……" },
        { paragraph: 2, quote: "……" },
        { paragraph: 3, quote: "……" },
        { paragraph: 4, quote: "……", severity: "warning" },
      ],
    },
    {
      name: "empty brackets, quotes and underscores",
      text: "紧扣“”主题，学习《》，完成（  ）项，签名：____",
      errors: [{ quote: "“”" }, { quote: "《》" }, { quote: "（  ）" }, { quote: "____" }],
    },
    {
      name: "a date left blank",
      paragraphs: ["2025年  月  日", "年 月 日"],
      errors: [
        { paragraph: 0, quote: "2025年  月  日" },
        { paragraph: 1, quote: "年 月 日" },
      ],
    },
  ],
});
