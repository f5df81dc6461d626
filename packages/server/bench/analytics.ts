// Times the analytics page's queries on generated appeals:
// `pnpm bench:analytics [--appeals 1000000] [--runs 5]`.
// Creates (and drops first) the database BENCH_DATABASE_NAME (default cur_bench_analytics) on the
// PostgreSQL server of BENCH_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres).
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { applyMigrations } from '../src/database/migrate.js';
import { createOrmConfig } from '../src/database/orm-config.js';
import { createLogger } from '../src/logging/logger.js';
import { AnalyticsService, type AnalyticsScope } from '../src/modules/analytics/analytics.service.js';
import { AnalyticsGranularity } from '../src/modules/analytics/analytics.types.js';
import { UserRole } from '../src/modules/auth/auth.entities.js';
import type { CurrentUser } from '../src/modules/auth/current-user.js';
import { loadReferenceData } from '../src/modules/reference/reference-loader.js';

const logger = createLogger(process.env.LOG_LEVEL ?? 'info', true);

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) {
    return fallback;
  }
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`--${name} must be a positive whole number, got ${process.argv[index + 1]}.`);
  }
  return value;
}

const appealCount = option('appeals', 1_000_000);
const runs = option('runs', 5);
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const databaseName = process.env.BENCH_DATABASE_NAME ?? 'cur_bench_analytics';
if (!/^[a-z_][a-z0-9_]*$/.test(databaseName)) {
  throw new Error(`BENCH_DATABASE_NAME must be a lowercase SQL identifier, got ${databaseName}.`);
}

async function recreateDatabase(): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${databaseName}" with (force)`);
    await admin.query(`create database "${databaseName}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${databaseName}`;
  return url.toString();
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  logger.info({ seconds: Number(((performance.now() - started) / 1000).toFixed(1)) }, label);
  return result;
}

/**
 * Inserts the appeals in one statement over three years before now: 18 agencies with a skew
 * towards the first ones, every municipal unit, weighted channels and level-4 topics. Appeals
 * older than 40 days are mostly answered, about a fifth of them late; newer ones are partly open.
 * A third of the answered ones have a satisfaction and 5% repeat an earlier appeal.
 */
async function generateAppeals(em: EntityManager): Promise<void> {
  // The text search indexes would make the bulk insert several times slower, and no analytics
  // query reads them, so this database goes without them.
  await em.execute(`drop index "appeal_search_index"; drop index "appeal_appellant_name_trgm_index"`);
  await em.execute(`
    insert into appeal (id, number, channel, appellant_kind, appellant_name, text, topic_code, municipality_oktmo, agency_id,
      status, received_at, registered_at, answer_due_at, answered_at, satisfaction, repeat_of_id, version, updated_at)
    with pools as (
      select
        (select array_agg(id order by short_name) from agency) as agencies,
        (select array_agg(oktmo order by oktmo) from municipality where kind not in ('group', 'region_group')) as places,
        (select array_agg(code order by code) from topic where level = 4) as topics,
        array['WRITTEN', 'EMAIL', 'EMAIL', 'IN_PERSON', 'FEEDBACK_PLATFORM', 'FEEDBACK_PLATFORM', 'FEEDBACK_PLATFORM',
              'SOCIAL_MEDIA', 'SOCIAL_MEDIA', 'SOCIAL_MEDIA', 'VOICE_HOTLINE', 'VOICE_HOTLINE', 'SURVEY', 'INTERNET_PUBLICATION', 'OTHER'] as channels
    ), draws as (
      select series.n,
        now() - random() * interval '1095 days' as registered_at,
        random() as answer_draw, random() as late_draw, random() as satisfaction_draw, random() as repeat_draw,
        pools.*
      from generate_series(1, ${appealCount}) as series(n), pools
    ), shaped as (
      select draws.*,
        case
          when registered_at < now() - interval '40 days' then answer_draw < 0.98
          else answer_draw < 0.6 * extract(epoch from now() - registered_at) / (40 * 86400)
        end as answered,
        registered_at + (case when late_draw < 0.2 then 30 + late_draw * 50 else late_draw * 28 end) * interval '1 day' as answer_at
      from draws
    )
    select md5('bench-' || n)::uuid, 'ЦУР-Б-' || n,
      channels[1 + floor(random() * array_length(channels, 1))::int]::appeal_channel,
      'RUSSIAN_CITIZEN', 'Заявитель ' || (n % 5000), 'Обращение ' || n,
      topics[1 + floor(random() * array_length(topics, 1))::int],
      places[1 + floor(random() * array_length(places, 1))::int],
      agencies[1 + floor(power(random(), 1.6) * array_length(agencies, 1))::int],
      (case when answered and answer_at <= now() then (case when n % 3 = 0 then 'CLOSED' else 'ANSWERED' end) else 'ASSIGNED' end)::appeal_status,
      registered_at, registered_at, registered_at + interval '30 days',
      case when answered and answer_at <= now() then answer_at end,
      (case when answered and answer_at <= now() and satisfaction_draw < 0.33 then
        (array['SATISFIED', 'SATISFIED', 'PARTLY_SATISFIED', 'NOT_SATISFIED'])[1 + floor(satisfaction_draw * 12)::int]
      end)::appeal_satisfaction,
      case when n > 1000 and repeat_draw < 0.05 then md5('bench-' || (n - 1 - floor(repeat_draw * 19000)::int))::uuid end,
      1, now()
    from shaped
    -- Stored in registration order, as appeals arrive, so that a period is a contiguous range of pages.
    order by registered_at`);
}

