/**
 * How a workspace is loaded. The entry fills the run's part from the global flags (in the
 * command's context), so every command's load honours `--no-cache` and draws progress. A
 * module of its own: the entry names the type without loading the parsers.
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
  /**
   * With nothing cached, from how many files a worker analyses some of them, and how many it
   * claims at a time (the defaults suit real runs; tests set them low).
   */
  analyzeAhead?: { from: number; batch?: number };
  /** Told as files are done, for a progress bar. */
  progress?: (done: number, total: number) => void;
}
