/**
 * The item a one-item command names (`show`, `review REF…`, `adjust --item`, `merge`, `export`,
 * `fix REF…`), found from the id in the file names and read alone, not with the whole
 * workspace (docs/cli.md 2). An id starts its file's name (`items/2026/11/20261103-k7f2-….md`),
 * so the files whose names start with the ref, and the few whose names start with no id at
 * all, are all that can hold it; they are read and checked, then the search stops. A name that
 * matches nothing, or too many files to read, falls back to the whole workspace (`resolveRef`),
 * so a file renamed by hand is still found.
 *
 * The names come from the cache of names (`names.ts`), brought up to date folder by folder.
 */
import type { LintContext } from '../core/lint/index.js';
import { crossCheck } from './cross-check.js';
import { analyzeFile, lintContext, type FileRecord } from './file-record.js';
import { itemNames, type Names } from './names.js';
import { pathRef, resolveRef } from './ref.js';
import { listMarkdown } from './scan.js';
import type { Workspace } from './workspace.js';

/** More files than this to read for one ref (a short prefix, many odd names): the whole load is as quick. */
const MOST_READ = 40;

/** A path the walk could have listed: under `items/`, no step up, no empty or hidden step. */
const inItems = (path: string) =>
  path.startsWith('items/') && path.split('/').every((step) => step !== '' && !step.startsWith('.'));

export interface FindOptions {
  /** `--no-cache`: the names are listed afresh and not kept. */
  cache: boolean;
  /** The whole workspace's files, for the fallback. */
  everything: () => Promise<readonly FileRecord[]>;
}

/** A one-item search over the names: the record found, or undefined when only the whole load can tell. */
class NameSearch {
  private readonly records = new Map<string, FileRecord>();

  constructor(
    readonly root: string,
    readonly context: LintContext,
    readonly allNames: () => Names,
  ) {}

  record(path: string): FileRecord {
    let record = this.records.get(path);
    if (!record) {
      record = analyzeFile(this.root, path, this.context);
      this.records.set(path, record);
    }
    return record;
  }

  /** The files that can hold an id starting with `ref`, read; undefined when there are too many. */
  candidates(ref: string): FileRecord[] | undefined {
    const names = this.allNames();
    // A cache of names is the tool's own, but a damaged or crafted one must not lead outside `items/`.
    const paths = [...new Set([...names.startingWith(ref, MOST_READ + 1), ...names.odd])].filter(inItems).sort();
    return paths.length > MOST_READ ? undefined : paths.map((path) => this.record(path));
  }

  /** The files holding exactly `id`, among those named for it; undefined when there are too many to read. */
  holding(id: string): FileRecord[] | undefined {
    return this.candidates(id)?.filter((f) => f.item?.id === id);
  }

  /** Every record read so far, in path order (the order of the whole load). */
  read(): FileRecord[] {
    return [...this.records.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }
}

/**
 * Finds the records refs name, with the findings across files that concern each: the same id
 * in another file named for it, an unknown topic, an unknown merged id, an issue that lists
 * it. (Titles repeated in a month are `info validate`'s to find: they need every title.)
 */
export class ItemFinder {
  private names: Names | undefined;
  private readonly context: LintContext;

  constructor(
    private readonly ws: Workspace,
    private readonly options: FindOptions,
  ) {
    this.context = lintContext(ws);
  }

  /** The names, listed once a run: a command changes files, never their names. */
  private allNames = () => (this.names ??= itemNames(this.ws.root, this.options.cache));

  async find(ref: string, cwd: string): Promise<FileRecord> {
    const { ws } = this;
    // Files are read afresh for every ref: the command may have changed them since.
    const search = new NameSearch(ws.root, this.context, this.allNames);
    const found = foundByName(search, ref, ws.root, cwd);
    // Not by its name (renamed by hand, or unknown), or too many files to read, or a merged id
    // no file is named for: the whole load tells, and words its errors.
    if (!found || found.item?.merged?.some((id) => !search.holding(id)?.length))
      return resolveRef(await this.options.everything(), ref, ws.root, cwd);
    const topics = found.item?.topic
      ? listMarkdown(ws.root, ['topics']).files.map((path) => analyzeFile(ws.root, path, this.context))
      : [];
    crossCheck([...search.read(), ...topics], ws.root, ws.config);
    found.problems.sort((a, b) => a.line - b.line || a.column - b.column);
    return found;
  }
}

/** The record `ref` names among the files named for it; undefined when the names cannot tell. */
function foundByName(search: NameSearch, ref: string, root: string, cwd: string): FileRecord | undefined {
  const path = pathRef(root, cwd, ref);
  if (path !== undefined) {
    if (!search.allNames().has(path)) return undefined;
    const record = search.record(path);
    // Its namesakes are read too, for the same id in another file.
    const id = record.item?.id;
    return id === undefined || search.holding(id) ? record : undefined;
  }
  const wanted = ref.trim();
  const matches = search.candidates(wanted)?.filter((f) => f.item?.id.startsWith(wanted));
  return wanted && matches?.length ? resolveRef(matches, wanted, root, cwd) : undefined;
}
