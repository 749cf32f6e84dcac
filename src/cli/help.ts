/**
 * What `duizhao`, `duizhao --help`, `duizhao help COMMAND`, `duizhao COMMAND --help`
 * and `duizhao --version` print: help per command in Chinese, each with examples.
 * Part of the CLI's entry (main.ts): nothing here loads the checker.
 */
import pkg from "../../package.json";

export const COMMANDS = ["analyze", "check", "fix", "profiles"] as const;

/** The overview `duizhao`, `duizhao --help` and `duizhao help` print. */
export const OVERVIEW = `duizhao：对照检查材料的检查工具（对照检查助手的命令行版）

用法：duizhao 命令 [选项]

命令：
  analyze   读出一份材料的结构：标题、各部分、问题与措施的对应、缺少的部分
  check     检查一份或多份材料（可给文件夹），列出问题；可写出整个团队的报告（HTML）或 CSV
  fix       为缺少的部分、方面和措施插入模板，另存为新文件（不改原文件）
  profiles  列出内置的对照方面（各年度通知的要求）

  duizhao 命令 --help   该命令的用法和示例（也可以写 duizhao help 命令）
  duizhao --version     显示版本

退出码：0 没有问题；1 有达到 --fail-on 级别的问题；2 输入或用法有误。

示例：
  duizhao check 班子成员材料/ --format html --out 团队检查报告.html`;

export const COMMAND_HELP: Record<string, string> = {
  analyze: `用法：duizhao analyze 文件 [--profile ID] [--json]

读出一份 .docx 或 .txt 材料的结构：标题，各部分及其段落，问题、原因、措施各条，问题与措施的对应，
缺少的部分。

选项：
  --profile ID   按这个对照方面检查（ID 见 duizhao profiles）；none 表示只检查结构；不给时自动识别
  --json         输出一个 JSON 对象（字段见 CLI 约定）
  -h, --help     显示本帮助

示例：
  duizhao analyze 张三-对照检查材料.docx
  duizhao analyze 材料.txt --profile 2024-mzshh-four-leads --json`,
  check: `用法：duizhao check 文件或文件夹… [选项]

检查一份或多份 .docx、.txt 材料，列出每份的问题（错误、警告、提示）。给文件夹时检查其中的 .docx 和 .txt
（不含子文件夹）。一起检查的材料之间如有相同的段落，列为“雷同段落”。某个文件无法读取时，
说明原因并继续检查其他文件。

选项：
  --format 格式     text：逐份列出（默认）；json：每份一行 JSON（同 --json）；
                    html：整个团队一份报告（每份材料的概况、成员之间的雷同段落、每条问题的链接），
                    可在浏览器中打印或另存为 PDF；csv：每条问题一行，可用 Excel 或 WPS 打开
  --out 文件        把 html 或 csv 写入这个文件（先写临时文件再改名；不会写到被检查的材料上）；
                    不给时输出到屏幕
  --json            同 --format json
  --profile ID      按这个对照方面检查；none 表示只检查结构；不给时每份自动识别
  --fail-on 级别    有这个级别（error、warning、info）或更高的问题时，退出码为 1；never 表示总是 0。默认 error
  --compare-with 文件夹   同时与这个文件夹里的材料（如往年的材料）比对雷同段落
  --rule 规则ID=级别      本次检查中把某条规则改为 error、warning、info，或 off 关闭；可以写多次
  -h, --help        显示本帮助

在终端里检查多份材料时，下方有一行进度；输出到管道或文件、或用 --json 时不显示。

示例：
  duizhao check 张三-对照检查材料.docx
  duizhao check 班子成员材料/ --format html --out 团队检查报告.html
  duizhao check 班子成员材料/ --compare-with 去年材料/ --format csv --out 问题清单.csv
  duizhao check 材料.docx --json --fail-on warning`,
  fix: `用法：duizhao fix 文件.docx --out 新文件.docx [--profile ID] [--only 种类,…] [--even-if-unsure] [--json]
      duizhao fix 文件.docx --dry-run [--json] [--profile ID] [--only 种类,…]

为材料缺少的内容插入模板（缺少的部分、没有问题的方面、没有措施的问题），写成一个新文件；
原文件不会被改动。读取不确定的地方不插入，只列出原因。

选项：
  --out 文件          新文件的路径（不用 --dry-run 时必须给出，且不能是原文件）
  --dry-run           试运行：只列出将插入什么、插在哪里、哪些序号随之改变，不写任何文件
  --json              输出一个 JSON 对象（plans：每处插入的计划；deferred：未插入的部分及原因）
  --only 种类         只插入这些种类：section（部分）、aspect（方面）、measure（措施），用逗号分隔
  --profile ID        按这个对照方面检查；none 表示只检查结构
  --even-if-unsure    读取不确定的地方也插入
  -h, --help          显示本帮助

示例：
  duizhao fix 材料.docx --out 材料-补全.docx
  duizhao fix 材料.docx --out 材料-补全.docx --only section,measure
  duizhao fix 材料.docx --dry-run`,
  profiles: `用法：duizhao profiles [--json]

列出内置的对照方面：每年度民主生活会、组织生活会通知要求对照的方面，以及出处是否可靠。

选项：
  --json         输出 JSON
  -h, --help     显示本帮助

示例：
  duizhao profiles
  duizhao profiles --json`,
};

/** The version in package.json (bundled into the CLI when it is built). */
export function version(): string {
  const v = (pkg as { version?: unknown }).version;
  return typeof v === "string" ? v : "未知";
}
