// Measures the appeals import through COPY and through multi-row INSERT in one run, each into a
// fresh database: `pnpm bench:import` (BENCH_ROWS=200000, BENCH_ADMIN_URL=postgresql://postgres@127.0.0.1:5432/postgres).
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { importSyntheticFile, withScratchDatabase, type ImportFigures } from './bench-database.js';
import { createLogger } from '../src/logging/logger.js';
import type { ImportMethod } from '../src/modules/import/import-writer.js';
import { writeSyntheticAppeals } from '../src/modules/import/synthetic-appeals.js';

const rows = Number(process.env.BENCH_ROWS ?? 200_000);
const batchSize = Number(process.env.BENCH_BATCH_SIZE ?? 5000);
const adminUrl = process.env.BENCH_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const logger = createLogger('warn', false);

/** Imports the file into a fresh database and returns the figures of the import alone. */
async function measure(method: ImportMethod, file: string, expected: number): Promise<ImportFigures> {
  return withScratchDatabase(adminUrl, `cur_bench_import_${method}_${process.pid}`, async (databaseUrl) => {
    const figures = await importSyntheticFile({ databaseUrl, file, method, batchSize, logger });
    if (figures.rowsImported !== expected) {
      throw new Error(`${method} imported ${figures.rowsImported} appeals, expected ${expected}.`);
    }
    return figures;
  });
}

const folder = mkdtempSync(path.join(tmpdir(), 'cur-bench-import-'));
try {
  const file = path.join(folder, 'appeals.csv');
  const expected = await writeSyntheticAppeals(file, { rows });
  process.stdout.write(
    `${rows} synthetic rows, batches of ${batchSize}, ${cpus().length} CPU cores (${cpus()[0]?.model ?? 'unknown'}), load average ${loadavg()[0]!.toFixed(1)}\n`,
  );
  // The first import in a process also compiles the parser and the checks. A small import of each
  // method pays for that before the measured runs, so neither measured run carries it.
  const warmUp = path.join(folder, 'warm-up.csv');
  const warmUpRows = await writeSyntheticAppeals(warmUp, { rows: Math.min(rows, 5000), idPrefix: 'warm-up-' });
  for (const method of ['copy', 'insert'] as const) {
    await measure(method, warmUp, warmUpRows);
  }
  const results = {} as Record<ImportMethod, ImportFigures>;
  for (const method of ['copy', 'insert'] as const) {
    const result = await measure(method, file, expected);
    results[method] = result;
    process.stdout.write(
      `${method.padEnd(6)} end to end ${result.seconds.toFixed(2)} s = ${Math.round(rows / result.seconds)} rows/s; ` +
        `batch transactions ${result.writeSeconds.toFixed(2)} s; ` +
        `loading the staging table ${result.stageSeconds.toFixed(2)} s = ${Math.round(rows / result.stageSeconds)} rows/s; ` +
        `Node CPU ${result.nodeCpuSeconds.toFixed(2)} s\n`,
    );
  }
  const ratio = (part: 'seconds' | 'stageSeconds') => (results.insert[part] / results.copy[part]).toFixed(2);
  process.stdout.write(`COPY / multi-row INSERT speed: end to end ${ratio('seconds')}x, loading the staging table ${ratio('stageSeconds')}x\n`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
