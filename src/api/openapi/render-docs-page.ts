import type { OpenApiDocument } from './build-openapi.js';

/**
 * A self-contained HTML page listing every operation of the OpenAPI document: method,
 * path, summary, parameters and schemas. Rendered on the server with no script and no
 * external resource, so it works offline and under a strict CSP.
 */
export function renderDocsPage(doc: OpenApiDocument): string {
  const info = (doc['info'] ?? {}) as Record<string, unknown>;
  const paths = (doc['paths'] ?? {}) as Record<string, Record<string, Record<string, unknown>>>;
  const sections: string[] = [];
  for (const [path, operations] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(operations)) sections.push(renderOperation(method, path, op));
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(String(info['title'] ?? 'API'))}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
section{border:1px solid #ccd;border-radius:6px;margin:1rem 0;padding:.5rem 1rem}
.m{font-weight:bold;text-transform:uppercase;padding:.1rem .4rem;border-radius:4px;background:#e6eefc}
table{border-collapse:collapse}td,th{border:1px solid #dde;padding:.2rem .5rem;text-align:left;vertical-align:top}
pre{background:#f6f6f8;padding:.5rem;overflow:auto;max-height:24rem}
</style></head><body>
<h1>${escape(String(info['title'] ?? 'API'))}</h1>
<p>${escape(String(info['description'] ?? ''))} Version ${escape(String(info['version'] ?? ''))}.
Machine-readable document: <a href="/openapi.json">/openapi.json</a>.</p>
${sections.join('\n')}
</body></html>
`;
}

function renderOperation(method: string, path: string, op: Record<string, unknown>): string {
  const params = (op['parameters'] ?? []) as Array<Record<string, unknown>>;
  const rows = params.map((p) =>
    `<tr><td>${escape(String(p['name']))}</td><td>${escape(String(p['in']))}</td><td>${p['required'] === true ? 'yes' : 'no'}</td>` +
    `<td><code>${escape(JSON.stringify(p['schema']))}</code>${p['description'] === undefined ? '' : `<br>${escape(String(p['description']))}`}</td></tr>`);
  const body = op['requestBody'] as Record<string, unknown> | undefined;
  const responses = (op['responses'] ?? {}) as Record<string, Record<string, unknown>>;
  const responseItems = Object.entries(responses).map(([status, r]) => `<li><b>${escape(status)}</b> ${escape(String(r['description'] ?? ''))}</li>`);
  return `<section id="${escape(String(op['operationId']))}">
<h2><span class="m">${escape(method)}</span> <code>${escape(path)}</code></h2>
<p><b>${escape(String(op['operationId']))}</b>: ${escape(String(op['summary'] ?? ''))} ${escape(String(op['description'] ?? ''))}</p>
${rows.length === 0 ? '' : `<table><tr><th>parameter</th><th>in</th><th>required</th><th>schema</th></tr>${rows.join('')}</table>`}
${body === undefined ? '' : `<h3>Request body</h3><pre>${escape(JSON.stringify(body['content'], null, 2))}</pre>`}
<h3>Responses</h3><ul>${responseItems.join('')}</ul>
</section>`;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}
