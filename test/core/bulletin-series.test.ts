/**
 * Several series, numbered yearly or running; items' refs naming their series; the issue
 * arranged by section with briefs last, a 目录 at the threshold, marks.
 */
import { describe, expect, it } from 'vitest';
import { buildIssue, printOrder } from '../../src/core/bulletin/issue.js';
import { nextNumber } from '../../src/core/bulletin/numbering.js';
import { planIssue } from '../../src/core/bulletin/plan.js';
import { recordData } from '../../src/core/bulletin/record.js';
import { itemRefText, parseItemRef, refsOfSeries } from '../../src/core/bulletin/ref.js';
import { sectionFindings } from '../../src/core/bulletin/section-rule.js';
import { SERIES_DEFAULTS, type Series } from '../../src/core/bulletin/series-config.js';
import { readConfig } from '../../src/core/config.js';
import { checkItemData, itemJson, toItem, type Item } from '../../src/core/item.js';

function item(id: string, extra: Record<string, unknown> = {}): Item {
  return toItem(
    {
      id,
      title: `标题${id.slice(-4)}`,
      status: 'approved',
      category: 'key',
      department: '财政局',
      authors: ['张三'],
      created: '2026-11-01',
      history: [{ at: '2026-11-02T09:00:00+08:00', by: '王', to: 'approved' }],
      ...extra,
    },
    `items/${id}.md`,
  );
}

const series = (over: Partial<Series> = {}): Series => ({ ...SERIES_DEFAULTS, name: '政务信息', ...over });

describe('the series in the config', () => {
  it('reads the single bulletin: as one series with every setting filled in', () => {
    const { config, findings } = readConfig({ bulletin: { series: '政务快报', copies: 80 } });
    expect(findings).toEqual([]);
    expect(config.bulletins).toEqual([{ ...SERIES_DEFAULTS, name: '政务快报', copies: 80 }]);
    expect(config.bulletin.series).toBe('政务快报');
  });

  it('reads bulletins: in order, the first mirrored as bulletin (the month notice’s 发 line)', () => {
    const { config, findings } = readConfig({
      bulletins: [
        { name: '政务信息', sections: ['工作动态', '经验做法'], toc: 3, distribution: { 发: ['各区镇'] } },
        { name: '信息专报', numbering: 'running', marks: { secrecy: '内部资料' } },
      ],
    });
    expect(findings).toEqual([]);
    expect(config.bulletins.map((s) => [s.name, s.numbering, s.sections, s.toc])).toEqual([
      ['政务信息', 'yearly', ['工作动态', '经验做法'], 3],
      ['信息专报', 'running', [], 0],
    ]);
    expect(config.bulletins[1]!.marks).toEqual({ secrecy: '内部资料', urgency: '', copyNumber: false });
    expect(config.bulletin).toMatchObject({ series: '政务信息', distribution: { 发: ['各区镇'] } });
  });

  it('refuses two series of one name and a section named twice, and warns of bulletin beside bulletins', () => {
    const dup = readConfig({ bulletins: [{ name: '要情' }, { name: '要情', sections: ['动态', '动态'] }] });
    expect(dup.findings.map((f) => [f.rule, f.severity, f.params.detail, f.path])).toEqual([
      ['bulletin-series', 'error', 'duplicate', ['bulletins', 1, 'name']],
      ['bulletin-series', 'error', 'section', ['bulletins', 1, 'sections', 1]],
    ]);
    const both = readConfig({ bulletin: { series: '甲' }, bulletins: [{ name: '乙' }] });
    expect(both.findings.map((f) => [f.rule, f.severity])).toEqual([['bulletin-series', 'warning']]);
    expect(both.config.bulletins.map((s) => s.name)).toEqual(['乙']);
  });

  it('checks each series’ values: numbering, toc, a series without a name', () => {
    const { findings } = readConfig({ bulletins: [{ name: '甲', numbering: 'weekly', toc: -1 }, { toc: 2 }] });
    expect(findings.map((f) => [f.rule, f.path])).toEqual([
      ['field-enum', ['bulletins', 0, 'numbering']],
      ['field-type', ['bulletins', 0, 'toc']],
      ['field-required', ['bulletins', 1, 'name']],
    ]);
  });
});

