import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Vite 8 transforms with oxc and ignores `esbuild` options, so the JSX runtime is configured here.
  oxc: { jsx: { runtime: 'automatic', importSource: 'hono/jsx' } },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // Browser tests start chromium; give them room on a shared 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
