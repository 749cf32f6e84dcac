import rule from "../../../src/core/rules/aspect-year-mismatch";
import { ruleTester } from "./ruleTester";
import { FIVE_GOALS_2019, material, SIX_LEADS_2022 } from "./materials";

ruleTester.run(
  rule,
  {
    valid: [
      { name: "2022 material, 2022 aspects", text: material({ title: "××局党组2022年度民主生活会对照检查材料", problems: SIX_LEADS_2022 }) },
      {
        name: "2019 material, 2019 aspects",
        text: material({ title: "××局党组2019年“不忘初心、牢记使命”专题民主生活会对照检查材料", problems: FIVE_GOALS_2019 }),
      },
      {
        name: "the user chose the profile: the choice is respected",
        text: material({ title: "××局党组2022年度民主生活会对照检查材料", problems: FIVE_GOALS_2019 }),
        profileId: "2022-mzshh-six-leads",
      },
      { name: "no year anywhere", text: material({ title: "××局党组民主生活会对照检查材料", preface: "现将对照检查情况报告如下。", problems: FIVE_GOALS_2019 }) },
    ],
    invalid: [
      {
        name: "a 2022 material built on the 2019 five goals",
        text: material({ title: "××局党组2022年度民主生活会对照检查材料", problems: FIVE_GOALS_2019 }),
        errors: [
          {
            paragraph: 0,
            severity: "warning",
            data: { documentYear: 2022, aspectYear: 2019, profile: "2019-ztjy-mzshh-five-goals" },
            message: /2019年.*2022年/,
          },
        ],
      },
      {
        name: "the year only in the preface",
        text: material({
          title: "××局党组民主生活会对照检查材料",
          preface: "按照关于召开2024年度民主生活会的通知要求，现将对照检查情况报告如下。",
          problems: SIX_LEADS_2022,
        }),
        errors: [{ paragraph: 0, data: { documentYear: 2024, aspectYear: 2022 } }],
      },
    ],
  },
  { analysis: "full" },
);
