import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  // TypeScript in CommonJS too (`src/cli/help-fast.cts`, the start-up path of `--help`).
  oxc: { include: /\.([cm]?ts|[jt]sx)$/ },
  test: {
    include: ['test/**/*.test.ts'],
    // They need LibreOffice and poppler: `npm run test:office` (vitest.office.config.ts).
    exclude: [...configDefaults.exclude, 'test/office/**'],
    testTimeout: 20000,
    hookTimeout: 20000,
  },
});
