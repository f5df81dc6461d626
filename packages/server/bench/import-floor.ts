// Measures what PostgreSQL alone needs to store appeals that are already parsed and checked, to show
// the ceiling any import reaches on this machine: `pnpm bench:import-floor`
// (BENCH_ROWS=50000, BENCH_ADMIN_URL=postgresql://postgres@127.0.0.1:5432/postgres).
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { importSyntheticFile, withScratchDatabase } from './bench-database.js';
import { createLogger } from '../src/logging/logger.js';
import { writeSyntheticAppeals } from '../src/modules/import/synthetic-appeals.js';

const rows = Number(process.env.BENCH_ROWS ?? 50_000);
const adminUrl = process.env.BENCH_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const logger = createLogger('warn', false);
/** PostgreSQL takes at most 65,535 parameters in one statement. */
const MAX_PARAMETERS = 65_535;

async function seconds(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

function line(label: string, time: number): void {
  process.stdout.write(`${label.padEnd(58)} ${time.toFixed(3).padStart(8)} s = ${String(Math.round(rows / time)).padStart(9)} rows/s\n`);
}

/** Creates an empty table with the columns and defaults of `appeal`, without its keys and indexes. */
async function emptyCopyOfAppeal(client: pg.Client, name: string): Promise<void> {
  await client.query(`drop table if exists ${name}`);
  await client.query(`create table ${name} (like appeal including defaults)`);
}

/** Reads the stored appeals in COPY's text format, as the COPY path sends them. */
async function appealsAsCopyText(client: pg.Client): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = client.query(copyTo('copy appeal to stdout'));
  for await (const chunk of stream) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Reads the stored appeals as text values, as the multi-row INSERT path sends them. */
async function appealsAsParameters(client: pg.Client): Promise<{ columns: string[]; values: (string | null)[][] }> {
  const result = await client.query<(string | null)[]>({
    text: 'select * from appeal',
    rowMode: 'array',
    types: { getTypeParser: () => (value: string) => value },
  });
  return { columns: result.fields.map((field) => field.name), values: result.rows };
}

async function insertRows(client: pg.Client, table: string, columns: string[], values: (string | null)[][]): Promise<void> {
  const perStatement = Math.min(1000, Math.floor(MAX_PARAMETERS / columns.length));
  const columnList = columns.map((column) => `"${column}"`).join(', ');
  for (let start = 0; start < values.length; start += perStatement) {
    const chunk = values.slice(start, start + perStatement);
    const tuples = chunk.map((_row, index) => `(${columns.map((_column, position) => `$${index * columns.length + position + 1}`).join(', ')})`);
    await client.query(`insert into ${table} (${columnList}) values ${tuples.join(', ')}`, chunk.flat());
  }
}

interface IndexDefinition {
  name: string;
  definition: string;
}

async function appealIndexes(client: pg.Client): Promise<IndexDefinition[]> {
  const result = await client.query<{ indexname: string; indexdef: string }>(
    `select indexname, indexdef from pg_indexes where schemaname = 'public' and tablename = 'appeal' order by indexname`,
  );
  return result.rows.map((row) => ({ name: row.indexname, definition: row.indexdef }));
}

/** Creates the indexes of appeal on a copy of it, one after another, and returns the seconds of each. */
async function createIndexes(client: pg.Client, indexes: IndexDefinition[], table: string): Promise<number[]> {
  const times: number[] = [];
  for (const index of indexes) {
    const definition = index.definition.replace(` INDEX ${index.name} ON public.appeal `, ` INDEX ${table}_${index.name} ON public.${table} `);
    if (definition === index.definition) {
      throw new Error(`Failed to point the definition of ${index.name} at ${table}: ${index.definition}`);
    }
    times.push(await seconds(() => client.query(definition)));
  }
  return times;
}

const folder = mkdtempSync(path.join(tmpdir(), 'cur-bench-import-floor-'));
try {
  const file = path.join(folder, 'appeals.csv');
  const expected = await writeSyntheticAppeals(file, { rows });
  await withScratchDatabase(adminUrl, `cur_bench_import_floor_${process.pid}`, async (databaseUrl) => {
    const figures = await importSyntheticFile({ databaseUrl, file, method: 'copy', batchSize: 5000, logger });
    if (figures.rowsImported !== expected || expected !== rows) {
      throw new Error(`The import stored ${figures.rowsImported} of ${rows} appeals; the probes need all of them.`);
    }
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await client.query('vacuum analyze appeal');
      const { rows: [settings] } = await client.query<{ version: string; maintenance_work_mem: string }>(
        `select current_setting('server_version') as version, current_setting('maintenance_work_mem') as maintenance_work_mem`,
      );
      process.stdout.write(
        `${rows} appeals, ${cpus().length} CPU cores (${cpus()[0]?.model ?? 'unknown'}), load average ${loadavg()[0]!.toFixed(1)}, ` +
          `PostgreSQL ${settings!.version}, maintenance_work_mem ${settings!.maintenance_work_mem}\n`,
      );
      process.stdout.write(`For comparison, the whole import through COPY took ${figures.seconds.toFixed(2)} s = ${Math.round(rows / figures.seconds)} rows/s\n\n`);

      process.stdout.write('Sending the rows into a table without indexes:\n');
      const text = await appealsAsCopyText(client);
      await emptyCopyOfAppeal(client, 'probe_copy');
      const copyTime = await seconds(() => pipeline(Readable.from([text]), client.query(copyFrom('copy probe_copy from stdin'))));
      line('  COPY FROM STDIN', copyTime);
      const { columns, values } = await appealsAsParameters(client);
      await emptyCopyOfAppeal(client, 'probe_insert');
      const insertTime = await seconds(() => insertRows(client, 'probe_insert', columns, values));
      line(`  multi-row INSERT, ${Math.min(1000, Math.floor(MAX_PARAMETERS / columns.length))} rows a statement`, insertTime);
      process.stdout.write(`  COPY / multi-row INSERT: ${(insertTime / copyTime).toFixed(2)}x\n\n`);

      const indexes = await appealIndexes(client);
      const searchIndexes = indexes.filter((index) => / USING gin /.test(index.definition));
      process.stdout.write('Copying the rows inside the server, insert … select:\n');
      await emptyCopyOfAppeal(client, 'probe_plain');
      line('  into a table without indexes', await seconds(() => client.query('insert into probe_plain select * from appeal')));
      await emptyCopyOfAppeal(client, 'probe_indexed');
      await createIndexes(client, indexes, 'probe_indexed');
      line(`  with the ${indexes.length} indexes of appeal, kept up row by row`, await seconds(() => client.query('insert into probe_indexed select * from appeal')));
      await emptyCopyOfAppeal(client, 'probe_no_search');
      await createIndexes(client, indexes.filter((index) => !searchIndexes.includes(index)), 'probe_no_search');
      line(`  the same without the ${searchIndexes.length} text search indexes (GIN)`, await seconds(() => client.query('insert into probe_no_search select * from appeal')));
      await client.query('drop table probe_plain, probe_indexed, probe_no_search, probe_insert');

      process.stdout.write('\nBuilding each index of appeal in one pass over the loaded rows:\n');
      const times = await createIndexes(client, indexes, 'probe_copy');
      indexes.forEach((index, position) => line(`  ${index.name}`, times[position]!));
      line(`  all ${indexes.length} indexes`, times.reduce((sum, time) => sum + time, 0));
    } finally {
      await client.end();
    }
  });
} finally {
  rmSync(folder, { recursive: true, force: true });
}
