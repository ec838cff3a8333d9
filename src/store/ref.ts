/** Finding the item a user means: an id, a unique id prefix, or a path inside the workspace. */
import { existsSync, realpathSync } from 'node:fs';
import { relative } from 'node:path';
import { InfoError } from '../core/errors.js';
import { headOf, type FileRecord } from './file-record.js';
import { isInside, toPosix, userPath } from './scan.js';

function looksLikePath(ref: string): boolean {
  return ref.includes('/') || ref.includes('\\') || ref.endsWith('.md');
}

/** The one file whose id (as `idOf` reads it) is `wanted` or starts with it. */
function byId(
  files: readonly FileRecord[],
  wanted: string,
  idOf: (f: FileRecord) => string | undefined,
  codes: { unknown: 'unknown-item' | 'topic-unknown'; ambiguous: 'ambiguous-ref' | 'ambiguous-topic' },
): FileRecord {
  const exact = files.filter((f) => idOf(f) === wanted);
  if (exact.length === 1) return exact[0]!;
  // The whole id in several files: more of it cannot help.
  if (exact.length > 1 && codes.unknown === 'unknown-item')
    throw new InfoError('duplicate-ref', { ref: wanted, count: exact.length, matches: listed(exact, idOf) });
  const matches = exact.length ? exact : files.filter((f) => wanted !== '' && idOf(f)?.startsWith(wanted));
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) {
    throw codes.unknown === 'unknown-item'
      ? new InfoError('unknown-item', { ref: wanted })
      : new InfoError('topic-unknown', { topic: wanted });
  }
  throw new InfoError(codes.ambiguous, { ref: wanted, matches: listed(matches, idOf) });
}

/** The first eight files, one a line: id and path. */
function listed(files: readonly FileRecord[], idOf: (f: FileRecord) => string | undefined): string {
  return files
    .slice(0, 8)
    .map((f) => `${idOf(f)} ${f.path}`)
    .join('\n  ');
}

/**
 * The workspace-relative path `ref` names, when it looks like a path (a separator, or `.md`
 * at the end): undefined for an id. A path that leads outside the workspace is refused.
 */
export function pathRef(root: string, cwd: string, ref: string): string | undefined {
  const wanted = ref.trim();
  if (!looksLikePath(wanted)) return undefined;
  const abs = userPath(root, cwd, wanted);
  const real = existsSync(abs) ? realpathSync(abs) : abs;
  if (!isInside(realpathSync(root), real) || !isInside(root, abs)) throw new InfoError('path-outside', { path: ref });
  return toPosix(relative(root, abs));
}

export function resolveRef(files: readonly FileRecord[], ref: string, root: string, cwd: string): FileRecord {
  const rel = pathRef(root, cwd, ref);
  if (rel !== undefined) {
    const file = files.find((f) => f.path === rel && f.kind === 'item');
    if (!file) throw new InfoError('unknown-item', { ref });
    return file;
  }
  // Heads, not items: a cached item is decoded only once it is the one wanted.
  return byId(files, ref.trim(), (f) => headOf(f)?.id, { unknown: 'unknown-item', ambiguous: 'ambiguous-ref' });
}

/** A topic (solicitation) by its id or a unique start of it. */
export function resolveTopic(files: readonly FileRecord[], ref: string): FileRecord {
  return byId(files, ref.trim(), (f) => f.topic?.id, { unknown: 'topic-unknown', ambiguous: 'ambiguous-topic' });
}
