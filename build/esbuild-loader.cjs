/**
 * A webpack loader that compiles TypeScript, JSX and modern JavaScript (the
 * project's own code and node_modules alike) down to the syntax a given
 * browser runs, with esbuild. webpack.config.js uses it with target "edge18":
 * EdgeHTML 18, the webview of Office 2019 on Windows 10 (see
 * https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins).
 * Syntax only: built-in functions are not added here; src/taskpane/legacy-builtins.js
 * adds those EdgeHTML 18 lacks, and src/taskpane/webview-check.js tells the user
 * when what cannot be added is missing.
 *
 * Regular-expression literals that ES2017 cannot parse (Unicode property
 * escapes inside a class, lookbehind, named groups, the s flag; esbuild leaves
 * some of them as they are) become `new RegExp(source, flags)` calls, so the
 * bundle still parses where they are unknown: a webview without them then fails
 * only where such an expression is made, not on the whole file.
 */
"use strict";
const path = require("node:path");
const acorn = require("acorn");
const esbuild = require("esbuild");

/** The ECMAScript version of the target's regular-expression syntax. */
const REGEXP_ECMA_VERSION = 2017;

/** Whether `/pattern/flags` is valid in ES2017. */
function parsesInTarget(pattern, flags) {
  try {
    acorn.parse(`/${pattern}/${flags}`, { ecmaVersion: REGEXP_ECMA_VERSION });
    return true;
  } catch {
    return false;
  }
}

/** `code` with every regular-expression literal ES2017 cannot parse turned into a RegExp call. */
function lowerRegExpLiterals(code) {
  // Cheap test first: only code that may hold such a literal is tokenized.
  if (!/\\[pP]\{|\(\?<|\/[dgimsuy]*s[dgimsuy]*(?![\w$])/.test(code)) return code;
  const replacements = [];
  try {
    for (const token of acorn.tokenizer(code, { ecmaVersion: "latest", sourceType: "module", allowHashBang: true })) {
      if (token.type !== acorn.tokTypes.regexp) continue;
      const { pattern, flags } = token.value;
      if (!parsesInTarget(pattern, flags)) {
        replacements.push({ start: token.start, end: token.end, text: `new RegExp(${JSON.stringify(pattern)}, ${JSON.stringify(flags)})` });
      }
    }
  } catch {
    return code; // not tokenizable as a module: left as esbuild wrote it
  }
  let out = code;
  for (const r of replacements.reverse()) out = out.slice(0, r.start) + r.text + out.slice(r.end);
  return out;
}

const LOADERS = { ".ts": "ts", ".tsx": "tsx", ".js": "js", ".mjs": "js", ".cjs": "js", ".jsx": "jsx" };

function esbuildLoader(source) {
  const callback = this.async();
  const { target } = this.getOptions();
  const loader = LOADERS[path.extname(this.resourcePath)] ?? "js";
  esbuild
    .transform(source, {
      loader,
      target,
      sourcefile: this.resourcePath,
      sourcemap: this.sourceMap ? "external" : false,
      jsx: "automatic",
      // import() stays for webpack, which turns it into its own chunk loading (script
      // tags, ES5-safe): lowered by esbuild for edge18 it would become a require(), and
      // the chunk would be bundled into the entry after all.
      // import.meta stays too: webpack resolves `new Worker(new URL(…, import.meta.url))` (the
      // analysis worker) at build time; lowered for edge18 it would be an empty object.
      supported: { "dynamic-import": true, "import-meta": true },
      // The settings of tsconfig.json that change emitted code.
      tsconfigRaw: { compilerOptions: { jsx: "react-jsx", useDefineForClassFields: true } },
      // Keep import/export for webpack; keep names readable in stack traces.
      keepNames: false,
      legalComments: "inline",
    })
    .then(
      (result) => callback(null, lowerRegExpLiterals(result.code), result.map ? JSON.parse(result.map) : undefined),
      (error) => callback(error),
    );
};

module.exports = esbuildLoader;
module.exports.lowerRegExpLiterals = lowerRegExpLiterals;
