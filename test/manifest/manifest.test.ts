/**
 * Checks manifest.xml offline against the rules of the add-in-only manifest
 * schemas (OfficeAppManifestV1_1.xsd, TaskPaneAppVersionOverridesV1_0.xsd,
 * OfficeAppBasicTypesV1_0.xsd): element order, resource references and kinds,
 * id and string lengths, locales, requirement set, permissions, and that every
 * icon and page it names is really produced by the project.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SaxesParser } from "saxes";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's CommonJS helper
const { normalizeBaseUrl, productionManifest, selfTestManifest } = require("../../build/manifest.cjs") as {
  normalizeBaseUrl(value: string): string;
  productionManifest(xml: string, baseUrl: string): string;
  selfTestManifest(xml: string): string;
};

const ROOT = join(__dirname, "..", "..");
const NS_OFFICEAPP = "http://schemas.microsoft.com/office/appforoffice/1.1";
const NS_OVERRIDES = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
const NS_BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const NS_XSI = "http://www.w3.org/2001/XMLSchema-instance";
const DEV_ORIGIN = "https://localhost:3000/";

interface XmlElement {
  name: string;
  ns: string;
  attributes: Record<string, string>;
  /** xsi:type, without prefix. */
  type?: string;
  children: XmlElement[];
  text: string;
  parent?: XmlElement;
}

function parse(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on("opentag", (tag) => {
    const attributes: Record<string, string> = {};
    let type: string | undefined;
    for (const attribute of Object.values(tag.attributes)) {
      if (typeof attribute === "string") continue;
      if (attribute.uri === NS_XSI && attribute.local === "type") type = attribute.value.replace(/^.*:/, "");
      else if (!attribute.uri) attributes[attribute.local] = attribute.value;
    }
    const element: XmlElement = { name: tag.local ?? tag.name, ns: tag.uri ?? "", attributes, type, children: [], text: "" };
    const parent = stack[stack.length - 1];
    if (parent) {
      element.parent = parent;
      parent.children.push(element);
    } else root = element;
    stack.push(element);
  });
  parser.on("text", (text) => {
    const current = stack[stack.length - 1];
    if (current) current.text += text;
  });
  parser.on("closetag", () => void stack.pop());
  parser.write(xml).close();
  if (!root) throw new Error("empty manifest");
  return root;
}

function walk(element: XmlElement, visit: (element: XmlElement) => void): void {
  visit(element);
  for (const child of element.children) walk(child, visit);
}

function all(root: XmlElement, predicate: (element: XmlElement) => boolean): XmlElement[] {
  const found: XmlElement[] = [];
  walk(root, (element) => {
    if (predicate(element)) found.push(element);
  });
  return found;
}

function child(element: XmlElement, name: string): XmlElement {
  const found = element.children.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`<${element.name}> has no <${name}>`);
  return found;
}

/**
 * Problems with the order of `element`'s children against an xs:sequence:
 * each child must be named in `order`, appear no more often than allowed and
 * never before a child that comes earlier in the sequence; `required` ones must be there.
 */
