import { defineConfig } from 'vitest/config';

// `npm run test:office`: checks that need LibreOffice and poppler, which npm cannot install.
export default defineConfig({
  test: {
    include: ['test/office/**/*.test.ts'],
    // The first test of a file waits for LibreOffice to start with a new profile and convert.
    testTimeout: 120000,
  },
});
