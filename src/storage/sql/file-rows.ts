import { FILE_TYPES } from '../../domain/scan-types.js';
import { RISK_CATEGORIES, SEVERITIES } from '../../domain/severity.js';
import type { UploadedFile } from '../../domain/task.js';
import type { StoredIacFileRow, StoredRisk, StoredRiskPath } from '../ports.js';
import { readEnum, readInt, readOptionalInt, readOptionalText, readText } from './row-readers.js';

/** Database rows → domain objects for uploaded files and their findings. */
export function toUploadedFile(row: Record<string, unknown>): UploadedFile {
  return {
    id: readText(row, 'id'),
    projectId: readText(row, 'project_id'),
    enterpriseProjectId: readText(row, 'ep_id'),
    name: readText(row, 'name'),
    fileType: readEnum(row, 'file_type', FILE_TYPES),
    size: readInt(row, 'size'),
    uploadedAt: readInt(row, 'uploaded_at'),
    scanType: readEnum(row, 'scan_type', ['manual_scan', 'cicd_scan'] as const),
    cicdId: readOptionalText(row, 'cicd_id'),
    cicdName: readOptionalText(row, 'cicd_name'),
  };
}

export function toStoredIacFileRow(row: Record<string, unknown>): StoredIacFileRow {
  return {
    ...toUploadedFile(row),
    riskCount: readInt(row, 'risk_count'),
    firstScanAt: readOptionalInt(row, 'first_scan_at'),
    lastScanAt: readOptionalInt(row, 'last_scan_at'),
  };
}

export function toStoredRisk(row: Record<string, unknown>): StoredRisk {
  return {
    ruleId: readText(row, 'rule_id'),
    title: readText(row, 'title'),
    severity: readEnum(row, 'severity', SEVERITIES),
    category: readEnum(row, 'category', RISK_CATEGORIES),
    occurrences: readInt(row, 'occurrences'),
    lastScanAt: readInt(row, 'scanned_at'),
    description: readText(row, 'description'),
    remediation: readText(row, 'remediation'),
    buildInstruction: readText(row, 'build_instruction'),
  };
}

export function toStoredRiskPath(row: Record<string, unknown>): StoredRiskPath {
  return {
    resourceName: readText(row, 'resource_name'),
    resourceType: readText(row, 'resource_kind'),
    namespace: readText(row, 'namespace'),
    message: readText(row, 'message'),
    path: readText(row, 'path'),
    startLine: readInt(row, 'start_line'),
    startColumn: readInt(row, 'start_column'),
    endLine: readInt(row, 'end_line'),
    endColumn: readInt(row, 'end_column'),
  };
}
