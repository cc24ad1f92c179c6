import { describe, expect, it } from 'vitest';
import { BulwarkError } from '../../domain/errors.js';
import { BUNDLED_VULN_DB } from './bundled-vuln-db.js';
import { parseVulnDb } from './parse-vuln-db.js';

const good = () => JSON.parse(JSON.stringify(BUNDLED_VULN_DB)) as Record<string, unknown> & { records: Record<string, unknown>[] };

describe('parseVulnDb', () => {
  it('accepts the bundled database', () => {
    expect(parseVulnDb(good()).records.length).toBe(BUNDLED_VULN_DB.records.length);
  });

  it.each<[string, (db: ReturnType<typeof good>) => unknown, RegExp]>([
    ['not an object', () => 'x', /\$ must be an object/],
    ['wrong schema', (db) => ({ ...db, schemaVersion: 2 }), /schemaVersion must be 1/],
    ['bad severity', (db) => { db.records[0]!.severity = 'urgent'; return db; }, /records\[0\]\.severity/],
    ['unknown component', (db) => { (db.records[0]!.affected as Record<string, unknown>[])[0]!.component = 'kube-foo'; return db; }, /component is unknown/],
    ['bad constraint', (db) => { (db.records[0]!.affected as Record<string, unknown>[])[0]!.ranges = [{ kind: 'constraint', constraint: '~> 1' }]; return db; }, /cannot read constraint/],
    ['two keys in an event', (db) => { (db.records[0]!.affected as Record<string, unknown>[])[0]!.ranges = [{ kind: 'osv', range: { type: 'SEMVER', events: [{ introduced: '0', fixed: '1.0.0' }] } }]; return db; }, /exactly one/],
    ['duplicate id', (db) => ({ ...db, records: [db.records[0], db.records[0]] }), /duplicates/],
    ['unknown precondition', (db) => { db.records[0]!.preconditions = ['moon_phase']; return db; }, /moon_phase/],
  ])('rejects %s with a located message', (_name, mutate, message) => {
    let caught: unknown;
    try { parseVulnDb(mutate(good())); } catch (err) { caught = err; }
    expect(caught).toBeInstanceOf(BulwarkError);
    expect((caught as Error).message).toMatch(message);
  });
});
