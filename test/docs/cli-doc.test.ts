/**
 * `docs/cli.md` covers what the program declares: every command has its section, and every
 * flag of a command is named in that section (global flags in section 1.1). A command or flag
 * added without its documentation fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { inspectedProgram } from '../program.js';
import { ROOT } from '../helpers.js';

const program = inspectedProgram();
const doc = readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8');

/** The text of each `## ` and `### ` section, by its heading (a section ends where the next begins). */
function sections(markdown: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of markdown.split(/^#{2,3} /m).slice(1)) {
    const [heading = '', ...rest] = part.split('\n');
    out.set(heading, rest.join('\n'));
  }
  return out;
}

const bySection = sections(doc);

/** The commands users type (`ask new`), without the hidden ones. */
function commands(parent: Command, prefix: string[] = []): { path: string; command: Command }[] {
  return parent.commands
    .filter((c) => !(c as unknown as { _hidden: boolean })._hidden)
    .flatMap((c) => {
      const path = [...prefix, c.name()];
      return c.commands.length ? commands(c, path) : [{ path: path.join(' '), command: c }];
    });
}

/** Every section whose heading names the command (`report` has two, `ask new` shares one). */
function sectionOf(path: string): string {
  const [first, second] = path.split(' ');
  const heading = (h: string) =>
    h.includes(`\`info ${path}`) || (second !== undefined && h.includes(`\`info ${first} `) && h.includes(second));
  return [...bySection]
    .filter(([h]) => heading(h))
    .map(([, text]) => text)
    .join('\n');
}

describe('docs/cli.md', () => {
  const all = commands(program);

  it('finds the commands it checks', () => {
    expect(all.map((c) => c.path)).toEqual(expect.arrayContaining(['init', 'new', 'report', 'ask new', 'status']));
  });

  it.each(all.map((c) => [c.path, c.command] as const))('documents info %s and each of its flags', (path, command) => {
    const text = sectionOf(path);
    expect(text, `no section for info ${path}`).not.toBe('');
    const missing = command.options.map((o) => o.long!).filter((flag) => !text.includes(flag));
    expect(missing, `flags of info ${path} missing from its section`).toEqual([]);
  });

  it('documents the global flags', () => {
    const text = bySection.get('1.1 Global options') ?? '';
    const missing = program.options.map((o) => o.long!).filter((flag) => !text.includes(flag));
    expect(missing).toEqual([]);
  });

  it('lists every validation rule that has a message', () => {
    const catalogue = readdirSync(join(ROOT, 'src', 'i18n'))
      .map((name) => readFileSync(join(ROOT, 'src', 'i18n', name), 'utf8'))
      .join('\n');
    const rules = new Set([...catalogue.matchAll(/'rule\.([a-z-]+)/g)].map((m) => m[1]!));
    const table = bySection.get('6. Validation rules') ?? '';
    expect(rules.size).toBeGreaterThan(20);
    expect([...rules].filter((rule) => !table.includes(`| \`${rule}\` |`))).toEqual([]);
  });
});
