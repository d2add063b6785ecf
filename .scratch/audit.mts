import { openDatabase } from '/work/wt-merger/src/platform/db.js';
import { sql } from '/work/wt-merger/node_modules/drizzle-orm/index.js';
import { rmSync } from 'node:fs';
const dir = '/tmp/merger/audit-db';
rmSync(dir, { recursive: true, force: true });
const database = await openDatabase({ kind: 'pglite', dataDir: dir });
const db = database.db;
const N = 40000;
const rows = JSON.stringify(Array.from({ length: 5000 }, (_, i) => ({ code: 'X', name: 'Nguyễn Văn Hùng', birth: '1970-01-01', gender: 'male', ethnicity: 'Kinh', residence: null, official: false })));
async function run(label: string, restoring: boolean, prefix: string) {
  const c = process.cpuUsage();
  await db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('grassroots.actor', 'system:test', true), set_config('grassroots.restoring', ${restoring ? 'on' : 'off'}, true)`);
    for (let b = 0; b < N / 5000; b++) {
      await tx.execute(sql`insert into people (code, full_name, birth_date, gender, ethnicity, residence_village_id, commune_official)
        select ${prefix} || ${b}::text || '-' || row_number() over (), x.name, x.birth, x.gender, x.ethnicity, null, x.official
        from json_to_recordset(${rows}::json) as x(code text, name text, birth date, gender text, ethnicity text, residence text, official boolean)`);
    }
  });
  const d = process.cpuUsage(c);
  console.log(label, ((d.user + d.system) / 1e6).toFixed(2), 's cpu for', N);
}
await run('audited', false, 'A');
await run('not audited', true, 'B');
await run('audited again', false, 'C');
await database.close();
