/** A series' key: its name as it appears in file names and locks. */
import { slugify } from '../id.js';

/** `政务信息` → `zheng-wu-xin-xi`. */
export function seriesKey(series: string): string {
  return slugify(series);
}
