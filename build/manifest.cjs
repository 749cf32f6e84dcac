/**
 * The production manifest: manifest.xml (which points at the dev server,
 * https://localhost:3000/) with every URL moved to the base URL the add-in is
 * served from. `npm run build -- --env baseUrl=https://host/path/` writes it
 * to dist/manifest.xml (webpack.config.js); test/manifest checks it offline
 * with the same rules as manifest.xml.
 */
"use strict";

/** Where manifest.xml's URLs point: the dev server of `npm start`. */
const DEV_ORIGIN = "https://localhost:3000/";

/**
 * The base URL as the manifest needs it: absolute https (Office loads add-ins
 * only over HTTPS), no query, fragment or credentials, ending in "/".
 * Throws an Error with one Chinese line otherwise.
 */
function normalizeBaseUrl(value) {
  let url;
  try {
    url = new URL(String(value));
  } catch {
    throw new Error(`baseUrl 不是有效的网址：${value}（例：https://addins.example.gov.cn/duizhao/）`);
  }
  if (url.protocol !== "https:") throw new Error(`baseUrl 必须以 https:// 开头（Office 只从 HTTPS 加载加载项）：${value}`);
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`baseUrl 不能带查询参数、锚点或用户名：${value}`);
  }
  const text = url.href;
  return text.endsWith("/") ? text : `${text}/`;
}

/** manifest.xml's text with every dev-server URL moved under `baseUrl`. */
function productionManifest(xml, baseUrl) {
  const base = normalizeBaseUrl(baseUrl);
  if (!xml.includes(DEV_ORIGIN)) throw new Error("manifest.xml 中没有开发服务器地址，无法生成正式清单");
  // Attribute values only: the URLs appear as DefaultValue="https://localhost:3000/…".
  const escaped = base.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return xml.split(`"${DEV_ORIGIN}`).join(`"${escaped}`);
}

/** The query flag that shows the pane's self-test (src/taskpane/SelfTestPanel.tsx). */
const SELF_TEST_QUERY = "?selftest=1";

/**
 * The same manifest with the task pane opened with the self-test flag: for a
 * person checking the add-in in Word (docs/word-checklist.md). Only the task
 * pane's page changes.
 */
function selfTestManifest(xml) {
  const page = /(DefaultValue="[^"]*\/taskpane\.html)"/g;
  const count = (xml.match(page) || []).length;
  if (count === 0) throw new Error("manifest.xml 中没有任务窗格页面地址");
  return xml.replace(page, `$1${SELF_TEST_QUERY}"`);
}

module.exports = { DEV_ORIGIN, SELF_TEST_QUERY, normalizeBaseUrl, productionManifest, selfTestManifest };
