/**
 * `npm start` / `npm run start:word` on a Word machine (issue 11): the exact
 * argument vectors handed to the operating system, with spawn mocked, for
 * Windows and macOS, paths with spaces included. The dev-server command line
 * (run later by office-addin-dev-settings through the platform's shell) is
 * checked by splitting it as that shell would: /bin/sh for real here, cmd.exe
 * with the rules of its command-line parser.
 */
import { execFileSync, spawnSync } from "child_process";
import { EventEmitter } from "events";
import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script
const start = require("../../src/cli/start.cjs") as {
  chooseMode(argv: string[], platform: string): string;
  devServerCommandLine(o: { platform: string; execPath: string; script: string }): string;
  sideloadCommand(o: { platform: string; execPath: string; root: string; debuggingCli: string }): {
    command: string;
    args: string[];
    options: { cwd: string; shell: boolean; stdio: string };
  };
  startInWord(deps: Record<string, unknown>): Promise<number>;
  previewBuildStale(o: { dir: string; projectRoot: string; env: object }): boolean;
  staticFile(dir: string, urlPath: string): string | null;
  StartError: new (message: string) => Error;
  WORD_PORT: number;
};

const WIN = {
  platform: "win32",
  execPath: "C:\\Program Files\\nodejs\\node.exe",
  root: "C:\\Users\\Li Ming\\My Projects (2024)\\duizhao",
  debuggingCli: "C:\\Users\\Li Ming\\My Projects (2024)\\duizhao\\node_modules\\office-addin-debugging\\cli.js",
};
const MAC = {
  platform: "darwin",
  execPath: "/usr/local/bin/node",
  root: "/Users/liming/Documents/材料 工具/duizhao",
  debuggingCli: "/Users/liming/Documents/材料 工具/duizhao/node_modules/office-addin-debugging/cli.js",
};

/**
 * How a Windows program splits its command line (CommandLineToArgvW's rules for
 * text without backslashes before quotes): double quotes group, spaces separate.
 * cmd.exe /s /c "X" runs X with its outer quotes removed.
 */
function splitWindowsCommandLine(line: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  let started = false;
  for (const ch of line) {
    if (ch === '"') {
      quoted = !quoted;
      started = true;
    } else if (ch === " " && !quoted) {
      if (started) out.push(current);
      current = "";
      started = false;
    } else {
      current += ch;
      started = true;
    }
  }
  if (started) out.push(current);
  return out;
}

