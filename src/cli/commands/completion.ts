/** `info completion bash|zsh|fish` prints a script; `info __complete` answers it. */
import { usage } from '../../core/errors.js';
import { allSections } from '../../core/bulletin/series-config.js';
import type { FileRecord } from '../../store/load.js';
import type { Workspace } from '../../store/workspace.js';
import { complete, script, type Dynamic } from '../complete.js';
import type { Context } from '../context.js';
import { buildProgram } from '../program.js';

export async function run([shell]: string[], _options: object, context: Context): Promise<number> {
  const text = script(shell!);
  if (!text) throw usage('bad-value', { flag: 'completion', value: shell!, allowed: 'bash, zsh, fish' });
  context.ui.out(text.trimEnd());
  return 0;
}

/** The workspace's values; none outside a workspace. Completion never prints an error. */
async function workspaceValues(context: Context): Promise<Dynamic> {
  let ws: Workspace | undefined;
  let files: FileRecord[] = [];
  try {
    ws = await context.workspace();
    files = (await context.load()).files;
  } catch {
    // No workspace (or a broken config): complete commands and flags only.
  }
  return {
    departments: () => ws?.config.departments.map((d) => d.name) ?? [],
    writers: () => ws?.config.writers.map((w) => w.name) ?? [],
    itemIds: () => files.flatMap((f) => (f.item?.id ? [f.item.id] : [])),
    topicIds: () => files.flatMap((f) => (f.topic?.id ? [f.topic.id] : [])),
    series: () => ws?.config.bulletins.map((s) => s.name) ?? [],
    sections: () => allSections(ws?.config.bulletins ?? []),
    outlets: () => ws?.config.outlets.map((o) => o.name) ?? [],
  };
}

export async function runComplete(operands: string[], _options: object, context: Context): Promise<number> {
  const [index, ...words] = operands;
  const sink = { write: () => true };
  const program = buildProgram(context.ui, () => context, { stdout: sink, stderr: sink, stdin: {} }, { code: 0 });
  for (const candidate of complete(program, words, Number(index) || 0, await workspaceValues(context)))
    context.ui.out(candidate);
  return 0;
}
