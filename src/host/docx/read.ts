/**
 * readDocx: bytes of a .docx (or .docm/.dotx/.dotm) → paragraphs plus everything a
 * later writer needs to change the package while leaving other parts untouched.
 * Runs in Node and in the browser (no fs/path; JSZip + saxes only).
 */
import type JSZip from "jszip";
import { isTemplateTag } from "../../core/insert/planner";
import type { Paragraph } from "../../core/model";
import { DocumentReadError } from "../types";
import { parseBody, type BodyLayout, type ContentControlBlock, type TemplateBookmark, type TextSegment, type XmlRange } from "./body";
import { MSG } from "./messages";
import { limitMessage } from "../../core/limits";
import { emptyNumbering, parseNumbering } from "./numbering";
import { findMainPart, parseContentTypes, parseRelationships, relKind, relsPartOf, resolveTarget, type ContentTypes, type MainPartKind } from "./opc";
import { buildParagraphs, type BuildContext, type ListMembership } from "./paragraphs";
import { findStatePart, type StatePart } from "./state";
import { emptyStyles, parseStyles } from "./styles";
import { parseThemeFonts, type ThemeFonts } from "./theme";
import { paragraphTagCounter } from "./paragraphTags";
import { Package, type RawInflate } from "./zip";

export type { XmlRange, BodyLayout, TextSegment, ContentControlBlock, TemplateBookmark } from "./body";
export type { ListMembership } from "./paragraphs";

/** Where a paragraph's formatting lies in `mainXml` (what a new paragraph "formatted like it" copies). */
export interface ParagraphFormatXml {
  /** Its own `w:pPr` element. */
  pPr?: XmlRange;
  /** The `w:rPr` element of its first run with text. */
  firstRunRPr?: XmlRange;
}

export interface DocxDocument {
  fileName: string;
  /** The bytes as given (not copied: do not mutate). */
  bytes: Uint8Array;
  /** The package. Parts nobody changes keep their original compressed data. */
  zip: JSZip;
  /** Main document part name in the zip, without leading "/" (e.g. "word/document.xml"). */
  mainPart: string;
  /** What the content types say the main part is; `.dotx` → "template", `.docm` → "macroEnabledDocument". */
  kind: MainPartKind;
  /** Type URI of the package's officeDocument relationship (Strict packages use purl.oclc.org URIs). */
  relationshipType?: string;
  /** The main part's XML as decoded (any BOM removed): offsets below index this string. */
  mainXml: string;
  paragraphs: Paragraph[];
  /** Aligned with `paragraphs`: where each `<w:p …>…</w:p>` element lies in `mainXml`. */
  paragraphRanges: XmlRange[];
  /** Aligned with `paragraphs`: the `w:t` elements each paragraph's own text comes from. */
  paragraphSegments: TextSegment[][];
  /** Aligned with `paragraphs`: where its pPr and its first run's rPr are. */
  paragraphFormats: ParagraphFormatXml[];
  /** Aligned with `paragraphs`: the Word list it is numbered in, if any. */
  paragraphLists: (ListMembership | undefined)[];
  /** Content controls outside paragraphs (the add-in's templates among them). */
  contentControls: ContentControlBlock[];
  /** The bookmarks the add-in set around the templates it inserted into a .docx. */
  templateBookmarks: TemplateBookmark[];
  /** Aligned with `paragraphs`: the table cell a paragraph sits in directly (index into `body.cells`), if any. */
  paragraphCells: (number | undefined)[];
  /** Where the body's content and its final sectPr lie in `mainXml`. */
  body: BodyLayout;
  /** Part names of the parts the reader used. */
  parts: { styles?: string; numbering?: string; theme?: string; settings?: string; contentTypes?: string; mainRels?: string };
  /**
   * The add-in's state part as read (found within the package's inflation budget), or
   * null. DocxHost.readState gives the state as it is after any writeState.
   */
  state: StatePart | null;
  /** Non-fatal problems (e.g. a damaged part we could do without), one Chinese line each. */
  warnings: string[];
  /** Styles, numbering and theme as read: what turning the main part into paragraphs needs again after an edit. */
  context: BuildContext;
}

/** Everything that follows from the main part's XML alone (given styles, numbering and theme). */
function mainPartModel(mainXml: string, partName: string, context: BuildContext, body = parseBody(mainXml, partName)) {
  const lists: (ListMembership | undefined)[] = new Array(body.paragraphs.length);
  const paragraphs = buildParagraphs(body.paragraphs, context, lists);
  // The add-in's own templates: their paragraphs say so (the rules treat them as templates).
  const mark = (first: number, last: number, id: string | undefined) => {
    if (id === undefined) return;
    for (let i = Math.max(0, first); i <= last && i < paragraphs.length; i++) paragraphs[i]!.template ??= id;
  };
  for (const c of body.contentControls) if (isTemplateTag(c.tag)) mark(c.firstParagraph, c.lastParagraph, c.tag);
  for (const b of body.templateBookmarks) mark(b.firstParagraph, b.lastParagraph, b.name);
  return {
    mainXml,
    paragraphs,
    paragraphRanges: body.paragraphs.map((p) => p.range),
    paragraphSegments: body.paragraphs.map((p) => p.segments),
    paragraphFormats: body.paragraphs.map((p) => ({ pPr: p.pPrRange, firstRunRPr: p.firstRunRPr })),
    paragraphLists: lists,
    contentControls: body.contentControls,
    templateBookmarks: body.templateBookmarks,
    paragraphCells: body.paragraphs.map((p) => p.cell),
    body: body.layout,
  };
}

