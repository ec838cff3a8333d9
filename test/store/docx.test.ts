import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

// The worker runs as a compiled file, so these tests use the build (`npm test` builds first).
type DocxModule = typeof import('../../src/store/import/docx.js');
const load = async () =>
  (await import(pathToFileURL(join(ROOT, 'dist', 'store', 'import', 'docx.js')).href)) as DocxModule;
const fixture = (name: string) => readFileSync(join(ROOT, 'test', 'fixtures', 'import', name));

describe('DocxConverter', () => {
  it('turns headings, paragraphs and lists into Markdown, and names what is wrong with a corrupt file', async () => {
    const { DocxConverter } = await load();
    const converter = new DocxConverter();
    try {
      const good = await converter.convert(fixture('财政局-设施农业.docx'));
      expect('markdown' in good && good.markdown).toMatch(/^# 我市设施农业补贴资金全部拨付到位\n\n今年以来/);
      const bad = await converter.convert(fixture('财政局-损坏.docx'));
      expect(bad).toEqual({ failure: 'docx-corrupt', params: { reason: expect.stringMatching(/central directory/i) } });
    } finally {
      await converter.close();
    }
  });

  it('stops a conversion that takes too long, then goes on with a fresh worker', async () => {
    const { DocxConverter } = await load();
    const limits = { timeout: 1, memory: 256 };
    const converter = new DocxConverter(limits);
    try {
      expect(await converter.convert(fixture('财政局-设施农业.docx'))).toEqual({
        failure: 'docx-too-costly',
        params: {},
      });
      limits.timeout = 30_000;
      expect(await converter.convert(fixture('财政局-设施农业.docx'))).toHaveProperty('markdown');
    } finally {
      await converter.close();
    }
  });

  it('stops a document that needs more memory than the cap', async () => {
    const { DocxConverter } = await load();
    const text = '设施农业补贴资金全部拨付到位。'.repeat(20);
    const doc = new Document({ sections: [{ children: Array.from({ length: 8_000 }, () => new Paragraph(text)) }] });
    const bytes = await Packer.toBuffer(doc);
    const capped = new DocxConverter({ timeout: 60_000, memory: 16 });
    const roomy = new DocxConverter();
    try {
      expect(await capped.convert(fixture('财政局-设施农业.docx'))).toHaveProperty('markdown');
      expect(await capped.convert(bytes)).toEqual({ failure: 'docx-too-costly', params: {} });
      // The same document converts with the default room: it is the cap that stopped it.
      expect(await roomy.convert(bytes)).toHaveProperty('markdown');
    } finally {
      await capped.close();
      await roomy.close();
    }
  }, 60_000); // a document of 8,000 paragraphs, built and converted twice
});
