/**
 * A made-up material whose section headings (几点体会, 几点思考, 下一步打算) do not say which
 * part they head: the reader places them by position and asks "这一行是标题还是正文？".
 * Shared by the store, the views and the browser tests of those questions.
 */
export const UNSURE = [
  "某县水利局党组2024年度民主生活会对照检查材料",
  "按照县委通知要求，局党组会前征求意见建议18条。现将对照检查情况报告如下：",
  "一、几点体会",
  "（一）在带头严守政治纪律和政治规矩方面。一是传达学习上级会议精神不够及时，2024年5月的专题部署延后两周才研究落实。",
  "（二）在带头砥砺作风方面。一是下村调研次数偏少，全年到最偏远的两个村不足3次。",
  "二、几点思考",
  "（一）理想信念有所松懈，对理论学习重视不够。",
  "三、下一步打算",
  "（一）严守政治纪律，建立会议精神传达落实台账，重要部署一周内研究。",
  "（二）砥砺作风，班子成员每月至少下村调研一次。",
  "以上对照检查，恳请同志们批评指正。",
];