function sequenceProblems(
  element: XmlElement,
  order: readonly string[],
  required: readonly string[],
  repeatable: readonly string[] = [],
): string[] {
  const problems: string[] = [];
  let last = -1;
  const seen = new Map<string, number>();
  for (const { name } of element.children) {
    const position = order.indexOf(name);
    if (position < 0) {
      problems.push(`<${name}> is not a child of <${element.name}>`);
      continue;
    }
    if (position < last) problems.push(`<${name}> comes after <${order[last]}> in <${element.name}>`);
    last = Math.max(last, position);
    seen.set(name, (seen.get(name) ?? 0) + 1);
    if ((seen.get(name) ?? 0) > 1 && !repeatable.includes(name)) problems.push(`<${name}> repeated in <${element.name}>`);
  }
  for (const name of required) if (!seen.has(name)) problems.push(`<${element.name}> lacks <${name}>`);
  return problems;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  if (bytes.toString("ascii", 12, 16) !== "IHDR") throw new Error(`${file} has no IHDR first`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

type ResourceKind = "image" | "url" | "short" | "long";

const DEV_XML = readFileSync(join(ROOT, "manifest.xml"), "utf8");
/** A base URL like an intranet's, with a path: every URL of the manifest moves under it. */
const PRODUCTION_BASE = "https://addins.example.gov.cn/tools/duizhao/";

const MANIFESTS = [
  { label: "manifest.xml (the dev server of npm start)", origin: DEV_ORIGIN, xml: DEV_XML },
  { label: "the production manifest for a base URL", origin: PRODUCTION_BASE, xml: productionManifest(DEV_XML, PRODUCTION_BASE) },
  { label: "the self-test manifest (npm run start:word -- --selftest)", origin: DEV_ORIGIN, xml: selfTestManifest(DEV_XML) },
];

describe.each(MANIFESTS)("$label", ({ origin, xml }) => {
  /** The file in the project that a URL of the manifest is built from. */
  function assetFileFor(url: string): string {
    expect(url.startsWith(origin)).toBe(true);
    return join(ROOT, url.slice(origin.length));
  }

  const manifest = parse(xml);
  const versionOverrides = child(manifest, "VersionOverrides");
  const resources = child(versionOverrides, "Resources");
  const resourceGroups = {
    image: child(resources, "Images").children,
    url: child(resources, "Urls").children,
    short: child(resources, "ShortStrings").children,
    long: child(resources, "LongStrings").children,
  } as const;

  function resource(kind: ResourceKind, id: string): XmlElement | undefined {
    return resourceGroups[kind].find((candidate) => candidate.attributes.id === id);
  }

  test("root is a task pane OfficeApp of schema 1.1 with the overrides namespace", () => {
    expect(manifest.name).toBe("OfficeApp");
    expect(manifest.ns).toBe(NS_OFFICEAPP);
    expect(manifest.type).toBe("TaskPaneApp");
    expect(versionOverrides.ns).toBe(NS_OVERRIDES);
    expect(versionOverrides.type).toBe("VersionOverridesV1_0");
  });

  test("OfficeApp's children follow the schema's sequence", () => {
    const order = [
      "Id",
      "AlternateId",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "Dictionary",
      "VersionOverrides",
    ];
    const required = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "DefaultSettings", "Permissions"];
    expect(sequenceProblems(manifest, order, required)).toEqual([]);
  });

  test("the elements inside VersionOverrides follow their sequences", () => {
    const problems: string[] = [];
    problems.push(...sequenceProblems(versionOverrides, ["Description", "Requirements", "Hosts", "Resources"], []));
    problems.push(...sequenceProblems(resources, ["Images", "Urls", "ShortStrings", "LongStrings"], []));
    for (const formFactor of all(versionOverrides, (e) => e.name === "DesktopFormFactor")) {
      problems.push(...sequenceProblems(formFactor, ["GetStarted", "FunctionFile", "ExtensionPoint"], ["ExtensionPoint"], ["ExtensionPoint"]));
    }
    for (const getStarted of all(versionOverrides, (e) => e.name === "GetStarted")) {
      problems.push(...sequenceProblems(getStarted, ["Title", "Description", "LearnMoreUrl"], ["Title", "Description", "LearnMoreUrl"]));
    }
    for (const group of all(versionOverrides, (e) => e.name === "Group")) {
      problems.push(...sequenceProblems(group, ["Label", "Icon", "Control"], ["Label", "Icon", "Control"], ["Control"]));
    }
    for (const control of all(versionOverrides, (e) => e.name === "Control")) {
      expect(control.type).toBe("Button");
      problems.push(...sequenceProblems(control, ["Label", "Supertip", "Icon", "Action"], ["Label", "Supertip", "Icon", "Action"]));
    }
    for (const supertip of all(versionOverrides, (e) => e.name === "Supertip")) {
      problems.push(...sequenceProblems(supertip, ["Title", "Description"], ["Title", "Description"]));
    }
    for (const action of all(versionOverrides, (e) => e.name === "Action")) {
      expect(action.type).toBe("ShowTaskpane");
      problems.push(...sequenceProblems(action, ["TaskpaneId", "SourceLocation", "Title"], ["SourceLocation"]));
    }
    expect(problems).toEqual([]);
  });

  test("every resid resolves to a resource of the kind its element needs", () => {
    const kindOf: Record<string, ResourceKind> = {
      Label: "short",
      Title: "short",
      Description: "long",
      Image: "image",
      SourceLocation: "url",
      FunctionFile: "url",
      LearnMoreUrl: "url",
    };
    const references = all(versionOverrides, (e) => e.attributes.resid !== undefined);
    expect(references.length).toBeGreaterThan(10);
    const unresolved = references
      .filter((reference) => {
        const kind = kindOf[reference.name];
        return !kind || !resource(kind, reference.attributes.resid);
      })
      .map((reference) => `<${reference.name} resid="${reference.attributes.resid}">`);
    expect(unresolved).toEqual([]);
  });

  test("resource ids are unique and at most 32 characters; control ids are unique", () => {
    const ids = Object.values(resourceGroups).flatMap((group) => group.map((e) => e.attributes.id));
    expect(ids.every((id) => typeof id === "string" && id.length >= 1 && id.length <= 32)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const controlIds = all(versionOverrides, (e) => (e.name === "Group" || e.name === "Control") && e.ns === NS_OVERRIDES).map(
      (e) => e.attributes.id,
    );
    expect(controlIds.length).toBe(2);
    expect(new Set(controlIds).size).toBe(controlIds.length);
    expect(controlIds.every((id) => id.length >= 1 && id.length <= 32)).toBe(true);
  });

  test("Id is a GUID and Version is n.n.n.n", () => {
    expect(child(manifest, "Id").text.trim()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(child(manifest, "Version").text.trim()).toMatch(/^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/);
  });

  test("strings fit their kinds in every locale, and every one has an en-US override", () => {
    const limited: Array<{ element: XmlElement; max: number }> = [
      { element: child(manifest, "DisplayName"), max: 125 },
      { element: child(manifest, "Description"), max: 250 },
      { element: child(manifest, "ProviderName"), max: 125 },
      ...resourceGroups.short.map((element) => ({ element, max: 125 })),
      ...resourceGroups.long.map((element) => ({ element, max: 250 })),
    ];
    const problems: string[] = [];
    for (const { element, max } of limited) {
      const label = element.attributes.id ?? element.name;
      const values = [element.attributes.DefaultValue ?? element.text.trim()];
      for (const override of element.children.filter((c) => c.name === "Override")) values.push(override.attributes.Value);
      for (const value of values) {
        const length = Array.from(value ?? "").length;
        if (length < 1 || length > max) problems.push(`${label}: ${length} characters (1–${max})`);
      }
      if (element.name !== "ProviderName") {
        const locales = element.children.filter((c) => c.name === "Override").map((c) => c.attributes.Locale);
        if (!locales.includes("en-US")) problems.push(`${label}: no en-US override`);
      }
    }
    expect(problems).toEqual([]);
  });

  test("default locale is zh-CN and the default strings are Chinese", () => {
    expect(child(manifest, "DefaultLocale").text.trim()).toBe("zh-CN");
    const chinese = /[\u4e00-\u9fff]/;
    expect(child(manifest, "DisplayName").attributes.DefaultValue).toMatch(chinese);
    for (const element of [...resourceGroups.short, ...resourceGroups.long]) {
      expect(element.attributes.DefaultValue).toMatch(chinese);
    }
  });

  test("Word only, WordApi 1.3, ReadWriteDocument", () => {
    const hosts = child(manifest, "Hosts").children.map((host) => host.attributes.Name);
    expect(hosts).toEqual(["Document"]);
    const sets = child(child(manifest, "Requirements"), "Sets");
    const wordApi = sets.children.find((set) => set.attributes.Name === "WordApi");
    expect(wordApi).toBeDefined();
    expect(wordApi?.attributes.MinVersion ?? sets.attributes.DefaultMinVersion).toBe("1.3");
    expect(child(manifest, "Permissions").text.trim()).toBe("ReadWriteDocument");
    const overrideHosts = child(versionOverrides, "Hosts").children;
    expect(overrideHosts.map((host) => host.type)).toEqual(["Document"]);
  });

  test("the ribbon button on the Home tab opens the task pane page", () => {
    const tabs = all(versionOverrides, (e) => e.name === "OfficeTab");
    expect(tabs.map((tab) => tab.attributes.id)).toEqual(["TabHome"]);
    const group = child(tabs[0], "Group");
    expect(resource("short", child(group, "Label").attributes.resid)?.attributes.DefaultValue).toBe("对照检查");
    const button = child(group, "Control");
    expect(resource("short", child(button, "Label").attributes.resid)?.attributes.DefaultValue).toBe("检查助手");
    const source = child(child(button, "Action"), "SourceLocation").attributes.resid;
    expect(resource("url", source)?.attributes.DefaultValue).toBe(
      child(child(manifest, "DefaultSettings"), "SourceLocation").attributes.DefaultValue,
    );
  });

  test("every icon list has 16, 32 and 80 px images", () => {
    const lists = all(versionOverrides, (e) => e.name === "Icon");
    expect(lists.length).toBeGreaterThan(0);
    for (const list of lists) {
      expect(list.children.map((image) => image.attributes.size).sort()).toEqual(["16", "32", "80"]);
      expect(list.children.every((image) => image.ns === NS_BT)).toBe(true);
    }
  });

  test("icons exist in assets/ with the sizes the manifest states", () => {
    const expected: Array<{ url: string; size: number }> = [
      { url: child(manifest, "IconUrl").attributes.DefaultValue, size: 32 },
      { url: child(manifest, "HighResolutionIconUrl").attributes.DefaultValue, size: 64 },
    ];
    for (const reference of all(versionOverrides, (e) => e.name === "Image" && e.attributes.size !== undefined)) {
      const image = resource("image", reference.attributes.resid);
      expect(image).toBeDefined();
      expected.push({ url: image?.attributes.DefaultValue ?? "", size: Number(reference.attributes.size) });
    }
    for (const { url, size } of expected) {
      const file = assetFileFor(url);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  test("every page URL (SupportUrl included) is one the build produces, under the manifest's base URL", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const makeConfig = require(join(ROOT, "webpack.config.js")) as (
      env: object,
      argv: { mode: string },
    ) => { plugins: Array<{ userOptions?: { filename?: string } }> };
    const pages = makeConfig({}, { mode: "production" })
      .plugins.map((plugin) => plugin.userOptions?.filename)
      .filter((name): name is string => typeof name === "string");
    const urls = [
      child(child(manifest, "DefaultSettings"), "SourceLocation").attributes.DefaultValue,
      child(manifest, "SupportUrl").attributes.DefaultValue,
      ...resourceGroups.url.map((url) => url.attributes.DefaultValue),
    ];
    for (const url of urls) {
      expect(url.startsWith(origin)).toBe(true);
      expect(pages).toContain(url.slice(origin.length).replace(/\?selftest=1$/, ""));
    }
  });

  test("no URL points anywhere but the base URL", () => {
    const urls: string[] = [];
    walk(manifest, (element) => {
      for (const value of Object.values(element.attributes)) if (/^https?:/.test(value)) urls.push(value);
    });
    expect(urls.length).toBeGreaterThan(8);
    expect(urls.filter((url) => !url.startsWith(origin))).toEqual([]);
  });
});

describe("the production manifest's base URL", () => {
  test("is normalised to end in /, and refused unless absolute https without query or credentials", () => {
    expect(normalizeBaseUrl("https://addins.example.gov.cn/duizhao")).toBe("https://addins.example.gov.cn/duizhao/");
    for (const bad of ["http://addins.example.gov.cn/", "addins.example.gov.cn/duizhao/", "https://a.example/x/?v=1", "https://user:pw@a.example/", ""]) {
      expect(() => normalizeBaseUrl(bad)).toThrow(/baseUrl/);
    }
  });

  test("npm run build with --env baseUrl writes dist/manifest.xml; a bad one stops the build with its message", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const makeConfig = require(join(ROOT, "webpack.config.js")) as (env: object, argv: { mode: string }) => { plugins: object[] };
    type CopyPattern = { to?: string; transform?: (content: Buffer) => string };
    const patternsOf = (config: { plugins: object[] }): CopyPattern[] =>
      config.plugins.flatMap((plugin) => (plugin as { patterns?: CopyPattern[] }).patterns ?? []);
    expect(patternsOf(makeConfig({}, { mode: "production" })).some((p) => p.to === "manifest.xml")).toBe(false);
    const written = patternsOf(makeConfig({ baseUrl: PRODUCTION_BASE }, { mode: "production" })).find((p) => p.to === "manifest.xml");
    expect(written?.transform?.(Buffer.from(DEV_XML))).toBe(productionManifest(DEV_XML, PRODUCTION_BASE));
    const selfTest = patternsOf(makeConfig({ baseUrl: PRODUCTION_BASE }, { mode: "production" })).find((p) => p.to === "manifest-selftest.xml");
    expect(selfTest?.transform?.(Buffer.from(DEV_XML))).toBe(selfTestManifest(productionManifest(DEV_XML, PRODUCTION_BASE)));
    expect(() => makeConfig({ baseUrl: "http://intranet/duizhao/" }, { mode: "production" })).toThrow(/https/);
  });

  test("the self-test manifest differs only in the task pane's address, which carries ?selftest=1", () => {
    const lines = DEV_XML.split("\n");
    const changed = selfTestManifest(DEV_XML)
      .split("\n")
      .filter((line, i) => line !== lines[i]);
    expect(changed).toHaveLength(2);
    for (const line of changed) expect(line).toContain("taskpane.html?selftest=1");
  });
});
