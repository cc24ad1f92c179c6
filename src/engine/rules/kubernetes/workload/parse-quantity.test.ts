import { describe, expect, it } from 'vitest';
import { parseQuantity } from './parse-quantity.js';

describe('parseQuantity', () => {
  it.each([
    ['1', 1], ['500m', 0.5], ['0.5', 0.5], ['1Gi', 2 ** 30], ['1024Mi', 2 ** 30], ['1G', 1e9], ['2e3', 2000], ['1.5Ki', 1536], ['.5', 0.5],
  ])('%s', (raw, value) => {
    expect(parseQuantity(raw)).toBeCloseTo(value, 9);
  });

  it('compares equal quantities written differently', () => {
    expect(parseQuantity('1')).toBe(parseQuantity('1000m'));
    expect(parseQuantity('1Gi')).toBe(parseQuantity('1024Mi'));
  });

  it('accepts YAML numbers and rejects garbage', () => {
    expect(parseQuantity(2)).toBe(2);
    for (const bad of ['', 'lots', '1Gb', '1 Gi', 'm', null, true, undefined]) expect(parseQuantity(bad as never)).toBeUndefined();
  });
});
