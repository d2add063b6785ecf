/**
 * The baseline of the import benchmark: the same register rows as CSV, with
 * codes already resolved to ids, loaded by plain COPY into the schema's own
 * tables (same columns, keys, indexes and foreign keys) of a fresh PGlite.
 * It is the floor for getting these rows into this engine: no reading of the
 * workbook, no checks, no merge with stored rows, no derived counts.
 */
import type { PGlite } from '@electric-sql/pglite';
import type { Register } from '../src/modules/register/register.schema.js';

type Value = string | number | boolean | null;

/** One table's COPY: its column list and its CSV text. */
export interface CopyTable {
  table: string;
  columns: string[];
  csv: string;
  rows: number;
}

function csvField(v: Value): string {
  if (v === null) return ''; // unquoted empty = NULL in COPY's CSV format
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return `"${v.replaceAll('"', '""')}"`;
}

function table(name: string, columns: string[], rows: Value[][]): CopyTable {
  return { table: name, columns, rows: rows.length, csv: `${rows.map((r) => r.map(csvField).join(',')).join('\n')}\n` };
}

/** Numbers the codes in first-seen order, as serial ids would. */
function ids(codes: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of codes) if (!m.has(c)) m.set(c, m.size + 1);
  return m;
}

function idOf(m: Map<string, number>, code: string | null): number | null {
  if (code === null) return null;
  const id = m.get(code);
  if (id === undefined) throw new Error(`copy baseline: unknown code ${code}`);
  return id;
}

/** The register as COPY input for every table, in foreign-key order. */
export function copyTables(r: Register): CopyTable[] {
  const unit = ids(r.units.map((u) => u.code));
  const level = new Map(r.units.map((u) => [u.code, u.level]));
  const org = ids(r.party_orgs.map((o) => o.code));
  const kind = new Map(r.party_orgs.map((o) => [o.code, o.kind]));
  const person = ids(r.people.map((p) => p.personCode));
  const u = (c: string | null) => idOf(unit, c);
  const o = (c: string | null) => idOf(org, c);
  const p = (c: string | null) => idOf(person, c);
  return [
    table(
      'units',
      ['id', 'code', 'level'],
      [...unit].map(([code, id]) => [id, code, level.get(code)!]),
    ),
    table(
      'unit_versions',
      ['unit_id', 'name', 'subtype', 'parent_id', 'valid_from', 'valid_to'],
      r.units.map((x) => [u(x.code), x.name, x.subtype, u(x.parentCode), x.validFrom, x.validTo]),
    ),
    table(
      'unit_lineage',
      ['from_unit_id', 'to_unit_id', 'on', 'kind', 'decision'],
      r.unit_lineage.map((x) => [u(x.fromCode), u(x.toCode), x.on, x.kind, x.decision]),
    ),
    table(
      'party_orgs',
      ['id', 'code', 'kind'],
      [...org].map(([code, id]) => [id, code, kind.get(code)!]),
    ),
    table(
      'party_org_versions',
      ['org_id', 'name', 'parent_org_id', 'unit_id', 'valid_from', 'valid_to'],
      r.party_orgs.map((x) => [o(x.code), x.name, o(x.parentCode), u(x.unitCode), x.validFrom, x.validTo]),
    ),
    table(
      'cell_villages',
      ['cell_id', 'village_id', 'valid_from', 'valid_to'],
      r.cell_villages.map((x) => [o(x.cellCode), u(x.villageCode), x.validFrom, x.validTo]),
    ),
    table(
      'people',
      ['id', 'code', 'full_name', 'birth_date', 'gender', 'ethnicity', 'residence_village_id', 'commune_official'],
      r.people.map((x) => [
        p(x.personCode),
        x.personCode,
        x.fullName,
        x.birthDate,
        x.gender,
        x.ethnicity,
        u(x.residenceVillageCode),
        x.communeOfficial,
      ]),
    ),
    table(
      'memberships',
      ['person_id', 'card_no', 'admitted_on', 'official_on', 'ended_on', 'end_reason'],
      r.memberships.map((x) => [p(x.personCode), x.cardNo, x.admittedOn, x.officialOn, x.endedOn, x.endReason]),
    ),
    table(
      'placements',
      ['person_id', 'cell_id', 'village_id', 'valid_from', 'valid_to', 'kind', 'reason'],
      r.placements.map((x) => [
        p(x.personCode),
        o(x.cellCode),
        u(x.villageCode),
        x.validFrom,
        x.validTo,
        x.kind,
        x.reason,
      ]),
    ),
    table(
      'head_terms',
      ['village_id', 'person_id', 'role', 'valid_from', 'valid_to', 'how'],
      r.head_terms.map((x) => [u(x.villageCode), p(x.personCode), x.role, x.validFrom, x.validTo, x.how]),
    ),
    table(
      'secretary_terms',
      ['cell_id', 'person_id', 'valid_from', 'valid_to'],
      r.secretary_terms.map((x) => [o(x.cellCode), p(x.personCode), x.validFrom, x.validTo]),
    ),
  ];
}

/** Creates `bare_<table>` for every table: the same columns and defaults, no keys, indexes or foreign keys. */
export async function createBareTables(client: PGlite, tables: CopyTable[]): Promise<void> {
  for (const t of tables) await client.exec(`create table "bare_${t.table}" (like "${t.table}" including defaults)`);
}

/**
 * COPYs every table into a migrated, empty PGlite through its /dev/blob device,
 * in one transaction like the importer, audited like it (the triggers are part
 * of the schema); into the `bare_` twins, which have none, when `bare`.
 * Returns the rows COPY reported.
 */
export async function copyInto(client: PGlite, tables: CopyTable[], bare = false): Promise<number> {
  let n = 0;
  await client.transaction(async (tx) => {
    // the schema's audit triggers refuse rows without an author, and write the audit rows the import writes too
    await tx.query(`select set_config('grassroots.actor', 'system:bench', true)`);
    for (const t of tables) {
      // Identifiers come from the fixed list above, never from the data.
      const cols = t.columns.map((c) => `"${c}"`).join(', ');
      const name = bare ? `bare_${t.table}` : t.table;
      const r = await tx.query(`copy "${name}" (${cols}) from '/dev/blob' with (format csv)`, [], {
        blob: new Blob([t.csv]),
      });
      n += r.affectedRows ?? 0;
    }
  });
  return n;
}
