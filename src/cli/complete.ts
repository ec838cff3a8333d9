/**
 * Shell completion: what may come next on a command line. The shells' scripts call
 * `info __complete <index> <words…>` and show what it prints, one candidate a line, so
 * commands, flags, values, departments and item ids are always those of this version and
 * this workspace.
 */
import type { Command, Option } from 'commander';
import { keysOf, type VocabKind } from '../core/vocab.js';

/** Printed alone when the shell should complete file names itself. */
export const FILES = '__files__';

export interface Dynamic {
  departments(): string[];
  writers(): string[];
  itemIds(): string[];
  topicIds(): string[];
  /** Bulletin series and their sections (`--series`, `--section`). */
  series?(): string[];
  sections?(): string[];
  /** The configured outlets' names (`--outlet`). */
  outlets?(): string[];
}

const VOCAB_FLAGS: Record<string, VocabKind> = {
  '--status': 'status',
  '--to': 'status',
  '--category': 'category',
  '--source': 'source',
  '--nature': 'nature',
  '--adopt': 'level',
  '--level': 'level',
  '--form': 'form',
  '--kind': 'adjustment',
};

const FIXED: Record<string, readonly string[]> = {
  '--lang': ['zh-CN', 'en'],
  '--format': ['md', 'html', 'json', 'csv', 'docx', 'xlsx', 'txt'],
  '--encoding': ['auto', 'utf8', 'gbk'],
  '--sort': ['created', 'id', 'title', 'status', 'category', 'source', 'department', 'updated'],
};

const FILE_FLAGS = new Set(['--dir', '--out', '--body-file', '--sheet']);

function optionsOf(command: Command): readonly Option[] {
  const own = command.options as readonly Option[];
  const parent = command.parent ? optionsOf(command.parent) : [];
  return [...own, ...parent];
}

function findOption(command: Command, flag: string): Option | undefined {
  return optionsOf(command).find((o) => o.long === flag || o.short === flag);
}

function valuesFor(flag: string, dynamic: Dynamic): readonly string[] {
  if (FILE_FLAGS.has(flag)) return [FILES];
  if (VOCAB_FLAGS[flag]) return keysOf(VOCAB_FLAGS[flag]!);
  if (FIXED[flag]) return FIXED[flag]!;
  if (flag === '--department') return dynamic.departments();
  if (flag === '--author' || flag === '--by') return dynamic.writers();
  if (flag === '--topic') return dynamic.topicIds();
  if (flag === '--items' || flag === '--item') return dynamic.itemIds();
  if (flag === '--series') return dynamic.series?.() ?? [];
  if (flag === '--section') return dynamic.sections?.() ?? [];
  if (flag === '--outlet') return dynamic.outlets?.() ?? [];
  return [];
}

/** Positional arguments that name items or topics, per command path. */
function positional(path: string, dynamic: Dynamic): readonly string[] {
  if (path === 'show' || path === 'review' || path === 'merge' || path === 'export') return dynamic.itemIds();
  if (path === 'fix') return dynamic.itemIds();
  if (path === 'ask show') return dynamic.topicIds();
  if (path === 'validate' || path === 'import' || path === 'init' || path === 'merge-file') return [FILES];
  if (path === 'schema') return ['item', 'config'];
  if (path === 'completion') return ['bash', 'zsh', 'fish'];
  return [];
}

/** Candidates for `words[index]` (words without the program name), filtered by what is typed. */
export function complete(program: Command, words: readonly string[], index: number, dynamic: Dynamic): string[] {
  const current = words[index] ?? '';
  let command = program;
  const path: string[] = [];
  for (let i = 0; i < index; i++) {
    const word = words[i]!;
    if (word.startsWith('-')) {
      const option = findOption(command, word.split('=')[0]!);
      if (option && (option.required || option.optional) && !word.includes('=')) i++;
      continue;
    }
    const sub = command.commands.find((c) => c.name() === word || c.aliases().includes(word));
    if (sub) {
      command = sub;
      path.push(word);
    }
  }
  const previous = words[index - 1];
  const option = previous?.startsWith('-') ? findOption(command, previous) : undefined;
  let candidates: readonly string[];
  if (option && (option.required || option.optional))
    candidates = path[0] === 'report' && option.long === '--to' ? [] : valuesFor(option.long ?? '', dynamic);
  else if (current.startsWith('-'))
    candidates = optionsOf(command)
      .filter((o) => !o.hidden)
      .flatMap((o) => (o.long ? [o.long] : []));
  else if (command.commands.some((c) => !(c as Command & { _hidden?: boolean })._hidden)) {
    candidates = command.commands.filter((c) => !(c as Command & { _hidden?: boolean })._hidden).map((c) => c.name());
  } else candidates = positional(path.join(' '), dynamic);
  if (candidates.length === 1 && candidates[0] === FILES) return [FILES];
  return [...new Set(candidates)].filter((c) => c.startsWith(current));
}

export function script(shell: string): string | undefined {
  const call = 'info __complete';
  switch (shell) {
    case 'bash':
      return `# info completion for bash: add to ~/.bashrc:  source <(info completion bash)
_info_complete() {
  local IFS=$'\\n' cur="\${COMP_WORDS[COMP_CWORD]}"
  local words=("\${COMP_WORDS[@]:1}")
  COMPREPLY=($(${call} "$((COMP_CWORD - 1))" "\${words[@]}" 2>/dev/null))
  if [[ "\${COMPREPLY[0]}" == "${FILES}" ]]; then COMPREPLY=($(compgen -f -- "$cur")); fi
}
complete -o default -F _info_complete info infodesk
`;
    case 'zsh':
      return `#compdef info infodesk
# info completion for zsh: add to ~/.zshrc:  source <(info completion zsh)
_info() {
  local -a candidates
  candidates=("\${(@f)$(${call} "$((CURRENT - 2))" "\${(@)words[2,-1]}" 2>/dev/null)}")
  if [[ "\${candidates[1]}" == "${FILES}" ]]; then _files; else compadd -- "\${candidates[@]}"; fi
}
compdef _info info infodesk
`;
    case 'fish':
      return `# info completion for fish: info completion fish > ~/.config/fish/completions/info.fish
function __info_complete
  set -l words (commandline -opc)[2..-1] (commandline -ct)
  set -l found (${call} (math (count $words) - 1) $words 2>/dev/null)
  if test "$found[1]" = "${FILES}"
    __fish_complete_path (commandline -ct)
  else
    printf '%s\\n' $found
  end
end
complete -c info -f -a '(__info_complete)'
complete -c infodesk -f -a '(__info_complete)'
`;
    default:
      return undefined;
  }
}
