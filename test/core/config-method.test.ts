/** The config keys of the office's own 考核办法: defaults that change nothing, and errors that name key, value and allowed values. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, quotaOf, readConfig } from '../../src/core/config.js';
import { schemaDocument } from '../../src/core/json-schema.js';
import { keyName } from '../../src/core/schema.js';
import { translator } from '../../src/i18n/index.js';

const said = (data: unknown, lang: 'zh-CN' | 'en' = 'en') => {
  const t = translator(lang);
  return readConfig(data).findings.map((f) => {
    const detailed = f.params.detail !== undefined ? `rule.${f.rule}.${f.params.detail}` : '';
    const key = detailed && t(detailed) !== detailed ? detailed : `rule.${f.rule}`;
    return `${keyName(f.path ?? [])}: ${f.severity} ${t(key, f.params)}`;
  });
};

describe('the 考核办法 keys', () => {
  it('default to a method that scores as before', () => {
    expect(DEFAULT_CONFIG.scoring).toMatchObject({
      reported: 0,
      brief: 0.5,
      instructionOncePerLevel: false,
      quotaMet: 0,
      adjustments: { late: -5, missed: -10, inaccurate: -10, feedbackMissed: -10, commended: 5 },
    });
    expect(DEFAULT_CONFIG).toMatchObject({
      groups: [],
      outlets: [],
      awards: { departments: { perGroup: 3 }, writers: { count: 10 } },
    });
  });

  it('adds the office’s own ledger kinds to the defaults, and lets it change a default', () => {
    const { config } = readConfig({ scoring: { adjustments: { late: -3, zeroSubmission: -2 } } });
    expect(config.scoring.adjustments).toEqual({
      late: -3,
      missed: -10,
      inaccurate: -10,
      feedbackMissed: -10,
      commended: 5,
      zeroSubmission: -2,
    });
  });

  it('takes a unit’s quota from itself, else its group, else quotas.department', () => {
    const { config } = readConfig({
      groups: [{ name: '一类', quota: 4 }, { name: '二类' }],
      departments: [
        { name: '财政局', quota: 8, group: '一类' },
        { name: '发改委', group: '一类' },
        { name: '临江镇', group: '二类' },
      ],
      quotas: { department: 6 },
    });
    expect(['财政局', '发改委', '临江镇', '无名局'].map((name) => quotaOf(config, 'department', name))).toEqual([
      8, 4, 6, 6,
    ]);
  });

  it('gives an outlet without a form the bulletin form', () => {
    const { config } = readConfig({ outlets: [{ name: '南通信息', level: 'city', points: 6 }] });
    expect(config.outlets).toEqual([{ name: '南通信息', level: 'city', form: 'bulletin', points: 6 }]);
  });
});

describe('a bad 考核办法 is named: key, bad value, allowed values', () => {
  it('an unknown group on a department', () => {
    expect(
      said({ groups: [{ name: '一类' }, { name: '二类' }], departments: [{ name: '发改委', group: '三类' }] }),
    ).toEqual(['departments[0].group: error departments[0].group: “三类” is not allowed; use one of: 一类, 二类']);
    expect(said({ departments: [{ name: '发改委', group: '一类' }] }, 'zh-CN')).toEqual([
      'departments[0].group: error departments[0].group 的值“一类”是单位分类，但没有配置 groups（请在 groups 中加上它）',
    ]);
  });

  it('an outlet with an unknown level or form, or without a name', () => {
    expect(said({ outlets: [{ name: '南通信息', level: 'town', form: 'daily' }, { level: 'city' }] })).toEqual([
      'outlets[0].level: error outlets[0].level: “town” is not allowed; use one of: county, city, province, national',
      'outlets[0].form: error outlets[0].form: “daily” is not allowed; use one of: bulletin, special',
      'outlets[1].name: error required field outlets[1].name is missing',
    ]);
  });

  it('a group or outlet named twice', () => {
    expect(
      said({
        groups: [{ name: '一类' }, { name: '一类' }],
        outlets: [
          { name: '南通信息', level: 'city' },
          { name: '南通信息', level: 'province' },
        ],
      }),
    ).toEqual([
      'groups[1].name: error groups[1].name: “一类” is named twice; each name may be configured once',
      'outlets[1].name: error outlets[1].name: “南通信息” is named twice; each name may be configured once',
    ]);
  });

  it('values of the wrong type', () => {
    expect(
      said({
        scoring: {
          brief: -1,
          instructionOncePerLevel: 'yes',
          quotaMet: 'ten',
          adjustments: { late: '-5', bonus: 'x' },
        },
        awards: { departments: { perGroup: 2.5 } },
      }),
    ).toEqual([
      'scoring.brief: error scoring.brief has the wrong type: expected ≥ 0, found “-1”',
      'scoring.instructionOncePerLevel: error scoring.instructionOncePerLevel has the wrong type: expected true or false, found “yes”',
      'scoring.quotaMet: error scoring.quotaMet has the wrong type: expected a number, found “ten”',
      'scoring.adjustments.late: error scoring.adjustments.late has the wrong type: expected a number, found “-5”',
      'scoring.adjustments.bonus: error scoring.adjustments.bonus has the wrong type: expected a number, found “x”',
      'awards.departments.perGroup: error awards.departments.perGroup has the wrong type: expected a whole number, found “2.5”',
    ]);
  });
});

describe('the config’s JSON Schema', () => {
  it('knows the new keys and their allowed values', () => {
    const schema = schemaDocument('config') as { properties: Record<string, unknown> };
    const text = JSON.stringify(schema);
    for (const key of ['groups', 'outlets', 'awards']) expect(Object.keys(schema.properties)).toContain(key);
    for (const key of ['reported', 'brief', 'instructionOncePerLevel', 'quotaMet', 'adjustments', 'feedbackMissed'])
      expect(text).toContain(`"${key}"`);
  });
});
