// Measures the appeals export: `DATABASE_URL=... pnpm bench:export [rows]` fills a scratch database
// with generated appeals up to `rows` (100,000 by default), streams their CSV to a counting sink and
// prints rows per second and the retained heap. `pnpm bench:export` runs node with --expose-gc, so
// the heap samples exclude garbage.
import { Writable } from 'node:stream';
import { MikroORM } from '@mikro-orm/postgresql';
import { stringify } from 'csv-stringify';
import { once } from 'node:events';
import { applyMigrations } from '../src/database/migrate.js';
import { createOrmConfig } from '../src/database/orm-config.js';
import { createLogger } from '../src/logging/logger.js';
import { UserRole } from '../src/modules/auth/auth.entities.js';
import { appealExportRows } from '../src/modules/exports/appeal-export.js';
import { loadReferenceData } from '../src/modules/reference/reference-loader.js';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  throw new Error('Set DATABASE_URL to an empty scratch PostgreSQL database.');
}
const rowCount = Number(process.argv[2] ?? 100_000);
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const logger = createLogger('warn', false);
const orm = await MikroORM.init(createOrmConfig(databaseUrl, logger));
try {
  await applyMigrations(orm, logger);
  await loadReferenceData(orm.em.fork());
  const connection = orm.em.getConnection();
  const [{ count }] = await connection.execute<{ count: string }[]>(`select count(*) as count from appeal`);
  if (Number(count) < rowCount) {
    const started = Date.now();
    await connection.execute(
      `insert into appeal (id, number, channel, appellant_kind, appellant_name, text, topic_code, status,
          received_at, registered_at, answer_due_at, version, updated_at)
        select gen_random_uuid(), 'БЕНЧ-' || g, 'EMAIL', 'RUSSIAN_CITIZEN', 'Заявитель ' || g,
          repeat('Текст обращения о ремонте дороги и двора. ', 25), (select code from topic where level = 4 order by code limit 1),
          'REGISTERED', now() - g * interval '1 minute', now() - g * interval '1 minute', now() + interval '30 days', 1, now()
        from generate_series(${Number(count) + 1}, ${rowCount}) g`,
    );
    console.log(`inserted ${rowCount - Number(count)} appeals in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const user = { id: '00000000-0000-0000-0000-000000000000', email: 'bench@cur', fullName: 'Bench', role: UserRole.CENTER_ADMIN, agencyId: null };

  collectGarbage();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  const sampler = setInterval(() => {
    collectGarbage();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 250);
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      callback();
    },
  });
  const csv = stringify({ bom: true, delimiter: ';' });
  csv.pipe(sink);
  const started = Date.now();
  let rows = 0;
  for await (const batch of appealExportRows(orm.em.fork(), user, null)) {
    for (const row of batch) {
      rows += 1;
      if (!csv.write(row.map((cell) => (cell instanceof Date ? cell.toISOString() : (cell ?? ''))))) {
        await once(csv, 'drain');
      }
    }
  }
  csv.end();
  await once(sink, 'finish');
  clearInterval(sampler);
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `CSV: ${rows} rows, ${(bytes / 1048576).toFixed(1)} MB in ${seconds.toFixed(1)} s (${Math.round(rows / seconds)} rows/s), retained heap peak +${((peak - baseline) / 1048576).toFixed(1)} MB`,
  );
} finally {
  await orm.close();
}
