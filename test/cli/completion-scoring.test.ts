/** Completion of the 考核办法's flags: ledger kinds, items, configured outlets, the adjust command. */
import { describe, expect, it } from 'vitest';
import { complete, type Dynamic } from '../../src/cli/complete.js';
import { inspectedProgram } from '../program.js';

const program = inspectedProgram();
const dynamic: Dynamic = {
  departments: () => ['发改委', '财政局'],
  writers: () => ['张三'],
  itemIds: () => ['20261103-k7f2'],
  topicIds: () => [],
  outlets: () => ['南通信息', '江苏政务信息专报'],
};
const at = (...words: string[]) => complete(program, words, words.length - 1, dynamic);

describe('completion of the office’s own 考核办法', () => {
  it('offers info adjust, its flags and its list', () => {
    expect(at('ad')).toEqual(['adjust']);
    expect(at('adjust', '')).toEqual(['list']);
    expect(at('adjust', '--d')).toEqual(['--department', '--date', '--disqualify', '--dir']);
  });

  it('offers the ledger kinds, units, items and configured outlets', () => {
    expect(at('adjust', '--kind', '')).toEqual(['late', 'missed', 'inaccurate', 'feedbackMissed', 'commended']);
    expect(at('adjust', '--department', '')).toEqual(['发改委', '财政局']);
    expect(at('adjust', '--item', '')).toEqual(['20261103-k7f2']);
    expect(at('review', '20261103-k7f2', '--adopt', '--outlet', '')).toEqual(['南通信息', '江苏政务信息专报']);
    expect(at('review', '20261103-k7f2', '--b')).toEqual(['--brief', '--by']);
  });
});
