/*
 * Runs before everything else on the task pane page, in ES5, so that it runs
 * in every webview Office may use, Internet Explorer 11's (Trident) included.
 * Where the bundle cannot run it shows, instead of a blank pane:
 * "请升级 Office 或安装 WebView2". Microsoft recommends such a message for the
 * webviews of older Office versions:
 * https://learn.microsoft.com/office/dev/add-ins/develop/support-ie-11
 *
 * It runs after legacy-builtins.js, which adds the library functions EdgeHTML 18
 * (Office 2019's webview) lacks, and tests for what the bundle uses and cannot
 * be compiled away or added: Promise, Symbol, Proxy and the other built-in
 * objects, and that the added functions are there. The bundle's syntax is
 * EdgeHTML 18's (build/esbuild-loader.cjs), and its regular expressions use no
 * syntax EdgeHTML lacks (test/core/oldEngines.test.ts). Office 2016/2019 on
 * Trident (Internet Explorer 11) fail the test; EdgeHTML 18 passes it.
 * Sets window.duizhaoWebviewUnsupported so the bundle does not start.
 */
(function () {
  "use strict";

  function canRunBundle(global) {
    try {
      var builtIns = [
        typeof global.Promise === "function",
        typeof global.Symbol === "function",
        typeof global.Map === "function",
        typeof global.Set === "function",
        typeof global.WeakMap === "function",
        typeof global.Proxy === "function",
        typeof Object.assign === "function",
        typeof Object.entries === "function",
        typeof Object.fromEntries === "function",
        typeof Array.from === "function",
        typeof Array.prototype.includes === "function",
        typeof Array.prototype.flatMap === "function",
        typeof String.prototype.padStart === "function",
        typeof String.prototype.matchAll === "function",
        typeof global.WeakRef === "function",
        typeof global.ResizeObserver === "function",
      ];
      for (var i = 0; i < builtIns.length; i++) if (!builtIns[i]) return false;
      return true;
    } catch (_unsupported) {
      return false;
    }
  }

  function showMessage(doc) {
    var container = doc.getElementById("root") || doc.body;
    while (container.firstChild) container.removeChild(container.firstChild);
    var box = doc.createElement("div");
    box.setAttribute("role", "alert");
    box.style.padding = "16px";
    box.style.fontFamily = "'Microsoft YaHei', 'PingFang SC', sans-serif";
    var title = doc.createElement("p");
    title.style.fontWeight = "bold";
    title.appendChild(doc.createTextNode("请升级 Office 或安装 WebView2"));
    var body = doc.createElement("p");
    body.appendChild(
      doc.createTextNode(
        "此 Office 使用的浏览器组件过旧，无法运行对照检查助手。Windows：请升级到 Microsoft 365 或 Office 2021 及以上版本，或安装 Microsoft Edge WebView2 运行时；Mac：请升级 macOS 和 Office。"
      )
    );
    var english = doc.createElement("p");
    english.style.color = "#616161";
    english.appendChild(
      doc.createTextNode(
        "Please update Office or install WebView2: this Office uses a browser component too old to run the add-in. On Windows, update to Microsoft 365 or Office 2021 or later, or install the Microsoft Edge WebView2 Runtime; on a Mac, update macOS and Office."
      )
    );
    box.appendChild(title);
    box.appendChild(body);
    box.appendChild(english);
    container.appendChild(box);
  }

  if (canRunBundle(window)) return;
  window.duizhaoWebviewUnsupported = true;
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () {
      showMessage(document);
    });
  } else {
    showMessage(document);
  }
})();
