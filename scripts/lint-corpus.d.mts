/** Types of scripts/lint-corpus.mjs, for the test that runs it. */
export interface Placed {
  rule: string;
  line: number;
  text: string;
}
export interface TextResult {
  name: string;
  shape: string;
  file: string;
  path?: string;
  missing?: boolean;
  tp: Placed[];
  fp: Placed[];
  fn: Placed[];
  unplaced: string[];
  title: { expected: string; actual: string };
  notes: { expected: string[]; actual: string[] };
  surprises: string[];
}
export interface RuleScore {
  rule: string;
  tp: number;
  fp: number;
  fn: number;
}
export interface CorpusText {
  name: string;
  header: Record<string, string>;
  lines: string[];
  planted: { index: number; rule: string; count: number }[];
  titleFindings: { rule: string; count: number }[];
  notes: string[];
}
export function readCorpus(dir?: string): CorpusText[];
export function runCorpus(options?: { keep?: boolean }): Promise<{ texts: TextResult[]; importStderr: string }>;
export function scoreByRule(results: TextResult[]): RuleScore[];
export function table(rows: RuleScore[], markdown?: boolean): string;
export function mismatches(results: TextResult[]): string[];
