/**
 * The vendor's Vitest setup: the same checkout tests in both simulated DOMs a vendor may use,
 * one project each; `vitest run` ends with one summary for both (`Tests  6 passed`).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Waits in the tests take up to 5 s each; a test may wait for several.
    testTimeout: 20_000,
    projects: ['jsdom', 'happy-dom'].map((environment) => ({
      extends: true,
      test: { name: environment, environment, include: ['checkout.test.ts'] },
    })),
  },
});
