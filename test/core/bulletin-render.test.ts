import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildIssue } from '../../src/core/bulletin/issue.js';
import { SERIES_DEFAULTS, type Series } from '../../src/core/bulletin/series-config.js';
import { splitFile } from '../../src/core/frontmatter.js';
import { toItem } from '../../src/core/item.js';
import { translator } from '../../src/i18n/index.js';
import { renderIssue, type Templates } from '../../src/render/bulletin-files.js';
import { renderTemplate } from '../../src/render/bulletin-template.js';
import { issueView, VIEW_NAMES, type ViewOptions } from '../../src/render/bulletin-view.js';
import type { Template, TemplateName } from '../../src/store/bulletins.js';
import { ROOT } from '../helpers.js';

const series: Series = {
  ...SERIES_DEFAULTS,
  name: '政务信息',
  distribution: { 报: ['南通市人民政府办公室'], 送: ['市委办公室', '市政协办公室'], 发: [] },
  copies: 150,
};

const builtIn = (name: TemplateName): Template => ({
  text: readFileSync(
    `${ROOT}/templates/bulletin/${{ md: 'issue.md.mustache', html: 'issue.html.mustache', css: 'issue.css' }[name]}`,
    'utf8',
  ),
  source: `templates/bulletin/${name}`,
});
const templates: Templates = { md: () => builtIn('md'), html: () => builtIn('html'), css: () => builtIn('css') };

function item(id: string, title: string, departments: string[]) {
  return toItem(
    {
      id,
      title,
      status: 'approved',
      category: 'key',
      department: departments,
      authors: ['张三'],
      created: '2026-11-01',
      history: [],
    },
    `items/${id}.md`,
  );
}

const HOSTILE = '<script>window.pwned=1</script><img src=x onerror="window.pwned=2">';
const issue = (overrides: Partial<Parameters<typeof buildIssue>[0]> = {}) =>
  buildIssue({
    series,
    first: true,
    office: '海门市人民政府办公室',
    ref: { year: 2026, number: 15, supplement: false },
    total: 128,
    date: '2026-12-01',
    note: '现将有关情况刊发，供参考。',
    items: [
      {
        item: item('20261105-dh41', '惠企资金“免申即享”兑付1.8亿元', ['财政局']),
        body: '一、基本情况\n\n今年以来，兑付资金**1.8亿元**。\n\n（一）主动识别。依托大数据比对。',
      },
      {
        item: item('20261106-ab12', `标题${HOSTILE}`, ['发改委', '临江镇']),
        body: `正文${HOSTILE}\n\n<!-- 模板提示 -->`,
      },
    ],
    ...overrides,
  });

const zh: ViewOptions = { t: translator('zh-CN'), lang: 'zh-CN', labels: {} };
const en: ViewOptions = { t: translator('en'), lang: 'en', labels: {} };

async function rendered(format: 'md' | 'html' | 'docx', value = issue(), options = zh) {
  return (await renderIssue(value, [format], templates, options))[0]!.content;
}

describe('the Markdown issue', () => {
  it('starts with the record of the issue, then the masthead, note, items and distribution', async () => {
    const md = String(await rendered('md'));
    const split = splitFile(md);
    expect(split.data).toEqual({
      series: '政务信息',
      ref: '2026-15',
      supplement: false,
      total: 128,
      date: '2026-12-01',
      note: '现将有关情况刊发，供参考。',
      items: ['20261105-dh41', '20261106-ab12'],
    });
    const body = split.body;
    for (const line of [
      '# 政务信息',
      '第15期（总第128期）',
      '海门市人民政府办公室　　2026年12月1日',
      '**编者按：**现将有关情况刊发，供参考。',
      '## 惠企资金“免申即享”兑付1.8亿元',
      '（财政局供稿）',
      '（发改委、临江镇供稿）',
      '报：南通市人民政府办公室。',
      '送：市委办公室，市政协办公室。',
      '共印150份',
    ]) {
      expect(body).toContain(line);
    }
    expect(body).not.toContain('发：');
    expect(body).not.toContain('模板提示');
    expect(body.indexOf('惠企资金')).toBeLessThan(body.indexOf('标题<script>'));
  });

  it('names a supplement by its own sequence and leaves the running total out', async () => {
    const md = String(
      await rendered('md', issue({ ref: { year: 2026, number: 2, supplement: true }, total: null, note: null })),
    );
    expect(md).toContain('ref: 2026-s02');
    expect(md).toContain('增刊第2期');
    expect(md).not.toContain('总第');
    expect(md).not.toContain('编者按');
  });

  it('speaks English in an English workspace', async () => {
    const md = String(await rendered('md', issue(), en));
    expect(md).toContain('No. 15(128 overall)');
    expect(md).toContain('1 December 2026');
    expect(md).toContain('(from 发改委, 临江镇)');
  });
});

