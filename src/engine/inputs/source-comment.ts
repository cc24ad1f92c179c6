/** A comment in a source file, for suppressions and Helm `# Source:` mapping. */
export interface SourceComment {
  readonly line: number;
  readonly column: number;
  /** Text after the `#`, untrimmed. */
  readonly text: string;
}
