// @ts-check
// Mutation testing with StrykerJS (`npm run mutation`, not CI: it is slow on 2 cores).
// scripts/mutation.js runs one module group at a time with the options below, each against the test
// files that exercise it in-process (tests that spawn dist/ cannot see a mutant of the sources), and
// writes bench/mutation.md. `npx stryker run stryker.config.mjs` alone mutates every group at once
// against the whole suite.

/**
 * The module groups where a silent regression costs the most, with the score each must keep.
 * `exclude`: test files of the group that measure time, which instrumented code would fail.
 * `timeoutMS`: the margin over a mutant's normal test time before it counts as timed out (hung, so
 * detected): 5 s where mutants of loops and worker pools hang often, so each costs less.
 * @type {Record<string, { mutate: string[]; testFiles: string[]; exclude?: string[]; target: number; timeoutMS?: number }>}
 */
export const MODULES = {
  evaluate: {
    mutate: ['src/core/evaluate/**/*.ts'],
    testFiles: ['tests/evaluate/**/*.test.ts', 'tests/approvals/**/*.test.ts', 'tests/jq/**/*.test.ts'],
    target: 85,
  },
  signing: {
    mutate: ['src/core/signing/**/*.ts'],
    testFiles: ['tests/signing/**/*.test.ts'],
    target: 85,
  },
  verify: {
    mutate: ['src/core/verify/**/*.ts'],
    testFiles: ['tests/verify/**/*.test.ts'],
    target: 85,
    timeoutMS: 5_000,
  },
  trust: {
    mutate: ['src/core/trust/**/*.ts'],
    testFiles: ['tests/trust/**/*.test.ts'],
    target: 85,
  },
  // the store is three groups (3,140 mutants in all, hours on 2 cores): what both stores share, the
  // local git store and the GitHub store, each measured on its own
  store: {
    mutate: ['src/core/store/*.ts'],
    testFiles: ['tests/store/**/*.test.ts'],
    target: 75,
    timeoutMS: 5_000,
  },
  'store-local': {
    mutate: ['src/core/store/local/**/*.ts'],
    // the trust filter reads through the local store (histories, branch moves, replaced objects)
    testFiles: ['tests/store/**/*.test.ts', 'tests/trust/**/*.test.ts'],
    target: 75,
    timeoutMS: 5_000,
  },
  'store-github': {
    mutate: ['src/core/store/github/**/*.ts'],
    testFiles: ['tests/store/**/*.test.ts', 'tests/trust/**/*.test.ts'],
    target: 75,
    timeoutMS: 5_000,
  },
  evidence: {
    mutate: ['src/core/evidence/**/*.ts'],
    testFiles: ['tests/evidence/**/*.test.ts'],
    exclude: ['tests/evidence/large-input.test.ts'],
    target: 75,
  },
  'action-idempotency': {
    mutate: ['src/action/record/**/*.ts'],
    testFiles: ['tests/action/idempotency-key.test.ts'],
    target: 75,
  },
  // who may run a slash command of the App and what it may record: the parser, the commenter's
  // event, the approver, bypass and admin lists (team membership through GitHub), the App key's authority
  'app-slash': {
    mutate: [
      'app/src/slash/parse-slash-command.ts',
      'app/src/slash/slash-event.ts',
      'src/core/approvals/listed-actor.ts',
      'src/core/bypass/bypass-verdict.ts',
      'app/src/slash/team-membership.ts',
      'app/src/slash/app-writer.ts',
      'src/core/approvals/authorize-approver.ts',
    ],
    testFiles: ['tests/app/slash*.test.ts', 'tests/approvals/**/*.test.ts'],
    target: 75,
  },
};

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // the ordinary vitest config, limited to a group's test files (see stryker.vitest.config.mjs)
  vitest: { configFile: 'stryker.vitest.config.mjs', related: false },
  // each mutant runs only the tests that reached it in the initial run
  coverageAnalysis: 'perTest',
  // the machine is shared: two test runners at most (MUTATION_CONCURRENCY=1 for one)
  concurrency: Number(process.env.MUTATION_CONCURRENCY ?? '2'),
  timeoutMS: 10_000,
  reporters: ['progress-append-only'],
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['/bench', '/docs', '/.tmp', '/coverage'],
  // only the sources and tests are TypeScript the sandbox needs to run untyped
  disableTypeChecks: '{src,tests}/**/*.ts',
  mutate: Object.values(MODULES).flatMap((m) => m.mutate),
};
