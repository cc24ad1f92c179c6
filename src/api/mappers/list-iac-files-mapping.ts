import type { Static } from '@sinclair/typebox';
import type { Page } from '../../domain/page.js';
import type { IacFileQuery, IacFileRow } from '../../tasks/use-cases.js';
import type { ListIacFilesQuery, ListIacFilesResponse, WireIacFile } from '../operations/list-iac-files.js';

export function toIacFileQuery(query: Static<typeof ListIacFilesQuery>): IacFileQuery {
  return {
    scanType: query.scan_type,
    ...(query.file_id === undefined ? {} : { fileId: query.file_id }),
    ...(query.file_name === undefined || query.file_name === '' ? {} : { fileName: query.file_name }),
    ...(query.file_type === undefined ? {} : { fileType: query.file_type }),
    ...(query.risky === undefined ? {} : { risky: query.risky }),
    ...(query.cicd_id === undefined || query.cicd_id === '' ? {} : { cicdId: query.cicd_id }),
    ...(query.cicd_name === undefined || query.cicd_name === '' ? {} : { cicdName: query.cicd_name }),
  };
}

export function toListIacFilesResponse(page: Page<IacFileRow>): Static<typeof ListIacFilesResponse> {
  return { total_num: page.total, data_list: page.items.map(toWireIacFile) };
}

function toWireIacFile(row: IacFileRow): Static<typeof WireIacFile> {
  return {
    file_id: row.id,
    file_name: row.name,
    file_type: row.fileType,
    risky: row.risky,
    risk_num: row.riskCount,
    // Scan times stay absent until the file's first scan finishes (hss-api.md §3).
    ...(row.firstScanAt === undefined ? {} : { first_scan_time: row.firstScanAt }),
    ...(row.lastScanAt === undefined ? {} : { last_scan_time: row.lastScanAt }),
    upload_file_time: row.uploadedAt,
    ...(row.cicdId === undefined ? {} : { cicd_id: row.cicdId }),
    ...(row.cicdName === undefined ? {} : { cicd_name: row.cicdName }),
    scan_type: row.scanType,
  };
}
