import data from './k8s-cves.json' with { type: 'json' };
import { parseVulnDb } from './parse-vuln-db.js';
import type { VulnDb } from './vuln-db.js';

/**
 * The database shipped inside the product, so scans never need the network
 * (air-gapped installs). `bulwark db update` can supersede it from the data directory.
 */
export const BUNDLED_VULN_DB: VulnDb = parseVulnDb(data);
