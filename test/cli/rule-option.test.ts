/** `--rule ID=SEVERITY`: the user changes a rule's severity or turns it off for a run. */
import * as path from "path";
import { main } from "../../src/cli/main";

const SEED = path.join(__dirname, "..", "fixtures", "corpus", "seed-004.txt");

async function check(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["check", "--json", ...args, SEED], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, err, findings: out.length ? (JSON.parse(out[0]).findings as { rule: string; severity: string }[]) : [] };
}

test("a rule turned off reports nothing; a rule raised reports at the new level", async () => {
  const plain = await check();
  expect(plain.findings.some((f) => f.rule === "typo-common")).toBe(true);
  expect(plain.findings.filter((f) => f.rule === "punct-space").every((f) => f.severity === "warning")).toBe(true);

  const changed = await check("--rule", "typo-common=off", "--rule", "punct-space=error");
  expect(changed.findings.some((f) => f.rule === "typo-common")).toBe(false);
  const space = changed.findings.filter((f) => f.rule === "punct-space");
  expect(space.length).toBeGreaterThan(0);
  expect(space.every((f) => f.severity === "error")).toBe(true);
  expect(changed.code).toBe(1);

  // With the only error-level rule off and nothing raised, the file passes --fail-on error.
  const off = await check("--rule", "typo-common=off");
  expect(off.findings.some((f) => f.severity === "error")).toBe(false);
  expect(off.code).toBe(0);
});

test("a bad --rule is a usage error", async () => {
  for (const bad of ["typo-common", "no-such-rule=off", "typo-common=fatal"]) {
    const r = await check("--rule", bad);
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
  }
});
