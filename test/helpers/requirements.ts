/**
 * Checks that need something outside the repository: LibreOffice (`soffice`),
 * poppler's `pdftotext`, Debian's Chromium, or the real-world files of ../shared/wild-docx.
 *
 * A check never passes by not checking. Where what it needs is missing, it is
 * reported as skipped, in jest's count and by name, with the reason in its
 * title ("… [needs soffice] [skipped: LibreOffice (soffice) is not installed]");
 * the reporter test/reporters/requirements.cjs lists every skip at the end of the
 * run. Every such title names what the check needs ("… [needs soffice]"), so the
 * reporter counts, per requirement, the checks that ran and those skipped.
 *
 * DUIZHAO_REQUIRE (space- or comma-separated requirement names; .ci/run sets it)
 * makes a requirement mandatory: a check that needs it and cannot have it fails
 * instead of being skipped.
 *
 * ../shared is the folder beside the project; DUIZHAO_SHARED names another one
 * (a git worktree sits one level deeper than the main checkout).
 */
import { existsSync } from "fs";
import * as path from "path";

export type Requirement = "soffice" | "pdftotext" | "chromium" | "wild-docx";

const ROOT = path.resolve(__dirname, "..", "..");

/** The shared folder (contract, corpus, wild-docx). */
export const SHARED_DIR = process.env.DUIZHAO_SHARED ? path.resolve(process.env.DUIZHAO_SHARED) : path.resolve(ROOT, "..", "shared");
/** ../shared/wild-docx: 115 real .docx files and their manifest. */
export const WILD_DIR = path.join(SHARED_DIR, "wild-docx");
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** LibreOffice's command, or undefined when it is not installed. */
export const SOFFICE: string | undefined = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"].find((f) => existsSync(f));

/** Poppler's pdftotext (Debian's poppler-utils), for the layout of PDFs LibreOffice renders, or undefined. */
export const PDFTOTEXT: string | undefined = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].find((f) => existsSync(f));

/** Why a requirement cannot be met here, or null when it can. */
export function missingReason(requirement: Requirement): string | null {
  switch (requirement) {
    case "soffice":
      return SOFFICE ? null : "LibreOffice (soffice) is not installed";
    case "pdftotext":
      return PDFTOTEXT ? null : "pdftotext (poppler-utils) is not installed";
    case "chromium":
      return existsSync(CHROMIUM_PATH) ? null : `Chromium is not installed at ${CHROMIUM_PATH}`;
    case "wild-docx":
      return existsSync(path.join(WILD_DIR, "manifest.json")) ? null : `${WILD_DIR} is absent`;
  }
}

/** The requirements DUIZHAO_REQUIRE makes mandatory. */
export function mandatory(env: NodeJS.ProcessEnv = process.env): Requirement[] {
  return (env.DUIZHAO_REQUIRE ?? "")
    .split(/[\s,]+/)
    .filter((name): name is Requirement => name === "soffice" || name === "pdftotext" || name === "chromium" || name === "wild-docx");
}

export interface Needs {
  /** Whether every requirement is met (the checks run). */
  readonly available: boolean;
  /** Why not, or null. */
  readonly reason: string | null;
  /** `test`, tagged; a visible skip (or, when mandatory, a failure) where a requirement is missing. */
  test(name: string, fn: jest.ProvidesCallback, timeout?: number): void;
  /** `describe`, tagged; one visible skip (or failure) in place of the whole block where a requirement is missing. */
  describe(name: string, fn: () => void): void;
}

/** Tests and blocks that need `requirements`. */
export function needs(...requirements: Requirement[]): Needs {
  const missing = requirements.flatMap((r) => {
    const reason = missingReason(r);
    return reason === null ? [] : [{ requirement: r, reason }];
  });
  const tag = `[needs ${requirements.join(" ")}]`;
  const reason = missing.length ? missing.map((m) => m.reason).join("; ") : null;
  const required = missing.filter((m) => mandatory().includes(m.requirement));

  const stand = (name: string): void => {
    if (required.length) {
      test(`${name} ${tag}`, () => {
        throw new Error(`DUIZHAO_REQUIRE makes ${required.map((m) => m.requirement).join(", ")} mandatory, but ${reason}`);
      });
    } else {
      test.skip(`${name} ${tag} [skipped: ${reason}]`, () => undefined);
    }
  };

  return {
    available: reason === null,
    reason,
    test(name, fn, timeout) {
      if (reason === null) test(`${name} ${tag}`, fn, timeout);
      else stand(name);
    },
    describe(name, fn) {
      if (reason === null) describe(`${name} ${tag}`, fn);
      else stand(name);
    },
  };
}
