import { describe, expect, it } from 'vitest';
import { addDays, planNewTopic, splitNames } from '../../src/core/new-topic.js';
import { checkTopicData } from '../../src/core/topic.js';
import {
  answerOf,
  answersByTopic,
  overdueTopics,
  progressOf,
  topicJson,
  topicProgress,
  type Topic,
} from '../../src/core/topic.js';
import { toItem, type Item } from '../../src/core/item.js';
import { splitFile } from '../../src/core/frontmatter.js';

const topic: Topic = {
  id: '20261101-a9c3',
  title: '设施农业',
  departments: ['发改委', '财政局', '临江镇'],
  due: '2026-11-10',
  brief: '',
  created: '2026-11-01',
  path: 'topics/x.md',
};

function item(
  id: string,
  department: string | string[],
  history: { at: string; to: string }[],
  topicId = topic.id,
): Item {
  return toItem(
    {
      id,
      title: id,
      department,
      topic: topicId,
      status: history.at(-1)!.to,
      history: history.map((h) => ({ ...h, by: '张三' })),
    },
    `items/${id}.md`,
  );
}

describe('topicProgress', () => {
  const answers = [
    item('20261105-aaaa', '财政局', [{ at: '2026-11-05T10:00:00+08:00', to: 'submitted' }]),
    item('20261106-bbbb', '发改委', [{ at: '2026-11-06T10:00:00+08:00', to: 'draft' }]),
    item('20261107-cccc', '临江镇', [{ at: '2026-11-07T10:00:00+08:00', to: 'submitted' }], '20261101-zzzz'),
  ];

  it('counts a department once one of its items naming the topic is submitted; drafts and other topics do not count', () => {
    const progress = topicProgress(topic, answers, 'Asia/Shanghai', '2026-11-08');
    expect(progress).toEqual({ answered: ['财政局'], missing: ['发改委', '临江镇'], overdue: false });
  });

  it('is overdue only after the due date, in the configured zone', () => {
    expect(topicProgress(topic, answers, 'Asia/Shanghai', '2026-11-10').overdue).toBe(false);
    expect(topicProgress(topic, answers, 'Asia/Shanghai', '2026-11-11').overdue).toBe(true);
  });

  it('is never overdue once every department has answered, also late', () => {
    const all = [
      ...answers,
      item(
        '20261112-dddd',
        ['发改委', '临江镇'],
        [
          { at: '2026-11-12T09:00:00+08:00', to: 'draft' },
          { at: '2026-11-12T10:00:00+08:00', to: 'submitted' },
        ],
      ),
    ];
    const progress = topicProgress(topic, all, 'Asia/Shanghai', '2026-11-20');
    expect(progress).toEqual({ answered: ['发改委', '财政局', '临江镇'], missing: [], overdue: false });
    // By the due date, only the on-time answer counts (what scoring charges for).
    expect(topicProgress(topic, all, 'Asia/Shanghai', '2026-11-20', topic.due).missing).toEqual(['发改委', '临江镇']);
  });

  it('reads the submission date in the configured zone, not UTC', () => {
    const late = [item('20261110-eeee', '发改委', [{ at: '2026-11-10T16:30:00Z', to: 'submitted' }])];
    expect(topicProgress(topic, late, 'Asia/Shanghai', '2026-11-20', topic.due).answered).toEqual([]);
    expect(topicProgress(topic, late, 'UTC', '2026-11-20', topic.due).answered).toEqual(['发改委']);
  });

  it('lists overdue topics soonest due first', () => {
    const later = { ...topic, id: '20261101-b000', due: '2026-11-15' };
    const done = { ...topic, id: '20261101-c000', departments: ['财政局'] };
    const answerDone = item('20261105-ffff', '财政局', [{ at: '2026-11-05T10:00:00+08:00', to: 'submitted' }], done.id);
    const found = overdueTopics(
      [later, topic, done],
      [...answers, answerDone].map(answerOf),
      'Asia/Shanghai',
      '2026-11-20',
    );
    expect(found.map((f) => f.topic.id)).toEqual([topic.id, later.id]);
  });

  it('gives the JSON of SPEC section 5, keys in order', () => {
    const json = topicJson(topic, topicProgress(topic, answers, 'Asia/Shanghai', '2026-11-08'));
    expect(Object.keys(json)).toEqual([
      'id',
      'title',
      'departments',
      'due',
      'brief',
      'created',
      'answered',
      'missing',
      'path',
    ]);
    expect(json.missing).toEqual(['发改委', '临江镇']);
  });
});

describe('answersByTopic', () => {
  it('gives each topic its own answers, in order, so that its progress is the same as from all of them', () => {
    const other: Topic = { ...topic, id: '20261101-zzzz', departments: ['临江镇', '财政局'] };
    const answers = [
      item('20261105-aaaa', '财政局', [{ at: '2026-11-05T10:00:00+08:00', to: 'submitted' }]),
      item('20261106-bbbb', ['发改委', '临江镇'], [{ at: '2026-11-10T23:30:00+08:00', to: 'submitted' }]),
      item('20261107-cccc', '临江镇', [{ at: '2026-11-07T10:00:00+08:00', to: 'submitted' }], other.id),
      item('20261108-dddd', '财政局', [{ at: '2026-11-08T10:00:00+08:00', to: 'draft' }], other.id),
    ].map(answerOf);
    answers.push({ topic: null, departments: ['发改委'], submitted: '2026-11-01T10:00:00+08:00' });
    const byTopic = answersByTopic(answers);
    expect([...byTopic.keys()]).toEqual([topic.id, other.id]);
    expect(byTopic.get(other.id)!.map((a) => a.departments)).toEqual([['临江镇'], ['财政局']]);
    for (const t of [topic, other]) {
      for (const until of [undefined, '2026-11-09', '2026-11-10']) {
        expect(progressOf(t, byTopic.get(t.id) ?? [], 'Asia/Shanghai', '2026-11-12', until)).toEqual(
          progressOf(t, answers, 'Asia/Shanghai', '2026-11-12', until),
        );
      }
    }
    expect(progressOf(topic, byTopic.get(topic.id)!, 'Asia/Shanghai', '2026-11-12', '2026-11-09').answered).toEqual([
      '财政局',
    ]);
  });
});

describe('planNewTopic', () => {
  const input = {
    title: 'yes: 设施农业 # 发展',
    departments: ['财政局', '发改委'],
    due: '2026-11-20',
    brief: '第一行\n第二行：做法',
    created: '2026-11-01',
  };

  it('writes front matter that reads back as the same topic and passes the topic schema', () => {
    const planned = planNewTopic(input, () => 0.5);
    expect(planned.topic.id).toBe('20261101-gggg');
    expect(planned.path).toBe('topics/20261101-gggg-yes-she-shi-nong-ye-fa-zhan.md');
    const split = splitFile(planned.text);
    expect(split.data).toEqual({
      id: '20261101-gggg',
      title: input.title,
      departments: input.departments,
      due: input.due,
      brief: input.brief,
      created: input.created,
    });
    expect(checkTopicData(split.data)).toEqual([]);
    expect(planned.text).toContain('departments: [财政局, 发改委]');
  });

  it('splits names given with commas or 、 and drops repeats', () => {
    expect(splitNames(['财政局,发改委', '临江镇、财政局', ' 海门街道 '])).toEqual([
      '财政局',
      '发改委',
      '临江镇',
      '海门街道',
    ]);
  });

  it('adds calendar days across months and years', () => {
    expect(addDays('2026-11-28', 7)).toBe('2026-12-05');
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
  });
});
