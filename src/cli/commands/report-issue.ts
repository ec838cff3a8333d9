/**
 * `info report --issue`: building a numbered bulletin issue.
 * NOT BUILT YET — this file is to be replaced by the bulletin-issue work (issue 4, second
 * part). Until then it refuses honestly and changes nothing.
 */
import { InfoError } from '../../core/errors.js';
import type { Context } from '../context.js';

export async function run(_args: unknown[], _options: Record<string, unknown>, _context: Context): Promise<number> {
  throw new InfoError('not-built', { feature: '--issue' });
}
