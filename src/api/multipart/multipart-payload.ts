/**
 * A multipart/form-data body kept as raw bytes. Parsing is deferred to the route that
 * accepts uploads: the AK/SK signature covers these exact bytes, and all-or-nothing
 * uploads need every part in hand before anything is stored anyway.
 */
export class MultipartPayload {
  constructor(
    readonly contentType: string,
    readonly bytes: Buffer,
  ) {}
}
