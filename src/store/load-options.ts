/**
 * How the workspace is loaded in this run, set once by the entry from the global flags, so
 * every command's load honours `--no-cache` and draws progress without each one passing them
 * on. A tiny module of its own: the entry sets it without loading the parsers.
 */
export interface LoadOptions {
  /** Keep every file's text too (`list --search`). */
  bodies?: boolean;
  /**
   * Whether items will be wanted (the default). `validate` wants problems only: without a
   * cache it then keeps no item (one asked for after all is read again).
   */
  items?: boolean;
  /** Use the cache in `.info/cache` (default); `--no-cache` turns it off. */
  cache?: boolean;
  /** Read the cache but never write it (`--dry-run`: a run that changes nothing on disk). */
  readOnly?: boolean;
  /** With nothing cached, from how many files a worker reads them ahead (the default suits real runs; tests set it low). */
  readAheadFrom?: number;
  /** Told as files are done, for a progress bar. */
  progress?: (done: number, total: number) => void;
}

let defaults: LoadOptions = {};

export function setLoadDefaults(options: LoadOptions): void {
  defaults = options;
}

/** The options of one load: the run's defaults, then what the command asks for. */
export function loadOptions(options: LoadOptions): LoadOptions {
  return { ...defaults, ...options };
}
