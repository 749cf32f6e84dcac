/**
 * The CLI's compile cache (src/cli/compileCache.cjs) through the real launcher:
 * a second run compiles from the cache; a damaged, foreign or unwritable cache
 * changes nothing a command prints or returns; turned off, the output is the same.
 * Each run is a child process with its own cache folder (DUIZHAO_CACHE_DIR).
 */
import { spawnSync } from "child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import Module from "module";
import { tmpdir } from "os";
import * as path from "path";

const CLI = path.join(__dirname, "..", "..", "src", "cli", "duizhao.cjs");
const dir = mkdtempSync(path.join(tmpdir(), "duizhao-compile-cache-"));

jest.setTimeout(120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MATERIAL = [
  "2024年度民主生活会个人对照检查材料",
  "一、存在的问题",
  "（一）在学习贯彻党的创新理论方面",
  "一是理论学习不够系统，满足于读原文、记笔记，对新思想的深刻内涵领会不透。",
  "二、原因分析",
  "理想信念有所松懈，对理论武装的重要性认识不足。",
  "三、整改措施",
  "（一）加强理论武装。坚持每周集中学习一次，年底前完成。",
].join("\n");
const file = path.join(dir, "material.txt");
writeFileSync(file, MATERIAL + "\n");
// A file that cannot be read: the same exit and message with or without the cache.
const missing = path.join(dir, "absent.txt");

interface Run {
  status: number | null;
  stdout: string;
  /** stderr without the timing lines. */
  stderr: string;
  cache: { kind: string; files?: number; fromCache?: number; refused?: number; written?: boolean; error?: string };
}

function duizhao(env: Record<string, string>, ...args: string[]): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", env: { ...process.env, DUIZHAO_TIMINGS: "1", ...env }, timeout: 100_000 });
  const lines = (r.stderr ?? "").split("\n");
  const cacheLine = lines.find((l) => l.startsWith('{"duizhaoCompileCache"'));
  expect(cacheLine).toBeDefined();
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: lines.filter((l) => !l.startsWith('{"duizhao')).join("\n"),
    cache: JSON.parse(cacheLine!).duizhaoCompileCache,
  };
}

/** Node 22 and later bring their own compile cache, which the launcher uses instead (not tested here: Node 20). */
const ownCache = typeof (Module as { enableCompileCache?: unknown }).enableCompileCache !== "function";
const testOwnCache = (name: string, fn: () => void) =>
  ownCache ? test(name, fn) : test.skip(`${name} [skipped: Node ${process.version} has its own compile cache, used instead]`, fn);

const cacheFiles = (d: string) => (existsSync(d) ? readdirSync(d).filter((n) => n.endsWith(".bin")) : []);

// What the commands print and return with the cache turned off: the reference.
const off = { DUIZHAO_COMPILE_CACHE: "0" };
const reference = {
  check: duizhao(off, "check", file, "--json"),
  text: duizhao(off, "check", file),
  missing: duizhao(off, "check", missing),
};

function expectSameAsReference(run: Run, which: keyof typeof reference): void {
  expect(run.status).toBe(reference[which].status);
  expect(run.stdout).toBe(reference[which].stdout);
  expect(run.stderr).toBe(reference[which].stderr);
}

test("turned off, nothing is cached and the commands run", () => {
  expect(reference.check.cache.kind).toBe("off");
  expect([0, 1]).toContain(reference.check.status);
  expect(JSON.parse(reference.check.stdout.split("\n")[0]).file).toBe(file);
  expect(reference.missing.status).toBe(2);
  expect(reference.missing.stderr).toContain("absent.txt");
});

testOwnCache("the first run fills the cache, the next compiles from it, and the output is the same", () => {
  const cacheDir = path.join(dir, "fresh");
  const env = { DUIZHAO_CACHE_DIR: cacheDir };
  const first = duizhao(env, "check", file, "--json");
  expect(first.cache).toMatchObject({ kind: "v8-code-cache", fromCache: 0, written: true });
  expect(first.cache.files).toBeGreaterThan(1);
  expect(cacheFiles(cacheDir)).toHaveLength(1);
  expectSameAsReference(first, "check");

  const second = duizhao(env, "check", file, "--json");
  expect(second.cache.fromCache).toBe(second.cache.files);
  expect(second.cache.refused).toBe(0);
  expectSameAsReference(second, "check");
  expectSameAsReference(duizhao(env, "check", file), "text");
  expectSameAsReference(duizhao(env, "check", missing), "missing");
});

