#!/usr/bin/env node
/**
 * `npm run lint-corpus`: the editor's checks measured on texts written for this project
 * (test/fixtures/lint-corpus/). Each text becomes the file a department would send — a web
 * copy as UTF-8 text, a Word copy as .docx, GBK text, a speech — and goes through the built
 * program as a user's would: `info import` into a fresh workspace, then `info validate`.
 * The findings are compared with those the text marks: `⟦rule⟧` (or `⟦rule×3⟧`) on a line
 * plants that many findings of the rule there; a header names the file, its shape, the title
 * import should choose, what import should say about it, and the title's own findings.
 * Prints precision and recall per rule; `--markdown` prints the table for docs/.
 *
 *   node scripts/lint-corpus.mjs [--markdown] [--keep]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(ROOT, 'test', 'fixtures', 'lint-corpus');
const BIN = join(ROOT, 'bin', 'info.js');
const MARKER = /⟦([a-z-]+)(?:×(\d+))?⟧/g;
const SHAPES = ['web', 'word', 'gbk', 'speech', 'markdown'];

const CONFIG = `office: 海门市人民政府办公室
lang: en
departments:
${[
  '发改委',
  '财政局',
  '人社局',
  '农业农村局',
  '水利局',
  '住建局',
  '商务局',
  '科技局',
  '应急管理局',
  '教育局',
  '卫健委',
  '生态环境局',
  '市场监管局',
  '临江镇',
  '三厂街道',
  '常乐镇',
  '悦来镇',
  '包场镇',
  '余东镇',
  '海门港新区',
  '文旅局',
  '民政局',
]
  .map((name) => `  - {name: ${name}}`)
  .join('\n')}
writers:
  - {name: 张三, department: 发改委}
  - {name: 李四, department: 财政局}
`;

/** One corpus text: its header, its lines without markers, and the findings they plant. */
export function parseText(name, source) {
  const header = {};
  const lines = [];
  const planted = [];
  for (const raw of source.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n')) {
    const head = /^%% ([a-z-]+):[ \t]*(.*)$/.exec(raw);
    if (head && lines.length === 0) {
      header[head[1]] = head[2].trim();
      continue;
    }
    for (const m of raw.matchAll(MARKER)) planted.push({ index: lines.length, rule: m[1], count: Number(m[2] ?? 1) });
    lines.push(raw.replace(MARKER, ''));
  }
  if (!header.file || !SHAPES.includes(header.shape) || !header.title) throw new Error(`${name}: header incomplete`);
  const list = (value) => (value ? value.split(/,\s*/).filter(Boolean) : []);
  const titleFindings = list(header['title-findings']).map((entry) => {
    const [rule, count] = entry.split('×');
    return { rule, count: Number(count ?? 1) };
  });
  return { name, header, lines, planted, titleFindings, notes: list(header.import).sort() };
}

export function readCorpus(dir = CORPUS) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => parseText(name, readFileSync(join(dir, name), 'utf8')));
}

/** The bytes a department would send for a text of this shape. */
async function fileBytes(text) {
  const content = `${text.lines.join(text.header.shape === 'gbk' ? '\r\n' : '\n')}\n`;
  if (text.header.shape === 'gbk') {
    const { default: iconv } = await import('iconv-lite');
    return iconv.encode(content, 'gbk');
  }
  if (text.header.file.endsWith('.docx')) return wordFile(text.lines);
  const bom = text.header.bom === 'yes' ? '\uFEFF' : '';
  return Buffer.from(bom + content, 'utf8');
}

/** A Word document: the first line a bold title, every other line a paragraph. */
async function wordFile(lines) {
  const { Document, Packer, Paragraph, TextRun } = await import('docx');
  const first = lines.findIndex((line) => line.trim());
  const children = lines
    .map((line, i) =>
      i === first
        ? new Paragraph({ children: [new TextRun({ text: line.trim(), bold: true })] })
        : new Paragraph({ children: [new TextRun(line)] }),
    )
    .filter((_, i) => lines[i].trim() || i > first);
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** A line as compared: letters and digits only, width forms folded (markup and punctuation do not count). */
const key = (line) => line.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');

function run(args, cwd) {
  const result = spawnSync(process.execPath, [BIN, '--no-cache', ...args], {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      NO_COLOR: '1',
      LANG: 'en_US.UTF-8',
      INFO_USER: 'corpus',
      INFO_NOW: '2026-11-20T10:00:00+08:00',
    },
  });
  if (result.status !== 0 && result.status !== 1) throw new Error(`info ${args.join(' ')}: ${result.stderr}`);
  return result;
}

const NOTES = [
  ['junk', /is no title/],
  ['none', /no line could be the title/],
  ['long', /stays in the body/],
  ['longKept', /it may not be a title/],
];

/** What import said about each file's title, by file name. */
function importNotes(stderr) {
  const notes = new Map();
  for (const line of stderr.split('\n')) {
    const m = /inbox\/([^:]+): /.exec(line);
    const kind = NOTES.find(([, pattern]) => pattern.test(line))?.[0];
    if (m && kind) notes.set(m[1], [...(notes.get(m[1]) ?? []), kind]);
  }
  return notes;
}

