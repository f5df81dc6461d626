import { Migration } from '@mikro-orm/migrations';

/** Adds the misinformation cases, their drafts and routing, the e-mail outbox and deadline warnings. */
export class Migration20261204143106 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "outbox_status" as enum ('PENDING', 'SENT', 'FAILED');`);
    this.addSql(`create type "routing_source" as enum ('ROUTING_RULE', 'OVERRIDE');`);
    this.addSql(`create type "information_risk_status" as enum ('DETECTED', 'VERIFICATION_REQUESTED', 'VERIFIED', 'PROPOSAL_SENT', 'DRAFT_SUBMITTED', 'DRAFT_RETURNED', 'APPROVED', 'PUBLISHED', 'DISTRIBUTED', 'CLOSED', 'DISMISSED');`);
    this.addSql(`create type "verification_outcome" as enum ('FALSE', 'NEEDS_CLARIFICATION', 'TRUE');`);
    this.addSql(`create type "information_risk_event_kind" as enum ('DETECTED', 'VERIFICATION_REQUESTED', 'VERIFIED', 'PROPOSAL_SENT', 'DRAFT_SUBMITTED', 'DRAFT_RETURNED', 'APPROVED', 'PUBLISHED', 'DISTRIBUTED', 'CLOSED', 'DISMISSED', 'SUPERSEDED', 'REROUTED');`);
    this.addSql(`create type "comment_author_role" as enum ('PRESS_SECRETARY', 'AREA_OFFICIAL');`);
    this.addSql(`create type "draft_review_outcome" as enum ('APPROVED', 'RETURNED');`);
    this.addSql(`create table "deadline_warning" ("id" bigserial primary key, "deadline_id" uuid not null, "threshold" smallint not null, "sent_at" timestamptz not null);`);
    this.addSql(`alter table "deadline_warning" add constraint "deadline_warning_deadline_id_threshold_unique" unique ("deadline_id", "threshold");`);

    this.addSql(`create table "outbox_message" ("id" uuid not null, "recipient" text not null, "subject" text not null, "text" text not null, "html" text null, "subject_type" varchar(32) null, "subject_id" uuid null, "status" "outbox_status" not null default 'PENDING', "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "last_error" text null, "message_id" text null, "created_at" timestamptz not null, "sent_at" timestamptz null, constraint "outbox_message_pkey" primary key ("id"));`);
    this.addSql(`create index "outbox_message_status_next_attempt_at_index" on "outbox_message" ("status", "next_attempt_at");`);

    this.addSql(`create table "comment_routing_rule" ("id" uuid not null, "topic_code" varchar(24) not null, "agency_id" uuid not null, "created_at" timestamptz not null, constraint "comment_routing_rule_pkey" primary key ("id"));`);
    this.addSql(`alter table "comment_routing_rule" add constraint "comment_routing_rule_topic_code_unique" unique ("topic_code");`);

    this.addSql(`create table "information_risk" ("id" uuid not null, "number" text not null, "url" text not null, "source" text not null, "title" text not null, "excerpt" text not null, "detected_at" timestamptz not null, "topic_code" varchar(24) not null, "reach" int null, "agency_id" uuid not null, "routed_by" "routing_source" not null, "status" "information_risk_status" not null default 'DETECTED', "verification_outcome" "verification_outcome" null, "verification_note" text null, "proposal_text" text null, "proposal_sent_at" timestamptz null, "published_url" text null, "published_at" timestamptz null, "distribution_outlet" text null, "distributed_at" timestamptz null, "dismiss_reason" text null, "closed_at" timestamptz null, "created_by_id" uuid null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "information_risk_pkey" primary key ("id"));`);
    this.addSql(`alter table "information_risk" add constraint "information_risk_number_unique" unique ("number");`);
    this.addSql(`create index "information_risk_status_index" on "information_risk" ("status");`);
    this.addSql(`create index "information_risk_agency_id_status_index" on "information_risk" ("agency_id", "status");`);

    this.addSql(`create table "information_risk_event" ("id" bigserial primary key, "risk_id" uuid not null, "at" timestamptz not null, "actor_id" uuid null, "kind" "information_risk_event_kind" not null, "from_status" "information_risk_status" null, "to_status" "information_risk_status" not null, "note" text null);`);
    this.addSql(`create index "information_risk_event_risk_id_at_index" on "information_risk_event" ("risk_id", "at");`);

    this.addSql(`create table "comment_draft" ("id" uuid not null, "risk_id" uuid not null, "version_number" int not null, "false_statement" text null, "agency_account" text null, "arguments" text null, "topic_code" varchar(24) null, "author_name" text not null, "author_role" "comment_author_role" not null, "submitted_by_id" uuid null, "submitted_at" timestamptz not null, "review_outcome" "draft_review_outcome" null, "remarks" text null, "reviewed_by_id" uuid null, "reviewed_at" timestamptz null, "superseded_at" timestamptz null, constraint "comment_draft_pkey" primary key ("id"));`);
    this.addSql(`alter table "comment_draft" add constraint "comment_draft_risk_id_version_number_unique" unique ("risk_id", "version_number");`);

    this.addSql(`alter table "deadline_warning" add constraint "deadline_warning_deadline_id_foreign" foreign key ("deadline_id") references "deadline" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "comment_routing_rule" add constraint "comment_routing_rule_topic_code_foreign" foreign key ("topic_code") references "topic" ("code") on update cascade on delete cascade;`);
    this.addSql(`alter table "comment_routing_rule" add constraint "comment_routing_rule_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "information_risk" add constraint "information_risk_topic_code_foreign" foreign key ("topic_code") references "topic" ("code") on update cascade on delete restrict;`);
    this.addSql(`alter table "information_risk" add constraint "information_risk_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "information_risk" add constraint "information_risk_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "information_risk_event" add constraint "information_risk_event_risk_id_foreign" foreign key ("risk_id") references "information_risk" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "information_risk_event" add constraint "information_risk_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "comment_draft" add constraint "comment_draft_risk_id_foreign" foreign key ("risk_id") references "information_risk" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "comment_draft" add constraint "comment_draft_topic_code_foreign" foreign key ("topic_code") references "topic" ("code") on update cascade on delete restrict;`);
    this.addSql(`alter table "comment_draft" add constraint "comment_draft_submitted_by_id_foreign" foreign key ("submitted_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "comment_draft" add constraint "comment_draft_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter type "deadline_kind" add value if not exists 'COMMENT_PROPOSAL' after 'APPEAL_ANSWER';`);

    this.addSql(`alter type "deadline_kind" add value if not exists 'COMMENT_DRAFT' after 'COMMENT_PROPOSAL';`);

    this.addSql(`alter type "deadline_kind" add value if not exists 'COMMENT_PROPOSAL' after 'APPEAL_ANSWER';`);

    this.addSql(`alter type "deadline_kind" add value if not exists 'COMMENT_DRAFT' after 'COMMENT_PROPOSAL';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "information_risk_event" drop constraint "information_risk_event_risk_id_foreign";`);

    this.addSql(`alter table "comment_draft" drop constraint "comment_draft_risk_id_foreign";`);

    this.addSql(`drop table if exists "deadline_warning" cascade;`);

    this.addSql(`drop table if exists "outbox_message" cascade;`);

    this.addSql(`drop table if exists "comment_routing_rule" cascade;`);

    this.addSql(`drop table if exists "information_risk" cascade;`);

    this.addSql(`drop table if exists "information_risk_event" cascade;`);

    this.addSql(`drop table if exists "comment_draft" cascade;`);

    this.addSql(`drop type "outbox_status";`);
    this.addSql(`drop type "routing_source";`);
    this.addSql(`drop type "information_risk_status";`);
    this.addSql(`drop type "verification_outcome";`);
    this.addSql(`drop type "information_risk_event_kind";`);
    this.addSql(`drop type "comment_author_role";`);
    this.addSql(`drop type "draft_review_outcome";`);
  }

}
