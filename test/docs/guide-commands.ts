/**
 * The commands of a guide, as a reader would type them: every fenced `sh` block, lines joined
 * at a trailing `\`, split at `&&`, comments removed. A comment saying `exits N` (or
 * `退出码 N`) marks a command the guide expects to end with that code; any other command
 * is expected to succeed.
 */

export interface GuideCommand {
  /** 1-based line of the guide where the command starts. */
  line: number;
  /** The command as written, without its comment. */
  text: string;
  /** Its words after quoting and `$VAR` expansion; null when it uses more of the shell (pipes, redirection…). */
  words: string[] | null;
  /** The exit code the guide expects. */
  exit: number;
}

const EXPECTED = /(?:exits|退出码)\s*(\d+)/;

/** The logical lines of the guide's `sh` blocks, with the line each starts on. */
export function shellLines(markdown: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let inBlock = false;
  let pending: { line: number; text: string } | undefined;
  markdown.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!inBlock) {
      inBlock = /^```sh\s*$/.test(line);
      return;
    }
    if (/^```\s*$/.test(line)) {
      inBlock = false;
      if (pending) out.push(pending);
      pending = undefined;
      return;
    }
    const joined = pending
      ? { line: pending.line, text: `${pending.text} ${line.trim()}` }
      : { line: i + 1, text: line };
    if (/\\\s*$/.test(joined.text)) pending = { line: joined.line, text: joined.text.replace(/\\\s*$/, '') };
    else {
      pending = undefined;
      if (joined.text.trim()) out.push(joined);
    }
  });
  return out;
}

interface Split {
  /** Each command's text and words (null: needs a shell), in order. */
  parts: { text: string; words: string[] | null }[];
  comment: string;
}

/** Splits one logical line the way sh would, for the little the guides use. */
export function splitLine(text: string, env: Readonly<Record<string, string | undefined>>): Split {
  const parts: Split['parts'] = [];
  let words: string[] = [];
  let word: string | undefined;
  let start = 0;
  let simple = true;
  const end = (at: number) => {
    if (word !== undefined) words.push(word);
    word = undefined;
    const raw = text.slice(start, at).trim();
    if (raw) parts.push({ text: raw, words: simple ? words : null });
    words = [];
    simple = true;
  };
  const expand = (from: number): [string, number] => {
    const m = /^\$(?:\{(\w+)\}|(\w+))/.exec(text.slice(from));
    if (!m) return ['$', from + 1];
    return [env[m[1] ?? m[2]!] ?? '', from + m[0].length];
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
      i++;
    } else if (c === '#' && word === undefined) {
      end(i);
      return { parts, comment: text.slice(i + 1).trim() };
    } else if (text.startsWith('&&', i)) {
      end(i);
      i += 2;
      start = i;
    } else if (c === "'") {
      const close = text.indexOf("'", i + 1);
      word = (word ?? '') + text.slice(i + 1, close);
      i = close + 1;
    } else if (c === '"') {
      word ??= '';
      for (i++; i < text.length && text[i] !== '"'; ) {
        if (text[i] === '\\' && '"\\$`'.includes(text[i + 1] ?? '')) {
          word += text[i + 1];
          i += 2;
        } else if (text[i] === '$') {
          const [value, next] = expand(i);
          word += value;
          i = next;
        } else word += text[i++];
      }
      i++;
    } else if (c === '\\') {
      word = (word ?? '') + (text[i + 1] ?? '');
      i += 2;
    } else if (c === '$') {
      const [value, next] = expand(i);
      word = (word ?? '') + value;
      i = next;
    } else {
      if ('|;<>()`'.includes(c)) simple = false;
      word = (word ?? '') + c;
      i++;
    }
  }
  end(text.length);
  return { parts, comment: '' };
}

/** The guide's commands in order; words are expanded with `env` as it stands when read (see `expandWords`). */
export function guideCommands(markdown: string): GuideCommand[] {
  return shellLines(markdown).flatMap(({ line, text }) => {
    const { parts, comment } = splitLine(text, {});
    const exit = Number(EXPECTED.exec(comment)?.[1] ?? 0);
    return parts.map((part) => ({ line, text: part.text, words: part.words, exit }));
  });
}

/** A command's words with the variables of `env` (as exported by the guide so far). */
export function expandWords(command: GuideCommand, env: Readonly<Record<string, string | undefined>>): string[] | null {
  return splitLine(command.text, env).parts[0]?.words ?? null;
}
