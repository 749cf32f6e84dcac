/**
 * The Office common API parts WordHost uses besides Word.run: custom XML parts and
 * requirement-set checks.
 *
 * Sources for each belief:
 * - customXmlParts.addAsync, getByNamespaceAsync (parts whose root element is in
 *   the namespace), CustomXmlPart.getXmlAsync and deleteAsync; callbacks get an
 *   AsyncResult with status and value or error, and are never called
 *   synchronously: https://learn.microsoft.com/javascript/api/office/office.customxmlparts ,
 *   https://learn.microsoft.com/javascript/api/office/office.customxmlpart and
 *   https://learn.microsoft.com/javascript/api/office/office.asyncresult
 * - addAsync refuses XML that is not well formed (the part is XML):
 *   https://learn.microsoft.com/javascript/api/office/office.customxmlparts#office-office-customxmlparts-addasync-member(1)
 * - requirements.isSetSupported(name, minVersion):
 *   https://learn.microsoft.com/javascript/api/office/office.requirementsetsupport
 */
import { SaxesParser } from "saxes";
import type { AsyncCallback, CustomXmlPartLike } from "../../../src/host/word/wordApi";
import type { FakeWord } from "./word";

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The namespace URI of the root element, or throws when `xml` is not well-formed. */
export function rootNamespace(xml: string): string {
  const parser = new SaxesParser({ xmlns: true });
  let uri: string | null = null;
  parser.on("opentag", (tag) => {
    if (uri === null) uri = tag.uri ?? "";
  });
  parser.write(xml).close();
  if (uri === null) throw new Error("no root element");
  return uri;
}

export type OfficeOperation = "get" | "add" | "delete" | "getXml" | "event";

export class FakeCustomXmlPart implements CustomXmlPartLike {
  constructor(
    private readonly fake: FakeWord,
    readonly id: string,
  ) {}
  getXmlAsync(callback: AsyncCallback<string>): void {
    this.fake.respond("getXml", callback, () => {
      const xml = this.fake.customXmlParts.get(this.id);
      if (xml === undefined) throw new Error("part was deleted");
      return xml;
    });
  }
  deleteAsync(callback: AsyncCallback<void>): void {
    this.fake.respond("delete", callback, () => {
      if (!this.fake.customXmlParts.delete(this.id)) throw new Error("part was deleted");
    });
  }
}
