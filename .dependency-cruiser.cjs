/**
 * Layer rules of design.md, checked in CI (`npm run lint:deps`). Imports flow one way:
 * domain <- engine <- collectors; storage -> domain; tasks -> domain, engine, storage, collectors;
 * scheduler -> tasks; api, cli -> tasks, config. Only storage/sql talks SQL, only
 * collectors/kubernetes talks to clusters, only api/ uses fastify.
 */
module.exports = {
  forbidden: [
    { name: 'domain-is-pure', severity: 'error', from: { path: '^src/domain/' }, to: { path: '^src/(?!domain/)|^node_modules/' } },
    {
      name: 'engine-has-no-io', severity: 'error',
      comment: 'The engine is pure: no storage, network, service layers or Node I/O modules.',
      from: { path: '^src/engine/', pathNot: '\\.test\\.ts$|^src/engine/rules/testing/' },
      to: { path: '^src/(storage|tasks|scheduler|api|cli|iam|collectors|config)/|^(fs|net|http|https|child_process)$|^node:(fs|net|http|https|child_process)' },
    },
    { name: 'only-storage-sql-talks-sql', severity: 'error', from: { pathNot: '^src/storage/sql/|^bench/|^test/|\\.test\\.ts$|^src/iam/' }, to: { path: 'node_modules/(kysely|better-sqlite3|pg)/' } },
    { name: 'only-collectors-talk-to-clusters', severity: 'error', from: { pathNot: '^src/collectors/kubernetes/|^test/|^bench/|\\.test\\.ts$' }, to: { path: 'node_modules/@kubernetes/client-node/' } },
    { name: 'only-api-uses-fastify', severity: 'error', from: { pathNot: '^src/api/|^src/compose\\.ts$|^test/|^bench/|\\.test\\.ts$' }, to: { path: 'node_modules/(fastify|@fastify/)' } },
    { name: 'storage-below-tasks', severity: 'error', from: { path: '^src/storage/' }, to: { path: '^src/(tasks|scheduler|api|cli|iam)/', dependencyTypesNot: ['type-only'] } },
    { name: 'tasks-below-api', severity: 'error', from: { path: '^src/(tasks|scheduler)/' }, to: { path: '^src/(api|cli)/' } },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
