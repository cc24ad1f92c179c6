import type { FileType } from '../../domain/scan-types.js';
import { formatPath } from '../../domain/source-range.js';
import type { Finding } from '../finding.js';
import type { KubeObject } from '../inputs/kube-object.js';
import type { SourceFile } from '../inputs/source-file.js';
import type { DockerfileRule, IacRule, KubeFindingInput, KubeRule, RuleMeta, RuleSettings } from '../rules/define-rule.js';
import { ALL_RULES } from '../rules/index.js';
import { createKubeRuleContext } from '../rules/kube-rule-context.js';
import { detectFileType } from './detect-file-type.js';
import { createShellParser } from './dockerfile/create-shell-parser.js';
import { parseDockerfile } from './dockerfile/parse-dockerfile.js';
import { parseManifests } from './manifest/parse-manifests.js';
import { parseAnnotationSuppressions } from './suppression/annotation-suppressions.js';
import { findSuppression } from './suppression/apply-suppressions.js';
import { createDockerfileScopeResolver } from './suppression/dockerfile-scope-resolver.js';
import { parseInlineSuppressions } from './suppression/inline-suppressions.js';
import type { SuppressionDirective } from './suppression/suppression-directive.js';
import { createYamlScopeResolver } from './suppression/yaml-scope-resolver.js';

