/**
 * One file's text → its item and every problem in it. Pure and self-contained, so its
 * result can be cached by the file's size and modification time.
 */
import type { Config } from './config.js';
import { splitFile } from './frontmatter.js';
import { sectionFindings } from './bulletin/section-rule.js';
import { adoptionFindings, checkItemData, toItem, type Item } from './item.js';
import { lintItem, type LintContext } from './lint/index.js';
import { locator, type Locate } from './locate.js';
import { finding, type Finding, type Params, type Severity } from './problems.js';
import { checkTopicData, toTopic, type Topic } from './topic.js';

/** A finding with its place in the file: what validate prints, before it is put into words. */
export interface Placed {
  rule: string;
  severity: Severity;
  line: number;
  column: number;
  params: Params;
}

export type FileKind = 'item' | 'topic';

export interface Analysis {
  item: Item | null;
  topic: Topic | null;
  problems: Placed[];
  /** Line of each top-level front-matter key, for findings made later across files. */
  keyLines: Record<string, number>;
}

/** Top-level keys start a line with no indentation: `title: …`. Cheap, no YAML parse. */
export function topLevelKeyLines(matter: string): Record<string, number> {
  const lines: Record<string, number> = {};
  matter.split('\n').forEach((line, i) => {
    const m = /^([A-Za-z_][\w-]*)\s*:/.exec(line);
    if (m && !Object.hasOwn(lines, m[1]!)) lines[m[1]!] = i + 1;
  });
  return lines;
}

/** Places findings: raw-text ones already have a line; key paths are looked up. */
export function place(findings: readonly Finding[], matter: string, keyLines: Record<string, number>): Placed[] {
  let locate: Locate | undefined;
  return findings.map(({ rule, severity, path, line, column, params }) => {
    if (line !== undefined) return { rule, severity, line, column: column ?? 1, params };
    if (path && path.length === 1 && typeof path[0] === 'string' && Object.hasOwn(keyLines, path[0])) {
      return { rule, severity, line: keyLines[path[0]]!, column: 1, params };
    }
    locate ??= locator(matter);
    const at = locate(path ?? []);
    return { rule, severity, line: at.line, column: at.column, params };
  });
}

export function departmentFindings(item: Item, config: Config): Finding[] {
  if (config.departments.length === 0) return [];
  const known = new Set(config.departments.map((d) => d.name));
  return item.departments
    .filter((name) => !known.has(name))
    .map((name) => finding('department-unknown', 'warning', { path: ['department'] }, { name }));
}

/**
 * An item nobody wrote: imported from a department's file whose writer is not known. It
 * scores for its department; its writer's points wait until someone names the author.
 */
function authorFindings(item: Item, data: Record<string, unknown>): Finding[] {
  if (item.authors.length > 0 || !Array.isArray(data.authors)) return [];
  return [finding('author-missing', 'warning', { path: ['authors'] })];
}

export function analyzeText(text: string, path: string, kind: FileKind, context: LintContext): Analysis {
  const split = splitFile(text);
  const keyLines = topLevelKeyLines(split.matter);
  const none = { item: null, topic: null, keyLines };
  if (!split.data) return { ...none, problems: place(split.findings, split.matter, keyLines) };
  if (kind === 'topic') {
    const findings = [...split.findings, ...checkTopicData(split.data)];
    return { ...none, topic: toTopic(split.data, path), problems: place(findings, split.matter, keyLines) };
  }
  const item = toItem(split.data, path, context.config.outlets);
  const findings = [
    ...split.findings,
    ...checkItemData(split.data),
    ...adoptionFindings(split.data, context.config.outlets),
    ...authorFindings(item, split.data),
    ...departmentFindings(item, context.config),
    ...sectionFindings(item, context.config),
    ...lintItem({ item, body: split.body, bodyLine: split.bodyLine, matter: split.matter }, context),
  ];
  return { ...none, item, problems: place(findings, split.matter, keyLines) };
}
