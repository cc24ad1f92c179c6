/**
 * The parsed Dockerfile model that Dockerfile rules read. Filled in by the Dockerfile parser
 * (engine/iac/dockerfile/); see that folder for how ranges and RUN commands are produced.
 */
export interface Dockerfile {
  readonly path: string;
}
