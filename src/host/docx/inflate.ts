/**
 * The contract of a native inflater, kept apart from zip.ts so that a program can
 * provide one (the CLI: Node's zlib) without loading JSZip.
 */

/**
 * A native inflater of raw DEFLATE data that stops once its output would pass
 * `maxOutput` (throwing OutputLimitError then). `expectedSize` is what the ZIP
 * entry declares (a hint for the output buffer; the limits do not rely on it). The CLI passes Node's zlib, several
 * times faster than JSZip's JavaScript inflater; the browser has none and streams.
 */
export type RawInflate = ((compressed: Uint8Array, maxOutput: number, expectedSize?: number) => Uint8Array) & {
  /**
   * The same platform's CRC-32, where it has one (Node's zlib.crc32): the parts this
   * inflater inflates are checked with it instead of the JavaScript one.
   */
  crc32?: (bytes: Uint8Array) => number;
  /**
   * The same inflation, giving its output to `watch` in pieces as they are made (the
   * result is still the whole part): a `watch` that throws stops the inflation there,
   * and the promise is rejected with what it threw. Without it, a watched part is
   * inflated whole first and then watched.
   */
  watched?: (compressed: Uint8Array, maxOutput: number, expectedSize: number | undefined, watch: (chunk: Uint8Array) => void) => Promise<Uint8Array>;
};

/** Thrown by a RawInflate whose output would pass its maximum. */
export class OutputLimitError extends Error {}
