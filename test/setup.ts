/**
 * Run before every test file. Test files share their worker's modules (`isolate: false` in
 * vitest.config.ts), so what each file leaves behind is cleared here, not by a module's own hook.
 */
import { afterAll } from 'vitest';
import { removeTestdirs } from './helpers.js';

afterAll(removeTestdirs);
