import type { EntityManager } from '@mikro-orm/postgresql';

/** Sequences behind human-facing numbers, each created by a migration. */
export type NumberSequence = 'appeal_number_seq' | 'information_risk_number_seq' | 'information_request_number_seq';

/**
 * Takes the next value of `sequence` in the caller's transaction and formats it as
 * `<prefix>-<year in Moscow>-<six digits>`, such as ЦУР-2026-000042.
 * NOTE: a transaction that rolls back after this leaves a gap, because PostgreSQL sequences do not
 * roll back; callers validate their input before taking a number to keep gaps rare.
 */
export async function nextRegistrationNumber(tx: EntityManager, sequence: NumberSequence, prefix: string, at: Date): Promise<string> {
  const rows = await tx.execute<{ value: string }[]>(`select nextval('${sequence}') as value`);
  return formatRegistrationNumber(prefix, at, Number(rows[0]!.value));
}

export function formatRegistrationNumber(prefix: string, at: Date, sequence: number): string {
  const year = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Moscow', year: 'numeric' }).format(at);
  return `${prefix}-${year}-${String(sequence).padStart(6, '0')}`;
}
