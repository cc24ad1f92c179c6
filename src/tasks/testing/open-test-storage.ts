import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Principal } from '../../domain/principal.js';
import type { Storage } from '../../storage/ports.js';
import { createSqlStorage } from '../../storage/sql/create-sql-storage.js';
import { openSqlDatabase } from '../../storage/sql/open-sql-database.js';

/** A fresh SQLite-backed Storage in a temp directory, for tests of the layers above storage. */
export async function openTestStorage(): Promise<{ storage: Storage; dataDir: string; dispose(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bulwark-tasks-'));
  const database = await openSqlDatabase({ dataDir, databaseUrl: undefined, sqliteBusyTimeoutMs: 5_000, postgresPoolSize: 1 });
  const storage = createSqlStorage(database);
  return {
    storage,
    dataDir,
    async dispose() {
      await storage.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function testPrincipal(over: Partial<Principal> = {}): Principal {
  return { userId: 'u1', userName: 'alice', projectId: 'p1', role: 'admin', enterpriseProjects: '*', ...over };
}

export const PRIVILEGED_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  template:
    spec:
      containers:
        - name: web
          image: nginx:1.25
          securityContext:
            privileged: true
`;

export const SIMPLE_DOCKERFILE = `FROM ubuntu:latest
RUN apt-get update && apt-get install -y curl
USER root
`;
