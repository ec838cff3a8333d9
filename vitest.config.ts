import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The packaging test (npm pack and a global install) first: it is the longest file, and on a
 * fresh install vitest has no timings yet and would start it among the last, the small files.
 */
class PackageFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const first = (spec: TestSpecification) => (spec.moduleId.includes('/test/package/') ? 0 : 1);
    return sorted.sort((a, b) => first(a) - first(b));
  }
}

export default defineConfig({
  // TypeScript in CommonJS too (`src/cli/help-fast.cts`, the start-up path of `--help`).
  oxc: { include: /\.([cm]?ts|[jt]sx)$/ },
  test: {
    include: ['test/**/*.test.ts'],
    // They need LibreOffice and poppler: `npm run test:office` (vitest.office.config.ts).
    exclude: [...configDefaults.exclude, 'test/office/**'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 20000,
    hookTimeout: 20000,
    // The built program (`cli()` in test/helpers.ts) is loaded by Node itself, as `bin/info.js` loads it.
    server: { deps: { external: [/\/dist\//] } },
    // One worker per core (vitest would leave one core to itself): most tests wait on no other process.
    maxWorkers: '100%',
    // A worker runs file after file with the modules it has loaded: a test file leaves no module state,
    // mock or global behind (test/setup.ts clears its temporary folders).
    isolate: false,
    sequence: { sequencer: PackageFirst },
  },
});
