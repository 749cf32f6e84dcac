/*
 * Built-in functions the bundle uses that Office 2019's webview (EdgeHTML 18,
 * Windows 10) lacks, added before the bundle runs, each only where it is missing
 * (a current webview is left exactly as it is). ES5, so that it runs anywhere;
 * webview-check.js runs after it and shows "请升级 Office 或安装 WebView2" where
 * what cannot be added (Promise, Symbol, Proxy: Internet Explorer 11) is missing.
 *
 * The bundle is compiled to EdgeHTML 18's syntax (build/esbuild-loader.cjs); these
 * are the library functions it calls that EdgeHTML 18 does not have (added in
 * Chromium-based Edge 79 and later): Object.fromEntries, Array.prototype.flat and
 * flatMap, String.prototype.matchAll, trimStart and trimEnd, Promise.allSettled,
 * globalThis, queueMicrotask, WeakRef (Fluent UI's focus tracking) and
 * ResizeObserver (Fluent UI's positioning). WeakRef cannot be made weak in ES5: the
 * stand-in holds its object, which in a task pane costs a little memory only.
 * The ResizeObserver stand-in reports an element's size when it is first observed
 * and whenever the window is resized (a task pane's size changes with the window's).
 *
 * Written for this project; test/build/webpack.test.ts checks each function
 * against the engine's own, and test/browser/legacy.test.ts runs the engine in
 * Chromium with all of them removed.
 */
(function (global) {
  "use strict";

  function define(target, name, value) {
    if (!target || typeof target[name] !== "undefined") return;
    Object.defineProperty(target, name, { value: value, writable: true, configurable: true, enumerable: false });
  }

  /** Calls `each` with every value of an array or of anything iterable. */
  function forEachValue(values, each) {
    if (Array.isArray(values) || typeof Symbol === "undefined" || values == null || typeof values[Symbol.iterator] !== "function") {
      for (var i = 0; i < values.length; i++) each(values[i]);
      return;
    }
    var iterator = values[Symbol.iterator]();
    for (var step = iterator.next(); !step.done; step = iterator.next()) each(step.value);
  }

  if (typeof global.globalThis === "undefined") define(global, "globalThis", global);

  define(Object, "fromEntries", function (entries) {
    var result = {};
    forEachValue(entries, function (entry) {
      result[entry[0]] = entry[1];
    });
    return result;
  });

  function flattenInto(out, source, depth) {
    for (var i = 0; i < source.length; i++) {
      if (!(i in source)) continue;
      var value = source[i];
      if (depth > 0 && Array.isArray(value)) flattenInto(out, value, depth - 1);
      else out.push(value);
    }
    return out;
  }
  define(Array.prototype, "flat", function (depth) {
    var d = depth === undefined ? 1 : Number(depth);
    return flattenInto([], this, d !== d ? 0 : d);
  });
  define(Array.prototype, "flatMap", function (callback, thisArg) {
    if (typeof callback !== "function") throw new TypeError("flatMap: callback is not a function");
    var out = [];
    for (var i = 0; i < this.length; i++) {
      if (!(i in this)) continue;
      var value = callback.call(thisArg, this[i], i, this);
      if (Array.isArray(value)) for (var k = 0; k < value.length; k++) out.push(value[k]);
      else out.push(value);
    }
    return out;
  });

  define(String.prototype, "trimStart", function () {
    return String(this).replace(/^[\s\uFEFF\xA0]+/, "");
  });
  define(String.prototype, "trimEnd", function () {
    return String(this).replace(/[\s\uFEFF\xA0]+$/, "");
  });

  if (typeof Symbol === "function" && Symbol.iterator) {
    define(String.prototype, "matchAll", function (pattern) {
      var text = String(this);
      var flags;
      var source;
      if (pattern instanceof RegExp) {
        // The flags as the expression writes them (RegExp.prototype.flags came with Edge 79).
        var written = String(pattern);
        flags = written.slice(written.lastIndexOf("/") + 1);
        if (flags.indexOf("g") < 0) throw new TypeError("String.prototype.matchAll called with a non-global RegExp argument");
        source = pattern.source;
      } else {
        flags = "g";
        source = String(pattern).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      }
      var regexp = new RegExp(source, flags);
      regexp.lastIndex = pattern instanceof RegExp ? pattern.lastIndex : 0;
      var finished = false;
      var iterator = {
        next: function () {
          if (finished) return { value: undefined, done: true };
          var match = regexp.exec(text);
          if (match === null) {
            finished = true;
            return { value: undefined, done: true };
          }
          // An empty match would be found again at the same place: step over one character.
          if (match[0] === "") regexp.lastIndex += 1;
          return { value: match, done: false };
        },
      };
      iterator[Symbol.iterator] = function () {
        return this;
      };
      return iterator;
    });
  }

  if (typeof Promise === "function") {
    define(Promise, "allSettled", function (values) {
      var list = [];
      forEachValue(values, function (value) {
        list.push(value);
      });
      return Promise.all(
        list.map(function (value) {
          return Promise.resolve(value).then(
            function (result) {
              return { status: "fulfilled", value: result };
            },
            function (reason) {
              return { status: "rejected", reason: reason };
            }
          );
        })
      );
    });
    define(global, "queueMicrotask", function (callback) {
      Promise.resolve().then(callback);
    });
  }

  if (typeof global.WeakRef === "undefined") {
    var StrongRef = function WeakRef(target) {
      if (target === null || (typeof target !== "object" && typeof target !== "function")) throw new TypeError("WeakRef: target must be an object");
      this.target = target;
    };
    StrongRef.prototype.deref = function () {
      return this.target;
    };
    define(global, "WeakRef", StrongRef);
  }

  if (typeof global.ResizeObserver === "undefined" && typeof global.addEventListener === "function") {
    var SizeObserver = function ResizeObserver(callback) {
      this.callback = callback;
      this.targets = [];
      var observer = this;
      this.onResize = function () {
        observer.report(observer.targets);
      };
    };
    SizeObserver.prototype.entryOf = function (target) {
      var rect = target.getBoundingClientRect();
      var size = { inlineSize: rect.width, blockSize: rect.height };
      return { target: target, contentRect: rect, borderBoxSize: [size], contentBoxSize: [size] };
    };
    SizeObserver.prototype.report = function (targets) {
      if (targets.length === 0) return;
      var entries = [];
      for (var i = 0; i < targets.length; i++) entries.push(this.entryOf(targets[i]));
      this.callback(entries, this);
    };
    SizeObserver.prototype.observe = function (target) {
      if (this.targets.indexOf(target) >= 0) return;
      if (this.targets.length === 0) global.addEventListener("resize", this.onResize);
      this.targets.push(target);
      var observer = this;
      global.setTimeout(function () {
        if (observer.targets.indexOf(target) >= 0) observer.report([target]);
      }, 0);
    };
    SizeObserver.prototype.unobserve = function (target) {
      var at = this.targets.indexOf(target);
      if (at >= 0) this.targets.splice(at, 1);
      if (this.targets.length === 0) global.removeEventListener("resize", this.onResize);
    };
    SizeObserver.prototype.disconnect = function () {
      this.targets = [];
      global.removeEventListener("resize", this.onResize);
    };
    define(global, "ResizeObserver", SizeObserver);
  }
})(typeof window !== "undefined" ? window : this);
