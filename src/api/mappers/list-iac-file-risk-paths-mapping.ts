import type { Static } from '@sinclair/typebox';
import type { Page } from '../../domain/page.js';
import type { IacRiskPath, IacRiskPathQuery } from '../../tasks/use-cases.js';
import type { ListIacFileRiskPathsQuery, ListIacFileRiskPathsResponse } from '../operations/list-iac-file-risk-paths.js';

export function toIacRiskPathQuery(query: Static<typeof ListIacFileRiskPathsQuery>): IacRiskPathQuery {
  return {
    fileId: query.file_id,
    ruleId: query.rule_id,
    ...(query.resource_name === undefined || query.resource_name === '' ? {} : { resourceName: query.resource_name }),
    ...(query.resource_type === undefined || query.resource_type === '' ? {} : { resourceType: query.resource_type }),
    ...(query.namespace === undefined || query.namespace === '' ? {} : { namespace: query.namespace }),
  };
}

export function toListIacFileRiskPathsResponse(page: Page<IacRiskPath>): Static<typeof ListIacFileRiskPathsResponse> {
  return {
    total_num: page.total,
    data_list: page.items.map((p) => ({
      resource_name: p.resourceName,
      resource_type: p.resourceType,
      namespace: p.namespace,
      hit_rule: p.hitRule,
      hit_path: p.hitPath,
      start_line: p.startLine,
      start_column: p.startColumn,
      end_line: p.endLine,
      end_column: p.endColumn,
    })),
  };
}
