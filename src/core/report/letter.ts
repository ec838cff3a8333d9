/**
 * The letter to one unit (告知书): its row of the notice, its rank in its group (or among
 * all), its adopted items, its ledger entries and the solicitations it left unanswered.
 */
import type { AdoptedRow, DepartmentRow, LedgerRow, MonthReport, TopicRow } from './model.js';

export interface Letter {
  row: DepartmentRow;
  /** The group it is ranked in (null: among all units) and how many units that holds. */
  group: string | null;
  among: number;
  rank: number;
  adopted: AdoptedRow[];
  ledger: LedgerRow[];
  missing: TopicRow[];
}

export function lettersOf(r: MonthReport): Letter[] {
  const grouped = r.method.groups.length > 0;
  return r.departments.map((row) => {
    const peers = grouped ? r.departments.filter((d) => d.group === row.group) : r.departments;
    return {
      row,
      group: grouped ? row.group : null,
      among: peers.length,
      rank: grouped ? row.groupRank : row.rank,
      adopted: r.adopted.filter((a) => a.departments.includes(row.name)),
      ledger: r.ledger.filter((e) => e.department === row.name),
      missing: r.topics.filter((t) => t.missing.includes(row.name)),
    };
  });
}
