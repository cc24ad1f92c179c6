import type { Finding } from '../engine/finding.js';
import { scanIac } from '../engine/iac/scan-iac.js';
import type { RuleMeta } from '../engine/rules/define-rule.js';
import { ALL_RULES } from '../engine/rules/index.js';
import type { StoredFinding, UnitOutcome } from '../storage/ports.js';
import type { WorkUnitExecutor } from './work-unit-executor.js';

const MAX_INSTRUCTION_CHARS = 2_000;

/** Scans the one file of an IaC unit with the IaC engine. */
export function createIacUnitExecutor(rules: readonly RuleMeta[] = ALL_RULES): WorkUnitExecutor {
  const byId = new Map(rules.map((r) => [r.id, r]));
  return {
    async execute(input, context) {
      if (input.kind !== 'iac') return { status: 'failed', failedReason: 'not an IaC unit' };
      const { file, content } = input;
      const result = scanIac([{ path: file.name, content, fileType: file.fileType }], { now: context.now });
      const fileResult = result.files[0];
      if (fileResult === undefined || fileResult.status !== 'scanned') {
        return { status: 'failed', failedReason: fileResult?.error ?? `file was not scanned (${fileResult?.status ?? 'no result'})` };
      }
      const lines = file.fileType === 'dockerfile' ? new TextDecoder().decode(content).split(/\r\n?|\n/) : [];
      const findings = result.findings.filter((f) => !f.suppressed).map((f) => toStoredFinding(f, byId.get(f.ruleId), lines));
      return { status: 'success', findings } satisfies UnitOutcome;
    },
  };
}

function toStoredFinding(f: Finding, rule: RuleMeta | undefined, dockerfileLines: readonly string[]): StoredFinding {
  const range = f.range;
  // HSS shows the offending instruction: the whole of it (every continuation line), not just the token.
  const lines = f.instructionRange ?? range;
  const instruction = lines === undefined || dockerfileLines.length === 0
    ? ''
    : dockerfileLines.slice(lines.startLine - 1, lines.endLine).join('\n').trim().slice(0, MAX_INSTRUCTION_CHARS);
  return {
    ruleId: f.ruleId,
    title: f.title,
    severity: f.severity,
    category: f.category,
    description: rule?.description ?? f.message,
    remediation: rule?.remediation ?? '',
    buildInstruction: instruction,
    message: f.message,
    resourceKind: f.resource.kind,
    resourceName: f.resource.name,
    namespace: f.resource.namespace ?? '',
    path: f.path,
    startLine: range?.startLine ?? 0,
    startColumn: range?.startColumn ?? 0,
    endLine: range?.endLine ?? 0,
    endColumn: range?.endColumn ?? 0,
  };
}
