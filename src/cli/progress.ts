/**
 * A progress bar on stderr for long work: shown only on a terminal, only once the work has
 * taken about a second (short runs stay silent), and never for `--json`. The bar library is
 * loaded when the bar first appears; loading the workspace is synchronous, so it is required,
 * not imported, and draws on each update (cli-progress's synchronous mode).
 */
import { createRequire } from 'node:module';
import type { SingleBar } from 'cli-progress';

export type Progress = (done: number, total: number) => void;

export interface ProgressBar {
  tick: Progress;
  /** Clears the bar (if it was shown) so that what follows starts on a clean line. */
  stop(): void;
}

const require = createRequire(import.meta.url);

export function progressBar(stream: NodeJS.WritableStream, label: string, delayMs = 1000, now = Date.now): ProgressBar {
  let started: number | undefined;
  let bar: SingleBar | undefined;
  const stop = () => {
    bar?.stop();
    bar = undefined;
  };
  return {
    stop,
    tick(done, total) {
      started ??= now();
      if (!bar && done < total && now() - started >= delayMs) {
        const { SingleBar: Bar } = require('cli-progress') as typeof import('cli-progress');
        bar = new Bar({
          stream,
          format: `${label} [{bar}] {value}/{total}`,
          clearOnComplete: true,
          hideCursor: true,
          fps: 10,
        });
        bar.start(total, done);
      }
      bar?.update(done);
      if (done >= total) stop();
    },
  };
}
