/**
 * duizhao — the add-in's engine on the command line. The contract is in
 * ../shared/contract/CLI.md: commands, JSON fields, exit codes. Bad input gets
 * exit 2 and one clear line on stderr naming the file; never a stack trace.
 * Every line printed is cleaned of control characters (terminal.ts).
 *
 * This entry loads only what every command needs; each command is imported when
 * it runs (the CLI's bundle splits them: `duizhao profiles` never loads the
 * checker, checking .txt files never loads the .docx reader).
 */
import { UnknownProfileError } from "../core/errors";
import { cpuTime, describeError, readyTime, UsageError, type Io } from "./common";
import { terminalSafe } from "./terminal";

export { describeError, type Io } from "./common";

const USAGE = `用法 / Usage:
  duizhao analyze FILE [--profile ID] [--json]
  duizhao check FILE|FOLDER… [--profile ID] [--json] [--fail-on error|warning|info|never] [--compare-with DIR] [--rule ID=error|warning|info|off]…
  duizhao fix FILE.docx --out OUT.docx [--profile ID] [--only section,aspect,measure]
  duizhao profiles [--json]`;

const stdio: Io = {
  out: (line) => process.stdout.write(line + "\n"),
  err: (line) => process.stderr.write(line + "\n"),
};

export async function main(argv: string[], rawIo: Io = stdio): Promise<number> {
  const code = await run(argv, rawIo);
  if (process.env.DUIZHAO_TIMINGS === "1") {
    const end = { wall: performance.now(), cpu: cpuTime() };
    const start = readyTime() ?? end;
    const timings = { startupMs: start.wall, workMs: end.wall - start.wall, startupCpuMs: start.cpu, workCpuMs: end.cpu - start.cpu };
    process.stderr.write(JSON.stringify({ duizhaoTimings: timings }) + "\n");
  }
  return code;
}

async function run(argv: string[], rawIo: Io): Promise<number> {
  // Document text and file names reach these lines: no control character gets through.
  const io: Io = { out: (line) => rawIo.out(terminalSafe(line)), err: (line) => rawIo.err(terminalSafe(line)) };
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "analyze":
        return await (await import("./report")).analyzeCommand(rest, io);
      case "check":
        return await (await import("./report")).checkCommand(rest, io);
      case "fix":
        return await (await import("./fix")).fixCommand(rest, io);
      case "profiles":
        return (await import("./profilesCommand")).profilesCommand(rest, io);
      case "-h":
      case "--help":
      case "help":
        for (const line of USAGE.split("\n")) io.out(line);
        return 0;
      default:
        throw new UsageError(command ? `未知命令“${command}”` : "缺少命令");
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof UnknownProfileError || (error as { code?: string })?.code?.startsWith?.("ERR_PARSE_ARGS")) {
      io.err(`duizhao: ${(error as Error).message}`);
      return 2;
    }
    io.err(`duizhao: ${describeError(error)}`);
    return 2;
  }
}
