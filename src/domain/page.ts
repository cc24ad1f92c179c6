export interface PageRequest {
  readonly offset: number;
  readonly limit: number;
}

export interface Page<T> {
  /** All matches, not only this page. */
  readonly total: number;
  readonly items: readonly T[];
}
