/**
 * The byte-preserving rewrite over arbitrary item files: whatever the BOM, line endings,
 * comments, unknown keys (`__proto__` too), quoting or body, an edit changes only what it
 * is about, and an edit followed by its inverse gives back the very same bytes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editFrontMatter } from '../../src/core/rewrite.js';

const comment = fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => `# ${s.replace(/[\r\n]/g, ' ')}`);
const extraKey = fc.constantFrom(
  'x-note: 备注',
  '__proto__: {status: approved}',
  'constructor: {prototype: 1}',
  "x-quoted: 'a: b'",
  'x-list: [1, 2]',
);
const title = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).map((s) => JSON.stringify(s));
/** A body with every kind of hostile line, `---` included (only the first one closes the front matter). */
const body = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.constantFrom('---', 'status: draft', '<<<<<<< HEAD', '\u001b[2J', ''),
    ),
    { maxLength: 8 },
  )
  .map((ls) => ls.join('\n'));

const item = fc
  .record({
    bom: fc.boolean(),
    crlf: fc.boolean(),
    title,
    extras: fc.uniqueArray(fc.oneof(comment, extraKey), {
      maxLength: 4,
      selector: (line) => (line.startsWith('#') ? line : line.split(':')[0]),
    }),
    statusComment: fc.option(comment, { nil: undefined }),
    flowHistory: fc.boolean(),
    body,
  })
  .map(({ bom, crlf, title, extras, statusComment, flowHistory, body }) => {
    const history = flowHistory
      ? ['history: [{at: 2026-11-03T09:12:00+08:00, by: 张三, to: submitted}]']
      : ['history:', '  - at: 2026-11-03T09:12:00+08:00', '    by: 张三', '    to: submitted'];
    const head = [
      'id: 20261103-k7f2',
      `title: ${title}`,
      ...extras,
      `status: submitted${statusComment ? `   ${statusComment}` : ''}`,
      'department: 发改委',
      'authors: [张三]',
      'created: 2026-11-03',
      ...history,
    ];
    const lines = ['---', ...head, '---', body];
    const eol = crlf ? '\r\n' : '\n';
    return `${bom ? '\uFEFF' : ''}${lines.join(eol)}`;
  });

/** Everything after the closing delimiter line. */
const bodyOf = (text: string) => text.slice(text.search(/\n---(\r?\n|$)/) + 1).replace(/^---\r?\n?/, '');

describe('the byte-preserving rewrite', () => {
  it('an untouched file, and an edit followed by its inverse, give back the same bytes', () => {
    fc.assert(
      fc.property(item, (text) => {
        expect(editFrontMatter(text, [])).toBe(text);
        const there = editFrontMatter(text, [{ op: 'set', key: 'status', value: 'edited' }]);
        expect(editFrontMatter(there, [{ op: 'set', key: 'status', value: 'submitted' }])).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('a move changes the status line and adds history, and leaves every other line and the body alone', () => {
    const entry = { at: '2026-11-05T10:00:00+08:00', by: '编辑甲', from: 'submitted', to: 'edited' };
    fc.assert(
      fc.property(item, (text) => {
        const after = editFrontMatter(text, [
          { op: 'set', key: 'status', value: 'edited' },
          { op: 'append', key: 'history', value: entry },
        ]);
        const before = text.split(/\r?\n/);
        const now = after.split(/\r?\n/);
        const removed = before.filter((line) => !now.includes(line));
        const flow = before.find((l) => l.startsWith('history: ['));
        // A one-line history list grows on its own line: the old entries stay as they were.
        if (flow) expect(now.some((l) => l.startsWith(flow.slice(0, -1)) && l.length > flow.length)).toBe(true);
        expect(removed).toEqual([before.find((l) => l.startsWith('status: ')), ...(flow ? [flow] : [])]);
        expect(bodyOf(after)).toBe(bodyOf(text));
        expect(after.startsWith('\uFEFF')).toBe(text.startsWith('\uFEFF'));
        expect(after.includes('\r\n')).toBe(text.includes('\r\n'));
      }),
      { numRuns: 300 },
    );
  });
});