/** Block Markdown a plain text must never turn into. */
async function markdownSurprises(body) {
  const { default: MarkdownIt } = await import('markdown-it');
  const tokens = new MarkdownIt({ html: false }).parse(body, {});
  const blocks = tokens.filter((t) => /heading|list|blockquote|^hr$|code|fence|html/.test(t.type)).map((t) => t.type);
  const inline = tokens.flatMap((t) => t.children ?? []).filter((t) => /image|link|html/.test(t.type));
  return [...new Set([...blocks, ...inline.map((t) => t.type)])];
}

/** The findings a text plants, placed on the item's lines: `line:rule` → count. */
function expectedFindings(text, bodyLines, bodyStart, titleLine) {
  const plain = (line) => (text.header.shape === 'word' ? line : cleanForKey(line));
  const want = new Map();
  const add = (line, rule, count) => want.set(`${line}:${rule}`, (want.get(`${line}:${rule}`) ?? 0) + count);
  for (const { rule, count } of text.titleFindings) add(titleLine, rule, count);
  const bodyKeys = bodyLines.map(key);
  const seen = new Map();
  const unplaced = [];
  const heading = titleLines(text, plain);
  text.lines.forEach((line, index) => {
    const k = key(plain(line));
    if (!k || heading.has(index)) return;
    const nth = seen.get(k) ?? 0;
    seen.set(k, nth + 1);
    const marks = text.planted.filter((p) => p.index === index);
    if (!marks.length) return;
    let found = -1;
    for (let i = 0, n = 0; i < bodyKeys.length; i++) {
      if (bodyKeys[i] === k && n++ === nth) {
        found = i;
        break;
      }
    }
    for (const { rule, count } of marks) {
      if (found < 0) unplaced.push(`${rule} on “${line.slice(0, 20)}”`);
      else add(bodyStart + found, rule, count);
    }
  });
  return { want, unplaced };
}

let cleanForKey = (line) => line;

/** The lines that became the title (one, or two joined): the first run of lines the title holds. */
function titleLines(text, plain) {
  const title = key(text.header.title);
  const found = new Set();
  let read = '';
  for (const [index, line] of text.lines.entries()) {
    const k = key(plain(line));
    if (!k) continue;
    if (title.startsWith(read + k)) {
      found.add(index);
      read += k;
      if (read === title) break;
    } else if (found.size) break;
  }
  return found;
}

