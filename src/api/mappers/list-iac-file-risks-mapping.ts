import type { Static } from '@sinclair/typebox';
import type { Page } from '../../domain/page.js';
import type { IacFileRisk, IacFileRiskQuery } from '../../tasks/use-cases.js';
import type { ListIacFileRisksQuery, ListIacFileRisksResponse, WireIacFileRisk } from '../operations/list-iac-file-risks.js';

export function toIacFileRiskQuery(query: Static<typeof ListIacFileRisksQuery>): IacFileRiskQuery {
  return {
    fileId: query.file_id,
    ...(query.risk_name === undefined || query.risk_name === '' ? {} : { riskName: query.risk_name }),
    ...(query.risk_level === undefined ? {} : { riskLevel: query.risk_level }),
    ...(query.risk_category === undefined ? {} : { riskCategory: query.risk_category }),
  };
}

export function toListIacFileRisksResponse(page: Page<IacFileRisk>): Static<typeof ListIacFileRisksResponse> {
  return { total_num: page.total, data_list: page.items.map(toWireIacFileRisk) };
}

function toWireIacFileRisk(risk: IacFileRisk): Static<typeof WireIacFileRisk> {
  return {
    risk_id: risk.riskId,
    rule_id: risk.ruleId,
    risk_name: risk.riskName,
    risk_level: risk.riskLevel,
    severity: risk.severity,
    risk_category: risk.riskCategory,
    risk_num: risk.occurrences,
    last_scan_time: risk.lastScanAt,
    description: risk.description,
    remediation: risk.remediation,
    build_instruction: risk.buildInstruction,
  };
}
