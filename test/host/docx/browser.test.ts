/** The .docx reader also runs in the preview page: it must bundle for the browser without Node built-ins. */
import * as esbuild from "esbuild";
import * as path from "path";

const entry = path.resolve(__dirname, "../../../src/host/docx/index.ts");

function bundle(external: string[]): string {
  const result = esbuild.buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: "browser",
    format: "esm",
    write: false,
    logLevel: "silent",
    external,
  });
  expect(result.errors).toEqual([]);
  return result.outputFiles[0].text;
}

it("bundles for the browser, dependencies included (a Node built-in would fail to resolve)", () => {
  expect(bundle([]).length).toBeGreaterThan(0);
});

it("uses no Node-only globals in its own code", () => {
  const code = bundle(["jszip", "saxes"]);
  expect(code).not.toMatch(/\bBuffer\b/);
  expect(code).not.toMatch(/\bprocess\./);
  expect(code).not.toMatch(/\brequire\(/);
});
