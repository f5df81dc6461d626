import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { User, UserRole } from '../auth/auth.entities.js';
import type { DeadlineService } from '../deadlines/deadline.service.js';
import { parseMapping } from '../import/import-mapping.js';
import { runAppealImport, type ImportProgress } from '../import/import-runner.js';
import { MAPPINGS_DIR } from '../import/import.service.js';

export interface DemoImportOptions {
  databaseUrl: string;
  deadlines: DeadlineService;
  /** Folder of the rejected-rows report, so that the import page can offer its download. */
  reportDir: string;
}

/**
 * Imports the committed NYC 311 sample as the demo administrator, so that the import page shows a
 * finished run with imported, skipped and rejected rows. Runs after the demo transaction commits,
 * because the import writes through a connection of its own.
 */
export async function loadDemoImport(em: EntityManager, options: DemoImportOptions): Promise<ImportProgress | null> {
  const admin = await em.findOne(User, { role: UserRole.CENTER_ADMIN, active: true }, { orderBy: { createdAt: 'asc' } });
  if (!admin) {
    return null;
  }
  mkdirSync(options.reportDir, { recursive: true });
  const { progress } = await runAppealImport({
    databaseUrl: options.databaseUrl,
    em,
    deadlines: options.deadlines,
    filePath: path.join(MAPPINGS_DIR, 'nyc311_service_requests_sample.csv'),
    mapping: parseMapping(readFileSync(path.join(MAPPINGS_DIR, 'nyc311.mapping.json'), 'utf8')),
    method: 'copy',
    actor: { id: admin.id, email: admin.email },
    reportPath: path.join(options.reportDir, 'nyc311_service_requests_sample.rejected.csv'),
    batchSize: 5000,
  });
  return progress;
}