export interface IacScanOptions {
  /** Epoch ms; decides suppression expiry. */
  readonly now: number;
  /** Rules to run (default: every IaC rule). */
  readonly rules?: readonly IacRule[];
  readonly settings?: RuleSettings;
  /** Directives from `.bulwarkignore` files, with globs already relative to the reported paths. */
  readonly ignore?: readonly SuppressionDirective[];
  /** Called after each file is parsed (and its Dockerfile rules ran), for progress bars. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface IacFileResult {
  readonly path: string;
  readonly fileType: FileType | undefined;
  readonly status: 'scanned' | 'failed' | 'skipped';
  readonly error: string | null;
}

/** A rule that threw on some input: reported, never fatal, never hidden. */
export interface RuleError {
  readonly ruleId: string;
  readonly file: string;
  readonly message: string;
}

export interface IacScanResult {
  readonly files: IacFileResult[];
  readonly findings: Finding[];
  readonly ruleErrors: RuleError[];
}

// Cheap pre-check so the suppression machinery only runs on files that mention a dialect.
const DIRECTIVE_HINT = /bulwark:ignore|trivy:ignore|checkov:skip|hadolint\s|kics-scan/;

interface Pending {
  readonly rule: RuleMeta;
  readonly base: Omit<Finding, 'suppressed' | 'suppression' | 'ruleId' | 'aliases' | 'severity' | 'category' | 'title'>;
  readonly objectId: number | undefined;
  readonly fileIndex: number;
}

/**
 * Scans a set of files as one scan: every file is parsed once, Dockerfile rules run per
 * file, Kubernetes rules run once over the objects of all files (cross-object rules see the
 * whole set), then suppressions are applied. A file that cannot be parsed is a failed file
 * with a reason; the rest of the scan goes on.
 */
export function scanIac(files: readonly SourceFile[], options: IacScanOptions): IacScanResult {
  const rules = options.rules ?? ALL_RULES;
  const settings = options.settings ?? {};
  const kubeRules = rules.filter((r): r is KubeRule => r.input === 'kube-object');
  const dockerRules = rules.filter((r): r is DockerfileRule => r.input === 'dockerfile');
  const results: IacFileResult[] = [];
  const ruleErrors: RuleError[] = [];
  const pending: Pending[] = [];
  const directivesByFile = new Map<number, SuppressionDirective[]>();
  const objects: KubeObject[] = [];
  const objectFile: number[] = [];
  // One shell parser per scan: its cache makes identical RUN bodies across files parse once.
  let shellParser: ReturnType<typeof createShellParser> | undefined;

  const guard = (rule: RuleMeta, file: string, run: () => void) => {
    try {
      run();
    } catch (err) {
      ruleErrors.push({ ruleId: rule.id, file, message: err instanceof Error ? err.message : String(err) });
    }
  };

  files.forEach((file, fileIndex) => {
    scanOneFile(file, fileIndex);
    options.onProgress?.(fileIndex + 1, files.length);
  });

  function scanOneFile(file: SourceFile, fileIndex: number): void {
    const fileType = file.fileType ?? detectFileType(file.path);
    if (fileType === undefined) {
      results.push({ path: file.path, fileType, status: 'skipped', error: null });
      return;
    }
    try {
      if (fileType === 'k8s_yaml') {
        const parsed = parseManifests(file);
        if (parsed.error !== undefined) {
          results.push({ path: file.path, fileType, status: 'failed', error: parsed.error });
          return;
        }
        if (parsed.objects.length === 0) {
          // A named manifest type with no Kubernetes object is an error; a mere .yaml file is not ours.
          results.push(file.fileType
            ? { path: file.path, fileType, status: 'failed', error: 'no Kubernetes object (a document with apiVersion and kind) found' }
            : { path: file.path, fileType: undefined, status: 'skipped', error: null });
          return;
        }
        const directives: SuppressionDirective[] = [];
        if (parsed.comments.some((c) => DIRECTIVE_HINT.test(c.text))) {
          directives.push(...parseInlineSuppressions(parsed.comments, createYamlScopeResolver(decode(file.content))));
        }
        for (const obj of parsed.objects) {
          directives.push(...parseAnnotationSuppressions(obj, objects.length));
          objects.push(obj);
          objectFile.push(fileIndex);
        }
        directivesByFile.set(fileIndex, directives);
        results.push({ path: file.path, fileType, status: 'scanned', error: null });
      } else {
        const parsed = parseDockerfile(file, { shellParser: (shellParser ??= createShellParser()) });
        if (parsed.error !== undefined || parsed.dockerfile === undefined) {
          results.push({ path: file.path, fileType, status: 'failed', error: parsed.error ?? 'not a Dockerfile' });
          return;
        }
        const dockerfile = parsed.dockerfile;
        if (parsed.comments.some((c) => DIRECTIVE_HINT.test(c.text))) {
          directivesByFile.set(fileIndex, parseInlineSuppressions(parsed.comments, createDockerfileScopeResolver(decode(file.content))));
        }
        for (const rule of dockerRules) {
          guard(rule, file.path, () => rule.check(dockerfile, (hit) => {
            pending.push({
              rule, objectId: undefined, fileIndex,
              base: { message: hit.message, file: file.path, range: hit.range, resource: { kind: 'Dockerfile', name: hit.resourceName }, path: hit.path },
            });
          }, settings));
        }
        results.push({ path: file.path, fileType, status: 'scanned', error: null });
      }
    } catch (err) {
      // Parsers are built not to throw; this is the last line of defence for one file.
      results.push({ path: file.path, fileType, status: 'failed', error: `internal error while scanning: ${err instanceof Error ? err.message : String(err)}` });
    }
  }

  // Findings of one object share its (immutable) resource reference.
  const resources: Finding['resource'][] = [];
  runKubeRules(kubeRules, objects, settings, guard, (rule, objectId, message, path) => {
    const obj = objects[objectId]!;
    const fileIndex = objectFile[objectId]!;
    const resource = resources[objectId] ??= { kind: obj.kind, name: obj.name, ...(obj.namespace !== undefined ? { namespace: obj.namespace } : {}) };
    pending.push({
      rule, objectId, fileIndex,
      base: { message, file: files[fileIndex]!.path, range: obj.locate(path), path: formatPath(path), resource },
    });
  });

  const ignore = options.ignore ?? [];
  const findings = sortPending(pending, files).map(({ rule, base, objectId, fileIndex }): Finding => {
    const directives = directivesByFile.get(fileIndex);
    // Most files carry no directive at all: skip building a target for them.
    let suppression: Finding['suppression'] = null;
    if ((directives !== undefined && directives.length > 0) || ignore.length > 0) {
      const target = { rule, file: base.file, startLine: base.range?.startLine, objectId };
      suppression = (directives ? findSuppression(target, directives, options.now) : null) ?? findSuppression(target, ignore, options.now);
    }
    return {
      ruleId: rule.id, aliases: rule.aliases, severity: rule.severity, category: rule.category, title: rule.title,
      ...base, suppressed: suppression !== null, suppression,
    };
  });
  return { files: results, findings, ruleErrors };
}

function runKubeRules(
  rules: readonly KubeRule[], objects: readonly KubeObject[], settings: RuleSettings,
  guard: (rule: RuleMeta, file: string, run: () => void) => void,
  emit: (rule: KubeRule, objectId: number, message: string, path: readonly (string | number)[]) => void,
): void {
  if (objects.length === 0 || rules.length === 0) return;
  const ctx = createKubeRuleContext(objects, false, settings);
  const rulesFor = kubeRulesByKind(rules);
  // One report callback for the whole scan instead of a closure per object and rule: rules
  // report synchronously from check(), so the current rule and object are known here.
  let rule = rules[0]!;
  let objectId = 0;
  const report = ({ message, path }: KubeFindingInput) => emit(rule, objectId, message, path);
  const run = () => rule.check(objects[objectId]!, ctx, report);
  for (; objectId < objects.length; objectId++) {
    const obj = objects[objectId]!;
    for (rule of rulesFor(obj.kind)) guard(rule, obj.source?.file ?? '', run);
  }
}

/**
 * Rules that apply to a kind, in the order the runner always used (rules naming the kind,
 * then rules for every kind), built once per kind and scan rather than once per object.
 */
function kubeRulesByKind(rules: readonly KubeRule[]): (kind: string) => readonly KubeRule[] {
  const anyKind = rules.filter((r) => r.kinds === undefined);
  const byKind = new Map<string, KubeRule[]>();
  for (const rule of rules) {
    for (const kind of rule.kinds ?? []) {
      const list = byKind.get(kind);
      if (list) list.push(rule);
      else byKind.set(kind, [rule]);
    }
  }
  const merged = new Map<string, readonly KubeRule[]>();
  return (kind) => {
    let list = merged.get(kind);
    if (list === undefined) {
      list = [...(byKind.get(kind) ?? []), ...anyKind];
      merged.set(kind, list);
    }
    return list;
  };
}

/**
 * Stable sort by file path, line, column and rule id (paths and ids compared by code unit),
 * with paths and ids turned into ranks once so the comparator touches numbers only.
 */
function sortPending(pending: Pending[], files: readonly SourceFile[]): Pending[] {
  const pathRank = ranks(files.map((f) => f.path));
  const fileRank = files.map((f) => pathRank.get(f.path)!);
  const ruleRank = ranks(pending.map((p) => p.rule.id));
  const keyed = pending.map((p) => ({
    p,
    file: fileRank[p.fileIndex]!,
    line: p.base.range?.startLine ?? 0,
    column: p.base.range?.startColumn ?? 0,
    rule: ruleRank.get(p.rule.id)!,
  }));
  keyed.sort((a, b) => a.file - b.file || a.line - b.line || a.column - b.column || a.rule - b.rule);
  return keyed.map((k) => k.p);
}

/** Rank of every distinct string in code-unit order (equal strings share a rank). */
function ranks(values: readonly string[]): Map<string, number> {
  const distinct = [...new Set(values)].sort(compareText);
  return new Map(distinct.map((v, i) => [v, i]));
}

function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
