/**
 * The CLI as a new user meets it (issue 14): `duizhao` alone shows what it can
 * do; every command has its own help in Chinese with an example, through
 * `--help`, `-h` or `duizhao help COMMAND`, and never ends in Node's English
 * parser error; `--version` prints package.json's version; a wrong option is one
 * Chinese line that points to the command's help, with exit code 2.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { spawnSync } from "child_process";
import { main } from "../../src/cli/main";

const ROOT = path.join(__dirname, "..", "..");
const COMMANDS = ["analyze", "check", "fix", "profiles"] as const;

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err, text: [...out, ...err].join("\n") };
}

/** Latin words of three letters or more that are not option names, command names, ids or placeholders. */
function englishProse(text: string): string[] {
  const allowed = /^(duizhao|analyze|check|fix|profiles|help|version|json|html|csv|text|docx|txt|out|profile|format|fail|error|warning|info|never|compare|with|rule|only|section|aspect|measure|even|unsure|none|off|Excel|WPS|PDF|HTML|CSV|JSON|CLI|UTF|mzshh|leads|four|docx|dry|run|plans|deferred)$/i;
  return (text.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !allowed.test(w));
}

describe("help", () => {
  test("duizhao alone says what is missing and lists the commands (exit 2)", async () => {
    const r = await cli();
    expect(r.code).toBe(2);
    expect(r.err[0]).toBe("duizhao: 缺少命令");
    for (const command of COMMANDS) expect(r.err.some((l) => l.trimStart().startsWith(command))).toBe(true);
    expect(r.out).toEqual([]);
  });

  test("--help and help list the commands on stdout (exit 0)", async () => {
    for (const args of [["--help"], ["-h"], ["help"]]) {
      const r = await cli(...args);
      expect(r.code).toBe(0);
      for (const command of COMMANDS) expect(r.out.some((l) => l.trimStart().startsWith(command))).toBe(true);
      expect(r.out.join("\n")).toContain("示例");
    }
  });

  for (const command of COMMANDS) {
    test(`${command} --help: its own usage, its options and an example, in Chinese`, async () => {
      const variants = [[command, "--help"], [command, "-h"], ["help", command], [command, "somefile.docx", "--help"]];
      const texts: string[] = [];
      for (const args of variants) {
        const r = await cli(...args);
        expect({ args, code: r.code, err: r.err }).toEqual({ args, code: 0, err: [] });
        texts.push(r.out.join("\n"));
      }
      expect(new Set(texts).size).toBe(1);
      const help = texts[0];
      expect(help.split("\n")[0]).toMatch(new RegExp(`^用法：duizhao ${command}`));
      expect(help).toContain("示例：");
      expect(help).toMatch(new RegExp(`\\n  duizhao ${command} `));
      // Chinese, not English: no English prose beside option names and ids.
      expect(englishProse(help)).toEqual([]);
      // Every option the command takes is explained.
      const options: Record<(typeof COMMANDS)[number], string[]> = {
        analyze: ["--profile", "--json"],
        check: ["--format", "--out", "--json", "--profile", "--fail-on", "--compare-with", "--rule"],
        fix: ["--out", "--only", "--profile", "--even-if-unsure"],
        profiles: ["--json"],
      };
      for (const option of options[command]) expect(help).toContain(option);
    });
  }

  test("help for a command that does not exist is a usage error naming the commands", async () => {
    const r = await cli("help", "checkk");
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toContain("checkk");
    expect(r.err[0]).toContain("analyze、check、fix、profiles");
  });
});

describe("--version", () => {
  test("prints the version of package.json", async () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    for (const flag of ["--version", "-V", "-v"]) {
      const r = await cli(flag);
      expect(r).toMatchObject({ code: 0, out: [`duizhao ${version}`], err: [] });
    }
  });

  test("the installed command prints it too (the bundle finds package.json)", () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    const run = spawnSync(process.execPath, [path.join(ROOT, "src", "cli", "duizhao.cjs"), "--version"], { encoding: "utf8", timeout: 120_000 });
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(`duizhao ${version}`);
  }, 130_000);
});

describe("wrong arguments are one Chinese line pointing to the command's help", () => {
  const cases: Array<{ args: string[]; says: RegExp; command: string }> = [
    { args: ["check", "--bogus", "a.docx"], says: /没有“--bogus”这个选项/, command: "check" },
    { args: ["check", "a.docx", "--profile"], says: /选项“--profile”后面要给一个值/, command: "check" },
    { args: ["analyze", "--json=yes", "a.docx"], says: /选项“--json”不需要值/, command: "analyze" },
    { args: ["profiles", "extra"], says: /多余的参数“extra”/, command: "profiles" },
    { args: ["check", "a.docx", "--format", "pdf"], says: /--format 只能是 text、json、html、csv/, command: "check" },
    { args: ["check", "a.docx", "--out", "x.html"], says: /--out 只用于 --format html 或 csv/, command: "check" },
    { args: ["fix", "a.docx"], says: /--out/, command: "fix" },
    { args: ["analyse", "a.docx"], says: /没有“analyse”这个命令/, command: "" },
  ];
  for (const { args, says, command } of cases) {
    test(args.join(" "), async () => {
      const r = await cli(...args);
      expect(r.code).toBe(2);
      expect(r.out).toEqual([]);
      expect(r.err).toHaveLength(1);
      expect(r.err[0]).toMatch(says);
      expect(r.err[0]).toContain(command ? `duizhao ${command} --help` : "duizhao --help");
      expect(r.err[0]).not.toMatch(/Unknown option|argument missing|Unexpected argument|TypeError/);
    });
  }
});
