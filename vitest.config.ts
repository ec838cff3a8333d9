import { defineConfig } from 'vitest/config';

export default defineConfig({
  // TypeScript in CommonJS too (`src/cli/help-fast.cts`, the start-up path of `--help`).
  oxc: { include: /\.([cm]?ts|[jt]sx)$/ },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20000,
    hookTimeout: 20000,
    // The built program (`cli()` in test/helpers.ts) is loaded by Node itself, as `bin/info.js` loads it.
    server: { deps: { external: [/\/dist\//] } },
  },
});