/**
 * The document after its main part was edited to `mainXml`: paragraphs and layout
 * read again, everything else (package, styles, numbering) as it was. Throws
 * DocumentReadError when the XML is not well formed (an edit went wrong).
 */
export function withMainXml(doc: DocxDocument, mainXml: string): DocxDocument {
  return { ...doc, ...mainPartModel(mainXml, doc.mainPart, doc.context) };
}

/** Read a part we can do without: damaged → undefined plus a warning (hostile input still refused). */
async function optionalPart<T>(
  pkg: Package,
  name: string | undefined,
  parse: (xml: string, name: string) => T,
  warnings: string[],
): Promise<T | undefined> {
  if (name === undefined) return undefined;
  try {
    return parse(await pkg.text(name), name);
  } catch (error) {
    // Security refusals stay refusals; plain damage of an optional part does not stop reading.
    const refusals = [MSG.tooBig(), MSG.dtd(name), limitMessage("namespaceDepth")];
    if (error instanceof DocumentReadError && refusals.includes(error.message)) throw error;
    warnings.push(MSG.damagedOptional(name));
    return undefined;
  }
}

export interface ReadDocxOptions {
  /** A native DEFLATE inflater (the CLI passes Node's zlib); JSZip's own otherwise. */
  inflateRaw?: RawInflate;
}

async function read(data: Uint8Array, fileName: string, options: ReadDocxOptions): Promise<DocxDocument> {
  const pkg = await Package.open(data, { raw: options.inflateRaw });
  const warnings: string[] = [];

  const contentTypesName = pkg.find("[Content_Types].xml");
  const types: ContentTypes | undefined =
    contentTypesName !== undefined ? parseContentTypes(await pkg.text(contentTypesName)) : undefined;
  const main = await findMainPart(pkg, types);

  // The main part's own relationships lead to styles, numbering and theme.
  const relsName = pkg.find(relsPartOf(main.name));
  const rels = relsName !== undefined ? parseRelationships(await pkg.text(relsName), relsName) : [];
  const related = (kind: string): string | undefined => {
    for (const rel of rels) {
      if (rel.external || relKind(rel.type) !== kind) continue;
      const name = pkg.find(resolveTarget(main.name, rel.target));
      if (name !== undefined) return name;
    }
    return undefined;
  };
  const stylesName = related("styles");
  const numberingName = related("numbering");
  const themeName = related("theme");
  const settingsName = related("settings");

  // Millions of empty paragraphs are refused while the part inflates (paragraphTags.ts).
  const mainXml = await pkg.text(main.name, paragraphTagCounter());
  // The main part is checked (well formed, a Word document) before the other parts are read.
  const body = parseBody(mainXml, main.name);
  // Styles and numbering decide numbers and headings: damage there is a refusal, not a guess.
  const styles = stylesName !== undefined ? parseStyles(await pkg.text(stylesName), stylesName) : emptyStyles();
  const numbering =
    numberingName !== undefined ? parseNumbering(await pkg.text(numberingName), numberingName) : emptyNumbering();
  // The theme only names default fonts: without it we read on and say so.
  const theme: ThemeFonts | undefined = await optionalPart(pkg, themeName, parseThemeFonts, warnings);

  const context: BuildContext = { styles, numbering, theme };
  const model = mainPartModel(mainXml, main.name, context, body);
  // Last: the state counts against what is left of the budget.
  const state = await findStatePart(pkg.zip, pkg.budget);
  return {
    fileName,
    bytes: data,
    zip: pkg.zip,
    mainPart: main.name,
    kind: main.kind,
    relationshipType: main.relationshipType,
    ...model,
    parts: {
      styles: stylesName,
      numbering: numberingName,
      theme: themeName,
      settings: settingsName,
      contentTypes: contentTypesName,
      mainRels: relsName,
    },
    state,
    warnings,
    context,
  };
}

/**
 * Read a .docx. Every failure is a DocumentReadError with one Chinese line (no file
 * name in it: callers prefix it) and `file` set to `fileName`.
 */
export async function readDocx(data: Uint8Array, fileName: string, options: ReadDocxOptions = {}): Promise<DocxDocument> {
  try {
    return await read(data, fileName, options);
  } catch (error) {
    if (error instanceof DocumentReadError) {
      throw error.file === undefined ? new DocumentReadError(error.message, fileName) : error;
    }
    const wrapped = new DocumentReadError(MSG.internal(), fileName);
    (wrapped as Error & { cause?: unknown }).cause = error;
    throw wrapped;
  }
}
