/**
 * The national-scale register, generated inside PostgreSQL: going through the
 * workbook importer would take far longer than the benchmark itself. The SQL
 * below writes straight into the schema's tables with generate_series and a
 * seeded random(), so the same seed gives the same rows.
 *
 * Shape: the country (VN) -> 63 provinces -> 693 districts -> 10,395 communes -> 80,000 villages
 * (province "33" has about 1,270). Per village 0-3 (6%) or 10-41 people who are
 * or were members; each has a membership (some ended, a few removed during
 * probation) and 1-3 consecutive official placements (transfers from nearby
 * villages) plus, for 15%, a temporary placement beside them; about 6 million
 * membership + placement rows in all. Own cells (some founded late), combined
 * cells for pairs of villages, villages without a cell; heads elected every
 * 2.5 years from 2005 (more and more of them members), secretaries for own
 * cells; villages renamed, moved to another commune, merged away and split
 * off in between; and the 2025 reform: districts end, communes go under the
 * province, and provinces 35-63 merge into provinces 1-29 (63 -> 34).
 *
 * The statements are constants: nothing is spliced in; the seed is a parameter.
 */
import type pg from 'pg';

/** Statements in order; each is timed and printed on its own. */
const steps: [string, string][] = [
  [
    'units',
    `
    insert into units (id, code, level)
    select 100, 'VN', 'country'
    union all select p, lpad(p::text, 2, '0'), 'province' from generate_series(1, 63) p
    union all select 1000 + d, lpad(d::text, 3, '0'), 'district' from generate_series(1, 693) d
    union all select 10000 + c, lpad(c::text, 5, '0'), 'commune' from generate_series(1, 10395) c
    union all select 100000 + v, 'V' || lpad(v::text, 6, '0'), 'village' from generate_series(1, 80000) v`,
  ],
  [
    'unit versions',
    `
    insert into unit_versions (unit_id, name, subtype, parent_id, valid_from, valid_to)
    select 100, 'Việt Nam', 'Cả nước', null::int, null::date, null::date
    union all
    select p, 'Tỉnh ' || p, 'Tỉnh', 100, null::date, case when p > 34 then date '2025-07-01' end from generate_series(1, 63) p
    union all
    select 1000 + d, 'Huyện ' || d, 'Huyện', (d - 1) / 11 + 1, null, date '2025-07-01' from generate_series(1, 693) d
    union all
    select 10000 + c, case when c % 10 = 0 then 'Phường ' else 'Xã ' end || c,
           case when c % 10 = 0 then 'Phường' else 'Xã' end, 1000 + (c - 1) / 15 + 1, null, date '2025-07-01'
    from generate_series(1, 10395) c
    union all
    select 10000 + c, case when c % 10 = 0 then 'Phường ' else 'Xã ' end || c,
           case when c % 10 = 0 then 'Phường' else 'Xã' end,
           case when (c - 1) / 15 / 11 + 1 > 34 then ((c - 1) / 15 / 11 + 1 - 35) % 34 + 1 else (c - 1) / 15 / 11 + 1 end,
           date '2025-07-01', null
    from generate_series(1, 10395) c`,
  ],
  [
    'village table',
    `
    create temp table bv as
    select v, 100000 + v as id, c as commune, 10000 + c as commune_id,
           case when c % 10 = 0 then 'Tổ dân phố' else 'Thôn' end as subtype,
           n, sum(n) over (order by v rows unbounded preceding) - n + 1 as pstart,
           case when v % 20 = 1 then 20000 + v - 1 when v % 20 = 2 then null else 20000 + v end as cell,
           v % 20 in (0, 1) as combined,
           case when v % 20 in (0, 1, 2) then null
                when v % 50 = 7 then date '2015-01-01' + (cf * 2000)::int
                when cf < 0.6 then null
                else date '2006-01-01' + (cf * 6000)::int end as cell_from,
           case when v % 50 = 8 then date '2015-01-01' end as ended
    from (
      select v, ((v - 1)::bigint * 10395 / 80000)::int + 1 as c,
             case when random() < 0.06 then floor(random() * 4)::int else 10 + floor(random() * 32)::int end as n,
             random() as cf
      from generate_series(1, 80000) v
    ) s`,
  ],
  [
    'village versions',
    `
    insert into unit_versions (unit_id, name, subtype, parent_id, valid_from, valid_to)
    select id, subtype || ' ' || v, subtype, commune_id,
           case when v % 50 = 7 then date '2015-01-01' end,
           case when v % 50 = 8 then date '2015-01-01' when v % 10 = 3 then date '2016-01-01'
                when v % 100 = 9 then date '2019-01-01' end
    from bv
    union all
    select id, subtype || ' ' || v || ' mới', subtype, commune_id, date '2016-01-01', null from bv where v % 10 = 3
    union all
    select b.id, b.subtype || ' ' || b.v, b.subtype, n.commune_id, date '2019-01-01', null
    from bv b join bv n on n.v = least(b.v + 8, 80000) where b.v % 100 = 9`,
  ],
  [
    'lineage',
    `
    insert into unit_lineage (from_unit_id, to_unit_id, "on", kind, decision)
    select p, (p - 35) % 34 + 1, date '2025-07-01', 'merge', 'NQ sáp nhập tỉnh' from generate_series(35, 63) p
    union all
    select id, id + 1, date '2015-01-01', 'merge', 'NQ sáp nhập thôn' from bv where v % 50 = 8
    union all
    select id - 1, id, date '2015-01-01', 'split', 'NQ chia tách thôn' from bv where v % 50 = 7`,
  ],
  [
    'party orgs',
    `
    insert into party_orgs (id, code, kind)
    select c, 'DB' || lpad(c::text, 5, '0'), 'committee' from generate_series(1, 10395) c
    union all
    select cell, 'CB' || lpad(v::text, 6, '0'), 'cell' from bv where cell = 20000 + v`,
  ],
  [
    'party org versions',
    `
    insert into party_org_versions (org_id, name, parent_org_id, unit_id, valid_from, valid_to)
    select c, 'Đảng bộ xã ' || c, null::int, 10000 + c, null::date, null::date from generate_series(1, 10395) c
    union all
    select cell, 'Chi bộ ' || v, commune, case when combined then commune_id else id end, cell_from, ended
    from bv where cell = 20000 + v`,
  ],
  [
    'cell villages',
    `
    insert into cell_villages (cell_id, village_id, valid_from, valid_to)
    select cell, id, cell_from, ended from bv where cell is not null`,
  ],
  [
    'member table',
    `
    create temp table bp as
    with s as (
      select b.pstart + g - 1 as id, b.v,
             case when b.v % 50 = 7 then date '2015-02-01' + (random() * 3800)::int
                  else date '1975-01-01' + (random() * 18400)::int end as adm,
             random() as r1, random() as r2, random() as r3, random() as r4, random() as r5,
             random() as r6, random() as r7, random() as r8, random() as r9, random() as r10,
             floor(random() * 7)::int - 3 as o1, floor(random() * 7)::int - 3 as o2, floor(random() * 7)::int - 3 as ot
      from bv b cross join lateral generate_series(1, b.n) g
    ),
    m as (
      select s.*, adm - (6570 + (r1 * 14600)::int) as birth,
             case when r2 >= 0.03 and adm + 365 <= date '2025-06-30' then adm + 365 end as official,
             case when r2 < 0.03 and adm + 365 <= date '2025-06-30' then adm + 365 end as removed_on
      from s
    ),
    e as (
      select m.*,
             coalesce(removed_on, case when r2 < 0.18 and official is not null
                                        and official + (r3 * (date '2025-06-30' - official))::int > official
                                       then official + (r3 * (date '2025-06-30' - official))::int end) as ended_on
      from m
    ),
    k as (
      select e.*, coalesce(ended_on, date '2025-06-30') - adm as span,
             case when coalesce(ended_on, date '2025-06-30') - adm < 120 or r5 < 0.3 then 1 when r5 < 0.7 then 2 else 3 end as k
      from e
    ),
    c as (
      select k.*, adm + 30 + (r6 * (span - 60))::int as c1 from k
    ),
    d as (
      select c.*, c1 + 15 + (r7 * greatest(coalesce(ended_on, date '2025-06-30') - c1 - 30, 0))::int as c2,
             -- earlier placements come from a nearby village that exists for the whole history
             case when (v + o1) % 50 in (7, 8) or v + o1 not between 1 and 80000 then v else v + o1 end as w1,
             case when (v + o2) % 50 in (7, 8) or v + o2 not between 1 and 80000 then v else v + o2 end as w2,
             case when (v + ot) % 50 in (7, 8) or v + ot not between 1 and 80000 then v else v + ot end as wt
      from c
    )
    -- 4% of the living members move out of the province: the last placement ends, the membership does not
    select d.*, case when r8 < 0.04 and ended_on is null
                     then date '2025-06-30' - (r8 * 25 * (date '2025-06-30' - case k when 1 then adm when 2 then c1 else c2 end))::int
                     else ended_on end as last_to
    from d`,
  ],
  [
    'people (members)',
    `
    insert into people (id, code, full_name, birth_date, gender, ethnicity, residence_village_id, commune_official)
    select id, 'P' || lpad(id::text, 8, '0'), 'Đảng viên ' || id, birth,
           case when r4 < 0.55 then 'male' else 'female' end, 'Kinh', 100000 + v, r9 < 0.03
    from bp`,
  ],
  [
    'memberships',
    `
    insert into memberships (person_id, card_no, admitted_on, official_on, ended_on, end_reason)
    select id, case when official is not null then lpad((id % 100)::text, 2, '0') || '.' || lpad((id % 1000000)::text, 6, '0') end,
           adm, official, ended_on,
           case when removed_on is not null then 'removed'
                when ended_on is null then null
                when r4 < 0.7 then 'death' when r4 < 0.85 then 'resigned' when r4 < 0.97 then 'removed' else 'expelled' end
    from bp`,
  ],
  [
    'placements',
    `
    insert into placements (person_id, cell_id, village_id, valid_from, valid_to, kind, reason)
    select s.id, coalesce(b.cell, b.commune), b.id, s.f, s.t, s.kind, s.reason
    from (
      select id, adm as f, case when k = 1 then last_to else c1 end as t,
             case when k = 1 then v else w1 end as vv, 'official' as kind, 'admission' as reason
      from bp
      union all
      select id, c1, case when k = 2 then last_to else c2 end, case when k = 2 then v else w2 end, 'official', 'transfer'
      from bp where k >= 2
      union all
      select id, c2, last_to, v, 'official', 'transfer' from bp where k = 3
      union all
      select id, tf, tf + 90 + (r3 * 270)::int, wt, 'temporary', 'other'
      from (select bp.*, adm + (r10 * (span - 400))::int as tf from bp where r9 < 0.15 and span > 420) y
    ) s
    join bv b on b.v = s.vv
    where s.t is null or s.t > s.f`,
  ],
  [
    'merged villages: members move on',
    `
    insert into placements (person_id, cell_id, village_id, valid_from, valid_to, kind, reason)
    select p.person_id, coalesce(n.cell, n.commune), n.id, greatest(p.valid_from, date '2015-01-01'), p.valid_to, p.kind, 'transfer'
    from placements p join bv b on b.id = p.village_id and b.ended is not null
    join bv n on n.v = b.v + 1
    where p.valid_to is null or p.valid_to > date '2015-01-01'`,
  ],
  [
    'merged villages: drop old placements after the merge',
    `
    delete from placements p using bv b
    where b.id = p.village_id and b.ended is not null and p.valid_from >= date '2015-01-01'`,
  ],
  [
    'merged villages: end old placements',
    `
    update placements p set valid_to = date '2015-01-01' from bv b
    where b.id = p.village_id and b.ended is not null and (p.valid_to is null or p.valid_to > date '2015-01-01')`,
  ],
  [
    'head term table',
    `
    create temp table bh as
    select b.id as village_id, b.v, b.n, b.pstart, b.cell, b.cell_from, b.combined, i,
           (date '2005-01-01' + make_interval(months => 30 * i))::date as f,
           case when i < 8 then (date '2005-01-01' + make_interval(months => 30 * (i + 1)))::date end as t,
           random() as r1, random() as r2, random() as r3, random() as r4, random() as r5,
           row_number() over (order by b.v, i) as rn
    from bv b cross join generate_series(0, 8) i
    where (b.v % 50 <> 7 or i >= 4) and (b.v % 50 <> 8 or i < 4)`,
  ],
  [
    'people (non-member heads)',
    `
    insert into people (id, code, full_name, birth_date, gender, ethnicity, residence_village_id, commune_official)
    select (select max(id) from bp) + rn, 'H' || lpad(rn::text, 8, '0'), 'Trưởng thôn ' || rn,
           date '1950-01-01' + (r4 * 12000)::int, case when r4 < 0.7 then 'male' else 'female' end, 'Kinh', village_id, false
    from bh where not (n > 0 and r2 < 0.3 + 0.05 * i)`,
  ],
  [
    'head terms',
    `
    insert into head_terms (village_id, person_id, role, valid_from, valid_to, how)
    select village_id,
           case when n > 0 and r2 < 0.3 + 0.05 * i then pstart + floor(r3 * n)::int else (select max(id) from bp) + rn end,
           'head', f, t, case when r4 < 0.05 then 'interim' else 'elected' end
    from bh where r1 >= 0.03`,
  ],
  [
    'secretary terms',
    `
    insert into secretary_terms (cell_id, person_id, valid_from, valid_to)
    select cell, case when r4 < 0.35 and n > 0 and r2 < 0.3 + 0.05 * i then pstart + floor(r3 * n)::int
                      else pstart + floor(r5 * n)::int end,
           greatest(f, coalesce(cell_from, f)), t
    from bh
    where not combined and cell is not null and n > 0 and (t is null or t > coalesce(cell_from, f))`,
  ],
  [
    'sequences',
    `
    select setval(pg_get_serial_sequence('units', 'id'), (select max(id) from units)),
           setval(pg_get_serial_sequence('party_orgs', 'id'), (select max(id) from party_orgs)),
           setval(pg_get_serial_sequence('people', 'id'), (select max(id) from people))`,
  ],
  ['analyze', `analyze`],
];

