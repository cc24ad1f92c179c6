/**
 * Every bound the manifest parser enforces, in one place. They exist so that a hostile or
 * broken file becomes one failed file with a reason instead of exhausting the worker that
 * scans it (peer scanners hang for minutes or abort the whole scan on such files).
 */
export const MANIFEST_LIMITS = {
  /** Far above any real manifest bundle (a full cluster dump is a few MiB); beyond it we refuse rather than buffer. */
  maxFileBytes: 64 * 1024 * 1024,
  /** `---` repeated millions of times is cheap text but would create millions of objects. */
  maxDocuments: 100_000,
  /**
   * Real objects nest a few dozen levels (CRD schemas reach ~40). Rules and report writers
   * walk bodies recursively, so anything deeper is refused before it reaches them.
   */
  maxDepth: 256,
  /**
   * Passed to the `yaml` package's alias expansion guard; one alias used more than this many
   * times over large anchors is the billion-laughs pattern. Kubernetes' own YAML library
   * refuses the same inputs ("excessive aliasing").
   */
  maxAliasCount: 100,
  /** YAML itself limits implicit keys to 1024 characters; longer keys go to the strict path. */
  maxImplicitKeyLength: 1024,
} as const;
