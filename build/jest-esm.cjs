/**
 * A jest transform for the ES modules Preact ships (.mjs only, no CommonJS build):
 * esbuild rewrites them as CommonJS, so the pane's tests in jest run on the same
 * renderer the pages ship (jest.config.js maps react and react-dom to preact/compat,
 * as webpack.config.js aliases them).
 */
"use strict";
const crypto = require("node:crypto");
const esbuild = require("esbuild");

module.exports = {
  getCacheKey(source, filename) {
    return crypto.createHash("sha256").update(`esm-cjs-1\0${filename}\0${source}`).digest("hex");
  },
  process(source, filename) {
    const out = esbuild.transformSync(source, {
      loader: "js",
      format: "cjs",
      target: "node20",
      sourcefile: filename,
      sourcemap: "inline",
    });
    return { code: out.code };
  },
};
