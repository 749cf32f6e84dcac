/**
 * Builds the task pane (taskpane.html, loaded by Word through manifest.xml),
 * its FunctionFile page (commands.html) and the preview page (preview.html)
 * into dist/. office.js is copied from node_modules so that nothing is loaded
 * from a CDN. `npm start` / `npm run preview` run this config through
 * webpack-dev-server's Node API (src/cli/start.cjs).
 */
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS config file, as webpack-cli loads it */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const root = __dirname;
const officeJsDist = path.join(root, "node_modules", "@microsoft", "office-js", "dist");

/**
 * office.js loads its host-specific scripts, locale strings and helpers from its
 * own folder at run time, so the folder is served as a whole, minus what a Word
 * add-in never loads: other hosts' scripts, debug builds and typings.
 */
const OFFICE_JS_IGNORE = [
  "**/*.debug.js",
  "**/*.d.ts",
  "**/*vsdoc*.js",
  "**/access-*.js",
  "**/excel*.js",
  "**/onenote*.js",
  "**/outlook*.js",
  "**/powerpoint*.js",
  "**/project*.js",
  "**/visio*.js",
  "**/custom-functions-runtime*.js",
];

/**
 * @param {Record<string, unknown>} _env
 * @param {{ mode?: "development" | "production" }} argv
 * @returns {import("webpack").Configuration}
 */
module.exports = (_env = {}, argv = {}) => {
  const mode = argv.mode === "production" ? "production" : "development";
  const dev = mode === "development";
  return {
    mode,
    context: root,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/taskpane/commands.ts",
      preview: "./src/taskpane/preview/preview.tsx",
    },
    output: {
      path: path.join(root, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      publicPath: "",
      clean: true,
    },
    // No eval-based source maps: the pages' Content-Security-Policy forbids eval.
    devtool: dev ? "cheap-module-source-map" : "source-map",
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              // ES modules let webpack drop the unused parts of Fluent UI.
              compilerOptions: { module: "esnext", sourceMap: true },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/taskpane/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/taskpane/preview/preview.html",
        chunks: ["preview"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: officeJsDist, to: "office-js", globOptions: { ignore: OFFICE_JS_IGNORE } },
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "assets/sample.docx", to: "sample.docx" },
        ],
      }),
    ],
    performance: { hints: false },
    stats: "errors-warnings",
    devServer: {
      // Only the build is served (never the project folder), over loopback.
      static: false,
      host: "127.0.0.1",
      port: 3000,
      open: false,
      hot: false,
      liveReload: true,
      compress: false,
      client: { logging: "warn", overlay: { errors: true, warnings: false } },
      headers: { "Cache-Control": "no-store" },
    },
  };
};
