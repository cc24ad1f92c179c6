import { BulwarkError } from '../domain/errors.js';
import type { IdentityStore } from './identity-store.js';
import type { SecretBox } from './secret-box.js';

/**
 * Fails fast when the master key is not the one the stored secrets were sealed with (a
 * `bulwark iam` run from another directory silently creates a fresh key file otherwise, and
 * every AK/SK request would then fail). Opens one sealed SK; a database without keys passes.
 */
export async function checkMasterKey(store: IdentityStore, secretBox: SecretBox, keyOrigin: string): Promise<void> {
  const [sample] = await store.listAccessKeys();
  if (sample === undefined) return;
  try {
    secretBox.open(sample.sealedSecret, sample.accessKey);
  } catch (cause) {
    throw new BulwarkError(
      'internal',
      `the master key (${keyOrigin}) does not open the secrets stored in this database; ` +
        'use the BULWARK_MASTER_KEY or key file the database was created with (see --data-dir / --master-key-file)',
      { cause },
    );
  }
}