/** What the build made, for the report. */
export interface NationalData {
  seconds: number;
  steps: { step: string; seconds: number }[];
  rows: Record<string, number>;
}

/**
 * Fills an empty, migrated database through one client (random() is seeded per
 * session). Foreign-key triggers are skipped while loading: the rows are
 * consistent by construction and checking 6 million references one by one
 * would double the build time.
 */
export async function buildNationalData(
  client: pg.Client,
  seed: number,
  log: (m: string) => void,
): Promise<NationalData> {
  const t0 = performance.now();
  const done: NationalData['steps'] = [];
  await client.query(`set work_mem = '256MB'`);
  await client.query(`set maintenance_work_mem = '512MB'`);
  try {
    await client.query(`set session_replication_role = replica`);
  } catch {
    log('cannot skip foreign-key triggers (not a superuser): the build will be slower');
  }
  await client.query('select setseed($1)', [seed]);
  for (const [name, text] of steps) {
    const s0 = performance.now();
    await client.query(text);
    const seconds = (performance.now() - s0) / 1000;
    done.push({ step: name, seconds });
    log(`${name}: ${seconds.toFixed(1)} s`);
  }
  await client.query(`set session_replication_role = origin`).catch(() => undefined);
  const counted = await client.query<{ t: string; n: string }>(`
    select 'units' as t, count(*) as n from units union all
    select 'villages', count(*) from units where level = 'village' union all
    select 'people', count(*) from people union all
    select 'memberships', count(*) from memberships union all
    select 'placements', count(*) from placements union all
    select 'head_terms', count(*) from head_terms union all
    select 'secretary_terms', count(*) from secretary_terms union all
    select 'cell_villages', count(*) from cell_villages`);
  const rowCounts = Object.fromEntries(counted.rows.map((r) => [r.t, Number(r.n)]));
  return { seconds: (performance.now() - t0) / 1000, steps: done, rows: rowCounts };
}
