import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { PreparedAppeal } from './import-rows.js';

/** `copy` streams each batch with COPY FROM STDIN; `insert` sends multi-row INSERT statements, for comparison. */
export type ImportMethod = 'copy' | 'insert';
export const IMPORT_METHODS: readonly ImportMethod[] = ['copy', 'insert'];

/** Columns of the staging table in the order of `stagingValues`. */
const STAGE_COLUMNS = [
  'id',
  'channel',
  'external_id',
  'appellant_kind',
  'appellant_name',
  'appellant_email',
  'appellant_phone',
  'appellant_address',
  'appellant_inn',
  'text',
  'topic_code',
  'question_type_code',
  'municipality_oktmo',
  'agency_id',
  'agency_short_name',
  'status',
  'received_at',
  'registered_at',
  'answer_due_at',
  'answer_text',
  'answered_at',
  'closed_at',
  'answer_explanation',
  'forwarding_due_at',
  'forwarding_explanation',
] as const;

/** Rows of one INSERT statement: 25 parameters each stays under PostgreSQL's 65,535 per statement. */
const INSERT_CHUNK_ROWS = 1000;

/**
 * Creates the session's staging table. It is emptied at each commit, so a batch that fails leaves
 * nothing behind for the next one. It has no key: the ids are random UUIDs made for the batch, and
 * the statement that moves the rows reads the whole table, so an index would only slow the load.
 */
export async function createStagingTable(client: Client): Promise<void> {
  await client.query(`
    create temporary table if not exists import_appeal_stage (
      id uuid not null,
      channel appeal_channel not null,
      external_id text,
      appellant_kind appellant_kind not null,
      appellant_name text not null,
      appellant_email text,
      appellant_phone text,
      appellant_address text,
      appellant_inn varchar(12),
      text text not null,
      topic_code varchar(24) not null,
      question_type_code varchar(16),
      municipality_oktmo varchar(11),
      agency_id uuid,
      agency_short_name text,
      status appeal_status not null,
      received_at timestamptz not null,
      registered_at timestamptz not null,
      answer_due_at timestamptz not null,
      answer_text text,
      answered_at timestamptz,
      closed_at timestamptz,
      answer_explanation jsonb,
      forwarding_due_at timestamptz,
      forwarding_explanation jsonb
    ) on commit delete rows`);
}

function stagingValues(row: PreparedAppeal): (string | Date | null)[] {
  return [
    row.id,
    row.channel,
    row.externalId,
    row.appellantKind,
    row.appellantName,
    row.appellantEmail,
    row.appellantPhone,
    row.appellantAddress,
    row.appellantInn,
    row.text,
    row.topicCode,
    row.questionTypeCode,
    row.municipalityOktmo,
    row.agencyId,
    row.agencyShortName,
    row.status,
    row.receivedAt,
    row.registeredAt,
    row.answerDueAt,
    row.answerText,
    row.answeredAt,
    row.closedAt,
    row.answerDeadline?.explanation ?? null,
    row.forwardingDeadline?.dueAt ?? null,
    row.forwardingDeadline?.explanation ?? null,
  ];
}

const COPY_SPECIAL = /[\\\n\r\t]/g;
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Encodes one value in COPY's text format: `\N` for null, backslash escapes for the separators. */
function copyField(value: string | Date | null): string {
  if (value === null) {
    return '\\N';
  }
  if (value instanceof Date) {
    return value.toISOString();
  }
  return value.replace(COPY_SPECIAL, (char) => COPY_ESCAPES[char]!);
}

async function copyIntoStage(client: Client, rows: PreparedAppeal[]): Promise<void> {
  const lines = rows.map((row) => `${stagingValues(row).map(copyField).join('\t')}\n`);
  const copy = client.query(copyFrom(`copy import_appeal_stage (${STAGE_COLUMNS.join(', ')}) from stdin`));
  await pipeline(Readable.from([lines.join('')]), copy);
}

async function insertIntoStage(client: Client, rows: PreparedAppeal[]): Promise<void> {
  for (let start = 0; start < rows.length; start += INSERT_CHUNK_ROWS) {
    const chunk = rows.slice(start, start + INSERT_CHUNK_ROWS);
    const parameters: (string | Date | null)[] = [];
    const tuples = chunk.map((row) => {
      const values = stagingValues(row);
      const placeholders = values.map((_value, index) => `$${parameters.length + index + 1}`);
      parameters.push(...values);
      return `(${placeholders.join(', ')})`;
    });
    await client.query(`insert into import_appeal_stage (${STAGE_COLUMNS.join(', ')}) values ${tuples.join(', ')}`, parameters);
  }
}