testOwnCache("a damaged cache file is ignored and replaced", () => {
  const cacheDir = path.join(dir, "damaged");
  const env = { DUIZHAO_CACHE_DIR: cacheDir };
  duizhao(env, "check", file, "--json");
  const [name] = cacheFiles(cacheDir);
  const cacheFile = path.join(cacheDir, name);
  const good = readFileSync(cacheFile);

  const damages: Array<[string, Buffer]> = [
    ["bytes flipped in the data", Buffer.from(good.map((b, i) => (i > good.length / 2 && i % 7 === 0 ? b ^ 0xff : b)))],
    ["cut short", good.subarray(0, Math.floor(good.length / 3))],
    ["not a cache at all", Buffer.from("垃圾".repeat(1000))],
    ["empty", Buffer.alloc(0)],
  ];
  for (const [what, bytes] of damages) {
    writeFileSync(cacheFile, bytes);
    const run = duizhao(env, "check", file, "--json");
    expectSameAsReference(run, "check");
    // The damaged files' data is not offered to V8 (checksums); intact entries may still serve.
    expect({ what, damagedUsed: run.cache.fromCache! >= run.cache.files!, refused: run.cache.refused, written: run.cache.written }).toEqual({
      what,
      damagedUsed: false,
      refused: 0,
      written: true,
    });
    // Replaced: the next run compiles from it again.
    const next = duizhao(env, "check", file, "--json");
    expect({ what, fromCache: next.cache.fromCache }).toEqual({ what, fromCache: next.cache.files });
  }
});

testOwnCache("a cache made by another Node (another key) is not used, and is replaced", () => {
  const cacheDir = path.join(dir, "foreign");
  const env = { DUIZHAO_CACHE_DIR: cacheDir };
  duizhao(env, "check", file, "--json");
  const [name] = cacheFiles(cacheDir);
  const cacheFile = path.join(cacheDir, name);
  const bytes = readFileSync(cacheFile);
  const headerLength = bytes.readUInt32LE(6);
  const header = JSON.parse(bytes.toString("utf8", 10, 10 + headerLength));
  const foreign = Buffer.from(JSON.stringify({ ...header, key: "v0.0.0 0.0 x64" }), "utf8");
  const length = Buffer.alloc(4);
  length.writeUInt32LE(foreign.length, 0);
  writeFileSync(cacheFile, Buffer.concat([bytes.subarray(0, 6), length, foreign, bytes.subarray(10 + headerLength)]));
  const run = duizhao(env, "check", file, "--json");
  expect(run.cache).toMatchObject({ fromCache: 0, written: true });
  expectSameAsReference(run, "check");
});

testOwnCache("a cache that cannot be written changes nothing", () => {
  // A folder under a regular file: it cannot be made, whoever runs the test (root too).
  const blocker = path.join(dir, "a-file");
  writeFileSync(blocker, "x");
  const env = { DUIZHAO_CACHE_DIR: path.join(blocker, "cache") };
  for (const which of ["check", "missing"] as const) {
    const run = duizhao(env, ...(which === "check" ? ["check", file, "--json"] : ["check", missing]));
    expect(run.cache.written).toBe(false);
    expect(run.cache.error).toBeTruthy();
    expectSameAsReference(run, which);
  }
});

testOwnCache("a cache folder others can write to is never read nor written", () => {
  if (typeof process.getuid !== "function") return; // POSIX permissions only
  const cacheDir = path.join(dir, "shared");
  const env = { DUIZHAO_CACHE_DIR: cacheDir };
  duizhao(env, "check", file, "--json");
  const [name] = cacheFiles(cacheDir);
  chmodSync(cacheDir, 0o777);
  const before = readFileSync(path.join(cacheDir, name));
  const run = duizhao(env, "check", file, "--json");
  expect(run.cache.kind).toBe("off");
  expectSameAsReference(run, "check");
  expect(readFileSync(path.join(cacheDir, name)).equals(before)).toBe(true);
  chmodSync(cacheDir, 0o700);
});

describe("the cache's key is the source itself, not its length", () => {
  // V8 accepts cached data for any source of the same length: the cache must not offer it.
  const { CompileCache, buildLine } = Module.createRequire(__filename)("../../src/cli/compileCache.cjs") as {
    CompileCache: new (dir: string) => {
      compile(file: string, source: string): (exports: object, require: unknown, module: { exports: unknown }) => void;
      save(options?: { revisit?: boolean }): { written: boolean };
      stats(): { files: number; fromCache: number; refused: number };
    };
    buildLine(code: string): string;
  };
  const run = (cache: InstanceType<typeof CompileCache>, source: string): string => {
    const module = { exports: {} as unknown };
    cache.compile("/bundle/part.cjs", source)(module.exports as object, null, module);
    return (module.exports as () => string)();
  };

  for (const [name, line] of [
    ["with the build's line", buildLine],
    ["without it", () => ""],
  ] as const) {
    testOwnCache(`two sources of the same length, ${name}`, () => {
      const cacheDir = mkdtempSync(path.join(dir, "key-"));
      const a = "module.exports = function () { return 'A'; };";
      const b = "module.exports = function () { return 'B'; };";
      const first = new CompileCache(cacheDir);
      expect(run(first, line(a) + a)).toBe("A");
      expect(first.save().written).toBe(true);

      const other = new CompileCache(cacheDir);
      expect(run(other, line(b) + b)).toBe("B");
      expect(other.stats().fromCache).toBe(0);

      const same = new CompileCache(cacheDir);
      expect(run(same, line(a) + a)).toBe("A");
      expect(same.stats()).toEqual({ files: 1, fromCache: 1, refused: 0 });
    });
  }
});
