/**
 * The commands and their flags, with help in the user's language. Each command's code is
 * imported only when that command runs, so `--help` and `--version` stay fast.
 */
import { readFileSync } from 'node:fs';
import { Command, Help } from 'commander';
import { displayWidth as stringWidth } from '../core/width.js';
import type { LoadOptions } from '../store/load-options.js';
import type { Context } from './context.js';
import type { Streams, Ui } from './ui.js';

export type Run = (args: unknown[], options: Record<string, unknown>, context: Context) => Promise<number>;
type Loader = () => Promise<{ run: Run }>;

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

  const command = (spec: string, name: string, load: Loader, parent: Command = program): Command => {
    const sub = parent
      .command(spec)
      .description(t(`help.${name}`))
      .helpOption('-h, --help', t('help.help'))
      .addHelpText('after', `\n${t('help.title.Examples')}\n${t(`help.${name}.examples`)}\n`)
      .exitOverride()
      .action(async (...args: unknown[]) => {
        const cmd = args.pop() as Command;
        const options = args.pop() as Record<string, unknown>;
        const globals = cmd.optsWithGlobals() as { dir?: string; cache?: boolean };
        const { run } = await load();
        // A bar only where a person watches stderr, and never beside a JSON result.
        const bar =
          ui.errTTY && !options.json
            ? (await import('./progress.js')).progressBar(streams.stderr as NodeJS.WritableStream, t('progress.files'))
            : undefined;
        const loading = { cache: globals.cache !== false, readOnly: Boolean(options.dryRun), progress: bar?.tick };
        try {
          state.code = await run(args, { ...options, dir: globals.dir }, contextFor(globals.dir, loading));
        } finally {
          bar?.stop();
        }
      });
    return sub;
  };

  command('init [dir]', 'init', () => import('./commands/init.js'))
    .option('--office <name>', t('help.opt.office'))
    .option('--bulletin <name>', t('help.opt.bulletin'));

  command('new', 'new', () => import('./commands/new.js'))
    .option('--title <text>', t('help.opt.title'))
    .option('--category <key>', t('help.opt.category'))
    .option('--source <key>', t('help.opt.source'))
    .option('--department <name>', t('help.opt.department'), collect)
    .option('--author <name>', t('help.opt.author'), collect)
    .option('--nature <key>', t('help.opt.nature'))
    .option('--topic <id>', t('help.opt.topic'))
    .option('--tag <tag>', t('help.opt.tag'), collect)
    .option('--date <YYYY-MM-DD>', t('help.opt.date'))
    .option('--status <status>', t('help.opt.newStatus'))
    .option('--body <text>', t('help.opt.body'))
    .option('--body-file <path>', t('help.opt.bodyFile'))
    .option('--by <name>', t('help.opt.by'))
    .option('--edit', t('help.opt.edit'))
    .option('--dry-run', t('help.opt.dryRun'))
    .option('--json', t('help.opt.json'));

  command('list', 'list', () => import('./commands/list.js'))
    .option('--status <status>', t('help.opt.status'), collect)
    .option('--category <key>', t('help.opt.category'))
    .option('--source <key>', t('help.opt.source'))
    .option('--department <name>', t('help.opt.department'))
    .option('--author <name>', t('help.opt.author'))
    .option('--month <YYYY-MM>', t('help.opt.month'))
    .option('--topic <id>', t('help.opt.topic'))
    .option('--search <text>', t('help.opt.search'))
    .option('--sort <field>', t('help.opt.sort'))
    .option('--limit <n>', t('help.opt.limit'))
    .option('--json', t('help.opt.json'));

  command('show <ref>', 'show', () => import('./commands/show.js')).option('--json', t('help.opt.json'));

  command('validate [paths...]', 'validate', () => import('./commands/validate.js'))
    .option('--strict', t('help.opt.strict'))
    .option('--json', t('help.opt.json'));

  command('review [refs...]', 'review', () => import('./commands/review.js'))
    .option('--to <status>', t('help.opt.to'))
    .option('--note <text>', t('help.opt.note'))
    .option('--adopt <level>', t('help.opt.adopt'))
    .option('--form <form>', t('help.opt.form'))
    .option('--outlet <text>', t('help.opt.outlet'))
    .option('--date <YYYY-MM-DD>', t('help.opt.recordDate'))
    .option('--instruction <text>', t('help.opt.instruction'))
    .option('--leader <name>', t('help.opt.leader'))
    .option('--level <level>', t('help.opt.level'))
    .option('--due <YYYY-MM-DD>', t('help.opt.due'))
    .option('--by <name>', t('help.opt.by'))
    .option('--json', t('help.opt.json'));

  // Both forms of `report` share one declaration: --month (the notice) and --issue (an issue).
  command('report', 'report', () => import('./commands/report.js'))
    .option('--month <YYYY-MM>', t('help.opt.reportMonth'))
    .option('--issue', t('help.opt.issue'))
    .option('--format <fmt>', t('help.opt.reportFormat'), collect)
    .option('--out <path>', t('help.opt.reportOut'))
    .option('--explain <name>', t('help.opt.explain'))
    .option('--supplement', t('help.opt.supplement'))
    .option('--items <ref...>', t('help.opt.items'))
    .option('--date <YYYY-MM-DD>', t('help.opt.issueDate'))
    .option('--note <text>', t('help.opt.note'))
    .option('--dry-run', t('help.opt.dryRun'))
    .option('--by <name>', t('help.opt.by'))
    .option('--json', t('help.opt.json'));

  command('import <paths...>', 'import', () => import('./commands/import.js'))
    .option('--department <name>', t('help.opt.importDepartment'), collect)
    .option('--author <name>', t('help.opt.importAuthor'), collect)
    .option('--status <status>', t('help.opt.importStatus'))
    .option('--encoding <name>', t('help.opt.encoding'))
    .option('--category <key>', t('help.opt.importCategory'))
    .option('--source <key>', t('help.opt.importSource'))
    .option('--topic <id>', t('help.opt.topic'))
    .option('--date <YYYY-MM-DD>', t('help.opt.date'))
    .option('--by <name>', t('help.opt.by'))
    .option('--force', t('help.opt.force'))
    .option('--dry-run', t('help.opt.importDryRun'))
    .option('--json', t('help.opt.json'));

  const ask = program
    .command('ask')
    .description(t('help.ask'))
    .helpOption('-h, --help', t('help.help'))
    .helpCommand(false)
    .addHelpText('after', `\n${t('help.title.Examples')}\n${t('help.ask.examples')}\n`);
  const askCommand = (name: 'runNew' | 'runList' | 'runShow') => () =>
    import('./commands/ask.js').then((m) => ({ run: m[name] }));
  command('new', 'ask.new', askCommand('runNew'), ask)
    .option('--title <text>', t('help.opt.topicTitle'))
    .option('--department <name>', t('help.opt.askDepartment'), collect)
    .option('--due <YYYY-MM-DD>', t('help.opt.due'))
    .option('--brief <text>', t('help.opt.brief'))
    .option('--json', t('help.opt.json'));
  command('list', 'ask.list', askCommand('runList'), ask)
    .option('--overdue', t('help.opt.overdue'))
    .option('--json', t('help.opt.json'));
  command('show <id>', 'ask.show', askCommand('runShow'), ask).option('--json', t('help.opt.json'));

  command('status', 'status', () => import('./commands/status.js')).option('--json', t('help.opt.json'));

  command('schema <name>', 'schema', () => import('./commands/schema.js'));

  command('completion <shell>', 'completion', () => import('./commands/completion.js'));
  program
    .command('__complete [words...]', { hidden: true })
    .allowUnknownOption()
    .helpOption(false)
    .action(async (words: string[], _options: unknown, cmd: Command) => {
      const { runComplete } = await import('./commands/completion.js');
      state.code = await runComplete([words], {}, contextFor((cmd.optsWithGlobals() as { dir?: string }).dir));
    });

  return program;
}
