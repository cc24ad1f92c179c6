import { Type, type TLiteral, type TUnion } from '@sinclair/typebox';

/** A closed set of strings; membership is exact (case-sensitive, whole value). */
export function StringEnum<const T extends readonly string[]>(values: T, options: { description?: string; default?: T[number] } = {}):
TUnion<Array<TLiteral<T[number]>>> {
  return Type.Union(values.map((v) => Type.Literal(v)), options) as TUnion<Array<TLiteral<T[number]>>>;
}

// (ours) the SDK percent-encodes other characters inconsistently between the URL it
// sends and the one it signs, so only the unreserved set is accepted.
export const ProjectId = Type.String({ minLength: 1, maxLength: 256, pattern: '^[A-Za-z0-9._~-]+$', description: 'Project id' });

export const ObjectId = Type.String({ minLength: 1, maxLength: 64 });

export const EpochMillis = Type.Integer({ minimum: 0, maximum: 9_999_999_999_999, description: 'Epoch milliseconds' });

export const ProjectParams = Type.Object({ project_id: ProjectId });

export const EnterpriseProjectId = Type.String({
  minLength: 1, maxLength: 256, default: '0',
  description: 'Enterprise project id, or `all_granted_eps` for every enterprise project the caller is granted',
});

export const Offset = Type.Integer({ minimum: 0, maximum: 2_000_000, default: 0 });
// (ours) out-of-range limits are rejected, not clamped.
export const Limit = Type.Integer({ minimum: 10, maximum: 200, default: 10 });

export const EpQuery = Type.Object({ enterprise_project_id: Type.Optional(EnterpriseProjectId) });

export const PageQuery = Type.Object({
  enterprise_project_id: Type.Optional(EnterpriseProjectId),
  offset: Type.Optional(Offset),
  limit: Type.Optional(Limit),
});

export const HssErrorBody = Type.Object({
  error_code: Type.String(),
  error_msg: Type.String(),
  request_id: Type.String(),
});
