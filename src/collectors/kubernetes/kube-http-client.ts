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
  constructor(message: string, readonly kind: 'timeout' | 'aborted' | 'network' | 'too_large', options?: { cause?: unknown }) {
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

  /** A response above `maxResponseBytes` is cut off: a broken or hostile server must not exhaust memory. */
  constructor(private readonly kc: KubeConfig, private readonly requestTimeoutMs: number, private readonly maxResponseBytes = 512 * 1024 * 1024) {
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
      let failure: KubeRequestError | undefined;
      const fail = (err: Error) => {
        done();
        reject(failure ?? (err instanceof KubeRequestError ? err : new KubeRequestError(`GET ${path}: ${err.message}`, 'network', { cause: err })));
      };
      req.on('error', fail);
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size <= this.maxResponseBytes) { chunks.push(c); return; }
          failure ??= new KubeRequestError(`GET ${path}: response larger than ${this.maxResponseBytes} bytes`, 'too_large');
          req.destroy(failure);
        });
        res.on('error', fail);
        res.on('end', () => {
          done();
          // A destroyed response can still end with what arrived so far; that is not an answer.
          if (failure) { reject(failure); return; }
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
