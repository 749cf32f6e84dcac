/**
 * Where each paragraph of a .docx sits in a table, so the preview draws tables
 * as tables (the 整改清单 as a grid, not a column of cell paragraphs). Read from
 * the main part's XML and the paragraphs' positions in it, as the .docx reader
 * found them: tags are only counted (w:tbl, w:tr, w:tc, opening and closing),
 * never matched as patterns over content. A paragraph in a table nested inside
 * another is placed in the outer table's cell.
 */

export interface CellPosition {
  /** Number of the outermost table in the document, from 0. */
  table: number;
  row: number;
  cell: number;
}

const TAG = /<(\/?)w:(tbl|tr|tc)(?=[\s>/])([^>]*?)(\/?)>/g;

interface Open {
  kind: "tbl" | "tr" | "tc";
  index: number;
  children: number;
}

/**
 * For every paragraph (by where its element starts in `mainXml`), its table cell,
 * or null outside tables. Null as a whole when the positions do not fit the XML.
 */
export function tableLayout(mainXml: string, paragraphStarts: readonly number[]): (CellPosition | null)[] | null {
  const stack: Open[] = [];
  let tables = 0;
  const out: (CellPosition | null)[] = [];
  TAG.lastIndex = 0;
  let match = TAG.exec(mainXml);
  for (const start of paragraphStarts) {
    if (!Number.isInteger(start) || start < 0 || start > mainXml.length) return null;
    while (match && match.index < start) {
      const [, closing, kind, , selfClosing] = match as unknown as [string, string, Open["kind"], string, string];
      if (closing) {
        const at = stack.map((o) => o.kind).lastIndexOf(kind);
        if (at >= 0) stack.length = at;
      } else if (!selfClosing) {
        const parent = stack[stack.length - 1];
        let index = 0;
        if (kind === "tbl") index = stack.length === 0 ? tables++ : -1;
        else if (parent) index = parent.children++;
        stack.push({ kind, index, children: 0 });
      }
      match = TAG.exec(mainXml);
    }
    const outer = stack.findIndex((o) => o.kind === "tbl");
    const row = outer >= 0 ? stack[outer + 1] : undefined;
    const cell = outer >= 0 ? stack[outer + 2] : undefined;
    out.push(outer >= 0 && row?.kind === "tr" && cell?.kind === "tc" ? { table: stack[outer].index, row: row.index, cell: cell.index } : null);
  }
  return out;
}