describe('the HTML issue', () => {
  it('escapes every value, so titles and bodies with markup stay text', async () => {
    const html = String(await rendered('html'));
    expect(html).not.toContain('<script>window');
    expect(html).not.toContain('<img');
    expect(html).toContain('标题&lt;script&gt;window.pwned');
    expect(html).toContain('正文&lt;script&gt;');
  });

  it('is one self-contained page with a strict policy and A4 print rules', async () => {
    const html = String(await rendered('html'));
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[^"]+';/,
    );
    expect(html).toContain('@page { size: A4; margin: 37mm 26mm 35mm 28mm; }');
    expect(html).not.toMatch(/<(script|link|img|iframe|object|embed|a)[\s>]/i);
    expect(html).toContain('<title>《政务信息》2026年第15期</title>');
    expect(html).toContain('<h3 class="l1">一、基本情况</h3>');
    expect(html).toContain('<p><span class="lead l2">（一）主动识别。</span>依托大数据比对。</p>');
    expect(html).toContain('兑付资金<strong>1.8亿元</strong>。');
  });
});

describe('layout templates', () => {
  const view = issueView(issue(), zh);
  const template = (text: string): Template => ({ text, source: 'templates/bulletin/issue.html.mustache' });
  const failure = (text: string, html = true) => {
    try {
      renderTemplate(template(text), view, html, VIEW_NAMES);
    } catch (error) {
      return error as { code: string; params: Record<string, unknown> };
    }
    throw new Error('expected the template to be refused');
  };

  it('renders the documented variables, escaped for HTML', () => {
    expect(renderTemplate(template('{{#items}}[{{index}}:{{title}}]{{/items}}'), view, true, VIEW_NAMES)).toContain(
      '[2:标题&lt;script&gt;',
    );
    expect(renderTemplate(template('{{#items}}{{{bodyHtml}}}{{/items}}'), view, true, VIEW_NAMES)).toContain(
      '<h3 class="l1">',
    );
  });

  it('knows every name the view has, and checks a template the same when a list is empty', () => {
    const names = new Set<string>();
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object')
        for (const [key, entry] of Object.entries(value)) names.add(key) && walk(entry);
    };
    // Marks, a 目录, a section and a brief: every part of the view is there.
    const brief = toItem(
      { id: '20261107-cd34', title: '简讯', department: '财政局', authors: '张三', brief: true, history: [] },
      'items/brief.md',
    );
    const full = issue({
      series: {
        ...series,
        sections: ['工作动态'],
        toc: 1,
        marks: { secrecy: '内部资料', urgency: '', copyNumber: true },
      },
      items: [
        { item: brief, body: '一段话。' },
        { item: { ...item('20261105-dh41', '标题', ['财政局']), section: '工作动态' }, body: '正文' },
      ],
    });
    walk(issueView(full, zh));
    expect([...names].sort()).toEqual([...VIEW_NAMES].sort());
    const bare = issueView(issue({ items: [], note: null }), zh);
    expect(
      renderTemplate(
        template('{{#items}}{{title}}{{/items}}{{#distribution}}{{line}}{{/distribution}}'),
        { ...bare, distribution: [] },
        true,
        VIEW_NAMES,
      ),
    ).toBe('');
  });

  it('refuses a variable the issue does not provide, naming the file and line', () => {
    expect(failure('第一行\n{{unknown}}')).toMatchObject({
      code: 'template-unknown',
      params: { file: 'templates/bulletin/issue.html.mustache', line: 2, name: 'unknown' },
    });
  });

  it('never walks into the prototype chain', () => {
    for (const text of [
      '{{constructor}}',
      '{{#items}}{{constructor.constructor}}{{/items}}',
      '{{#constructor.constructor}}return 1{{/constructor.constructor}}',
      '{{items.__proto__}}',
      '{{title.length}}',
    ]) {
      expect(failure(text).code).toBe('template-unknown');
    }
  });

  it('refuses partials and unescaped values other than the pre-escaped …Html ones', () => {
    expect(failure('{{> header}}').code).toBe('template-partial');
    expect(failure('{{#items}}{{{title}}}{{/items}}')).toMatchObject({
      code: 'template-raw',
      params: { name: 'title' },
    });
    expect(failure('{{&office}}').code).toBe('template-raw');
    expect(renderTemplate(template('{{#items}}{{{title}}}{{/items}}'), view, false, VIEW_NAMES)).toContain('<script>');
  });

  it('refuses a style sheet that would close its <style> element', async () => {
    const hostile: Templates = {
      ...templates,
      css: () => ({
        text: 'body{}</style><meta http-equiv="refresh" content="0;url=http://x">',
        source: 'templates/bulletin/issue.css',
      }),
    };
    await expect(renderIssue(issue(), ['html'], hostile, zh)).rejects.toMatchObject({
      code: 'template-css',
      params: { file: 'templates/bulletin/issue.css' },
    });
  });

  it('reports a syntax error', () => {
    expect(failure('{{#items}}unclosed').code).toBe('template-syntax');
  });
});

