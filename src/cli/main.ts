/**
 * duizhao — the add-in's engine on the command line. The contract is in
 * ../shared/contract/CLI.md: commands, JSON fields, exit codes. Bad input gets
 * exit 2 and one clear line on stderr naming the file; never a stack trace.
 * Every line printed is cleaned of control characters (terminal.ts).
 *
 * This entry loads only what every command needs, and the help (help.ts); each
 * command is imported when it runs (the CLI's bundle splits them: `duizhao --help`
 * and `duizhao profiles` never load the checker, checking .txt files never loads
 * the .docx reader, and only check --format html|csv loads the team report).
 */
import { UnknownProfileError } from "../core/errors";
import { cpuTime, describeError, prepareCpuTime, readyTime, terminalProgress, UsageError, type Io } from "./common";
import { COMMAND_HELP, COMMANDS, OVERVIEW, version } from "./help";
import { terminalSafe } from "./terminal";

export { describeError, terminalProgress, type Io } from "./common";

const stdio: Io = {
  out: (line) => process.stdout.write(line + "\n"),
  err: (line) => process.stderr.write(line + "\n"),
  progress: terminalProgress(),
  raw: (text) => process.stdout.write(text),
};

export async function main(argv: string[], rawIo: Io = stdio): Promise<number> {
  const code = await run(argv, rawIo);
  if (process.env.DUIZHAO_TIMINGS === "1") {
    const end = { wall: performance.now(), cpu: cpuTime() };
    const start = readyTime() ?? end;
    const prepareCpuMs = prepareCpuTime();
    const timings = {
      startupMs: start.wall,
      workMs: end.wall - start.wall,
      startupCpuMs: start.cpu,
      workCpuMs: end.cpu - start.cpu,
      // Of the start-up: the engine's preparation (prepareEngine), for the commands that check.
      ...(prepareCpuMs === null ? {} : { prepareCpuMs }),
    };
    process.stderr.write(JSON.stringify({ duizhaoTimings: timings }) + "\n");
  }
  return code;
}

function printLines(text: string, write: (line: string) => void): void {
  for (const line of text.split("\n")) write(line);
}

/** The channel the commands write to: every line cleaned, a progress line cleared before any other. */
function safeIo(rawIo: Io): Io {
  let progressShown = false;
  const clearProgress = () => {
    if (progressShown) rawIo.progress?.(null);
    progressShown = false;
  };
  return {
    out: (line) => {
      clearProgress();
      rawIo.out(terminalSafe(line));
    },
    err: (line) => {
      clearProgress();
      rawIo.err(terminalSafe(line));
    },
    ...(rawIo.progress
      ? {
          progress: (line: string | null) => {
            if (line === null) return clearProgress();
            rawIo.progress!(terminalSafe(line));
            progressShown = true;
          },
        }
      : {}),
    // A report (HTML, CSV) goes out whole: its own line ends, and its text is escaped for its format.
    raw: rawIo.raw ?? ((text: string) => rawIo.out(text.replace(/\r?\n$/, ""))),
  };
}

async function run(argv: string[], rawIo: Io): Promise<number> {
  // Document text and file names reach these lines: no control character gets through.
  const io = safeIo(rawIo);
  const [command, ...rest] = argv;
  const wantsHelp = rest.some((a) => a === "--help" || a === "-h");
  const known = (COMMANDS as readonly string[]).includes(command ?? "");
  try {
    if (command === undefined) {
      io.err("duizhao: 缺少命令");
      printLines(OVERVIEW, io.err);
      return 2;
    }
    if (command === "-h" || command === "--help" || (command === "help" && rest.length === 0)) {
      printLines(OVERVIEW, io.out);
      return 0;
    }
    if (command === "help") {
      const topic = rest[0];
      if (!Object.prototype.hasOwnProperty.call(COMMAND_HELP, topic)) throw new UsageError(`没有“${topic}”这个命令；可用的命令：${COMMANDS.join("、")}`);
      printLines(COMMAND_HELP[topic], io.out);
      return 0;
    }
    if (command === "--version" || command === "-V" || command === "-v" || command === "version") {
      io.out(`duizhao ${version()}`);
      return 0;
    }
    if (known && wantsHelp) {
      printLines(COMMAND_HELP[command], io.out);
      return 0;
    }
    switch (command) {
      case "analyze":
        return await (await import("./report")).analyzeCommand(rest, io);
      case "check":
        return await (await import("./report")).checkCommand(rest, io);
      case "fix":
        return await (await import("./fix")).fixCommand(rest, io);
      case "profiles":
        return (await import("./profilesCommand")).profilesCommand(rest, io);
      default:
        throw new UsageError(`没有“${command}”这个命令；可用的命令：${COMMANDS.join("、")}`);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof UnknownProfileError) {
      // One line: what is wrong, and where the help is.
      const about = error instanceof UsageError ? error.command : known ? command : undefined;
      io.err(`duizhao: ${(error as Error).message}（${about ? `用法和示例见 duizhao ${about} --help` : "可用的命令见 duizhao --help"}）`);
      return 2;
    }
    io.err(`duizhao: ${describeError(error)}`);
    return 2;
  }
}
