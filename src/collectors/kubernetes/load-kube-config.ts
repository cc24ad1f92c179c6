import { KubeConfig } from '@kubernetes/client-node';
import { BulwarkError } from '../../domain/errors.js';

export interface KubeConfigSource {
  /** Path of a kubeconfig file. */
  readonly file?: string;
  /** Kubeconfig content (YAML or JSON), e.g. stored for a registered cluster. */
  readonly text?: string;
  /** Context to use instead of the file's current-context. */
  readonly context?: string;
}

/**
 * Loads a kubeconfig explicitly. Never falls back to `loadFromDefault`, whose last resort
 * is a silent `http://localhost:8080`: a scanner must say which cluster it reads.
 */
export function loadKubeConfig(source: KubeConfigSource): KubeConfig {
  const kc = new KubeConfig();
  try {
    if (source.text !== undefined) kc.loadFromString(source.text);
    else if (source.file !== undefined) kc.loadFromFile(source.file);
    else throw new BulwarkError('invalid_parameter', 'Invalid parameter: kubeconfig is required', { field: 'kubeconfig' });
  } catch (err) {
    if (err instanceof BulwarkError) throw err;
    const where = source.file !== undefined ? `file ${source.file}` : 'text';
    throw new BulwarkError('invalid_parameter', `Invalid parameter: kubeconfig ${where} cannot be read: ${(err as Error).message}`, { field: 'kubeconfig', cause: err });
  }
  if (source.context !== undefined) {
    if (!kc.getContextObject(source.context)) {
      const known = kc.getContexts().map((c) => c.name).join(', ') || 'none';
      throw new BulwarkError('invalid_parameter', `Invalid parameter: context "${source.context}" is not in the kubeconfig (known: ${known})`, { field: 'context' });
    }
    kc.setCurrentContext(source.context);
  }
  const cluster = kc.getCurrentCluster();
  if (!cluster || !cluster.server) {
    throw new BulwarkError('invalid_parameter', `Invalid parameter: kubeconfig context "${kc.getCurrentContext() || '(none)'}" names no cluster with a server URL`, { field: 'kubeconfig' });
  }
  return kc;
}
