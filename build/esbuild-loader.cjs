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

/*
 * Shared helpers. Lowered for edge18, object spread and rest and class fields need
 * small helper functions (`__spreadValues`, `__objRest`, `__publicField`, and the
 * `__defProp`… they use), which esbuild writes at the top of every module that needs
 * them: some fifty copies in the task pane's first script. An ES module instead
 * imports them from one module, `build/esbuild-helpers.js`, whose code esbuild
 * itself writes when it is loaded (so it is always this esbuild's own helpers). A
 * module's declaration is replaced only where its text is exactly the shared one's;
 * anything else stays as esbuild wrote it. Line breaks are kept, so source maps
 * still point right.
 */
const HELPERS_MODULE = path.join(__dirname, "esbuild-helpers.js");
/** Code that makes esbuild write the helpers shared (object spread and rest, class fields). */
// (Its own names start with $, so that esbuild need not rename the helpers' parameters.)
const HELPERS_SOURCE = "export const used = [{ ...$0, $1: 1 }, ({ $2, ...$3 }) => $3, class { $4 = 1 }];";

/** Top-level `var __name = …;` declarations of a module: name → { text, start, end }. */
function helperDeclarations(code) {
  let program;
  try {
    program = acorn.parse(code, { ecmaVersion: "latest", sourceType: "module", allowHashBang: true });
  } catch {
    return null;
  }
  const found = new Map();
  let esm = false;
  for (const node of program.body) {
    if (/^(Import|Export)/.test(node.type)) esm = true;
    if (node.type !== "VariableDeclaration" || node.kind !== "var" || node.declarations.length !== 1) continue;
    const id = node.declarations[0].id;
    if (id.type === "Identifier" && id.name.startsWith("__")) found.set(id.name, { text: code.slice(node.start, node.end), start: node.start, end: node.end });
  }
  return { found, esm };
}

const sharedHelpers = new Map();
/** The shared module's helpers for a target (name → declaration text, and the module's code), made once. */
function shared(target) {
  if (!sharedHelpers.has(target)) {
    sharedHelpers.set(
      target,
      esbuild.transform(HELPERS_SOURCE, { loader: "js", target }).then((result) => {
        const declarations = helperDeclarations(result.code)?.found ?? new Map();
        const code = [...declarations.values()].map((d) => d.text).join("\n") + `\nexport { ${[...declarations.keys()].join(", ")} };\n`;
        return { declarations, code };
      }),
    );
  }
  return sharedHelpers.get(target);
}

/** `code` importing the shared helpers instead of declaring its own copies (ES modules only). */
function withSharedHelpers(code, helpers) {
  const own = helperDeclarations(code);
  if (!own || !own.esm) return code;
  const replaced = [...own.found].filter(([name, d]) => helpers.declarations.get(name)?.text === d.text);
  if (replaced.length === 0) return code;
  let out = code;
  for (const [, d] of replaced.sort((a, b) => b[1].start - a[1].start)) out = out.slice(0, d.start) + d.text.replace(/[^\n]/g, "") + out.slice(d.end);
  return `${out}\nimport { ${replaced.map(([name]) => name).join(", ")} } from ${JSON.stringify(HELPERS_MODULE)};\n`;
}

function esbuildLoader(source) {
  const callback = this.async();
  const { target } = this.getOptions();
  if (this.resourcePath === HELPERS_MODULE) {
    shared(target).then(
      (helpers) => callback(null, helpers.code),
      (error) => callback(error),
    );
    return;
  }
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
    .then((result) => (result.code.includes("var __") ? shared(target).then((helpers) => ({ result, helpers })) : { result, helpers: null }))
    .then(
      ({ result, helpers }) => {
        const code = helpers ? withSharedHelpers(result.code, helpers) : result.code;
        callback(null, lowerRegExpLiterals(code), result.map ? JSON.parse(result.map) : undefined);
      },
      (error) => callback(error),
    );
};

module.exports = esbuildLoader;
module.exports.lowerRegExpLiterals = lowerRegExpLiterals;
module.exports.withSharedHelpers = withSharedHelpers;
module.exports.sharedHelpers = shared;
