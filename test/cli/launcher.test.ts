/**
 * The launcher's rebuild (src/cli/duizhao.cjs): chunks of earlier builds are removed
 * when the bundle is built again, except those a run started before the rebuild may
 * still load (the replaced entry's, and any written in the last minutes).
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";

const root = path.join(__dirname, "..", "..");
const CLI = path.join(root, "src", "cli", "duizhao.cjs");
const entry = path.join(root, ".tmp", "cli", "duizhao.cjs");
const chunks = path.join(root, ".tmp", "cli", "chunks");

jest.setTimeout(120_000);

function help(): number | null {
  return spawnSync(process.execPath, [CLI, "--help"], { encoding: "utf8", timeout: 100_000 }).status;
}

/** The chunks the entry requires, and those they require. */
function closure(file: string, found = new Set<string>()): Set<string> {
  for (const m of readFileSync(file, "utf8").matchAll(/require\("(\.\/(?:chunks\/)?[\w.-]+\.cjs)"\)/g)) {
    const p = path.resolve(path.dirname(file), m[1]!);
    if (!found.has(p)) {
      found.add(p);
      closure(p, found);
    }
  }
  return found;
}

test("a rebuild removes old chunks that no entry uses, and keeps every chunk the new entry needs", () => {
  expect(help()).toBe(0);
  const stale = path.join(chunks, `stale-test${process.pid}.cjs`);
  const recent = path.join(chunks, `recent-test${process.pid}.cjs`);
  try {
    writeFileSync(stale, "// a chunk of a build long gone\n");
    writeFileSync(recent, "// a chunk a run started minutes ago may still load\n");
    const hoursAgo = new Date(Date.now() - 2 * 3600 * 1000);
    utimesSync(stale, hoursAgo, hoursAgo);
    // The bundle older than every source: the next run builds it again.
    utimesSync(entry, new Date(0), new Date(0));
    expect(help()).toBe(0);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(recent)).toBe(true);
    const needed = [...closure(entry)];
    expect(needed.length).toBeGreaterThan(3);
    for (const p of needed) expect(existsSync(p)).toBe(true);
  } finally {
    rmSync(stale, { force: true });
    rmSync(recent, { force: true });
  }
});

describe("the V8 budget follows how much the command line asks to check", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { looksLong } = require("../../src/cli/compileCache.cjs") as { looksLong: (argv: string[]) => boolean };
  const dir = mkdtempSync(path.join(tmpdir(), "duizhao-launcher-"));
  const small = path.join(dir, "one.txt");
  const large = path.join(dir, "long.txt");
  writeFileSync(small, "一、存在的问题\n".repeat(100));
  writeFileSync(large, "一、存在的问题\n".repeat(10_000));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("one small file is a short run, whatever the options", () => {
    expect(looksLong(["check", small])).toBe(false);
    expect(looksLong(["check", "--profile", "2024-mzshh-four-leads", small, "--json"])).toBe(false);
    expect(looksLong(["analyze", small])).toBe(false);
    expect(looksLong(["check", path.join(dir, "absent.txt")])).toBe(false);
  });

  it("several files, a folder or a comparison is a long run; one file, however long, is not", () => {
    expect(looksLong(["check", small, small])).toBe(true);
    expect(looksLong(["check", dir])).toBe(true);
    expect(looksLong(["check", small, "--compare-with", dir])).toBe(true);
    expect(looksLong(["analyze", large])).toBe(false);
  });

  it("other commands are short runs", () => {
    expect(looksLong(["profiles"])).toBe(false);
    expect(looksLong(["--help"])).toBe(false);
    expect(looksLong([])).toBe(false);
  });
});
