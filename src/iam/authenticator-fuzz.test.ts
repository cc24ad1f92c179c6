import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BulwarkError } from '../domain/errors.js';
import type { AuthRequest } from './authenticator.js';
import { formatSdkDate } from './sdk-hmac-signature.js';
import { createIdentityFixture, FIXTURE_NOW, type IdentityFixture } from './testing/identity-fixture.js';

/** Whatever arrives, the authenticator answers with a typed error, never a crash or a pass. */
let fixture: IdentityFixture;
beforeAll(async () => {
  fixture = await createIdentityFixture({ authenticator: { lockoutPolicy: { maxFailures: 1_000_000, lockMs: 1 } } });
});
afterAll(async () => {
  await fixture.close();
});

const expectTypedRejection = async (work: Promise<unknown>) => {
  const outcome = await work.then(() => 'accepted', (err: unknown) => err);
  expect(outcome).toBeInstanceOf(BulwarkError);
};

describe('authenticator under arbitrary input', () => {
  it('rejects arbitrary signature headers and request targets with a BulwarkError', async () => {
    const headerValue = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constant(formatSdkDate(FIXTURE_NOW)));
    const authorization = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.tuple(fc.constantFrom(fixture.accessKey, 'AKUNKNOWN'), fc.array(fc.string(), { maxLength: 5 }), fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 60, maxLength: 66 }))
        .map(([ak, hs, sig]) => `SDK-HMAC-SHA256 Access=${ak}, SignedHeaders=${['host', 'x-sdk-date', ...hs].join(';')}, Signature=${sig}`),
    );
    await fc.assert(fc.asyncProperty(
      fc.record({
        method: fc.constantFrom('GET', 'POST', 'Ünïcode', ''),
        rawPath: fc.string({ unit: 'binary' }),
        rawQuery: fc.string({ unit: 'binary' }),
        authorization,
        host: headerValue,
        date: headerValue,
        extra: fc.dictionary(fc.string(), fc.oneof(headerValue, fc.array(fc.string(), { maxLength: 3 }))),
        body: fc.uint8Array({ maxLength: 64 }),
      }),
      async (r) => {
        const request: AuthRequest = {
          method: r.method, rawPath: r.rawPath, rawQuery: r.rawQuery, body: r.body,
          headers: { ...r.extra, authorization: r.authorization, host: r.host, 'x-sdk-date': r.date },
        };
        await expectTypedRejection(fixture.authenticator.authenticate(request, 'pid123', FIXTURE_NOW));
      },
    ), { numRuns: 300 });
  });

  it('rejects arbitrary tokens and token-request bodies with a BulwarkError', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 400 }), async (token) => {
      const request: AuthRequest = { method: 'GET', rawPath: '/', rawQuery: '', headers: { 'x-auth-token': `BWT1.${token}` }, body: new Uint8Array() };
      await expectTypedRejection(fixture.authenticator.authenticate(request, 'pid123', FIXTURE_NOW));
    }), { numRuns: 300 });
    await fc.assert(fc.asyncProperty(fc.jsonValue(), async (body) => {
      await expectTypedRejection(fixture.authenticator.issueToken({ auth: body }, FIXTURE_NOW));
      await expectTypedRejection(fixture.authenticator.issueToken(body, FIXTURE_NOW));
    }), { numRuns: 300 });
  });
});
