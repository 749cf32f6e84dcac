/**
 * OfficeExtension.ClientResult (what getReviewedText returns) and
 * Word.Application.createDocument.
 *
 * Sources for each belief:
 * - A ClientResult's `value` is set by the next context.sync(); reading it
 *   before throws: https://learn.microsoft.com/javascript/api/office/officeextension.clientresult
 * - Application.createDocument(base64File) makes a document from a
 *   Base64-encoded .docx (WordApi 1.3); DocumentCreated.open() shows it in a
 *   new window or tab: https://learn.microsoft.com/javascript/api/word/word.application
 *   and https://learn.microsoft.com/javascript/api/word/word.documentcreated
 */
import type { FakeRequestContext } from "./context";
import { FakeOfficeError, apiNotFound, invalidArgument } from "./errors";
import type { ApplicationLike, ClientResultLike, DocumentCreatedLike } from "../../../src/host/word/wordApi";

export class FakeClientResult<T> implements ClientResultLike<T> {
  private set = false;
  private result: T | undefined;
  /** @internal */
  resolve(value: T): void {
    this.result = value;
    this.set = true;
  }
  get value(): T {
    if (!this.set) {
      throw new FakeOfficeError("PropertyNotLoaded", "The value of the result object has not been loaded yet. Call \"context.sync()\" first.");
    }
    return this.result as T;
  }
}

export class FakeApplication implements ApplicationLike {
  constructor(private readonly context: FakeRequestContext) {}

  createDocument(base64File?: string): DocumentCreatedLike {
    const context = this.context;
    context.assertUsable({ context });
    if (!context.fake.isSetSupported("WordApi", "1.3")) throw apiNotFound("Application.createDocument: WordApi 1.3");
    const bytes = Buffer.from(base64File ?? "", "base64");
    if (base64File !== undefined && bytes.toString("base64") !== base64File.replace(/\s+/g, "")) throw invalidArgument("not Base64");
    return {
      open: () => {
        context.assertUsable({ context });
        context.enqueueEdit("DocumentCreated.open", () => {
          // A .docx is a ZIP: Word refuses anything else (GeneralException in Word).
          if (bytes.length > 0 && bytes.readUInt32LE(0) !== 0x04034b50) throw new FakeOfficeError("GeneralException", "The file is not a .docx.");
          context.fake.openedDocuments.push(bytes);
        });
      },
    };
  }
}