describe("npm start / npm run start:word on Windows and macOS", () => {
  test("which mode each command runs", () => {
    expect(start.chooseMode([], "win32")).toBe("word");
    expect(start.chooseMode([], "darwin")).toBe("word");
    expect(start.chooseMode([], "linux")).toBe("preview");
    expect(start.chooseMode(["--preview"], "win32")).toBe("preview");
    expect(start.chooseMode(["--word"], "linux")).toBe("word");
    expect(start.chooseMode(["--https"], "win32")).toBe("https");
    const pkg = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as {
      scripts: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    // start:word goes through the same code as npm start, and starts the server too.
    expect(pkg.scripts["start:word"]).toBe("node src/cli/start.cjs --word");
    expect(pkg.scripts["dev-server"]).toBe("node src/cli/start.cjs --https");
    expect(pkg.devDependencies["office-addin-dev-certs"]).toBeDefined();
  });

  test.each([
    ["Windows", WIN, "\\"],
    ["macOS", MAC, "/"],
  ])("%s: Node runs office-addin-debugging's cli.js with no shell, one argv entry per argument", (_name, env, sep) => {
    const { command, args, options } = start.sideloadCommand(env);
    expect(command).toBe(env.execPath);
    expect(options.shell).toBe(false);
    expect(options.cwd).toBe(env.root);
    expect(options.stdio).toBe("inherit");
    const devServer = start.devServerCommandLine({ platform: env.platform, execPath: env.execPath, script: [env.root, "src", "cli", "start.cjs"].join(sep) });
    expect(args).toEqual([
      env.debuggingCli,
      "start",
      expect.stringMatching(/manifest\.xml$/),
      "desktop",
      "--app",
      "word",
      "--dev-server",
      devServer,
      "--dev-server-port",
      "3000",
    ]);
    expect(args[2].startsWith(env.root)).toBe(true);
    expect(start.WORD_PORT).toBe(3000);
  });

  test("Windows: cmd.exe splits the dev-server command into node, the script and --https, spaces and parentheses kept", () => {
    const script = `${WIN.root}\\src\\cli\\start.cjs`;
    const line = start.devServerCommandLine({ platform: "win32", execPath: WIN.execPath, script });
    expect(splitWindowsCommandLine(line)).toEqual([WIN.execPath, script, "--https"]);
  });

  test("Windows: a path cmd.exe would change (% or a double quote) is refused with a message, not run", () => {
    for (const bad of ["C:\\100%DONE%\\duizhao\\src\\cli\\start.cjs", 'C:\\a"b\\start.cjs']) {
      expect(() => start.devServerCommandLine({ platform: "win32", execPath: WIN.execPath, script: bad })).toThrow(/Windows 命令行/);
    }
  });

  test("macOS: /bin/sh runs the dev-server command with the paths intact (spaces, quotes, $ and Chinese)", () => {
    // Run for real: a script in a folder whose name a shell would mangle if unquoted.
    const dir = mkdtempSync(path.join(tmpdir(), "duizhao start 'it's' $HOME `x` 材料-"));
    const script = path.join(dir, "print-args.cjs");
    writeFileSync(script, "process.stdout.write(JSON.stringify(process.argv.slice(1)));");
    const line = start.devServerCommandLine({ platform: "darwin", execPath: process.execPath, script });
    const result = spawnSync(line, [], { shell: "/bin/sh", encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([script, "--https"]);
  });

  test("the certificate is installed first, then office-addin-debugging is spawned; its exit code is returned", async () => {
    const calls: string[] = [];
    const spawned: unknown[][] = [];
    const code = await start.startInWord({
      ...MAC,
      ensureCertificates: async () => {
        calls.push("certificates");
      },
      spawn: (...args: unknown[]) => {
        calls.push("spawn");
        spawned.push(args);
        const child = new EventEmitter();
        setImmediate(() => child.emit("exit", 0));
        return child;
      },
    });
    expect(code).toBe(0);
    expect(calls).toEqual(["certificates", "spawn"]);
    expect(spawned[0][0]).toBe(MAC.execPath);
    expect((spawned[0][1] as string[])[0]).toBe(MAC.debuggingCli);
  });

  test("--selftest sideloads .tmp/manifest-selftest.xml, whose pane opens with ?selftest=1", async () => {
    const root = path.join(__dirname, "..", "..");
    const written: Array<[string, string]> = [];
    const spawned: unknown[][] = [];
    await start.startInWord({
      platform: "darwin",
      execPath: "/usr/local/bin/node",
      root,
      debuggingCli: "/x/cli.js",
      selfTest: true,
      writeFile: (file: string, text: string) => written.push([file, text]),
      ensureCertificates: async () => undefined,
      spawn: (...args: unknown[]) => {
        spawned.push(args);
        const child = new EventEmitter();
        setImmediate(() => child.emit("exit", 0));
        return child;
      },
    });
    const manifestArg = (spawned[0][1] as string[])[2];
    expect(manifestArg).toBe(path.posix.join(root, ".tmp", "manifest-selftest.xml"));
    expect(written).toHaveLength(1);
    expect(written[0][0]).toBe(path.join(root, ".tmp", "manifest-selftest.xml"));
    expect(written[0][1]).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html?selftest=1" />');
  });

  test("a failing spawn and a Linux machine give one clear line", async () => {
    await expect(
      start.startInWord({
        ...WIN,
        ensureCertificates: async () => undefined,
        spawn: () => {
          const child = new EventEmitter();
          setImmediate(() => child.emit("error", new Error("ENOENT")));
          return child;
        },
      }),
    ).rejects.toThrow("无法启动 office-addin-debugging：ENOENT");
    await expect(start.startInWord({ ...MAC, platform: "linux", ensureCertificates: async () => undefined })).rejects.toThrow(/npm run preview/);
  });

  test("the real cli.js accepts this argument vector's options (its --help lists each one)", () => {
    const help = execFileSync(process.execPath, [require.resolve("office-addin-debugging/cli.js"), "start", "--help"], { encoding: "utf8" });
    for (const option of ["--app", "--dev-server", "--dev-server-port"]) expect(help).toContain(option);
  });
});

describe("npm start's production preview (the build it serves, and which files it serves)", () => {
  test("the build is made again when it is missing, made with other options, or older than a source", () => {
    const project = mkdtempSync(path.join(tmpdir(), "duizhao-start-"));
    mkdirSync(path.join(project, "src"));
    writeFileSync(path.join(project, "src", "a.ts"), "export {};");
    const dir = path.join(project, "built");
    const env = { officeJs: "none" };
    const stale = () => start.previewBuildStale({ dir, projectRoot: project, env });
    expect(stale()).toBe(true); // no build
    mkdirSync(dir);
    const stamp = path.join(dir, ".duizhao-build.json");
    writeFileSync(stamp, JSON.stringify({ env }));
    const later = new Date(Date.now() + 60_000);
    utimesSync(stamp, later, later);
    expect(stale()).toBe(false);
    expect(start.previewBuildStale({ dir, projectRoot: project, env: {} })).toBe(true); // other options
    const evenLater = new Date(Date.now() + 120_000);
    utimesSync(path.join(project, "src", "a.ts"), evenLater, evenLater);
    expect(stale()).toBe(true); // a newer source
  });

  test("only regular files inside the build: no folder, no way out of it, no dot file, no source map", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "duizhao-served-"));
    mkdirSync(path.join(dir, "assets"));
    writeFileSync(path.join(dir, "assets", "icon-32.png"), "png");
    writeFileSync(path.join(dir, "preview.html"), "<!doctype html>");
    writeFileSync(path.join(dir, ".duizhao-build.json"), "{}");
    writeFileSync(path.join(dir, "preview.1234abcd.js"), "");
    writeFileSync(path.join(dir, "preview.1234abcd.js.map"), "{}");
    expect(start.staticFile(dir, "/preview.html")).toBe(path.join(dir, "preview.html"));
    expect(start.staticFile(dir, "/preview.1234abcd.js")).toBe(path.join(dir, "preview.1234abcd.js"));
    expect(start.staticFile(dir, "/assets/icon-32.png")).toBe(path.join(dir, "assets", "icon-32.png"));
    for (const refused of ["/", "/assets", "/assets/", "/../package.json", "/..%2fpackage.json", "/assets/..%2f..%2fx", "/%2e%2e/x", "/a%5c..%5cb", "/x%00.html", "/%E0%A4%A", "/.duizhao-build.json", "/missing.js", "/preview.1234abcd.js.map", "/preview.1234abcd.js.MAP"]) {
      expect({ refused, file: start.staticFile(dir, refused) }).toEqual({ refused, file: null });
    }
  });
});
