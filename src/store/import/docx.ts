/**
 * Converting Word documents in a worker thread with a memory cap and a time limit, one
 * document at a time. A document that exhausts either is reported, the worker is replaced,
 * and the next document goes on.
 */
import { Worker } from 'node:worker_threads';
import type { Params } from '../../core/problems.js';

/** The Markdown, or why not: a code of `import.reason.*` and its parameters. */
export type DocxResult = { markdown: string } | { failure: string; params: Params };

export interface DocxLimits {
  /** Milliseconds one document may take. */
  timeout: number;
  /** Heap of the worker, in MiB. */
  memory: number;
}

export const DOCX_LIMITS: DocxLimits = { timeout: 60_000, memory: 1024 };

export class DocxConverter {
  private worker: Worker | undefined;

  constructor(private readonly limits: DocxLimits = DOCX_LIMITS) {}

  private start(): Worker {
    const url = new URL('./docx-worker.js', import.meta.url);
    return new Worker(url, { resourceLimits: { maxOldGenerationSizeMb: this.limits.memory } });
  }

  convert(bytes: Uint8Array): Promise<DocxResult> {
    const worker = (this.worker ??= this.start());
    return new Promise((resolve) => {
      const done = (result: DocxResult, broken: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onFailure).off('exit', onFailure);
        if (broken) {
          this.worker = undefined;
          void worker.terminate();
        }
        resolve(result);
      };
      const onMessage = (reply: DocxResult) => done(reply, false);
      const onFailure = () => done({ failure: 'docx-too-costly', params: {} }, true);
      const timer = setTimeout(onFailure, this.limits.timeout);
      worker.on('message', onMessage).once('error', onFailure).once('exit', onFailure);
      worker.postMessage({ bytes });
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }
}
