import type { PageRequest } from '../../domain/page.js';

/** Validated `offset`/`limit` query values → a page request with the HSS defaults (0 and 10). */
export function toPageRequest(query: { readonly offset?: number; readonly limit?: number }): PageRequest {
  return { offset: query.offset ?? 0, limit: query.limit ?? 10 };
}
