import { Migration } from '@mikro-orm/migrations';

/**
 * Adds the analytics: the materialized view `appeal_monthly_stats` of appeal sums per Moscow month
 * of registration, agency, channel and topic section, with the unique index that
 * `refresh materialized view concurrently` requires; the table of refresh instants; an index of
 * appeals by municipality and registration for the municipality filter; and a partial index of
 * open appeals by due instant for the live "overdue now" count.
 */
export class Migration20261205030000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "analytics_refresh" ("view_name" text not null, "refreshed_at" timestamptz not null, "duration_ms" int not null, constraint "analytics_refresh_pkey" primary key ("view_name"));`);

    this.addSql(`create index "appeal_municipality_oktmo_registered_at_index" on "appeal" ("municipality_oktmo", "registered_at");`);
    this.addSql(`create index "appeal_open_answer_due_index" on "appeal" ("answer_due_at") include ("agency_id", "registered_at", "municipality_oktmo", "channel") where "status" in ('REGISTERED', 'ASSIGNED');`);

    // Sums rather than averages, so that any set of rows adds up to exact figures. The section is
    // the first block of the topic code, such as 0002 of 0002.0007.0070.0450. Municipalities are
    // left out: with about 150 of them the view would have nearly a row per appeal.
    this.addSql(`create materialized view "appeal_monthly_stats" as
      select
        date_trunc('month', "appeal"."registered_at" at time zone 'Europe/Moscow')::date as "month",
        "appeal"."agency_id",
        "appeal"."channel",
        left("appeal"."topic_code", 4) as "section",
        count(*)::int as "appeals",
        count("appeal"."answered_at")::int as "answered",
        (count(*) filter (where "appeal"."answered_at" <= "appeal"."answer_due_at"))::int as "answered_on_time",
        coalesce(sum(extract(epoch from "appeal"."answered_at" - "appeal"."registered_at")) / 86400, 0)::float8 as "answer_days_sum",
        count("appeal"."satisfaction")::int as "with_satisfaction",
        (count(*) filter (where "appeal"."satisfaction" = 'SATISFIED'))::int as "satisfied",
        (count(*) filter (where "appeal"."satisfaction" = 'PARTLY_SATISFIED'))::int as "partly_satisfied",
        (count(*) filter (where "appeal"."satisfaction" = 'NOT_SATISFIED'))::int as "not_satisfied",
        count("appeal"."repeat_of_id")::int as "repeats",
        coalesce(sum("reviews"."review_count"), 0)::int as "reviews",
        coalesce(sum("reviews"."score_sum"), 0)::int as "review_score_sum"
      from "appeal"
      left join (
        select "appeal_id", count(*) as "review_count", sum("score") as "score_sum"
        from "appeal_review"
        group by "appeal_id"
      ) as "reviews" on "reviews"."appeal_id" = "appeal"."id"
      group by 1, 2, 3, 4
      with data;`);
    // NULLS NOT DISTINCT (PostgreSQL 15) keeps the key unique where an appeal has no agency yet.
    this.addSql(`create unique index "appeal_monthly_stats_key" on "appeal_monthly_stats" ("month", "agency_id", "channel", "section") nulls not distinct;`);
    this.addSql(`insert into "analytics_refresh" ("view_name", "refreshed_at", "duration_ms") values ('appeal_monthly_stats', now(), 0);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop materialized view if exists "appeal_monthly_stats";`);

    this.addSql(`drop index "appeal_open_answer_due_index";`);
    this.addSql(`drop index "appeal_municipality_oktmo_registered_at_index";`);

    this.addSql(`drop table if exists "analytics_refresh" cascade;`);
  }

}
