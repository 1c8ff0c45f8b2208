// The vitest config StrykerJS runs (stryker.config.mjs): the ordinary one, limited to the test files
// of the module group being mutated (MUTATION_TEST_FILES and MUTATION_TEST_EXCLUDE, comma-separated
// globs, set by scripts/mutation.js), with one reporter added. Two workarounds for StrykerJS 9.6's vitest runner:
// - the group's tests are chosen here, not with Stryker's own `testFiles` option: with it, Stryker
//   activates a static mutant (code run when a module loads, such as a constant) only after the
//   modules are loaded, so no test could ever kill one;
// - a test file that fails while it loads (a mutant that breaks a key made at the top of a test
//   file) has no test results, and the runner reads test results only: it would call that mutant
//   survived. The reporter below fails the file's tests instead, with the error that stopped it.
import { configDefaults, defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

const list = (name) => process.env[name]?.split(',').filter((f) => f !== '') ?? [];
const files = list('MUTATION_TEST_FILES');
// timing tests of a group (MUTATION_TEST_EXCLUDE): instrumented code runs slower, and time is not what a mutant changes
const excluded = list('MUTATION_TEST_EXCLUDE');

/** Marks the tests of a file that failed to load as failed (or adds one failed test when none was collected). */
class FailFilesThatDoNotLoad {
  onInit(vitest) {
    this.vitest = vitest;
  }

  onTestRunEnd() {
    for (const file of this.vitest.state.getFiles()) {
      const errors = file.result?.errors ?? [];
      if (file.result?.state !== 'fail' || errors.length === 0) continue;
      const tests = testsOf(file);
      for (const test of tests) if (test.result === undefined) test.result = { state: 'fail', errors };
      if (tests.length === 0) {
        file.tasks.push({ type: 'test', id: `${file.id}_load`, name: 'the test file loads', mode: 'run', file, meta: {}, annotations: [], artifacts: [], result: { state: 'fail', errors } });
      }
    }
  }
}

function testsOf(suite) {
  return suite.tasks.flatMap((task) => (task.type === 'suite' ? testsOf(task) : task.type === 'test' ? [task] : []));
}

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    ...(files.length > 0 ? { include: files } : {}),
    exclude: [...configDefaults.exclude, ...excluded],
    // nobody reads the output of a mutant's run
    reporters: [new FailFilesThatDoNotLoad()],
  },
});
