/**
 * The commands and their flags, with help in the user's language. Each command's code is
 * imported only when that command runs, so `--help` and `--version` stay fast.
 */
import { readFileSync } from 'node:fs';
import { Command, Help } from 'commander';
import { displayWidth as stringWidth } from '../core/width.js';
import type { LoadOptions } from '../store/load-options.js';
import { adjust, adjustList } from './commands/adjust-flags.js';
import { askList, askNew, askShow } from './commands/ask-flags.js';
import { completion } from './commands/completion-flags.js';
import { exportItems } from './commands/export-flags.js';
import { fix } from './commands/fix-flags.js';
import { gitSetup } from './commands/git-flags.js';
import { importFiles } from './commands/import-flags.js';
import { init } from './commands/init-flags.js';
import { listItems } from './commands/list-flags.js';
import { merge } from './commands/merge-flags.js';
import { mergeFile } from './commands/merge-file-flags.js';
import { newItem } from './commands/new-flags.js';
import { report } from './commands/report-flags.js';
import { review } from './commands/review-flags.js';
import { schema } from './commands/schema-flags.js';
import { show } from './commands/show-flags.js';
import { status } from './commands/status-flags.js';
import { validate } from './commands/validate-flags.js';
import type { Context } from './context.js';
import { flagName, type AnyDefinition, type Run } from './define.js';
import type { Streams, Ui } from './ui.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

class LocalHelp extends Help {
  constructor(private readonly ui: Ui) {
    super();
  }
  override styleTitle(title: string): string {
    const key = `help.title.${title.replace(/:$/, '')}`;
    return this.ui.t(key) === key ? title : this.ui.t(key);
  }
  /** `info list [options]` → `info list [选项]`: usage lines in the user's language too. */
  private local(usage: string): string {
    return usage
      .replace('[options]', this.ui.t('help.usage.options'))
      .replace('[command]', this.ui.t('help.usage.command'));
  }
  override commandUsage(cmd: Command): string {
    return this.local(super.commandUsage(cmd));
  }
  override subcommandTerm(cmd: Command): string {
    return this.local(super.subcommandTerm(cmd));
  }
  /** Chinese characters take two columns. */
  override displayWidth(text: string): number {
    return stringWidth(text);
  }
}

/**
 * A flag a command shares with its parent (`info adjust list --json`, `adjust` has `--json`
 * too) is taken by the parent wherever it stands on the line: the command reads it there.
 */
function inherited(cmd: Command, definition: AnyDefinition): Record<string, unknown> {
  const parent = cmd.parent?.parent ? cmd.parent.opts() : {};
  return Object.fromEntries(
    Object.keys(definition.flags).flatMap((k) => (parent[k] === undefined ? [] : [[k, parent[k]]])),
  );
}

export function buildProgram(
  ui: Ui,
  contextFor: (dir: string | undefined, load?: LoadOptions) => Context,
  streams: Streams,
  state: { code: number },
): Command {
  const { t } = ui;
  class LocalCommand extends Command {
    override createCommand(name?: string): Command {
      return new LocalCommand(name);
    }
    override createHelp(): Help {
      return Object.assign(new LocalHelp(ui), this.configureHelp());
    }
  }
  const program = new LocalCommand('info');
  program
    .description(t('help.program'))
    .version(version(), '-V, --version', t('help.version'))
    .helpOption('-h, --help', t('help.help'))
    .helpCommand('help [command]', t('help.helpCommand'))
    .option('--dir <path>', t('help.opt.dir'))
    .option('--lang <lang>', t('help.opt.lang'))
    .option('--no-color', t('help.opt.noColor'))
    .option('--no-cache', t('help.opt.noCache'))
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void streams.stdout.write(text),
      writeErr: (text) => void streams.stderr.write(text),
      outputError: () => undefined,
    })
    .showSuggestionAfterError(true);

  const command = (definition: AnyDefinition, parent: Command = program): Command => {
    const sub = parent
      .command(definition.name)
      .description(t(`help.${definition.help}`))
      .helpOption('-h, --help', t('help.help'))
      .addHelpText('after', `\n${t('help.title.Examples')}\n${t(`help.${definition.help}.examples`)}\n`)
      .exitOverride()
      .action(async (...args: unknown[]) => {
        const cmd = args.pop() as Command;
        const options = { ...inherited(cmd, definition), ...(args.pop() as Record<string, unknown>) };
        const globals = cmd.optsWithGlobals() as { dir?: string; cache?: boolean };
        const run = (await definition.run()) as Run<Record<string, unknown>>;
        // A bar only where a person watches stderr, and never beside a JSON result.
        const bar =
          ui.errTTY && !options.json
            ? (await import('./progress.js')).progressBar(streams.stderr as NodeJS.WritableStream, t('progress.files'))
            : undefined;
        const loading = { cache: globals.cache !== false, readOnly: Boolean(options.dryRun), progress: bar?.tick };
        try {
          const operands = args
            .flat()
            .filter((a) => a !== undefined)
            .map(String);
          state.code = await run(operands, { ...options, dir: globals.dir }, contextFor(globals.dir, loading));
        } finally {
          bar?.stop();
        }
      });
    for (const [key, flag] of Object.entries(definition.flags)) {
      const spec = flag.kind === 'bool' ? flagName(key) : `${flagName(key)} ${flag.value}`;
      if (flag.kind === 'list') sub.option(spec, t(flag.help), collect);
      else sub.option(spec, t(flag.help));
    }
    return sub;
  };

  for (const definition of [init, newItem, listItems, show, validate, review, report, importFiles]) command(definition);
  command(fix);
  const ask = program
    .command('ask')
    .description(t('help.ask'))
    .helpOption('-h, --help', t('help.help'))
    .helpCommand(false)
    .addHelpText('after', `\n${t('help.title.Examples')}\n${t('help.ask.examples')}\n`);
  for (const definition of [askNew, askList, askShow]) command(definition, ask);
  const ledger = command(adjust).helpCommand(false);
  command(adjustList, ledger);
  for (const definition of [status, schema, completion]) command(definition);
  const git = program
    .command('git')
    .description(t('help.git'))
    .helpOption('-h, --help', t('help.help'))
    .helpCommand(false)
    .addHelpText('after', `\n${t('help.title.Examples')}\n${t('help.git.examples')}\n`);
  command(gitSetup, git);
  command(mergeFile);
  for (const definition of [merge, exportItems]) command(definition);

  program
    .command('__complete [words...]', { hidden: true })
    .allowUnknownOption()
    .helpOption(false)
    .action(async (words: string[], _options: unknown, cmd: Command) => {
      const { runComplete } = await import('./commands/completion.js');
      state.code = await runComplete(words, {}, contextFor((cmd.optsWithGlobals() as { dir?: string }).dir));
    });

  return program;
}
