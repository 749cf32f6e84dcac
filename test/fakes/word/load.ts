/**
 * What load() accepts and which names each object type has.
 *
 * Sources for each belief:
 * - load() takes a property name, a comma-separated string, an array, an object
 *   `{ select, expand }` or a tree of property names; "items/…" loads a property of
 *   every item of a collection; navigation properties are loaded by path
 *   ("font/name"): https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model
 *   (the load method) and the load overloads of each object, e.g.
 *   https://learn.microsoft.com/javascript/api/word/word.paragraphcollection#word-word-paragraphcollection-load-member(1)
 * - The properties of each type (Paragraph, Font, ListItem, List, Range,
 *   ContentControl, Document, Table, TableRow) and the API set they need:
 *   https://learn.microsoft.com/javascript/api/word/word.paragraph , …/word.font , …/word.listitem ,
 *   …/word.list , …/word.range , …/word.contentcontrol , …/word.document ,
 *   …/word.table , …/word.tablerow
 * - An empty load() loads every scalar, which the office-js team advises against:
 *   https://github.com/OfficeDev/office-js/issues/179 (the fake allows it, and the
 *   project's lint rule office-addins/no-empty-load forbids it in src/).
 */
import { FakeOfficeError, invalidArgument, unsupported } from "./errors";

export interface Schema {
  type: string;
  scalars: readonly string[];
  navigations: Readonly<Record<string, () => Schema>>;
  /** For collections: the schema of the items. */
  items?: () => Schema;
}

export const FONT_SCHEMA: Schema = { type: "Font", scalars: ["name", "size", "bold", "nameAscii", "nameFarEast"], navigations: {} };
export const LIST_ITEM_SCHEMA: Schema = { type: "ListItem", scalars: ["listString", "level"], navigations: {} };
export const PARAGRAPH_SCHEMA: Schema = {
  type: "Paragraph",
  scalars: [
    "text",
    "style",
    "styleBuiltIn",
    "outlineLevel",
    "isListItem",
    "tableNestingLevel",
    "alignment",
    "firstLineIndent",
    "leftIndent",
    "lineSpacing",
  ],
  navigations: {
    font: () => FONT_SCHEMA,
    listItemOrNullObject: () => LIST_ITEM_SCHEMA,
    listOrNullObject: () => LIST_SCHEMA,
    parentContentControlOrNullObject: () => CONTENT_CONTROL_SCHEMA,
  },
};
export const LIST_SCHEMA: Schema = { type: "List", scalars: ["id"], navigations: {} };
export const PARAGRAPH_COLLECTION_SCHEMA: Schema = {
  type: "ParagraphCollection",
  scalars: [],
  navigations: {},
  items: () => PARAGRAPH_SCHEMA,
};
export const RANGE_SCHEMA: Schema = { type: "Range", scalars: ["text"], navigations: {} };
export const RANGE_COLLECTION_SCHEMA: Schema = { type: "RangeCollection", scalars: [], navigations: {}, items: () => RANGE_SCHEMA };
export const CONTENT_CONTROL_SCHEMA: Schema = {
  type: "ContentControl",
  scalars: ["id", "tag", "title", "appearance", "text"],
  navigations: { tables: () => TABLE_COLLECTION_SCHEMA },
};
export const BODY_SCHEMA: Schema = { type: "Body", scalars: ["text"], navigations: {} };
export const CONTENT_CONTROL_COLLECTION_SCHEMA: Schema = {
  type: "ContentControlCollection",
  scalars: [],
  navigations: {},
  items: () => CONTENT_CONTROL_SCHEMA,
};
export const DOCUMENT_SCHEMA: Schema = { type: "Document", scalars: ["changeTrackingMode"], navigations: {} };
export const TABLE_ROW_SCHEMA: Schema = { type: "TableRow", scalars: ["values", "rowIndex"], navigations: { font: () => FONT_SCHEMA } };
export const TABLE_ROW_COLLECTION_SCHEMA: Schema = { type: "TableRowCollection", scalars: [], navigations: {}, items: () => TABLE_ROW_SCHEMA };
export const TABLE_SCHEMA: Schema = {
  type: "Table",
  scalars: ["headerRowCount", "styleBuiltIn", "values", "rowCount"],
  navigations: { font: () => FONT_SCHEMA, rows: () => TABLE_ROW_COLLECTION_SCHEMA },
};

export const TABLE_COLLECTION_SCHEMA: Schema = { type: "TableCollection", scalars: [], navigations: {}, items: () => TABLE_SCHEMA };

/** The object forms of load(): `{ select, expand }` or a property tree `{ text: true, font: { name: true } }`. */
export type LoadTree = { [property: string]: boolean | LoadTree };
export type FakeLoadArgument = string | string[] | { select?: string | string[]; expand?: string | string[] } | LoadTree;

function splitNames(value: string | string[]): string[] {
  return (Array.isArray(value) ? value : value.split(","))
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** Any load() argument → "a/b/c" paths ("*" = all scalars). */
export function parseLoadArgument(arg: FakeLoadArgument | undefined): string[] {
  if (arg === undefined) return ["*"];
  if (typeof arg === "string" || Array.isArray(arg)) {
    const names = splitNames(arg);
    if (names.length === 0) throw invalidArgument("empty load");
    return names;
  }
  if ("select" in arg || "expand" in arg) {
    const { select, expand } = arg as { select?: string | string[]; expand?: string | string[] };
    const paths = select !== undefined ? splitNames(select) : [];
    for (const nav of expand !== undefined ? splitNames(expand) : []) paths.push(nav);
    return paths.length > 0 ? paths : ["*"];
  }
  const paths: string[] = [];
  const walk = (tree: LoadTree, prefix: string) => {
    for (const [key, value] of Object.entries(tree)) {
      if (key === "$top" || key === "$skip") throw unsupported(`load option ${key}`);
      const name = key === "$all" ? "*" : key;
      if (value === true) paths.push(prefix + name);
      else if (value && typeof value === "object") walk(value, `${prefix}${name}/`);
    }
  };
  walk(arg as LoadTree, "");
  return paths;
}

/** Throws (like Word) for names the object type does not have. Collections: "text" means "items/text". */
export function validatePath(schema: Schema, path: string): void {
  const segments = path.split("/");
  let current = schema;
  for (let i = 0; i < segments.length; i++) {
    const name = segments[i];
    const last = i === segments.length - 1;
    if (current.items) {
      if (name === "$none" && last) return;
      current = current.items();
      if (name === "items") {
        if (last) return;
        continue;
      }
    }
    if ((name === "*" || name === "$none") && last) return;
    if (current.scalars.includes(name)) {
      if (!last) throw invalidArgument(`'${name}' is not a navigation property of ${current.type}`);
      return;
    }
    const nav = current.navigations[name];
    if (!nav) throw new FakeOfficeError("PropertyNotFound", `The property '${name}' doesn't exist on ${current.type}.`);
    current = nav();
  }
}

/** Paths of a collection → paths for each item. */
export function itemPaths(paths: string[]): string[] {
  return paths.map((p) => (p === "items" ? "*" : p.startsWith("items/") ? p.slice("items/".length) : p));
}
