/**
 * Errors as Word reports them to an add-in.
 *
 * Sources for each belief:
 * - A failed request rejects context.sync() with an OfficeExtension.Error carrying
 *   a `code` and Word's `message`: https://learn.microsoft.com/javascript/api/office/officeextension.error
 * - The codes used here (PropertyNotLoaded, ItemNotFound, InvalidArgument,
 *   InvalidRequestContext, InvalidObjectPath, ApiNotFound, PropertyNotFound) are
 *   OfficeExtension.ErrorCodes and those of the error-handling article:
 *   https://learn.microsoft.com/javascript/api/office/officeextension.errorcodes and
 *   https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 * - Word-specific codes (SearchStringInvalidOrTooLong):
 *   https://learn.microsoft.com/javascript/api/word/word.errorcodes
 * - The error reaches add-ins named "RichApi.Error" ("RichApi.Error: Invalid
 *   arguments."), as reported in https://github.com/OfficeDev/office-js/issues/1656
 * - PropertyNotLoaded's wording ("call the load method on the containing object
 *   and call context.sync()") follows the load() remarks of every Word object
 *   ("You must call context.sync() before reading the properties"), e.g.
 *   https://learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-load-member(1)
 */

/** Shaped like OfficeExtension.Error: name "RichApi.Error", a `code`, Word's message. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export function propertyNotLoaded(property: string, hint = ""): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.${hint}`,
  );
}

export const itemNotFound = () => new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
export const invalidArgument = (detail: string) =>
  new FakeOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format. (${detail})`);
/** What the fake deliberately does not emulate: a test using it is testing the wrong thing. */
export const unsupported = (what: string) => new Error(`wordFake: ${what} is not part of the emulated Word API subset`);

/**
 * Word on the web's failure when list information of a list paragraph with
 * tracked changes is loaded: https://github.com/OfficeDev/office-js/issues/5901
 * (all list items' listItemOrNullObject loaded) and
 * https://github.com/OfficeDev/office-js/issues/5335 (a deleted list paragraph).
 */
export const generalException = (message: string) => new FakeOfficeError("GeneralException", message);

/** Reading a member of an API set the host lacks. */
export const apiNotFound = (what: string) =>
  new FakeOfficeError("ApiNotFound", `The API you are trying to use could not be found (${what}).`);
