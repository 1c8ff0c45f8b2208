import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // any fake GitHub that refused a request GitHub would refuse fails the test that sent it
    setupFiles: ['tests/helpers/fake-github/spec-violations-setup.ts'],
  },
});