/** Imports and validates the corpus; every text's findings, titles and notes against what it marks. */
export async function runCorpus({ keep = false } = {}) {
  const { decodeEntities } = await import(pathToFileURL(join(ROOT, 'dist', 'core', 'plain-text.js')).href);
  const { stripTags } = await import(pathToFileURL(join(ROOT, 'dist', 'core', 'imported.js')).href);
  cleanForKey = (line) => stripTags(decodeEntities(line));
  const texts = readCorpus();
  const dir = mkdtempSync(join(tmpdir(), 'infodesk-corpus-'));
  try {
    const ws = join(dir, 'ws');
    mkdirSync(join(dir, 'inbox'), { recursive: true });
    mkdirSync(ws);
    writeFileSync(join(ws, 'info.config.yaml'), CONFIG);
    for (const text of texts) writeFileSync(join(dir, 'inbox', text.header.file), await fileBytes(text));
    const imported = run(['import', join(dir, 'inbox')], ws);
    const paths = new Map(
      [...imported.stdout.matchAll(/inbox\/(.+?) → (\S+)/g)].map((m) => [m[1], m[2].replace(/^.*?items\//, 'items/')]),
    );
    const notes = importNotes(imported.stderr);
    const problems = JSON.parse(run(['validate', '--json'], ws).stdout);
    const byFile = new Map();
    // The corpus is about the texts: an item whose writer the import could not tell (author-missing) is not.
    const found = [...problems.errors, ...problems.warnings].filter((p) => p.rule !== 'author-missing');
    for (const p of found) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
    const results = [];
    for (const text of texts) results.push(await compare(text, ws, paths, notes, byFile));
    return { texts: results, importStderr: imported.stderr };
  } finally {
    if (keep) console.error(`kept: ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

async function compare(text, ws, paths, notes, byFile) {
  const path = paths.get(text.header.file);
  const result = { name: text.name, shape: text.header.shape, file: text.header.file, path, tp: [], fp: [], fn: [] };
  if (!path) return { ...result, missing: true };
  const fileText = readFileSync(join(ws, path), 'utf8');
  const lines = fileText.split('\n');
  const close = lines.indexOf('---', 1);
  const titleLine = lines.findIndex((line) => line.startsWith('title:')) + 1;
  const body = lines.slice(close + 1);
  const { want, unplaced } = expectedFindings(text, body, close + 2, titleLine);
  const got = new Map();
  for (const p of byFile.get(path) ?? []) {
    const more = /^(\d+) more of these/.exec(p.message);
    const count = more ? Number(more[1]) : 1;
    got.set(`${p.line}:${p.rule}`, (got.get(`${p.line}:${p.rule}`) ?? 0) + count);
  }
  for (const where of new Set([...want.keys(), ...got.keys()])) {
    const [line, rule] = [Number(where.split(':')[0]), where.split(':')[1]];
    const w = want.get(where) ?? 0;
    const g = got.get(where) ?? 0;
    const shown = { rule, line, text: (lines[line - 1] ?? '').slice(0, 40) };
    for (let i = 0; i < Math.min(w, g); i++) result.tp.push(shown);
    for (let i = g; i < w; i++) result.fn.push(shown);
    for (let i = w; i < g; i++) result.fp.push(shown);
  }
  const title = /^title: (.*)$/m.exec(fileText)?.[1]?.replace(/^(['"])(.*)\1$/, '$2') ?? '';
  const plainText = ['web', 'gbk'].includes(text.header.shape) || text.header.file.endsWith('.txt');
  return {
    ...result,
    unplaced,
    title: { expected: text.header.title, actual: title },
    notes: { expected: text.notes, actual: [...(notes.get(text.header.file) ?? [])].sort() },
    surprises: plainText ? await markdownSurprises(body.join('\n')) : [],
  };
}

/** Per rule: planted, found, true and false positives, misses, precision, recall. */
export function scoreByRule(results) {
  const rules = new Map();
  const row = (rule) => rules.get(rule) ?? rules.set(rule, { rule, tp: 0, fp: 0, fn: 0 }).get(rule);
  for (const r of results) {
    for (const f of r.tp) row(f.rule).tp++;
    for (const f of r.fp) row(f.rule).fp++;
    for (const f of r.fn) row(f.rule).fn++;
  }
  return [...rules.values()].sort((a, b) => a.rule.localeCompare(b.rule));
}

const ratio = (n, d) => (d === 0 ? '—' : (n / d).toFixed(2));

export function table(rows, markdown = false) {
  const lines = rows.map((r) => [
    r.rule,
    r.tp + r.fn,
    r.tp + r.fp,
    r.tp,
    r.fp,
    r.fn,
    ratio(r.tp, r.tp + r.fp),
    ratio(r.tp, r.tp + r.fn),
  ]);
  const total = rows.reduce((t, r) => ({ tp: t.tp + r.tp, fp: t.fp + r.fp, fn: t.fn + r.fn }), { tp: 0, fp: 0, fn: 0 });
  lines.push([
    'all',
    total.tp + total.fn,
    total.tp + total.fp,
    total.tp,
    total.fp,
    total.fn,
    ratio(total.tp, total.tp + total.fp),
    ratio(total.tp, total.tp + total.fn),
  ]);
  const head = ['rule', 'planted', 'found', 'right', 'false alarms', 'missed', 'precision', 'recall'];
  if (markdown)
    return [
      `| ${head.join(' | ')} |`,
      `|${head.map((_, i) => (i ? '---:' : '---')).join('|')}|`,
      ...lines.map((l) => `| ${l.map((c, i) => (i ? c : `\`${c}\``)).join(' | ')} |`),
    ].join('\n');
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => String(l[i]).length)));
  return [head, ...lines]
    .map((l) => l.map((c, i) => (i ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  '))
    .join('\n');
}

/** Everything that is not as the texts mark it, one line each. */
export function mismatches(results) {
  const out = [];
  for (const r of results) {
    if (r.missing) {
      out.push(`${r.name}: not imported`);
      continue;
    }
    for (const f of r.fp) out.push(`${r.name}: false alarm ${f.rule} at line ${f.line} “${f.text}”`);
    for (const f of r.fn) out.push(`${r.name}: missed ${f.rule} at line ${f.line} “${f.text}”`);
    for (const u of r.unplaced) out.push(`${r.name}: marked line not found in the item: ${u}`);
    if (r.title.expected !== r.title.actual)
      out.push(`${r.name}: title “${r.title.actual}”, expected “${r.title.expected}”`);
    if (r.notes.expected.join() !== r.notes.actual.join())
      out.push(`${r.name}: import said [${r.notes.actual}], expected [${r.notes.expected}]`);
    if (r.surprises.length) out.push(`${r.name}: plain text read as Markdown: ${r.surprises.join(', ')}`);
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { texts } = await runCorpus({ keep: process.argv.includes('--keep') });
  const shapes = SHAPES.map((s) => `${s} ${texts.filter((t) => t.shape === s).length}`).join(', ');
  const clean = texts.filter((t) => t.tp.length + t.fn.length === 0).length;
  console.log(`${texts.length} texts (${shapes}; ${clean} with nothing planted)\n`);
  console.log(table(scoreByRule(texts), process.argv.includes('--markdown')));
  const wrong = mismatches(texts);
  if (wrong.length) console.log(`\n${wrong.join('\n')}`);
  process.exitCode = wrong.length ? 1 : 0;
}
