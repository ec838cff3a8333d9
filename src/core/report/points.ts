/** Points from the configured scoring method, and the rounding the notice shows. */
import type { Config } from '../config.js';
import type { Adoption } from '../item.js';
import { outletOf } from '../outlets.js';

type Scoring = Config['scoring'];
type LevelKey = keyof Scoring['instruction'];

function isLevel(scoring: Scoring, level: string | undefined): level is LevelKey {
  return level !== undefined && Object.hasOwn(scoring.instruction, level);
}

function tablePoints(scoring: Scoring, level: string, form: string): number {
  if (!isLevel(scoring, level)) return 0;
  const forms = scoring.adoption[level];
  return form === 'special' ? forms.special : forms.bulletin;
}

/**
 * An adoption by a configured outlet earns that outlet's points (the table's when it names
 * none); any other, the level × form table. A 简讯 earns `scoring.brief` of that.
 */
export function adoptionPoints(config: Config, adoption: Adoption): number {
  const outlet = outletOf(config.outlets, adoption);
  const points = outlet?.points ?? tablePoints(config.scoring, adoption.level, adoption.form);
  return adoption.brief ? points * config.scoring.brief : points;
}

/** An instruction with no level earns nothing: the office has not said how much it weighs. */
export function instructionPoints(scoring: Scoring, level: string | undefined): number {
  return isLevel(scoring, level) ? scoring.instruction[level] : 0;
}

/** Two decimals, applied once to a finished sum (never to the parts). */
export function round2(value: number): number {
  const rounded = Math.round((value + Math.sign(value) * Number.EPSILON) * 100) / 100;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** A ratio to four decimals (66.67 %), or null when there is nothing to divide by. */
export function ratio(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.round((part / whole) * 10000) / 10000;
}
