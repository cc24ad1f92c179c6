import type { FileType } from '../../domain/scan-types.js';

/** One input file of an IaC scan. `content` is raw bytes: decoding (and rejecting bad UTF-8) is the parser's job. */
export interface SourceFile {
  /** Path as reported in findings (as given on the command line, or the uploaded file name). */
  readonly path: string;
  readonly content: Uint8Array;
  /** Forced type; when absent the scanner detects it from the name and content. */
  readonly fileType?: FileType;
}
