import { Type } from '@sinclair/typebox';
import { defineRoute } from '../routing/define-route.js';

const Name = Type.String({ minLength: 1, maxLength: 256 });

// Shape check only; the authenticator decides whether the credentials are good and
// answers 401 APIGW.0301 the same way for unknown users and wrong passwords.
export const KeystoneTokenBody = Type.Object({
  auth: Type.Object({
    identity: Type.Object({
      methods: Type.Array(Type.String(), { minItems: 1, maxItems: 8 }),
      password: Type.Object({
        user: Type.Object({
          name: Name,
          password: Type.String({ minLength: 1, maxLength: 1024 }),
          domain: Type.Optional(Type.Object({ name: Name })),
        }),
      }),
    }),
    scope: Type.Object({
      project: Type.Object({ id: Type.Optional(Name), name: Type.Optional(Name) }),
    }),
  }),
});

export const KeystoneTokenResponse = Type.Object({
  token: Type.Object({
    expires_at: Type.String(),
    issued_at: Type.String(),
    methods: Type.Array(Type.String()),
    project: Type.Object({ id: Type.String(), name: Type.String() }),
    user: Type.Object({ id: Type.String(), name: Type.String(), domain: Type.Object({ name: Type.String() }) }),
    roles: Type.Array(Type.Object({ name: Type.String() })),
  }),
}, { description: 'The token itself is in the X-Subject-Token response header' });

export const keystoneCreateUserTokenByPassword = defineRoute({
  operationId: 'KeystoneCreateUserTokenByPassword',
  method: 'POST',
  url: '/v3/auth/tokens',
  summary: 'Obtain a project-scoped token with a user name and password',
  tags: ['iam'],
  access: 'public',
  successStatus: 201,
  schema: { body: KeystoneTokenBody, response: { 201: KeystoneTokenResponse } },
  async handler(req, { authenticator }) {
    const issued = await authenticator.issueToken(req.body, req.now);
    req.setHeader('X-Subject-Token', issued.token);
    return issued.body;
  },
});
