/**
 * A content rule from a check of one line of real text: prose with code, links and
 * watermark noise blanked (columns still match the file), run on every body line and on
 * the title. The rules of the editor's checks (`placeholder`, `missing-number`,
 * `doubled-punctuation`, `misused-word`) are made this way.
 */
import { finding, type Finding } from '../problems.js';
import type { ContentRule, LintContext } from './index.js';
import { lineNoise, withoutNoise } from './noise.js';
import { prose, proseLines, titleColumn, type Hit } from './text.js';

export type CleanScan = (text: string, context: LintContext) => Hit[];

let last: { title: string; clean: string } | undefined;

/** The title as the line rules read it (kept: every rule of a file reads the same title). */
export function cleanTitle(title: string): string {
  if (last?.title !== title) last = { title, clean: withoutNoise(prose(title)) };
  return last.clean;
}

export function cleanLineRule(rule: string, scan: CleanScan): ContentRule {
  return ({ item, body, bodyLine, matter }, context) => {
    const out: Finding[] = [];
    const hits = item.title ? scan(cleanTitle(item.title), context) : [];
    if (hits.length) {
      const at = titleColumn(matter, item.title);
      for (const { index, params } of hits)
        out.push(
          finding(rule, 'warning', at ? { line: at.line, column: at.column + index } : { path: ['title'] }, params),
        );
    }
    for (const line of proseLines(body, bodyLine)) {
      for (const { index, params } of scan(withoutNoise(line.text, lineNoise(line)), context))
        out.push(finding(rule, 'warning', { line: line.line, column: index + 1 }, params));
    }
    return out;
  };
}
