/**
 * Measures repeat detection and the problem statistics on a large appeal table.
 *
 *   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/cur_bench_repeats BENCH_APPEALS=300000 pnpm bench:repeats
 *
 * The database must be one made for the bench: the script migrates it, loads the reference data and,
 * when it has fewer appeals than BENCH_APPEALS, inserts synthetic ones with one SQL statement.
 */
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { performance } from 'node:perf_hooks';
import { createOrmConfig } from '../src/database/orm-config.js';
import { Appeal, AppealChannel, AppellantKind } from '../src/modules/appeals/appeal.entity.js';
import { AppealRepeatService, REPEAT_CANDIDATES_SQL } from '../src/modules/appeals/appeal-repeat.service.js';
import { problemSuggestionRows, VolumeGranularity, volumeSeries } from '../src/modules/problems/problem-statistics.js';
import { loadReferenceData } from '../src/modules/reference/reference-loader.js';
import { Topic } from '../src/modules/reference/reference.entities.js';

const SAMPLES = 200;
const DAY_MS = 86_400_000;

function readSettings() {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    throw new Error('Set BENCH_DATABASE_URL to postgresql://… of a database made for this bench; it gets migrated and filled.');
  }
  const appeals = Number(process.env.BENCH_APPEALS ?? 300_000);
  if (!Number.isInteger(appeals) || appeals < 1000 || appeals > 5_000_000) {
    throw new Error(`BENCH_APPEALS must be a whole number from 1000 to 5000000, got ${process.env.BENCH_APPEALS}.`);
  }
  return { url, appeals };
}

/** Inserts synthetic appeals over two years: about three appeals per person, 40 topics, 20 municipalities. */
async function fill(em: EntityManager, target: number): Promise<number> {
  const [{ count }] = await em.execute<{ count: number }[]>('select count(*)::int as count from appeal');
  const missing = target - Number(count);
  if (missing <= 0) {
    return 0;
  }
  await em.execute(
    `with topics as (select array_agg(code order by code) as codes from (select code from topic where level = 4 order by code limit 40) t),
          places as (select array_agg(oktmo order by oktmo) as codes from (select oktmo from municipality order by oktmo limit 20) m)
     insert into appeal (id, number, channel, appellant_kind, appellant_name, appellant_email, appellant_phone, text,
                         topic_code, municipality_oktmo, status, received_at, registered_at, answer_due_at, version, updated_at)
     select gen_random_uuid(), 'BENCH-' || (?::int + i), 'EMAIL', 'RUSSIAN_CITIZEN',
            'Фамилия' || (i % (?::int / 3)) || ' Имя Отчество',
            case when i % 2 = 0 then 'person' || (i % (?::int / 3)) || '@example.ru' end,
            case when i % 3 = 0 then '+79' || lpad((i % (?::int / 3))::text, 9, '0') end,
            'Обращение номер ' || i || ' о проблеме ' || (i % 97) || ' во дворе дома ' || (i % 211) || ' на улице ' || (i % 53),
            topics.codes[1 + i % 40], places.codes[1 + i % 20], 'CLOSED',
            now() - (i % 730) * interval '1 day' - (i % 1440) * interval '1 minute',
            now() - (i % 730) * interval '1 day', now(), 1, now()
     from topics, places, generate_series(1, ?::int) as i`,
    [count, target, target, target, missing],
  );
  await em.execute('analyze appeal');
  return missing;
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]!;
}

async function main(): Promise<void> {
  const settings = readSettings();
  const orm = await MikroORM.init(createOrmConfig(settings.url));
  try {
    await orm.getMigrator().up();
    await loadReferenceData(orm.em.fork());
    const em = orm.em.fork();
    const started = performance.now();
    const inserted = await fill(em, settings.appeals);
    console.log(`appeals: ${settings.appeals} (${inserted} inserted in ${Math.round(performance.now() - started)} ms)`);

    const people = Math.floor(settings.appeals / 3);
    const topic = await em.findOneOrFail(Topic, { level: 4 }, { orderBy: { code: 'asc' } });
    const repeats = new AppealRepeatService(0.3);
    const timings: number[] = [];
    let found = 0;
    let plan = '';
    for (let sample = 0; sample < SAMPLES; sample += 1) {
      const person = (sample * 7919) % people;
      const appeal = em.create(Appeal, {
        number: `BENCH-SAMPLE-${sample}`,
        channel: AppealChannel.EMAIL,
        appellantKind: AppellantKind.RUSSIAN_CITIZEN,
        appellantName: `фамилия${person}  имя отчество`,
        appellantEmail: `PERSON${person}@example.ru`,
        appellantPhone: null,
        text: `Обращение о проблеме ${person % 97} во дворе дома ${person % 211}`,
        topic,
        receivedAt: new Date(),
        registeredAt: new Date(),
        answerDueAt: new Date(Date.now() + 30 * DAY_MS),
      });
      const before = performance.now();
      const rows = await em.execute<unknown[]>(REPEAT_CANDIDATES_SQL, repeats.candidateParameters(appeal));
      timings.push(performance.now() - before);
      found += rows.length;
      if (sample === 0) {
        const explained = await em.execute<{ 'QUERY PLAN': string }[]>(`explain (analyze, buffers) ${REPEAT_CANDIDATES_SQL}`, repeats.candidateParameters(appeal));
        plan = explained.map((row) => row['QUERY PLAN']).join('\n');
      }
      em.clear();
    }
    timings.sort((left, right) => left - right);
    console.log(`repeat lookup, ${SAMPLES} registrations: median ${percentile(timings, 0.5).toFixed(2)} ms, p95 ${percentile(timings, 0.95).toFixed(2)} ms, max ${timings.at(-1)!.toFixed(2)} ms; ${found} candidates`);
    console.log(plan);

    const suggestionsStarted = performance.now();
    const groups = await problemSuggestionRows(em, new Date(Date.now() - 90 * DAY_MS), 5);
    console.log(`problemSuggestions over 90 days: ${groups.length} groups in ${Math.round(performance.now() - suggestionsStarted)} ms`);

    const volumeStarted = performance.now();
    const today = new Date().toISOString().slice(0, 10);
    const series = await volumeSeries(em, { topicCode: topic.code, municipalityOktmo: null, agencyId: null }, VolumeGranularity.WEEK, '2025-01-01', today);
    console.log(`volume by week since 2025-01-01: ${series.length} periods in ${Math.round(performance.now() - volumeStarted)} ms`);
  } finally {
    await orm.close();
  }
}

await main();
