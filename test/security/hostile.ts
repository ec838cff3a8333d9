/**
 * A hostile workspace: a few good items among dozens of files built to break a reader
 * (code in front matter, alias bombs, deep nesting, huge values, wrong encodings, binary
 * data, conflict markers, duplicate ids, escape sequences, links out of the workspace and
 * in circles). Used by the survival tests; any command that reads the workspace can be
 * run against it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONFIG, itemText, testdir } from '../helpers.js';

export const MONTH = '2026-11';

/** A good item's id, title and path. */
export interface Good {
  id: string;
  title: string;
  path: string;
}

/** A broken file and a rule that must be reported for it (with line and column). */
export interface Broken {
  path: string;
  rule: string;
}

export interface Hostile {
  root: string;
  /** A folder beside the workspace, with a secret that must never be read. */
  outside: string;
  secret: string;
  good: Good[];
  broken: Broken[];
  /** Links that must be skipped, not followed. */
  links: string[];
  /** Files that must never come to exist (code that ran). */
  canaries: string[];
}

const MiB = 1024 * 1024;
const ESC = '\u001b';

/** `levels` anchors, each a list of ten aliases of the one before: 10^levels leaves. */
export function aliasBomb(levels: number): string {
  const lines = ['a0: &a0 "lol"'];
  for (let i = 1; i <= levels; i++)
    lines.push(
      `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  return lines.join('\n');
}

/** History entries for an item submitted in the month. */
function submitted(day: string): { status: string; history: string[] } {
  return {
    status: 'submitted',
    history: [
      `{at: ${day}T09:00:00+08:00, by: 张三, to: draft}`,
      `{at: ${day}T10:00:00+08:00, by: 张三, from: draft, to: submitted}`,
    ],
  };
}

function goodItems(canary: string): { files: Record<string, string | Uint8Array>; good: Good[] } {
  const files: Record<string, string | Uint8Array> = {};
  const good: Good[] = [];
  const add = (path: string, id: string, title: string, text: string | Uint8Array) => {
    files[path] = text;
    good.push({ id, title, path });
  };
  add(
    'items/2026/11/good-plain.md',
    '20261103-g001',
    '春节后海门市项目早开工',
    itemText({ id: '20261103-g001', ...submitted('2026-11-03') }),
  );
  const crlf = itemText({
    id: '20261104-g002',
    title: '海门市财政今年投入5亿元扶持设施农业',
    created: '2026-11-04',
    ...submitted('2026-11-04'),
  });
  add(
    'items/2026/11/good-bom-crlf.md',
    '20261104-g002',
    '海门市财政今年投入5亿元扶持设施农业',
    `\uFEFF${crlf.replaceAll('\n', '\r\n')}`,
  );
  // Unknown keys are kept, so these are a valid item; they must not reach any prototype.
  const proto = `__proto__: {status: approved, polluted: yes}\nconstructor: {prototype: {polluted: yes}}\nprototype: x`;
  add(
    'items/2026/11/good-proto.md',
    '20261105-g003',
    '海门市为农村贫困户免费安装有线广播',
    itemText({
      id: '20261105-g003',
      title: '海门市为农村贫困户免费安装有线广播',
      created: '2026-11-05',
      extra: proto,
      ...submitted('2026-11-05'),
    }),
  );
  // Escape sequences: clear the screen, set the window title, a C1 CSI, a bidi override.
  const escTitle = '"\\e[2J\\e[31m红字\\e]0;pwned\\a\\x9b31m\\u202e反转"';
  // Adopted in the month, so its title reaches the month report too.
  const adopted = {
    status: 'adopted',
    history: [
      '{at: 2026-11-06T09:00:00+08:00, by: 张三, to: submitted}',
      '{at: 2026-11-07T09:00:00+08:00, by: 编辑, from: submitted, to: approved}',
      '{at: 2026-11-08T09:00:00+08:00, by: 编辑, from: approved, to: reported}',
      '{at: 2026-11-20T09:00:00+08:00, by: 编辑, from: reported, to: adopted}',
    ],
    extra:
      'adoptions:\n  - {level: city, form: bulletin, outlet: "\\e]8;;http://evil.example\\a刊物\\e]8;;\\a", date: 2026-11-20}',
  };
  add(
    'items/2026/11/good-escape.md',
    '20261106-g004',
    `${ESC}[2J${ESC}[31m红字${ESC}]0;pwned\u0007\u009b31m\u202e反转`,
    itemText({ id: '20261106-g004', title: escTitle, created: '2026-11-06', ...adopted }),
  );
  const long = 'x'.repeat(4 * MiB);
  add(
    'items/2026/11/good-long-title.md',
    '20261107-g005',
    long,
    itemText({ id: '20261107-g005', title: long, created: '2026-11-07', ...submitted('2026-11-07') }),
  );
  // A name a shell would run: only a shell-free editor launch keeps it a name.
  add(
    `items/2026/11/$(touch ${canary}).md`,
    '20261108-g006',
    '文件名里的命令',
    itemText({ id: '20261108-g006', title: '文件名里的命令', created: '2026-11-08', ...submitted('2026-11-08') }),
  );
  return { files, good };
}

/** Path → content and the rule it must be reported under. */
function brokenFiles(canary: string): [string, string | Uint8Array, string][] {
  const js = `(function(){ require("fs").writeFileSync(${JSON.stringify(canary)}, "x"); return {title: "t"} })()`;
  const head = (extra: string, body = '正文。') => `---\n${extra}\n---\n${body}\n`;
  const gbk = Buffer.from([
    ...Buffer.from('---\ntitle: '),
    0xba,
    0xa3,
    0xc3,
    0xc5,
    0xca,
    0xd0,
    ...Buffer.from('\n---\n'),
  ]);
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(itemText(), 'utf16le')]);
  const huge = Buffer.alloc(5 * MiB + 1, 0x61);
  huge.write('---\ntitle: ');
  const wideAlias = `---\nid: 20261109-w001\ntitle: &t "${'y'.repeat(4 * MiB)}"\ntags: [${Array(200).fill('*t').join(', ')}]\n---\n`;
  return [
    ['items/js.md', `---js\n${js}\n---\n`, 'frontmatter-language'],
    ['items/javascript.md', `---javascript\n${js}\n---\n`, 'frontmatter-language'],
    [
      'items/coffee.md',
      `---coffee\ntitle: do -> require("fs").writeFileSync(${JSON.stringify(canary)}, "x")\n---\n`,
      'frontmatter-language',
    ],
    ['items/toml.md', '---toml\ntitle = "t"\n---\n', 'frontmatter-language'],
    ['items/json.md', '---json\n{"title": "t"}\n---\n', 'frontmatter-language'],
    ['items/upper-js.md', `---JS\n${js}\n---\n`, 'frontmatter-language'],
    ['items/lol.md', head(`${aliasBomb(9)}\ntitle: *a9`), 'yaml-syntax'],
    ['items/wide-alias.md', wideAlias, 'yaml-syntax'],
    ['items/deep-flow.md', head(`title: ${'['.repeat(100_000)}${']'.repeat(100_000)}`), 'yaml-syntax'],
    ['items/deep-block.md', head(`title:\n${'- '.repeat(100_000)}x`), 'yaml-syntax'],
    ['items/deep-map.md', head(`title: ${'{a: '.repeat(50_000)}1${'}'.repeat(50_000)}`), 'yaml-syntax'],
    ['items/huge.md', huge, 'file-too-large'],
    ['items/gbk.md', gbk, 'encoding'],
    ['items/utf16.md', utf16, 'encoding'],
    ['items/latin1.md', Buffer.from('---\ntitle: caf\xe9\n---\n', 'latin1'), 'encoding'],
    [
      'items/binary.md',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
      'encoding',
    ],
    ['items/empty.md', '', 'frontmatter-missing'],
    ['items/bom-only.md', '\uFEFF', 'frontmatter-missing'],
    ['items/no-front-matter.md', '只有正文。\n', 'frontmatter-missing'],
    ['items/unterminated.md', '---\ntitle: 没有结束\n', 'frontmatter-missing'],
    [
      'items/conflict-head.md',
      itemText({ id: '20261110-c001' }).replace(
        'title: ',
        '<<<<<<< HEAD\ntitle: 甲\n=======\ntitle: 乙\n>>>>>>> branch\nx: ',
      ),
      'conflict-marker',
    ],
    [
      'items/conflict-body.md',
      itemText({ id: '20261110-c002', body: '<<<<<<< HEAD\n甲\n=======\n乙\n>>>>>>> branch' }),
      'conflict-marker',
    ],
    ['items/dup-a.md', itemText({ id: '20261111-dup1', title: '合并后的副本甲' }), 'id-duplicate'],
    ['items/dup-b.md', itemText({ id: '20261111-dup1', title: '合并后的副本乙' }), 'id-duplicate'],
    ['items/list-front-matter.md', head('- a\n- b'), 'field-type'],
    ['items/scalar-front-matter.md', head('just a string'), 'field-type'],
    ['items/bad-yaml.md', head('title: [unclosed\nid: x'), 'yaml-syntax'],
    ['items/dup-key.md', head('title: 甲\ntitle: 乙'), 'yaml-syntax'],
    ['items/topic-traversal.md', itemText({ id: '20261112-t001', extra: 'topic: ../../etc/passwd' }), 'field-format'],
    [
      'items/bad-values.md',
      itemText({ id: '20261112-t002', category: `"\\e]0;owned\\a\\e[2J"`, department: `"${'部'.repeat(100_000)}"` }),
      'field-enum',
    ],
    [`items/${ESC}[31mred\nitems-fake.md:1:1  error  forged.md`, head('title: [x'), 'yaml-syntax'],
    ['topics/js-topic.md', `---js\n${js}\n---\n`, 'frontmatter-language'],
    ['topics/lol-topic.md', head(`${aliasBomb(9)}\ntitle: *a9`), 'yaml-syntax'],
  ];
}

function write(root: string, path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}

/** Links out of the workspace, into nowhere, in a circle, and to a named pipe. */
function links(root: string, outside: string): string[] {
  const made: [string, string][] = [
    ['items/outside-file.md', join(outside, 'secret.md')],
    ['items/outside-dir', outside],
    ['items/etc', '/etc'],
    ['items/dangling.md', join(root, 'nowhere.md')],
  ];
  for (const [path, target] of made) symlinkSync(target, join(root, path));
  symlinkSync('..', join(root, 'items/loop'));
  symlinkSync('.', join(root, 'items/2026/self'));
  // A link inside items/ to a named pipe: reading it would wait forever.
  try {
    execFileSync('mkfifo', [join(root, 'items/fifo')]);
    symlinkSync('fifo', join(root, 'items/pipe.md'));
  } catch {
    // No mkfifo here: the other links still stand.
  }
  return made.map(([path]) => path);
}

export function hostileWorkspace(): Hostile {
  const outside = testdir({});
  const secret = 'TOP-SECRET-6b1f';
  writeFileSync(join(outside, 'secret.md'), itemText({ id: '20261101-sec1', title: secret, body: secret }));
  const root = testdir({});
  const canaries = [
    join(root, 'PWNED'),
    join(outside, 'PWNED'),
    join(root, 'HACKED'),
    join(root, 'items/2026/11/HACKED'),
  ];
  const { files, good } = goodItems('HACKED');
  write(root, 'info.config.yaml', CONFIG);
  for (const [path, content] of Object.entries(files)) write(root, path, content);
  const broken = brokenFiles(canaries[0]!).map(([path, content, rule]) => {
    write(root, path, content);
    return { path, rule };
  });
  return { root, outside, secret, good, broken, links: links(root, outside), canaries };
}
