/**
 * styles.xml: paragraph and character styles with their basedOn chains, the
 * default paragraph style and the document defaults; plus the mapping of style
 * names to Word's built-in style identities.
 */
import { isPropertySubtreeToSkip, readParaProp, readRunProp, toggle, type ParaProps, type RunProps } from "./props";
import { NS_W, parseXml, SKIP, type Attributes, type XmlCursor } from "./xml";

export interface StyleDef {
  id: string;
  type: string;
  name?: string;
  basedOn?: string;
  isDefault: boolean;
  pPr: ParaProps;
  rPr: RunProps;
}

export interface Styles {
  byId: Map<string, StyleDef>;
  defaultParagraph?: StyleDef;
  docPPr: ParaProps;
  docRPr: RunProps;
}

export function emptyStyles(): Styles {
  return { byId: new Map(), docPPr: {}, docRPr: {} };
}

export function parseStyles(xml: string, partName: string): Styles {
  const styles = emptyStyles();
  let cur: XmlCursor;
  let style: StyleDef | null = null;
  // Where pPr/rPr children go: a style's, the docDefaults', or nowhere.
  let pTarget: ParaProps | null = null;
  let rTarget: RunProps | null = null;
  let inPPr = false;
  let inRPr = false;
  let inDefaults = false;

  parseXml(xml, partName, {
    start(cursor) {
      cur = cursor;
    },
    open(ns, local, attrs: Attributes) {
      if (ns !== NS_W) return;
      if (inPPr) {
        if (isPropertySubtreeToSkip(local) || local === "rPr") return SKIP;
        readParaProp(local, attrs, cur, pTarget!);
        return;
      }
      if (inRPr) {
        if (isPropertySubtreeToSkip(local)) return SKIP;
        readRunProp(local, attrs, cur, rTarget!);
        return;
      }
      switch (local) {
        case "style":
          style = {
            id: cur.attr(attrs, "styleId") ?? "",
            type: cur.attr(attrs, "type") ?? "paragraph",
            isDefault: toggle(cur.attr(attrs, "default") ?? "0"),
            pPr: {},
            rPr: {},
          };
          return;
        case "docDefaults":
          inDefaults = true;
          return;
        case "latentStyles":
          return SKIP;
        case "name":
          if (style) style.name = cur.attr(attrs, "val");
          return;
        case "basedOn":
          if (style) style.basedOn = cur.attr(attrs, "val");
          return;
        case "pPr":
          pTarget = style ? style.pPr : inDefaults ? styles.docPPr : null;
          if (pTarget === null) return SKIP;
          inPPr = true;
          return;
        case "rPr":
          rTarget = style ? style.rPr : inDefaults ? styles.docRPr : null;
          if (rTarget === null) return SKIP;
          inRPr = true;
          return;
        // Table style parts (conditional formatting) and table properties are not ours.
        case "tblStylePr":
        case "tblPr":
        case "trPr":
        case "tcPr":
          return SKIP;
      }
    },
    close(ns, local) {
      if (ns !== NS_W) return;
      if (local === "pPr" && inPPr) inPPr = false;
      else if (local === "rPr" && inRPr) inRPr = false;
      else if (local === "style" && style) {
        // The first definition of an id wins, as in Word.
        if (style.id && !styles.byId.has(style.id)) styles.byId.set(style.id, style);
        if (style.isDefault && style.type === "paragraph" && !styles.defaultParagraph) styles.defaultParagraph = style;
        style = null;
      } else if (local === "docDefaults") inDefaults = false;
    },
  });
  return styles;
}

/** The style and the styles it is based on, nearest first (cycles cut). */
export function styleChain(styles: Styles, style: StyleDef | undefined, cache?: Map<string, StyleDef[]>): StyleDef[] {
  if (!style) return [];
  const cached = cache?.get(style.id);
  if (cached) return cached;
  const chain: StyleDef[] = [];
  const seen = new Set<string>();
  let current: StyleDef | undefined = style;
  while (current && !seen.has(current.id) && chain.length < 32) {
    seen.add(current.id);
    chain.push(current);
    current = current.basedOn !== undefined ? styles.byId.get(current.basedOn) : undefined;
    if (current && current.type !== style.type) break;
  }
  cache?.set(style.id, chain);
  return chain;
}

/** Built-in style names as Word writes them (lower case) and as WPS writes them in Chinese. */
const BUILT_IN_BY_NAME: Record<string, string> = {
  normal: "Normal",
  正文: "Normal",
  title: "Title",
  标题: "Title",
  subtitle: "Subtitle",
  副标题: "Subtitle",
  "list paragraph": "ListParagraph",
  列出段落: "ListParagraph",
  列表段落: "ListParagraph",
  "body text": "BodyText",
  正文文本: "BodyText",
  "no spacing": "NoSpacing",
  无间隔: "NoSpacing",
  caption: "Caption",
  题注: "Caption",
  quote: "Quote",
  引用: "Quote",
  "intense quote": "IntenseQuote",
  "list bullet": "ListBullet",
  "list number": "ListNumber",
  "table of figures": "TableOfFigures",
  "toc heading": "TOCHeading",
  "footnote text": "FootnoteText",
  "endnote text": "EndnoteText",
  header: "Header",
  页眉: "Header",
  footer: "Footer",
  页脚: "Footer",
  "plain text": "PlainText",
  纯文本: "PlainText",
  "normal (web)": "NormalWeb",
};

/** Style ids Word uses in English documents, for styles whose name we did not recognise. */
const BUILT_IN_BY_ID: Record<string, string> = {
  Normal: "Normal",
  Title: "Title",
  Subtitle: "Subtitle",
  ListParagraph: "ListParagraph",
  BodyText: "BodyText",
  NoSpacing: "NoSpacing",
};

/** Word's built-in identity of a style ("Heading1", "Title", "Normal"…), or undefined. */
export function builtInStyleOf(style: StyleDef | undefined): string | undefined {
  if (!style) return undefined;
  if (style.name !== undefined) {
    const name = style.name.trim().toLowerCase().replace(/\s+/g, " ");
    const heading = /^(?:heading|标题) ?([1-9])$/.exec(name);
    if (heading) return "Heading" + heading[1];
    const toc = /^(?:toc|目录) ?([1-9])$/.exec(name);
    if (toc) return "TOC" + toc[1];
    const known = BUILT_IN_BY_NAME[name];
    if (known) return known;
  }
  const byId = /^Heading([1-9])$/i.exec(style.id);
  if (byId) return "Heading" + byId[1];
  return BUILT_IN_BY_ID[style.id];
}
