/** One gauge reading supplied by the service at scrape time (tasks by status, units, ...). */
export interface GaugeSample {
  readonly name: string;
  readonly help: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

const LATENCY_BUCKETS_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface Histogram {
  readonly counts: number[];
  sum: number;
  count: number;
}

/**
 * A deliberately tiny Prometheus registry: request counts by operation and status, a
 * latency histogram by operation, and gauges read on demand. Label values come from a
 * closed set (operation ids, status codes), so cardinality stays bounded.
 */
export class MetricsRegistry {
  private readonly requests = new Map<string, number>();
  private readonly latency = new Map<string, Histogram>();

  observeRequest(operation: string, status: number, seconds: number): void {
    const key = `${operation}\u0000${status}`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    let h = this.latency.get(operation);
    if (h === undefined) {
      h = { counts: LATENCY_BUCKETS_SECONDS.map(() => 0), sum: 0, count: 0 };
      this.latency.set(operation, h);
    }
    LATENCY_BUCKETS_SECONDS.forEach((le, i) => { if (seconds <= le) h.counts[i] = (h.counts[i] ?? 0) + 1; });
    h.sum += seconds;
    h.count += 1;
  }

  render(gauges: readonly GaugeSample[]): string {
    const lines: string[] = [
      '# HELP bulwark_http_requests_total HTTP requests by operation and status code.',
      '# TYPE bulwark_http_requests_total counter',
    ];
    for (const [key, value] of [...this.requests].sort(([a], [b]) => a.localeCompare(b))) {
      const [operation = '', status = ''] = key.split('\u0000');
      lines.push(`bulwark_http_requests_total${labels({ operation, status })} ${value}`);
    }
    lines.push('# HELP bulwark_http_request_duration_seconds HTTP request latency by operation.');
    lines.push('# TYPE bulwark_http_request_duration_seconds histogram');
    for (const [operation, h] of [...this.latency].sort(([a], [b]) => a.localeCompare(b))) {
      LATENCY_BUCKETS_SECONDS.forEach((le, i) => {
        lines.push(`bulwark_http_request_duration_seconds_bucket${labels({ operation, le: String(le) })} ${h.counts[i] ?? 0}`);
      });
      lines.push(`bulwark_http_request_duration_seconds_bucket${labels({ operation, le: '+Inf' })} ${h.count}`);
      lines.push(`bulwark_http_request_duration_seconds_sum${labels({ operation })} ${h.sum}`);
      lines.push(`bulwark_http_request_duration_seconds_count${labels({ operation })} ${h.count}`);
    }
    const seen = new Set<string>();
    for (const g of gauges) {
      if (!seen.has(g.name)) {
        seen.add(g.name);
        lines.push(`# HELP ${g.name} ${g.help}`, `# TYPE ${g.name} gauge`);
      }
      lines.push(`${g.name}${labels(g.labels)} ${Number.isFinite(g.value) ? g.value : 0}`);
    }
    return `${lines.join('\n')}\n`;
  }
}

function labels(values: Readonly<Record<string, string>>): string {
  const parts = Object.entries(values).map(([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"')}"`);
  return parts.length === 0 ? '' : `{${parts.join(',')}}`;
}
