/** A shell word with offsets into the parsed script source (JS string indexes). */
export interface RawShellWord {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

export interface RawShellCommand {
  readonly words: readonly RawShellWord[];
  readonly assignments: readonly string[];
  readonly start: number;
  readonly end: number;
  readonly inPipeline: boolean;
}

/** Parser output in script offsets; cached per script text and mapped to the file afterwards. */
export interface RawShellScript {
  readonly commands: readonly RawShellCommand[];
  readonly pipes: ReadonlyArray<{ readonly start: number; readonly end: number }>;
  readonly parser: 'simple' | 'mvdan-sh' | 'fallback';
  readonly error?: string;
}
