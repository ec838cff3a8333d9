/** Named publications (载体/刊物) that adopt items: finding the configured one an adoption names. */
import type { Outlet } from './config.js';
import { usage } from './errors.js';
import type { Adoption } from './item.js';

/** `《南通信息》`, ` 南通信息 ` and `南通信息` name one publication: title marks and spaces do not count. */
export function outletKey(name: string): string {
  return name.normalize('NFKC').replace(/[《》〈〉<>\s]/g, '');
}

/** Each config's outlets by key, made once: a year of a large workspace asks for every adoption. */
const byKey = new WeakMap<readonly Outlet[], Map<string, Outlet>>();

/** The configured outlet `name` names, if any. */
export function findOutlet(outlets: readonly Outlet[], name: string | undefined): Outlet | undefined {
  if (!name || outlets.length === 0) return undefined;
  let keys = byKey.get(outlets);
  if (!keys) {
    keys = new Map();
    for (const outlet of outlets) if (!keys.has(outletKey(outlet.name))) keys.set(outletKey(outlet.name), outlet);
    byKey.set(outlets, keys);
  }
  const key = outletKey(name);
  return key ? keys.get(key) : undefined;
}

/**
 * The configured outlet that adopted this record: named by it, and of the level and form it
 * records. Two publications may share a name at two levels (a city's 《专报信息》 and the
 * province's); a record of the other level is not the configured one's.
 */
export function outletOf(outlets: readonly Outlet[], adoption: Adoption): Outlet | undefined {
  const outlet = findOutlet(outlets, adoption.outlet);
  return outlet && outlet.level === adoption.level && outlet.form === adoption.form ? outlet : undefined;
}

export interface AdoptionFlags {
  /** Level and form keys as given (`--adopt LEVEL`, `--form`), if given. */
  level?: string;
  form?: string;
  outlet?: string;
  brief: boolean;
  date: string;
}

/**
 * The adoption record `review --adopt` writes. An outlet the config names gives the level
 * and form (a level or form given that contradicts it is refused: a typo would score the
 * wrong way) and is written by its configured name; any other outlet needs the level.
 */
export function adoptionFrom(outlets: readonly Outlet[], given: AdoptionFlags): Adoption {
  const outlet = findOutlet(outlets, given.outlet);
  const brief = given.brief ? { brief: true } : {};
  if (outlet) {
    const clash = (flag: string, value: string | undefined, wanted: string) =>
      value !== undefined && value !== wanted
        ? usage('adopt-outlet-mismatch', {
            outlet: outlet.name,
            level: outlet.level,
            form: outlet.form,
            flag,
            given: value,
          })
        : undefined;
    const error = clash('--adopt', given.level, outlet.level) ?? clash('--form', given.form, outlet.form);
    if (error) throw error;
    return { level: outlet.level, form: outlet.form, outlet: outlet.name, date: given.date, ...brief };
  }
  if (given.level === undefined)
    throw usage('adopt-outlet-unknown', { allowed: outlets.map((o) => o.name).join('、') || '—' });
  return { level: given.level, form: given.form ?? 'bulletin', outlet: given.outlet, date: given.date, ...brief };
}
