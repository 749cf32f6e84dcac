/**
 * The contract of a native inflater, kept apart from zip.ts so that a program can
 * provide one (the CLI: Node's zlib) without loading JSZip.
 */

/**
 * A native inflater of raw DEFLATE data that stops once its output would pass
 * `maxOutput` (throwing OutputLimitError then). The CLI passes Node's zlib, several
 * times faster than JSZip's JavaScript inflater; the browser has none and streams.
 */
export type RawInflate = (compressed: Uint8Array, maxOutput: number) => Uint8Array;

/** Thrown by a RawInflate whose output would pass its maximum. */
export class OutputLimitError extends Error {}
