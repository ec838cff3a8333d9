/** Renders the top-level help for `help-fast.cts`, through the real program (run by the build). */
import { writeFileSync } from 'node:fs';
import type { Lang } from '../core/config.js';
import { HELP_FILE, helpStamp, type HelpCache, type HelpText } from './help-fast.cjs';
import { buildProgram } from './program.js';
import { createUi, type Streams } from './ui.js';
import { displayWidth } from '../core/width.js';

function render(lang: Lang): HelpText {
  const quiet = { write: () => true };
  const streams: Streams = { stdout: quiet, stderr: quiet, stdin: {} };
  const ui = createUi(lang, streams, {}, false);
  // What `--help` writes, hooks included: outputHelp, not helpInformation.
  const at = (width: number) => {
    let text = '';
    const program = buildProgram(ui, () => undefined as never, streams, { code: 0 });
    program.configureOutput({
      getOutHelpWidth: () => width,
      getOutHasColors: () => false,
      writeOut: (chunk) => void (text += chunk),
    });
    program.outputHelp();
    return text;
  };
  const wide = at(10_000);
  return { narrow: at(80), wide, wideWidth: Math.max(...wide.split('\n').map(displayWidth)) };
}

export function writeHelpCache(): void {
  const cache: HelpCache = { stamp: helpStamp(), texts: { 'zh-CN': render('zh-CN'), en: render('en') } };
  writeFileSync(HELP_FILE, JSON.stringify(cache));
}
