import type { ValueError } from '@sinclair/typebox/errors';
import { ValueErrorType } from '@sinclair/typebox/errors';

/**
 * A short English reason for one schema violation, written for the HSS message
 * `Invalid parameter: <field> <reason>`. Bounds come from the schema itself so the
 * message always states the rule that was broken.
 */
export function describeSchemaError(error: ValueError): string {
  const s = error.schema as Record<string, unknown>;
  switch (error.type) {
    case ValueErrorType.ObjectRequiredProperty:
      return 'is mandatory';
    case ValueErrorType.Union: {
      const allowed = literalValues(s);
      return allowed === undefined ? 'has an invalid value' : `must be one of ${allowed.join('|')}`;
    }
    case ValueErrorType.Literal:
      return `must be ${JSON.stringify(s['const'])}`;
    case ValueErrorType.Integer:
      return 'must be an integer';
    case ValueErrorType.Number:
      return 'must be a number';
    case ValueErrorType.String:
      return 'must be a string';
    case ValueErrorType.Boolean:
      return 'must be a boolean (true or false)';
    case ValueErrorType.Array:
      return 'must be an array';
    case ValueErrorType.Object:
      return 'must be an object';
    case ValueErrorType.IntegerMinimum:
    case ValueErrorType.IntegerMaximum:
    case ValueErrorType.NumberMinimum:
    case ValueErrorType.NumberMaximum:
      return `must be between ${String(s['minimum'] ?? '-∞')} and ${String(s['maximum'] ?? '∞')}`;
    case ValueErrorType.StringMinLength:
    case ValueErrorType.StringMaxLength:
      return `length must be between ${String(s['minLength'] ?? 0)} and ${String(s['maxLength'] ?? '∞')} characters`;
    case ValueErrorType.StringPattern:
      return 'contains characters that are not allowed';
    case ValueErrorType.ArrayMinItems:
    case ValueErrorType.ArrayMaxItems:
      return `must have between ${String(s['minItems'] ?? 0)} and ${String(s['maxItems'] ?? '∞')} items`;
    case ValueErrorType.ArrayUniqueItems:
      return 'must not contain duplicate values';
    default:
      return error.message.toLowerCase();
  }
}

function literalValues(schema: Record<string, unknown>): string[] | undefined {
  const anyOf = schema['anyOf'];
  if (!Array.isArray(anyOf)) return undefined;
  const values: string[] = [];
  for (const member of anyOf as unknown[]) {
    if (typeof member !== 'object' || member === null || !('const' in member)) return undefined;
    values.push(String(member.const));
  }
  return values;
}
