import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // the JSON report lets .ci/run print vitest's own pass/fail counts
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-report.json' },
  },
});
