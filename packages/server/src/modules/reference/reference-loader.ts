import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityManager } from '@mikro-orm/postgresql';
import { parse } from 'csv-parse/sync';
import { AgencyKind } from '../agencies/agency.entity.js';
import { DeadlineKind } from '../deadlines/deadline.entity.js';
import { DEFAULT_DEADLINE_RULES } from '../deadlines/deadline-rules.js';
import { loadCalendarCsv } from '../deadlines/engine/index.js';

/** The CSV files shipped in packages/server/data/reference, copied from public sources. */
export const REFERENCE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/reference');

type Row = Record<string, string>;

function readCsv(fileName: string): Row[] {
  return parse(readFileSync(path.join(REFERENCE_DIR, fileName), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
  }) as Row[];
}

const emptyToNull = (value: string | undefined) => (value ? value : null);

const calendarKinds = {
  holiday: 'HOLIDAY',
  day_off: 'DAY_OFF',
  shortened: 'SHORTENED',
  'working-weekend': 'WORKING_WEEKEND',
} as const;

export interface ReferenceLoadResult {
  /** Rows inserted or changed per table; all zero on a second load of the same files. */
  changed: Record<string, number>;
}

/**
 * Inserts or refreshes one table from rows in a single statement. Rows that already match are left
 * untouched (`is distinct from`), so a repeated load writes nothing. With `updateColumns` empty,
 * existing rows are never changed, which keeps edits that the center's administrator made.
 */
async function upsert(
  em: EntityManager,
  table: string,
  columns: string[],
  keyColumns: string[],
  updateColumns: string[],
  rows: unknown[][],
): Promise<number> {
  if (rows.length === 0) {
    return 0;
  }
  const placeholders = rows.map((row) => `(${row.map(() => '?').join(', ')})`).join(', ');
  const quoted = (names: string[]) => names.map((name) => `"${name}"`).join(', ');
  const conflict = updateColumns.length
    ? `do update set ${updateColumns.map((name) => `"${name}" = excluded."${name}"`).join(', ')}
       where (${updateColumns.map((name) => `"${table}"."${name}"`).join(', ')}) is distinct from (${updateColumns
         .map((name) => `excluded."${name}"`)
         .join(', ')})`
    : 'do nothing';
  const sql = `insert into "${table}" (${quoted(columns)}) values ${placeholders}
    on conflict (${quoted(keyColumns)}) ${conflict}`;
  // `em.execute` runs inside the caller's transaction; `getConnection().execute` would take another connection.
  const result = await em.execute<{ affectedRows?: number }>(sql, rows.flat(), 'run');
  return Number(result.affectedRows ?? 0);
}

/** Loads the classifier, question types, municipalities, agencies, calendar and deadline rules. */
export async function loadReferenceData(em: EntityManager): Promise<ReferenceLoadResult> {
  const changed: Record<string, number> = {};
  await em.transactional(async (tx) => {
    const topics = readCsv('totko_classifier.csv').map((row) => [row.code, emptyToNull(row.parent_code), row.title, Number(row.level)]);
    changed.topic = await upsert(tx, 'topic', ['code', 'parent_code', 'title', 'level'], ['code'], ['parent_code', 'title', 'level'], topics);

    const questionTypes = readCsv('totko_question_types.csv').map((row) => [
      row.code,
      row.record === 'question_type' ? 'TYPE' : 'SUBTYPE',
      emptyToNull(row.official_code),
      row.name,
      emptyToNull(row.question_type_code),
    ]);
    changed.question_type = await upsert(
      tx,
      'question_type',
      ['code', 'record', 'official_code', 'name', 'type_code'],
      ['code'],
      ['record', 'official_code', 'name', 'type_code'],
      questionTypes,
    );

    const municipalities = readCsv('mari_el_municipalities_oktmo.csv').map((row) => [
      row.oktmo,
      row.check_digit,
      row.name,
      row.kind,
      emptyToNull(row.parent_oktmo),
    ]);
    changed.municipality = await upsert(
      tx,
      'municipality',
      ['oktmo', 'check_digit', 'name', 'kind', 'parent_oktmo'],
      ['oktmo'],
      ['check_digit', 'name', 'kind', 'parent_oktmo'],
      municipalities,
    );

    // The agencies are an example list that the center's administrator edits, so existing rows stay as they are.
    const now = new Date();
    const agencies = readCsv('mari_el_agencies_example.csv').map((row) => {
      if (!Object.values(AgencyKind).includes(row.kind as AgencyKind)) {
        throw new Error(`mari_el_agencies_example.csv: unknown agency kind ${row.kind} for ${row.short_name}.`);
      }
      return [crypto.randomUUID(), row.short_name, row.name, row.kind, emptyToNull(row.site), now, now];
    });
    changed.agency = await upsert(
      tx,
      'agency',
      ['id', 'short_name', 'name', 'kind', 'site', 'created_at', 'updated_at'],
      ['short_name'],
      [],
      agencies,
    );

    const calendar = loadCalendarCsv(path.join(REFERENCE_DIR, 'ru_production_calendar_2021_2027.csv')).map((entry) => [
      entry.date,
      calendarKinds[entry.kind],
      entry.title ?? null,
      entry.movedFrom ?? null,
      entry.isWeekend ?? false,
    ]);
    changed.calendar_day = await upsert(
      tx,
      'calendar_day',
      ['date', 'kind', 'title', 'moved_from', 'is_weekend'],
      ['date'],
      ['kind', 'title', 'moved_from', 'is_weekend'],
      calendar,
    );

    // Rules are configuration: defaults go in once and later edits are kept.
    const rules = Object.entries(DEFAULT_DEADLINE_RULES).map(([kind, rule]) => [
      kind as DeadlineKind,
      rule.ruleKind,
      rule.amount,
      rule.nonWorkingEnd,
      now,
    ]);
    changed.deadline_rule = await upsert(
      tx,
      'deadline_rule',
      ['kind', 'rule_kind', 'amount', 'non_working_end', 'updated_at'],
      ['kind'],
      [],
      rules,
    );
  });
  return { changed };
}
