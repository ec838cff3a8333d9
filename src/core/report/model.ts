/** The month notice as the renderers receive it. Figures are final (rounded). */
import type { ReportEvent } from './events.js';
import type { Levels } from './tally.js';

export interface Totals {
  submitted: number;
  published: number;
  reported: number;
  adoptions: number;
  special: number;
  instructions: number;
  points: number;
}

export interface DepartmentRow {
  name: string;
  submitted: number;
  cumulativeSubmitted: number;
  adoptions: Levels;
  special: number;
  instructions: number;
  rate: number | null;
  points: number;
  cumulativePoints: number;
  rank: number;
  /** Monthly quota and its completion (shown in documents, not in the JSON shape). */
  quota: number;
  completion: number | null;
}

export interface WriterRow {
  name: string;
  department: string;
  quota: number;
  submitted: number;
  completion: number | null;
  points: number;
  fee: number;
}

export interface AdoptedRow {
  id: string;
  title: string;
  level: string;
  form: string;
  outlet: string;
  date: string;
  departments: readonly string[];
}

export interface TopicRow {
  id: string;
  title: string;
  due: string;
  asked: string[];
  answered: string[];
  missing: string[];
}

export interface TrendPoint {
  month: string;
  submitted: number;
  adoptions: number;
  points: number;
}

export interface MonthReport {
  month: string;
  office: string;
  /** The date the notice is made (today in the configured zone). */
  issued: string;
  totals: Totals;
  departments: DepartmentRow[];
  writers: WriterRow[];
  categories: Record<string, number>;
  sources: Record<string, number>;
  adopted: AdoptedRow[];
  topics: TopicRow[];
  /** January to the month, for the year's trend. */
  trend: TrendPoint[];
  /** The month's events, for `--explain`. */
  events: ReportEvent[];
  /** Instructions of the month recorded without a level (they score 0). */
  unleveled: number;
}
