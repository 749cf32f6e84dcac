/**
 * Every file of ../shared/wild-docx (real Word, WPS and LibreOffice files, and broken
 * ones) through the CLI's analyze command, in-process: read with exit 0, or refused
 * with exit 2 and one line naming the file — as manifest.json says — and no input
 * changed. A visible skip when ../shared is absent.
 */
import { createHash } from "crypto";
import { readFileSync } from "fs";
import * as path from "path";
import { main } from "../../src/cli/main";
import { needs, WILD_DIR } from "../helpers/requirements";

const WILD = WILD_DIR;
const manifestPath = path.join(WILD, "manifest.json");
const wild = needs("wild-docx");
const present = wild.available;
const entries: { file: string; expect: "read" | "clear-error" | "clear-error-or-partial"; sha256: string }[] = present
  ? JSON.parse(readFileSync(manifestPath, "utf8"))
  : [];

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

wild.describe("wild-docx through duizhao analyze", () => {
  jest.setTimeout(60_000);
  test.each(entries.map((e) => [e.file, e] as const))("%s", async (_name, entry) => {
    const file = path.join(WILD, entry.file);
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(["analyze", "--json", file], { out: (l) => out.push(l), err: (l) => err.push(l) });
    if (entry.expect === "read") {
      expect({ code, err }).toEqual({ code: 0, err: [] });
      const report = JSON.parse(out.join("\n"));
      expect(report.schemaVersion).toBe(1);
      expect(Array.isArray(report.sections)).toBe(true);
    } else if (entry.expect === "clear-error") {
      expect(code).toBe(2);
      expect(out).toEqual([]);
    } else {
      expect([0, 2]).toContain(code);
    }
    if (code === 2) {
      expect(err).toHaveLength(1);
      expect(err[0]).toContain(entry.file);
      expect(err[0]).not.toMatch(/\n|\bat [\w.]+ \(|Error:/);
    }
    expect(sha(file)).toBe(entry.sha256);
  });
});
