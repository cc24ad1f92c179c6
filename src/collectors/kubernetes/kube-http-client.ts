import http from 'node:http';
import https from 'node:https';
import type { KubeConfig } from '@kubernetes/client-node';

export interface KubeResponse {
  readonly status: number;
  /** Parsed JSON body, or undefined when the body was not JSON. */
  readonly json: unknown;
  /** Raw body text, kept short for error messages. */
  readonly snippet: string;
}

export class KubeRequestError extends Error {
  constructor(message: string, readonly kind: 'timeout' | 'aborted' | 'network', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'KubeRequestError';
  }
}

/**
 * GET requests against the API server with the client library's authentication and TLS
 * (`applyToFetchOptions`: tokens, client certs, exec plugins, CA, tls-server-name), but
 * our own transport: the typed client cannot be aborted on a deadline, throws bodies as
 * strings, and builds heavy model objects for large lists.
 */
export class KubeHttpClient {
  private readonly server: string;
  private agent: http.Agent | undefined;

  constructor(private readonly kc: KubeConfig, private readonly requestTimeoutMs: number) {
    this.server = (kc.getCurrentCluster()?.server ?? '').replace(/\/+$/, '');
  }

  get serverUrl(): string {
    return this.server;
  }

  async get(path: string, signal: AbortSignal): Promise<KubeResponse> {
    const opts = await this.kc.applyToFetchOptions({ method: 'GET' });
    // The library builds a new agent per call; keeping the first one lets TLS sessions and
    // sockets be reused. Headers are still taken fresh so refreshed tokens apply.
    this.agent ??= opts.agent as http.Agent | undefined;
    const headers: Record<string, string> = { Accept: 'application/json' };
    (opts.headers as Headers | undefined)?.forEach((value, key) => { headers[key] = value; });
    const url = new URL(this.server + path);
    const transport = url.protocol === 'http:' ? http : https;
    return await new Promise<KubeResponse>((resolve, reject) => {
      if (signal.aborted) { reject(new KubeRequestError(`GET ${path}: collection deadline reached`, 'aborted')); return; }
      const req = transport.request(url, { method: 'GET', headers, agent: this.agent });
      const timer = setTimeout(() => req.destroy(new KubeRequestError(`GET ${path}: no answer within ${this.requestTimeoutMs} ms`, 'timeout')), this.requestTimeoutMs);
      const onAbort = () => req.destroy(new KubeRequestError(`GET ${path}: collection deadline reached`, 'aborted'));
      signal.addEventListener('abort', onAbort, { once: true });
      const done = () => { clearTimeout(timer); signal.removeEventListener('abort', onAbort); };
      req.on('error', (err) => {
        done();
        reject(err instanceof KubeRequestError ? err : new KubeRequestError(`GET ${path}: ${err.message}`, 'network', { cause: err }));
      });
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', (err) => { done(); reject(new KubeRequestError(`GET ${path}: ${err.message}`, 'network', { cause: err })); });
        res.on('end', () => {
          done();
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try { json = JSON.parse(text); } catch { json = undefined; }
          resolve({ status: res.statusCode ?? 0, json, snippet: text.slice(0, 300) });
        });
      });
      req.end();
    });
  }
}
