/** The month notice as the renderers receive it. Figures are final (rounded). */
import type { LedgerEntry } from '../ledger.js';
import type { ReportEvent } from './events.js';
import type { ReportPeriod } from './period.js';
import type { Levels } from './tally.js';

export interface Totals {
  submitted: number;
  published: number;
  reported: number;
  adoptions: number;
  special: number;
  instructions: number;
  points: number;
  /** Ledger points of the period (加减分), included in `points`. */
  adjustments: number;
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
  /** Its unit group, or null. */
  group: string | null;
  /** Rank within its group (the departments without a group rank among themselves). */
  groupRank: number;
  /** Ledger points of the period, included in `points`. */
  adjustments: number;
  /** Quota bonus of the period, included in `points` (documents only). */
  quotaBonus: number;
  /** Barred from the year's awards by a ledger entry (取消评优) up to the period's end. */
  disqualified: boolean;
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
  /** Adopted as a 简讯 (documents only). */
  brief: boolean;
}

/** A ledger entry as the notice lists it, with the title of the item it concerns when known. */
export interface LedgerRow extends LedgerEntry {
  itemTitle: string | null;
}

/** What of the office's own 考核办法 the notice shows. */
export interface Method {
  /** The configured groups in order, each shown as a table of its own; empty: one table. */
  groups: string[];
  /** A quota bonus is configured: its column is shown. */
  quotaBonus: boolean;
  /** The office keeps a ledger (some entry exists): its column and section are shown. */
  ledger: boolean;
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

/** A department named 先进单位: rank within its group (or among all, without groups). */
export interface AwardDepartment {
  name: string;
  group: string | null;
  points: number;
  rank: number;
}

export interface AwardWriter {
  name: string;
  department: string;
  points: number;
  rank: number;
}

/** A department barred from the awards, and the ledger entry that barred it. */
export interface Disqualification {
  name: string;
  date: string;
  kind: string;
  note: string;
}

/** The year notice's 先进单位 and 先进个人, ties at the cut-off included. */
export interface Awards {
  departments: AwardDepartment[];
  writers: AwardWriter[];
  disqualified: Disqualification[];
  /** The config's cut-offs: departments per group, writers. */
  perGroup: number;
  count: number;
}

/**
 * A notice over a period of months (the month notice is the period of one). Every figure
 * is over the period; cumulative ones from 1 January of its last year.
 */
export interface MonthReport {
  /** The period's last month (the month itself for a month notice). */
  month: string;
  period: ReportPeriod;
  /** Configured departments that submitted nothing in the period (零报送). */
  zero: string[];
  /** The year notice only. */
  awards?: Awards;
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
  /** January to the month for a month notice; the period's months otherwise. */
  trend: TrendPoint[];
  /** The month's events, for `--explain`. */
  events: ReportEvent[];
  /** Instructions of the month recorded without a level (they score 0). */
  unleveled: number;
  /** Ledger entries dated in the month. */
  ledger: LedgerRow[];
  method: Method;
}
