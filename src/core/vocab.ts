/** The enumerated values of the domain: canonical keys with their Chinese and English labels. */

export interface Term {
  zh: string;
  en: string;
  /** Further Chinese spellings users type (县 for 县/区). */
  aliases?: readonly string[];
}

export const VOCAB = {
  category: {
    key: { zh: '重点', en: 'key work' },
    highlight: { zh: '亮点', en: 'highlight' },
    hot: { zh: '热点', en: 'hot topic' },
    difficulty: { zh: '难点', en: 'difficulty' },
  },
  source: {
    document: { zh: '文件', en: 'document' },
    meeting: { zh: '会议', en: 'meeting' },
    research: { zh: '调研', en: 'research' },
    solicited: { zh: '约稿', en: 'solicited' },
    grassroots: { zh: '基层', en: 'grassroots' },
  },
  nature: {
    sign: { zh: '苗头', en: 'early sign' },
    result: { zh: '成果', en: 'result' },
  },
  status: {
    draft: { zh: '草稿', en: 'draft' },
    submitted: { zh: '待审', en: 'submitted' },
    returned: { zh: '退回修改', en: 'returned', aliases: ['退回'] },
    edited: { zh: '已编辑', en: 'edited' },
    approved: { zh: '已签发', en: 'approved', aliases: ['签发'] },
    published: { zh: '已编发', en: 'published', aliases: ['编发'] },
    reported: { zh: '已报送', en: 'reported', aliases: ['报送'] },
    adopted: { zh: '已采用', en: 'adopted', aliases: ['采用'] },
    declined: { zh: '未采用', en: 'declined' },
    archived: { zh: '归档', en: 'archived', aliases: ['已归档'] },
  },
  level: {
    county: { zh: '县/区', en: 'county', aliases: ['县', '区', '县区', '县级', '区级'] },
    city: { zh: '市', en: 'city', aliases: ['市级'] },
    province: { zh: '省', en: 'province', aliases: ['省级'] },
    national: { zh: '国家/国务院', en: 'national', aliases: ['国家', '国务院', '国家级', '中央'] },
  },
  form: {
    bulletin: { zh: '刊物', en: 'bulletin' },
    special: { zh: '专报', en: 'special report' },
  },
  /** Kinds of ledger entries (加减分台账, docs/cli.md 3.6); a config may add its own kinds. */
  adjustment: {
    late: { zh: '迟报', en: 'late report' },
    missed: { zh: '漏报', en: 'missed report', aliases: ['瞒报', '漏报瞒报', '漏报、瞒报'] },
    inaccurate: { zh: '信息失实', en: 'inaccurate report', aliases: ['失实'] },
    feedbackMissed: {
      zh: '反馈逾期',
      en: 'follow-up overdue',
      aliases: ['批示反馈逾期', '未按时反馈', '批示落实情况未按时反馈'],
    },
    commended: { zh: '表扬', en: 'commended', aliases: ['通报表扬'] },
  },
} as const satisfies Record<string, Record<string, Term>>;

export type VocabKind = keyof typeof VOCAB;
export type Category = keyof typeof VOCAB.category;
export type Source = keyof typeof VOCAB.source;
export type Nature = keyof typeof VOCAB.nature;
export type Status = keyof typeof VOCAB.status;
export type Level = keyof typeof VOCAB.level;
export type Form = keyof typeof VOCAB.form;
export type AdjustmentKind = keyof typeof VOCAB.adjustment;

export function keysOf<K extends VocabKind>(kind: K): (keyof (typeof VOCAB)[K] & string)[] {
  return Object.keys(VOCAB[kind]) as (keyof (typeof VOCAB)[K] & string)[];
}

function termOf(kind: VocabKind, key: string): Term | undefined {
  return Object.hasOwn(VOCAB[kind], key) ? (VOCAB[kind] as Record<string, Term>)[key] : undefined;
}

export function isKey(kind: VocabKind, value: unknown): boolean {
  return typeof value === 'string' && termOf(kind, value) !== undefined;
}

/**
 * The canonical key for what a user typed: the key itself, its Chinese label or alias,
 * or its English label. `extra` holds labels the config renamed (key → label).
 */
export function resolveKey(kind: VocabKind, input: string, extra: Record<string, string> = {}): string | undefined {
  const wanted = input.trim();
  const lower = wanted.toLowerCase();
  for (const [key, term] of Object.entries(VOCAB[kind]) as [string, Term][]) {
    if (key.toLowerCase() === lower || term.zh === wanted || term.en === lower) return key;
    if (term.aliases?.includes(wanted) || extra[key] === wanted) return key;
  }
  return undefined;
}

export function labelOf(
  kind: VocabKind,
  key: string,
  lang: 'zh-CN' | 'en',
  extra: Record<string, string> = {},
): string {
  // `key` comes from a file: `constructor` must not find Object's.
  if (lang === 'zh-CN' && Object.hasOwn(extra, key) && extra[key]) return extra[key]!;
  const term = termOf(kind, key);
  if (!term) return key;
  return lang === 'zh-CN' ? term.zh : term.en;
}

/** "key 重点 | highlight 亮点 …" — the allowed values as a user reads them. */
export function describeKeys(kind: VocabKind, lang: 'zh-CN' | 'en'): string {
  return (Object.entries(VOCAB[kind]) as [string, Term][])
    .map(([key, term]) => (lang === 'zh-CN' ? `${key}（${term.zh}）` : key))
    .join(lang === 'zh-CN' ? '、' : ', ');
}