describe('numbering', () => {
  const known = [
    { year: 2026, number: 14, supplement: false },
    { year: 2027, number: 2, supplement: false },
    { year: 2026, number: 3, supplement: true },
  ];

  it('starts a yearly series again each year and runs a running one on across years', () => {
    expect(nextNumber(known, 2027, false, 'yearly')).toBe(3);
    expect(nextNumber(known, 2028, false, 'yearly')).toBe(1);
    expect(nextNumber(known, 2028, false, 'running')).toBe(15);
    expect(nextNumber(known, 2028, true, 'running')).toBe(4);
  });

  it('gives a running series’ issue no separate running total', () => {
    const plan = planIssue({
      items: [item('20261101-aaa1')],
      named: null,
      records: [],
      known,
      year: 2027,
      supplement: false,
      numbering: 'running',
      label: '信息专报',
    });
    expect(plan).toMatchObject({ kind: 'new', ref: { year: 2027, number: 15 }, total: null });
  });

  it('names the issues of every series but the first in items, and reads each ref back to its series', () => {
    const ref = { year: 2026, number: 3, supplement: false };
    expect(itemRefText(ref, null)).toBe('2026-03');
    expect(itemRefText(ref, '信息专报')).toBe('信息专报 2026-03');
    expect(itemRefText({ ...ref, supplement: true }, '每日 要情')).toBe('每日 要情 2026-s03');
    expect(parseItemRef('每日 要情 2026-s03')).toEqual({ series: '每日 要情', ref: { ...ref, supplement: true } });
    expect(parseItemRef('2026-03 ')).toEqual({ series: null, ref });
    expect(parseItemRef('信息专报2026-03')).toBeNull();
    const refs = ['2026-01', '信息专报 2026-02', '政务信息 2026-04', '每日要情 2026-09'];
    expect(refsOfSeries(refs, '政务信息', true).map((r) => r.number)).toEqual([1, 4]);
    expect(refsOfSeries(refs, '信息专报', false).map((r) => r.number)).toEqual([2]);
  });

  it('accepts named refs in an item’s bulletins, and nothing else', () => {
    const data = (bulletins: string[]) => ({
      id: '20261101-aaa1',
      title: 't',
      category: 'key',
      source: 'meeting',
      status: 'published',
      department: '财政局',
      authors: ['张三'],
      created: '2026-11-01',
      history: [{ at: '2026-11-01T09:00:00+08:00', by: '张三', to: 'published' }],
      bulletins,
    });
    expect(checkItemData(data(['2026-03', '信息专报 2026-s01'])).filter((f) => f.rule === 'field-format')).toEqual([]);
    const bad = checkItemData(data(['信息专报2026-03', ' 2026-03', 'x 2026']));
    expect(bad.filter((f) => f.rule === 'field-format').map((f) => f.path)).toEqual([
      ['bulletins', 0],
      ['bulletins', 1],
      ['bulletins', 2],
    ]);
    expect(bad.filter((f) => f.rule === 'field-format').map((f) => f.rule)).toEqual([
      'field-format',
      'field-format',
      'field-format',
    ]);
  });
});

describe('the issue’s layout', () => {
  const build = (s: Series, items: Item[]) =>
    buildIssue({
      series: s,
      first: false,
      office: '海门市人民政府办公室',
      ref: { year: 2026, number: 4, supplement: false },
      total: 9,
      date: '2026-12-01',
      items: items.map((i) => ({ item: i, body: `${i.title}的正文。\n\n第二段。` })),
    });
  const items = [
    item('20261101-bri1', { brief: true }),
    item('20261101-non1'),
    item('20261101-exp1', { section: '经验做法' }),
    item('20261101-dyn1', { section: '工作动态' }),
    item('20261101-odd1', { section: '别的栏目' }),
    item('20261101-exp2', { section: '经验做法' }),
    item('20261101-bri2', { brief: true, section: '工作动态' }),
  ];

  it('puts the sections in the configured order, then items without one, then the briefs', () => {
    const issue = build(series({ sections: ['工作动态', '经验做法'] }), items);
    expect(issue.items.map((i) => [i.id.slice(-4), i.section])).toEqual([
      ['dyn1', '工作动态'],
      ['exp1', '经验做法'],
      ['exp2', '经验做法'],
      ['non1', null],
      ['odd1', null],
    ]);
    expect(issue.briefs.map((b) => b.id.slice(-4))).toEqual(['bri1', 'bri2']);
    expect(issue.briefs[0]!.runs.map((r) => r.text).join('')).toBe('标题bri1的正文。第二段。');
    expect(recordData(issue).items).toEqual(printOrder(issue).map((i) => i.id));
    expect(issue.itemRef).toBe('政务信息 2026-04');
  });

  it('has a 目录 from the threshold on, never with toc 0, and carries the marks', () => {
    const marks = { secrecy: '内部资料', urgency: '特急', copyNumber: true };
    expect(build(series({ toc: 3, marks }), items.slice(0, 3)).toc).toBe(true);
    expect(build(series({ toc: 3 }), items.slice(0, 2)).toc).toBe(false);
    expect(build(series({ toc: 0 }), items).toc).toBe(false);
    expect(build(series({ marks }), items).marks).toEqual(marks);
  });

  it('keeps the running number as the only number of a running series', () => {
    const issue = build(series({ numbering: 'running' }), items.slice(0, 1));
    expect([issue.numbering, issue.total]).toEqual(['running', null]);
  });
});

describe('section and brief on items', () => {
  const config = readConfig({
    bulletins: [
      { name: '甲', sections: ['工作动态'] },
      { name: '乙', sections: ['专题'] },
    ],
  }).config;

  it('shows them in the item JSON only when set', () => {
    expect(Object.keys(itemJson(item('20261101-aaa1'))).slice(-2)).toEqual(['bulletins', 'path']);
    const placed = itemJson(item('20261101-aaa1', { section: '专题', brief: true, merged: ['20261101-bbb1'] }));
    expect(Object.keys(placed).slice(-5)).toEqual(['bulletins', 'section', 'brief', 'merged', 'path']);
    expect(itemJson(item('20261101-aaa1', { section: '', brief: false }))).not.toHaveProperty('section');
  });

  it('accepts a section of any series, and names an unknown one with the sections there are', () => {
    expect(sectionFindings(item('20261101-aaa1', { section: '专题' }), config)).toEqual([]);
    expect(sectionFindings(item('20261101-aaa1', { section: '动态' }), config)).toEqual([
      expect.objectContaining({
        rule: 'section-unknown',
        severity: 'error',
        params: { section: '动态', allowed: '工作动态、专题' },
      }),
    ]);
    const none = readConfig({}).config;
    expect(sectionFindings(item('20261101-aaa1', { section: '动态' }), none)[0]!.params.detail).toBe('none');
  });
});
