/** The program as commander builds it, English, writing nowhere: for tests that read its commands and flags. */
import { buildProgram } from '../src/cli/program.js';
import { createUi } from '../src/cli/ui.js';

const sink = { write: () => true };
const io = { stdout: sink, stderr: sink, stdin: {} };

export function inspectedProgram() {
  const ui = createUi('en', io, {}, false);
  const notRun = () => {
    throw new Error('not run');
  };
  return buildProgram(ui, notRun, io, { code: 0 });
}
