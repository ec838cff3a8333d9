/** A letter to one unit in words, in one language: md, html and docx lay out this same text. */
import type { Lang } from '../core/config.js';
import type { Letter } from '../core/report/letter.js';
import type { MonthReport } from '../core/report/model.js';
import { labelOf } from '../core/vocab.js';
import type { Translate } from '../i18n/index.js';
import { dateIn, dateParts, points } from './format.js';
import { periodWords } from './period-words.js';

export interface LetterText {
  lang: Lang;
  title: string;
  to: string;
  figures: string;
  sections: { heading: string; lines: string[] }[];
  closing: string;
  office: string;
  date: string;
}

const NUMERALS = '一二三四五六七八九十';

export function letterText(
  letter: Letter,
  r: MonthReport,
  t: Translate,
  lang: Lang,
  kindLabel: (kind: string) => string,
): LetterText {
  const w = periodWords(r.period, t);
  const sep = t('report.list.sep');
  const d = letter.row;
  const rank = letter.group
    ? t('report.letter.rankGroup', { group: letter.group, count: letter.among, rank: letter.rank })
    : t('report.letter.rank', { count: letter.among, rank: letter.rank });
  const adoptions = d.adoptions.county + d.adoptions.city + d.adoptions.province + d.adoptions.national;
  const figures = t('report.letter.figures', {
    label: w.label,
    submitted: d.submitted,
    quota: d.quota,
    adoptions,
    special: d.special,
    instructions: d.instructions,
    points: points(d.points),
    cumulativePoints: points(d.cumulativePoints),
    rank,
  });
  const none = [t('report.letter.none')];
  const listed = (lines: string[]) => (lines.length ? lines.map((line, i) => `${i + 1}. ${line}`) : none);
  const adopted = letter.adopted.map((a) =>
    t('report.adopted.line', {
      title: a.title,
      units: a.departments.join(sep),
      level: labelOf('level', a.level, lang),
      form: `${labelOf('form', a.form, lang)}${a.brief ? t('report.adopted.brief') : ''}`,
      outlet: a.outlet ? (lang === 'zh-CN' ? `（${a.outlet}）` : ` (${a.outlet})`) : '',
      date: dateIn(a.date, lang, r.period),
    }),
  );
  const ledger = letter.ledger.map((e) =>
    t('report.letter.ledgerLine', {
      kind: kindLabel(e.kind),
      points:
        e.points === 0
          ? t('report.ledger.zero')
          : t(e.points > 0 ? 'report.ledger.plus' : 'report.ledger.minus', { points: points(Math.abs(e.points)) }),
      date: dateIn(e.date, lang, r.period),
      note: e.note,
    }),
  );
  const missing = letter.missing.map((topic) =>
    t('report.letter.missingLine', { title: topic.title, due: dateIn(topic.due, lang, r.period) }),
  );
  const parts: [string, string[]][] = [
    ['report.letter.adopted', adopted],
    ['report.letter.ledger', ledger],
    ['report.letter.missing', missing],
  ];
  const heading = (key: string, i: number) => `${lang === 'zh-CN' ? `${NUMERALS[i]}、` : `${i + 1}. `}${t(key)}`;
  return {
    lang,
    title: t('report.letter.title', { label: w.label }),
    to: t('report.letter.to', { name: d.name }),
    figures: d.disqualified ? `${figures}${t('report.letter.disqualified')}` : figures,
    sections: parts.map(([key, lines], i) => ({ heading: heading(key, i), lines: listed(lines) })),
    closing: t('report.letter.closing'),
    office: r.office,
    date: t('report.date', { ...dateParts(r.issued) }),
  };
}