/**
 * Moves the staged rows into `appeal` with their history events and running deadlines in one
 * statement. A row whose channel and external id are already registered is skipped without taking
 * a registration number; `on conflict` also skips a duplicate within the batch.
 */
const MOVE_STAGED_APPEALS = `
  with inserted as (
    insert into appeal (
      id, number, channel, external_id, appellant_kind, appellant_name, appellant_email, appellant_phone,
      appellant_address, appellant_inn, text, topic_code, question_type_code, municipality_oktmo, agency_id,
      status, received_at, registered_at, answer_due_at, answer_text, answered_at, closed_at,
      registered_by_id, version, updated_at
    )
    select
      s.id,
      'ЦУР-' || to_char(s.registered_at at time zone 'Europe/Moscow', 'YYYY') || '-' || lpad(nextval('appeal_number_seq')::text, 6, '0'),
      s.channel, s.external_id, s.appellant_kind, s.appellant_name, s.appellant_email, s.appellant_phone,
      s.appellant_address, s.appellant_inn, s.text, s.topic_code, s.question_type_code, s.municipality_oktmo, s.agency_id,
      s.status, s.received_at, s.registered_at, s.answer_due_at, s.answer_text, s.answered_at, s.closed_at,
      $1::uuid, 1, now()
    from import_appeal_stage s
    where s.external_id is null
       or not exists (select 1 from appeal a where a.channel = s.channel and a.external_id = s.external_id)
    on conflict do nothing
    returning id, number
  ),
  events as (
    insert into appeal_event (appeal_id, at, actor_id, kind, from_status, to_status, agency_id, note)
    select i.id, e.at, $1::uuid, e.kind::appeal_event_kind, e.from_status::appeal_status, e.to_status::appeal_status, e.agency_id, e.note
    from inserted i
    join import_appeal_stage s on s.id = i.id
    cross join lateral (values
      (1, s.registered_at, 'REGISTERED', null, 'REGISTERED', null::uuid, $2::text, true),
      (2, s.registered_at, 'ASSIGNED', 'REGISTERED', 'ASSIGNED', s.agency_id, s.agency_short_name, s.agency_id is not null),
      (3, s.answered_at, 'ANSWERED', case when s.agency_id is null then 'REGISTERED' else 'ASSIGNED' end, 'ANSWERED', null, null,
        s.status in ('ANSWERED', 'CLOSED')),
      (4, s.closed_at, 'CLOSED', 'ANSWERED', 'CLOSED', null, null, s.status = 'CLOSED')
    ) as e(step, at, kind, from_status, to_status, agency_id, note, wanted)
    where e.wanted
    order by i.id, e.step
  ),
  deadlines as (
    insert into deadline (id, kind, subject_type, subject_id, subject_label, agency_id, started_at, due_at, status, explanation, version, channel)
    select gen_random_uuid(), d.kind::deadline_kind, 'APPEAL', i.id, i.number, s.agency_id, s.registered_at, d.due_at, 'OPEN', d.explanation, 1, s.channel
    from inserted i
    join import_appeal_stage s on s.id = i.id
    cross join lateral (values
      ('APPEAL_ANSWER', s.answer_due_at, s.answer_explanation),
      ('APPEAL_FORWARDING', s.forwarding_due_at, s.forwarding_explanation)
    ) as d(kind, due_at, explanation)
    where d.explanation is not null
    returning id
  )
  select (select count(*)::int from inserted) as imported, coalesce((select array_agg(id) from deadlines), '{}') as deadline_ids`;

export interface BatchResult {
  imported: number;
  /** Ids of the running deadlines the batch started, for the countdown once it commits. */
  deadlineIds: string[];
  /** Seconds spent loading the staging table, the part where COPY and INSERT differ. */
  stageSeconds: number;
}

/**
 * Writes one batch inside the caller's open transaction and returns how many appeals it inserted.
 * `actorId` registers the appeals and their events; `note` goes on each REGISTERED event.
 */
export async function writeBatch(client: Client, method: ImportMethod, rows: PreparedAppeal[], actorId: string, note: string): Promise<BatchResult> {
  if (rows.length === 0) {
    return { imported: 0, deadlineIds: [], stageSeconds: 0 };
  }
  const started = performance.now();
  if (method === 'copy') {
    await copyIntoStage(client, rows);
  } else {
    await insertIntoStage(client, rows);
  }
  const stageSeconds = (performance.now() - started) / 1000;
  const result = await client.query<{ imported: number; deadline_ids: string[] }>(MOVE_STAGED_APPEALS, [actorId, note]);
  return { imported: result.rows[0]!.imported, deadlineIds: result.rows[0]!.deadline_ids, stageSeconds };
}