/** Adds a review of about 10% of the answered appeals and 2,000 misinformation cases with both clocks. */
async function generateReviewsAndCases(em: EntityManager): Promise<void> {
  await em.execute(`
    insert into appeal_review (id, appeal_id, reviewed_at, stage, answered_on_substance, all_questions_answered, deadline_met, rights_explained, score, passed)
    select gen_random_uuid(), id, answered_at + interval '1 day', 'AFTER_SENDING', true, true, answered_at <= answer_due_at, true, score, score >= 3
    from (select id, answered_at, answer_due_at, 1 + floor(random() * 5)::int as score from appeal where answered_at is not null and random() < 0.1) as reviewed`);
  await em.execute(`
    insert into information_risk (id, number, url, source, title, excerpt, detected_at, topic_code, agency_id, routed_by, status, version, created_at, updated_at)
    select md5('case-' || n)::uuid, 'ДИ-Б-' || n, 'https://vk.com/wall-1_' || n, 'ВКонтакте', 'Публикация ' || n, 'Отрывок',
      now() - random() * interval '1095 days', (select min(code) from topic where level = 4),
      (select array_agg(id order by short_name) from agency)[1 + n % 18], 'ROUTING_RULE', 'CLOSED', 1, now(), now()
    from generate_series(1, 2000) as series(n)`);
  await em.execute(`
    insert into deadline (id, kind, subject_type, subject_id, subject_label, agency_id, started_at, due_at, status, completed_at, explanation, version)
    select gen_random_uuid(), kind::deadline_kind, 'INFORMATION_RISK', risk.id, risk.number, risk.agency_id,
      risk.detected_at + offset_minutes * interval '1 minute', risk.detected_at + (offset_minutes + 180) * interval '1 minute',
      (case when spent <= 180 then 'MET' else 'MISSED' end)::deadline_status,
      risk.detected_at + (offset_minutes + spent) * interval '1 minute', '{}', 1
    from information_risk as risk
    cross join lateral (values ('COMMENT_PROPOSAL', 0, 20 + random() * 220), ('COMMENT_DRAFT', 240, 20 + random() * 220)) as clocks(kind, offset_minutes, spent)`);
  // Sets the visibility map as autovacuum would on a settled table, for index-only scans.
  await em.execute('vacuum analyze');
}

/** Runs the page's full set of queries at once, as the resolvers of one `analytics` request do. */
async function runPage(orm: MikroORM, analytics: AnalyticsService, scope: AnalyticsScope, granularity: AnalyticsGranularity): Promise<number> {
  const em = orm.em.fork();
  const started = performance.now();
  await Promise.all([
    analytics.volumeByChannel(em, scope, granularity),
    analytics.volumeByTopicSection(em, scope, granularity),
    analytics.topicSections(em),
    analytics.agencies(em, scope),
    analytics.misinformation(em, scope),
    analytics.refreshedAt(em),
  ]);
  return performance.now() - started;
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const databaseUrl = await recreateDatabase();
const orm = await MikroORM.init(createOrmConfig(databaseUrl, logger));
try {
  await applyMigrations(orm, logger);
  await loadReferenceData(orm.em.fork());
  await timed(`inserted ${appealCount} appeals`, () => generateAppeals(orm.em.fork()));
  await timed('inserted reviews and misinformation cases', () => generateReviewsAndCases(orm.em.fork()));
  const analytics = new AnalyticsService();
  const refresh = await timed('refreshed appeal_monthly_stats concurrently', () => analytics.refresh(orm.em.fork()));
  const [viewRows] = await orm.em.fork().execute<{ rows: number }[]>(`select count(*)::int as rows from appeal_monthly_stats`);

  const center: CurrentUser = { id: 'bench', email: 'bench@cur.local', fullName: 'Bench', role: UserRole.CENTER_ADMIN, agencyId: null };
  const em = orm.em.fork();
  const [agency] = await em.execute<{ id: string }[]>(`select id from agency order by short_name limit 1`);
  const [district] = await em.execute<{ oktmo: string }[]>(`select oktmo from municipality where kind = 'municipal_district' order by oktmo limit 1`);
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
  const month = AnalyticsGranularity.MONTH;
  const filters: [string, Record<string, unknown>, AnalyticsGranularity][] = [
    ['no filter, 12 months', {}, month],
    ['no filter, 3 years', { from: daysAgo(1095) }, month],
    ['no filter, 45 days cut at both ends', { from: daysAgo(75), to: daysAgo(30) }, month],
    ['one agency, 12 months', { agencyIds: [agency!.id] }, month],
    ['one channel + one district, 12 months', { channels: ['FEEDBACK_PLATFORM'], municipalityOktmos: [district!.oktmo] }, month],
    ['last 30 days, DAY series', { from: daysAgo(30) }, AnalyticsGranularity.DAY],
    ['12 months, WEEK series', {}, AnalyticsGranularity.WEEK],
  ];

  const lines = [
    `appeals: ${appealCount}, view rows: ${viewRows!.rows}, refresh: ${refresh?.durationMs ?? '-'} ms`,
    '| filter | first run, ms | median of next runs, ms |',
    '| --- | ---: | ---: |',
  ];
  for (const [label, filter, granularity] of filters) {
    const scope = await analytics.resolveScope(orm.em.fork(), center, filter);
    const first = await runPage(orm, analytics, scope, granularity);
    const next: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      next.push(await runPage(orm, analytics, scope, granularity));
    }
    lines.push(`| ${label} | ${first.toFixed(0)} | ${median(next).toFixed(0)} |`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  await orm.close();
}
