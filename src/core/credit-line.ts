/**
 * The credit line of a department's file (供稿：发改委 张三 / 作者：张三 / （撰稿人：张三
 * 审核人：李四）): who wrote it. Pure. Only lines near the start or the end of the body are
 * read, where such lines stand; a sentence mentioning 作者 in the middle is text.
 */

/** Labels a credit line is made of, longest first so that 供稿人 is not read as 供稿. */
const LABELS = [
  '供稿单位',
  '报送单位',
  '联系电话',
  '供稿人',
  '撰稿人',
  '执笔人',
  '审核人',
  '审稿人',
  '签发人',
  '联系人',
  '信息员',
  '供稿',
  '撰稿',
  '执笔',
  '作者',
  '审核',
  '审稿',
  '签发',
  '电话',
];
const AUTHOR_LABELS = new Set(['供稿人', '撰稿人', '执笔人', '信息员', '供稿', '撰稿', '执笔', '作者']);
const LABEL = new RegExp(`(${LABELS.join('|')})\\s*[：:]`, 'g');
const OPENING = /^[（(【[]\s*/;
const CLOSING = /\s*[）)】\]]\s*$/;
/** How many lines at the start and at the end of the body are looked at. */
const HEAD = 2;
const TAIL = 3;
/** A credit line is short; a longer line is a paragraph. */
const MAX_LENGTH = 80;

export interface Credit {
  /** The writers it names (department names left out), none when no credit line was found. */
  authors: string[];
  /** The body without the credit line (the body as it was when none was found). */
  body: string;
}

/** The label: value pairs of a line that starts with a label, or null. */
function pairs(line: string): [string, string][] | null {
  const text = line.trim().replace(OPENING, '').replace(CLOSING, '');
  const found = [...text.matchAll(LABEL)];
  if (found.length === 0 || found[0]!.index !== 0) return null;
  return found.map((m, i) => [m[1]!, text.slice(m.index! + m[0].length, found[i + 1]?.index ?? text.length)]);
}

/** Names in a value, without the units (`市发改委 张三` → 张三 when 发改委 is a department). */
function namesIn(value: string, departments: readonly string[]): string[] {
  return value
    .split(/[\s,，、;；/]+/)
    .map((token) => token.replace(/[。.]+$/, '').trim())
    .filter((token) => token !== '' && !departments.some((d) => d && token.includes(d)));
}

export function creditLine(body: string, departments: readonly string[]): Credit {
  const lines = body.split('\n');
  const filled = lines.flatMap((line, i) => (line.trim() ? [i] : []));
  const edges = [...new Set([...filled.slice(0, HEAD), ...filled.slice(-TAIL)])];
  for (const index of edges) {
    const line = lines[index]!;
    if (line.trim().length > MAX_LENGTH) continue;
    const found = pairs(line);
    if (!found) continue;
    const authors = found.filter(([label]) => AUTHOR_LABELS.has(label)).flatMap(([, v]) => namesIn(v, departments));
    if (authors.length === 0) continue;
    const rest = lines
      .filter((_, i) => i !== index)
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .replace(/^\n+/, '')
      .replace(/\n+$/, '');
    return { authors: [...new Set(authors)], body: rest && body.endsWith('\n') ? `${rest}\n` : rest };
  }
  return { authors: [], body };
}
