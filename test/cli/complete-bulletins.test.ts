/** Completion of the bulletin flags and commands: series, sections, and item ids for merge and export. */
import { describe, expect, it } from 'vitest';
import { complete, type Dynamic } from '../../src/cli/complete.js';
import { inspectedProgram } from '../program.js';

const program = inspectedProgram();
const dynamic: Dynamic = {
  departments: () => [],
  writers: () => [],
  itemIds: () => ['20261103-k7f2'],
  topicIds: () => [],
  series: () => ['政务信息', '每日要情'],
  sections: () => ['工作动态', '经验做法'],
};
const at = (...words: string[]) => complete(program, words, words.length - 1, dynamic);

describe('completion of series, sections, merge and export', () => {
  it('offers the configured series and sections', () => {
    expect(at('report', '--series', '')).toEqual(['政务信息', '每日要情']);
    expect(at('review', '20261103-k7f2', '--section', '')).toEqual(['工作动态', '经验做法']);
    expect(at('new', '--section', '经')).toEqual(['经验做法']);
  });

  it('offers item ids to merge and export, and export’s formats', () => {
    expect(at('merge', '')).toEqual(['20261103-k7f2']);
    expect(at('export', '2026')).toEqual(['20261103-k7f2']);
    expect(at('export', '--format', 't')).toEqual(['txt']);
    expect(at('review', '--b')).toEqual(['--brief', '--by']);
  });
});
