import type { PathSegment } from '../../../../../domain/source-range.js';
import type { JsonValue } from '../../../../inputs/kube-object.js';
import { asArray, asObject, getPath, isJsonObject } from '../../../../inputs/kube-object.js';
import { defineKubeRule } from '../../../define-rule.js';
import type { FieldType, ObjectShape } from './known-fields.js';
import { CONTAINER, OBJECT_META, POD_SPEC, POD_TEMPLATE, SPEC_BY_KIND, TOP_LEVEL } from './known-fields.js';

function typeOf(v: JsonValue): FieldType | 'null' | 'number' {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v as FieldType;
}

type Report = (path: PathSegment[], message: string) => void;

function checkShape(value: JsonValue | undefined, shape: ObjectShape, path: PathSegment[], flag: Report): void {
  if (!isJsonObject(value)) return;
  for (const [key, v] of Object.entries(value)) {
    const want = shape.fields[key];
    if (want === undefined) flag([...path, key], `unknown field "${key}"`);
    else if (v !== null && typeOf(v) !== want) flag([...path, key], `field "${key}" should be ${want === 'integer' ? 'an integer' : `a ${want}`}, not ${typeOf(v)}`);
  }
  for (const key of shape.required ?? []) {
    if (value[key] === undefined || value[key] === null) flag([...path, key], `required field "${key}" is missing`);
  }
}

function checkPodSpec(value: JsonValue | undefined, path: PathSegment[], flag: Report): void {
  checkShape(value, POD_SPEC, path, flag);
  for (const list of ['containers', 'initContainers', 'ephemeralContainers']) {
    asArray(getPath(value, [list])).forEach((c, idx) => checkShape(c, CONTAINER, [...path, list, idx], flag));
  }
}

function checkTemplate(value: JsonValue | undefined, path: PathSegment[], flag: Report): void {
  if (!isJsonObject(value)) return;
  checkShape(value, POD_TEMPLATE, path, flag);
  checkShape(value['metadata'], OBJECT_META, [...path, 'metadata'], flag);
  checkPodSpec(value['spec'], [...path, 'spec'], flag);
}

export const schemaViolation = defineKubeRule({
  id: 'BW-K8S-215',
  title: 'Manifest does not match the Kubernetes schema',
  severity: 'medium',
  category: 'workload',
  aliases: ['union:X01', 'kube-linter:schema-validation'],
  description:
    'Unknown or misplaced fields are rejected by the API server (or, with older clients, silently dropped, so a ' +
    'security setting written at the wrong level never applies). Checked for Pods, workload controllers and ' +
    'Services: field names, required fields and scalar types of the object, metadata, pod template and containers.',
  remediation: 'Fix the field name, its nesting level or its type as reported.',
  references: ['https://kubernetes.io/docs/reference/kubernetes-api/'],
  kinds: Object.keys(SPEC_BY_KIND),
  check(obj, _ctx, report) {
    const flag: Report = (path, message) => report({ message: `${obj.kind} "${obj.name}": ${message}`, path });
    const specShape = SPEC_BY_KIND[obj.kind];
    if (!specShape) return;
    checkShape(obj.body, TOP_LEVEL, [], flag);
    checkShape(obj.body['metadata'], OBJECT_META, ['metadata'], flag);
    const spec = obj.body['spec'];
    if (obj.kind === 'Pod') {
      checkPodSpec(spec, ['spec'], flag);
      return;
    }
    checkShape(spec, specShape, ['spec'], flag);
    if (obj.kind === 'CronJob') {
      const jobSpec = getPath(spec, ['jobTemplate', 'spec']);
      checkShape(jobSpec, SPEC_BY_KIND['Job']!, ['spec', 'jobTemplate', 'spec'], flag);
      checkTemplate(asObject(jobSpec)?.['template'], ['spec', 'jobTemplate', 'spec', 'template'], flag);
    } else if (obj.kind !== 'Service') {
      checkTemplate(getPath(spec, ['template']), ['spec', 'template'], flag);
    }
  },
});
