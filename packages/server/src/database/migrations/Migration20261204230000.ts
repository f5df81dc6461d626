import { Migration } from '@mikro-orm/migrations';

/**
 * Adds repeat suggestions with the expression indexes on the appellant's normalized name, phone
 * digits and e-mail that find earlier appeals at registration, and the problems with their roadmap
 * measures, at most one active problem per topic and municipality.
 */
export class Migration20261204230000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "problem_status" as enum ('ACTIVE', 'RESOLVED');`);
    this.addSql(`create type "roadmap_measure_status" as enum ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED');`);
    this.addSql(`create type "repeat_suggestion_status" as enum ('SUGGESTED', 'CONFIRMED', 'REJECTED');`);
    this.addSql(`create table "problem" ("id" uuid not null, "title" text not null, "description" text null, "topic_code" varchar(24) not null, "municipality_oktmo" varchar(11) null, "status" "problem_status" not null default 'ACTIVE', "created_by_id" uuid null, "created_at" timestamptz not null, "resolved_at" timestamptz null, "roadmap_started_on" date null, "version" int not null default 1, constraint "problem_pkey" primary key ("id"));`);
    this.addSql(`create unique index "problem_active_topic_place_unique" on "problem" ("topic_code", coalesce("municipality_oktmo", '')) where "status" = 'ACTIVE';`);
    this.addSql(`create index "problem_created_at_id_index" on "problem" ("created_at", "id");`);

    this.addSql(`create table "roadmap_measure" ("id" uuid not null, "problem_id" uuid not null, "title" text not null, "responsible_agency_id" uuid not null, "due_date" date not null, "status" "roadmap_measure_status" not null default 'PLANNED', "note" text null, "done_at" timestamptz null, "created_at" timestamptz not null, constraint "roadmap_measure_pkey" primary key ("id"));`);
    this.addSql(`create index "roadmap_measure_responsible_agency_id_index" on "roadmap_measure" ("responsible_agency_id");`);
    this.addSql(`create index "roadmap_measure_problem_id_due_date_index" on "roadmap_measure" ("problem_id", "due_date");`);

    this.addSql(`create table "appeal_repeat_suggestion" ("id" uuid not null, "appeal_id" uuid not null, "earlier_appeal_id" uuid not null, "similarity" real not null, "same_topic" boolean not null, "matched_by" text[] not null, "status" "repeat_suggestion_status" not null default 'SUGGESTED', "created_at" timestamptz not null, "decided_by_id" uuid null, "decided_at" timestamptz null, "note" text null, constraint "appeal_repeat_suggestion_pkey" primary key ("id"));`);
    this.addSql(`create index "appeal_repeat_suggestion_earlier_appeal_id_index" on "appeal_repeat_suggestion" ("earlier_appeal_id");`);
    this.addSql(`alter table "appeal_repeat_suggestion" add constraint "appeal_repeat_suggestion_appeal_id_earlier_appeal_id_unique" unique ("appeal_id", "earlier_appeal_id");`);

    this.addSql(`alter table "problem" add constraint "problem_topic_code_foreign" foreign key ("topic_code") references "topic" ("code") on update cascade on delete restrict;`);
    this.addSql(`alter table "problem" add constraint "problem_municipality_oktmo_foreign" foreign key ("municipality_oktmo") references "municipality" ("oktmo") on update cascade on delete restrict;`);
    this.addSql(`alter table "problem" add constraint "problem_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "roadmap_measure" add constraint "roadmap_measure_problem_id_foreign" foreign key ("problem_id") references "problem" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "roadmap_measure" add constraint "roadmap_measure_responsible_agency_id_foreign" foreign key ("responsible_agency_id") references "agency" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "appeal_repeat_suggestion" add constraint "appeal_repeat_suggestion_appeal_id_foreign" foreign key ("appeal_id") references "appeal" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "appeal_repeat_suggestion" add constraint "appeal_repeat_suggestion_earlier_appeal_id_foreign" foreign key ("earlier_appeal_id") references "appeal" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "appeal_repeat_suggestion" add constraint "appeal_repeat_suggestion_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`create index "appeal_appellant_email_key_index" on "appeal" (lower(btrim("appellant_email")), "received_at") where "appellant_email" is not null;`);
    this.addSql(`create index "appeal_appellant_phone_key_index" on "appeal" (regexp_replace("appellant_phone", '\\D', '', 'g'), "received_at") where "appellant_phone" is not null;`);
    this.addSql(`create index "appeal_appellant_name_key_index" on "appeal" (regexp_replace(btrim(cur_fold("appellant_name")), '\\s+', ' ', 'g'), "received_at");`);

  }

  override async down(): Promise<void> {
    this.addSql(`alter table "roadmap_measure" drop constraint "roadmap_measure_problem_id_foreign";`);

    this.addSql(`drop table if exists "problem" cascade;`);

    this.addSql(`drop table if exists "roadmap_measure" cascade;`);

    this.addSql(`drop table if exists "appeal_repeat_suggestion" cascade;`);

    this.addSql(`drop index "appeal_appellant_email_key_index";`);
    this.addSql(`drop index "appeal_appellant_phone_key_index";`);
    this.addSql(`drop index "appeal_appellant_name_key_index";`);

    this.addSql(`drop type "problem_status";`);
    this.addSql(`drop type "roadmap_measure_status";`);
    this.addSql(`drop type "repeat_suggestion_status";`);
  }

}