describe('the DOCX issue', () => {
  async function parts() {
    const files = unzipSync(new Uint8Array((await rendered('docx')) as Uint8Array));
    return {
      document: strFromU8(files['word/document.xml']!),
      styles: strFromU8(files['word/styles.xml']!),
      fonts: strFromU8(files['word/fontTable.xml']!),
      footer: strFromU8(files['word/footer1.xml']!),
    };
  }

  it('holds the masthead, the note, every title and body, the distribution and copies', async () => {
    const { document } = await parts();
    for (const text of [
      '政务信息',
      '第15期',
      '（总第128期）',
      '海门市人民政府办公室',
      '2026年12月1日',
      '编者按：',
      '惠企资金“免申即享”兑付1.8亿元',
      '一、基本情况',
      '（一）主动识别。',
      '（财政局供稿）',
      '报：南通市人民政府办公室。',
      '2026年12月1日印发',
      '共印150份',
    ]) {
      expect(document).toContain(`>${text}<`);
    }
    expect(document).toContain('标题&lt;script&gt;window.pwned=1&lt;/script&gt;');
    expect(document).toMatch(/海门市人民政府办公室<\/w:t><\/w:r><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:tab\/><\/w:r>/);
  });

  it('writes whole twips only: Word refuses a document with fractions', async () => {
    const { document } = await parts();
    expect(document).not.toMatch(/w:(before|after|line|firstLine|left|right|hanging|pos)="\d+\.\d/);
  });

  it('is laid out to GB/T 9704: A4, 37 mm top and 28 mm binding margins, 22 lines', async () => {
    const { document } = await parts();
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"');
    const margins = /<w:pgMar w:top="(\d+)" w:right="(\d+)" w:bottom="(\d+)" w:left="(\d+)"/
      .exec(document)!
      .slice(1)
      .map(Number);
    // Twips of 37, 26, 35 and 28 mm, to within the rounding of one twip.
    for (const [i, mm] of [37, 26, 35, 28].entries())
      expect(Math.abs(margins[i]! - (mm / 25.4) * 1440)).toBeLessThanOrEqual(1);
    expect(margins[0]).toBe(2098);
    expect(document).toContain('<w:docGrid w:type="lines" w:linePitch="579"/>');
  });

  it('sets titles in 小标宋 22 pt, body in 仿宋 16 pt, the masthead in red', async () => {
    const { document, styles } = await parts();
    const runOf = (text: string) => document.match(new RegExp(`<w:r>(?:(?!<w:r>).)*?>${text}</w:t>`))?.[0] ?? '';
    expect(runOf('惠企资金“免申即享”兑付1.8亿元')).toContain('w:eastAsia="方正小标宋简体"');
    expect(runOf('惠企资金“免申即享”兑付1.8亿元')).toContain('<w:sz w:val="44"/>');
    expect(runOf('依托大数据比对。')).toContain('w:eastAsia="仿宋_GB2312"');
    expect(runOf('依托大数据比对。')).toContain('<w:sz w:val="32"/>');
    expect(runOf('一、基本情况')).toContain('w:eastAsia="黑体"');
    expect(runOf('（一）主动识别。')).toContain('w:eastAsia="楷体_GB2312"');
    expect(runOf('政务信息')).toContain('<w:color w:val="E60000"/>');
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Normal"[^>]*>.*?<w:sz w:val="32"\/>/);
  });

  it('names a fallback for each font in the font table', async () => {
    const { fonts } = await parts();
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="华文中宋"/>');
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fonts).toContain('<w:font w:name="Noto Serif CJK SC">');
  });

  it('numbers pages — N — in the footer', async () => {
    const { footer } = await parts();
    expect(footer).toContain('PAGE');
    expect(footer).toContain('— ');
  });
});
