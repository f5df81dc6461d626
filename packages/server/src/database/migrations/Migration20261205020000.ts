import { Migration } from '@mikro-orm/migrations';

/**
 * Adds quarterly reports with their versions, and the center's information requests with one row
 * per addressed agency, the number sequence of requests and the notification kinds of both.
 */
export class Migration20261205020000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create sequence if not exists "information_request_number_seq" start with 1;`);
    this.addSql(`create type "report_status" as enum ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED');`);
    this.addSql(`create table "quarterly_report" ("id" uuid not null, "agency_id" uuid not null, "year" smallint not null, "quarter" smallint not null, "status" "report_status" not null default 'DRAFT', "opened_at" timestamptz not null, "due_at" timestamptz not null, "current_version" smallint not null default 1, "first_submitted_at" timestamptz null, "submitted_late" boolean not null default false, "accepted_at" timestamptz null, "version" int not null default 1, "updated_at" timestamptz not null, constraint "quarterly_report_pkey" primary key ("id"));`);
    this.addSql(`create index "quarterly_report_year_quarter_index" on "quarterly_report" ("year", "quarter");`);
    this.addSql(`alter table "quarterly_report" add constraint "quarterly_report_agency_id_year_quarter_unique" unique ("agency_id", "year", "quarter");`);

    this.addSql(`create table "quarterly_report_version" ("id" uuid not null, "report_id" uuid not null, "number" smallint not null, "status" "report_status" not null default 'DRAFT', "figures" jsonb not null, "figures_computed_at" timestamptz not null, "corrections" jsonb not null, "main_problems" text null, "measures_taken" text null, "submitted_at" timestamptz null, "submitted_by_id" uuid null, "submitted_late" boolean not null default false, "reviewed_at" timestamptz null, "reviewed_by_id" uuid null, "remarks" text null, constraint "quarterly_report_version_pkey" primary key ("id"));`);
    this.addSql(`alter table "quarterly_report_version" add constraint "quarterly_report_version_report_id_number_unique" unique ("report_id", "number");`);

    this.addSql(`create table "information_request" ("id" uuid not null, "number" text not null, "subject" text not null, "text" text not null, "sent_at" timestamptz not null, "due_at" timestamptz not null, "sent_by_id" uuid null, "created_at" timestamptz not null, constraint "information_request_pkey" primary key ("id"));`);
    this.addSql(`alter table "information_request" add constraint "information_request_number_unique" unique ("number");`);
    this.addSql(`create index "information_request_sent_at_index" on "information_request" ("sent_at");`);

    this.addSql(`create table "information_request_recipient" ("id" uuid not null, "request_id" uuid not null, "agency_id" uuid not null, "answer_text" text null, "answered_at" timestamptz null, "answered_by_id" uuid null, "on_time" boolean null, "version" int not null default 1, constraint "information_request_recipient_pkey" primary key ("id"));`);
    this.addSql(`create index "information_request_recipient_agency_id_index" on "information_request_recipient" ("agency_id");`);
    this.addSql(`alter table "information_request_recipient" add constraint "information_request_recipient_request_id_agency_id_unique" unique ("request_id", "agency_id");`);

    this.addSql(`alter table "quarterly_report" add constraint "quarterly_report_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "quarterly_report_version" add constraint "quarterly_report_version_report_id_foreign" foreign key ("report_id") references "quarterly_report" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "quarterly_report_version" add constraint "quarterly_report_version_submitted_by_id_foreign" foreign key ("submitted_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "quarterly_report_version" add constraint "quarterly_report_version_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "information_request" add constraint "information_request_sent_by_id_foreign" foreign key ("sent_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "information_request_recipient" add constraint "information_request_recipient_request_id_foreign" foreign key ("request_id") references "information_request" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "information_request_recipient" add constraint "information_request_recipient_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "information_request_recipient" add constraint "information_request_recipient_answered_by_id_foreign" foreign key ("answered_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter type "notification_kind" add value if not exists 'QUARTERLY_REPORT' after 'INFORMATION_RISK';`);

    this.addSql(`alter type "notification_kind" add value if not exists 'INFORMATION_REQUEST' after 'QUARTERLY_REPORT';`);

  }

  override async down(): Promise<void> {
    this.addSql(`alter table "quarterly_report_version" drop constraint "quarterly_report_version_report_id_foreign";`);

    this.addSql(`alter table "information_request_recipient" drop constraint "information_request_recipient_request_id_foreign";`);

    this.addSql(`drop table if exists "quarterly_report" cascade;`);

    this.addSql(`drop table if exists "quarterly_report_version" cascade;`);

    this.addSql(`drop table if exists "information_request" cascade;`);

    this.addSql(`drop table if exists "information_request_recipient" cascade;`);

    this.addSql(`drop type "report_status";`);
    this.addSql(`drop sequence if exists "information_request_number_seq";`);
  }

}
