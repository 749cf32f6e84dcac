/**
 * Word.Font: of a paragraph, a table or a table row.
 *
 * Sources for each belief:
 * - name, size and bold (WordApi 1.1); nameAscii and nameFarEast need
 *   WordApiDesktop 1.3 (ApiNotFound elsewhere): https://learn.microsoft.com/javascript/api/word/word.font
 * - Where the text differs, a property reads null (mixed formatting), as the Font
 *   page states for its tri-state properties ("null: returned if some, but not
 *   all, of the text is bold"): https://learn.microsoft.com/javascript/api/word/word.font
 * - Font.name and nameAscii are the same setting (the font of Latin text):
 *   https://learn.microsoft.com/javascript/api/word/word.font#word-word-font-nameascii-member
 * - A member the loaded office.js lacks (the npm snapshot's Word scripts stop
 *   near WordApi 1.3) is no property of the proxy: reading gives undefined and
 *   assigning sets a plain JavaScript property that is never sent to Word,
 *   even where isSetSupported("WordApiDesktop", "1.3") is true. That is how
 *   JavaScript treats a property an object does not define; see
 *   FakeWordOptions.loadedApiLacks and https://www.npmjs.com/package/@microsoft/office-js
 */
import { FakeClientObject } from "./base";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError, invalidArgument, itemNotFound } from "./errors";
import { FONT_SCHEMA } from "./load";
import type { FakeFontSpec, FakeParagraphData } from "./model";
import type { FontLike } from "../../../src/host/word/wordApi";

/**
 * The font of a paragraph, or of a table or table row (every cell paragraph):
 * reading gives the common value, null where the paragraphs differ (as Word
 * reports mixed formatting); setting formats them all.
 */
export class FakeFont extends FakeClientObject implements FontLike {
  constructor(
    context: FakeRequestContext,
    /** The paragraphs now, or null when the object is gone from the document. */
    private readonly target: () => FakeParagraphData[] | null,
  ) {
    super(context, FONT_SCHEMA);
  }
  protected liveExists(): boolean {
    return this.target() !== null;
  }
  protected override availableScalars(): readonly string[] {
    const desktop = this.context.fake.isSetSupported("WordApiDesktop", "1.3");
    return this.schema.scalars.filter((name) => desktop || (name !== "nameAscii" && name !== "nameFarEast"));
  }
  protected liveScalar(name: string): unknown {
    if ((name === "nameAscii" || name === "nameFarEast") && !this.context.fake.isSetSupported("WordApiDesktop", "1.3")) {
      throw new FakeOfficeError("ApiNotFound", `The API you are trying to use could not be found (Font.${name}: WordApiDesktop 1.3).`);
    }
    const values = (this.target() ?? []).map((p) => p.font[name as keyof FakeFontSpec]);
    return values.every((v) => v === values[0]) ? values[0] : null;
  }
  private setFont(name: keyof FakeFontSpec, value: unknown, valid: boolean): void {
    this.write(name, value, () => {
      const paragraphs = this.target();
      if (!paragraphs) throw itemNotFound();
      if (!valid) throw invalidArgument(`Font.${name} = ${JSON.stringify(value)}`);
      if ((name === "nameAscii" || name === "nameFarEast") && !this.context.fake.isSetSupported("WordApiDesktop", "1.3")) {
        throw new FakeOfficeError("ApiNotFound", `The API you are trying to use could not be found (Font.${name}: WordApiDesktop 1.3).`);
      }
      for (const data of paragraphs) {
        (data.font as Record<string, unknown>)[name] = value;
        // Font.name is the Latin font: the same setting as nameAscii.
        if (name === "name") data.font.nameAscii = value as string;
        if (name === "nameAscii") data.font.name = value as string;
      }
    });
  }
  get name(): string | null {
    return this.read("name");
  }
  set name(value: string | null) {
    this.setFont("name", value, typeof value === "string" && value !== "");
  }
  get size(): number | null {
    return this.read("size");
  }
  set size(value: number | null) {
    this.setFont("size", value, typeof value === "number" && value > 0);
  }
  get bold(): boolean | null {
    return this.read("bold");
  }
  set bold(value: boolean | null) {
    this.setFont("bold", value, typeof value === "boolean");
  }
  /** Values assigned to members the loaded office.js lacks: kept on the proxy, never sent. */
  private readonly unsent = new Map<string, unknown>();
  private lacks(member: string): boolean {
    return !this.context.fake.loadedApiHas("Font", member);
  }
  get nameAscii(): string | null {
    if (this.lacks("nameAscii")) return this.unsent.get("nameAscii") as string | null;
    return this.read("nameAscii");
  }
  set nameAscii(value: string | null) {
    if (this.lacks("nameAscii")) this.unsent.set("nameAscii", value);
    else this.setFont("nameAscii", value, typeof value === "string" && value !== "");
  }
  get nameFarEast(): string | null {
    if (this.lacks("nameFarEast")) return this.unsent.get("nameFarEast") as string | null;
    return this.read("nameFarEast");
  }
  set nameFarEast(value: string | null) {
    if (this.lacks("nameFarEast")) this.unsent.set("nameFarEast", value);
    else this.setFont("nameFarEast", value, typeof value === "string" && value !== "");
  }
}
