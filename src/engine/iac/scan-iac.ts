import type { FileType } from '../../domain/scan-types.js';
import type { PathSegment } from '../../domain/source-range.js';
import { formatPath } from '../../domain/source-range.js';
import type { Finding, Suppression } from '../finding.js';
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
  const ignore = options.ignore ?? [];
  // Findings are built final as rules report them (one object each; a scan can yield hundreds
  // of thousands), with the sort keys the final order needs kept in parallel arrays.
  const findings: Finding[] = [];
  const findingFile: number[] = [];
  const findingRule: number[] = [];
  const ruleRank = rankRules(rules);
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
        const instructionRanges = new Map(dockerfile.instructions.map((i) => [i.path, i.range]));
        for (const rule of dockerRules) {
          guard(rule, file.path, () => rule.check(dockerfile, (hit) => {
            const suppression = suppressionOf(rule, fileIndex, hit.range.startLine, undefined);
            const instructionRange = instructionRanges.get(hit.path);
            add(rule, fileIndex, {
              ruleId: rule.id, aliases: rule.aliases, severity: rule.severity, category: rule.category, title: rule.title,
              message: hit.message, file: file.path, range: hit.range, resource: { kind: 'Dockerfile', name: hit.resourceName }, path: hit.path,
              ...(instructionRange ? { instructionRange } : {}),
              suppressed: suppression !== null, suppression,
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
  const formatFindingPath = createPathFormatter();
  runKubeRules(kubeRules, objects, settings, guard, (rule, objectId, message, path) => {
    const obj = objects[objectId]!;
    const fileIndex = objectFile[objectId]!;
    const resource = resources[objectId] ??= { kind: obj.kind, name: obj.name, ...(obj.namespace !== undefined ? { namespace: obj.namespace } : {}) };
    const range = obj.locate(path);
    const suppression = suppressionOf(rule, fileIndex, range?.startLine, objectId);
    add(rule, fileIndex, {
      ruleId: rule.id, aliases: rule.aliases, severity: rule.severity, category: rule.category, title: rule.title,
      message, file: files[fileIndex]!.path, range, path: formatFindingPath(path), resource,
      suppressed: suppression !== null, suppression,
    });
  });

  function add(rule: RuleMeta, fileIndex: number, finding: Finding): void {
    findings.push(finding);
    findingFile.push(fileIndex);
    findingRule.push(ruleRank.get(rule)!);
  }

  function suppressionOf(rule: RuleMeta, fileIndex: number, startLine: number | undefined, objectId: number | undefined): Suppression | null {
    const directives = directivesByFile.get(fileIndex);
    // Most files carry no directive at all: no target to build, nothing to search.
    if ((directives === undefined || directives.length === 0) && ignore.length === 0) return null;
    const target = { rule, file: files[fileIndex]!.path, startLine, objectId };
    return (directives ? findSuppression(target, directives, options.now) : null) ?? findSuppression(target, ignore, options.now);
  }

  const sorted = sortFindings(findings, findingFile, findingRule, files);
  return { files: results, findings: sorted, ruleErrors };
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
 * Stable sort by file path, line, column and rule id (paths and ids compared by code unit).
 * Paths and ids become ranks once, so the comparator only reads numbers.
 */
function sortFindings(findings: readonly Finding[], findingFile: readonly number[], findingRule: readonly number[], files: readonly SourceFile[]): Finding[] {
  const pathRank = ranks(files.map((f) => f.path));
  const fileRank = files.map((f) => pathRank.get(f.path)!);
  const n = findings.length;
  const file = new Int32Array(n);
  const line = new Int32Array(n);
  const column = new Int32Array(n);
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const range = findings[i]!.range;
    file[i] = fileRank[findingFile[i]!]!;
    line[i] = range?.startLine ?? 0;
    column[i] = range?.startColumn ?? 0;
    order[i] = i;
  }
  order.sort((a, b) => file[a]! - file[b]! || line[a]! - line[b]! || column[a]! - column[b]! || findingRule[a]! - findingRule[b]! || a - b);
  return order.map((i) => findings[i]!);
}

/** Each rule's position in rule-id order (rules sharing an id share a rank). */
function rankRules(rules: readonly RuleMeta[]): Map<RuleMeta, number> {
  const idRank = ranks(rules.map((r) => r.id));
  return new Map(rules.map((r) => [r, idRank.get(r.id)!]));
}

interface PathTrieNode {
  readonly children: Map<PathSegment, PathTrieNode>;
  formatted: string | undefined;
}

/**
 * formatPath with one shared string per distinct path. The same few hundred paths recur on
 * every object of a scan (`spec.template.spec.containers[0].securityContext.runAsUser`), and a
 * fresh string per finding, built by concatenation, kept hundreds of thousands of string
 * pieces alive until the scan ended: most of the scan's garbage-collection work. A trie keyed
 * by segment finds a known path without building anything.
 */
function createPathFormatter(): (path: readonly PathSegment[]) => string {
  const root: PathTrieNode = { children: new Map(), formatted: undefined };
  return (path) => {
    let node = root;
    for (const seg of path) {
      let next = node.children.get(seg);
      if (next === undefined) {
        next = { children: new Map(), formatted: undefined };
        node.children.set(seg, next);
      }
      node = next;
    }
    return (node.formatted ??= formatPath(path));
  };
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
