/** problem-not-owned: a team's material that puts its problems on 有的同志 / 个别同志. */
import rule from "../../../src/core/rules/problem-not-owned";
import { authorKind } from "../../../src/core/rules/authorship";
import { ruleTester } from "./ruleTester";
import { material } from "./materials";

const PERSONAL = "××同志2024年度民主生活会个人对照检查材料";
const withProblems = (...problems: string[]) => material({ problems });

ruleTester.run(rule, {
  valid: [
    material(),
    { name: "the others as the team's object", text: withProblems("（一）监督不严。对个别同志的苗头性问题提醒不及时，2024年有1人受到批评。") },
    { name: "a personal material may speak of others", text: material({ title: PERSONAL, problems: ["（一）批评不够。对有的同志的缺点碍于情面不指出，2024年民主生活会上只提了1条意见。"] }) },
    { name: "the team's own members", text: withProblems("（一）学习不够。个别班子成员2024年缺席中心组学习3次。") },
  ],
  invalid: [
    {
      name: "有的同志 as the subject",
      text: withProblems("（一）理论学习不够深入。有的同志学习主动性不强，2024年中心组学习有3次只读文件。"),
      errors: [{ paragraph: 3, quote: "有的同志", data: { problem: "P1", found: "有的同志" }, message: /班子材料写“有的同志”/ }],
    },
    {
      name: "个别同志, once per problem",
      text: withProblems("（一）作风不实。个别同志调研走马观花，2024年全局调研报告仅2篇；个别同志下基层少。"),
      errors: [{ paragraph: 3, quote: "个别同志" }],
    },
  ],
});

describe("whose material it is", () => {
  const kind = (title: string, ...body: string[]) => authorKind({ title: { paragraph: 0, text: title }, paragraphs: [title, ...body].map((text, index) => ({ index, text })) });
  it.each([
    ["中共青川县水利局党组领导班子2024年度民主生活会对照检查材料", "班子"],
    ["局党组2022年民主生活会对照检查材料", "班子"],
    ["××县农业农村局党组领导班子2024年度党员领导干部民主生活会对照检查材料", "班子"],
    ["红石镇党委副书记、镇长2020年度民主生活会对照检查材料", "个人"],
    ["领导干部2022民主生活会（六个方面）对照检查材料", "个人"],
    ["郑××同志2024年度民主生活会个人对照检查材料", "个人"],
    ["党员吴晓兰2022年度组织生活会对照检查材料", "个人"],
  ])("%s → %s", (title, want) => expect(kind(title)).toBe(want));
  it("without a title, from how the text names its author", () => {
    expect(authorKind({ title: null, paragraphs: ["班子认真学习，我们对照检查。", "班子成员谈心谈话。"].map((text, index) => ({ index, text })) })).toBe("班子");
    expect(authorKind({ title: null, paragraphs: ["本人认真学习，我对照检查。", "我深刻反思。"].map((text, index) => ({ index, text })) })).toBe("个人");
  });
});
