/**
 * Runs `fn` over `items` with at most `limit` calls in flight; results keep input order.
 * Bounded so a big cluster cannot open hundreds of requests at once (API priority and
 * fairness would throttle them, and memory would spike).
 */
export async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
