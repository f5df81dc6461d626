import { Migration } from '@mikro-orm/migrations';

/**
 * Adds what the quality, feedback and repeat features record on an appeal: the question subtype,
 * the appellant's satisfaction, the confirmed earlier appeal it repeats, new history kinds, and the
 * center's answer reviews; and the deadline kinds of rework, quarterly reports and information requests.
 */
export class Migration20261204210000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "appeal_satisfaction" as enum ('SATISFIED', 'PARTLY_SATISFIED', 'NOT_SATISFIED');`);
    this.addSql(`create type "appeal_review_stage" as enum ('BEFORE_SENDING', 'AFTER_SENDING');`);
    this.addSql(`create table "appeal_review" ("id" uuid not null, "appeal_id" uuid not null, "reviewer_id" uuid null, "reviewed_at" timestamptz not null, "stage" "appeal_review_stage" not null, "answered_on_substance" boolean not null, "all_questions_answered" boolean not null, "deadline_met" boolean not null, "rights_explained" boolean not null, "score" smallint not null, "passed" boolean not null, "remarks" text null, constraint "appeal_review_score_check" check ("score" between 1 and 5), constraint "appeal_review_pkey" primary key ("id"));`);
    this.addSql(`create index "appeal_review_appeal_id_reviewed_at_index" on "appeal_review" ("appeal_id", "reviewed_at");`);

    this.addSql(`alter table "appeal_review" add constraint "appeal_review_appeal_id_foreign" foreign key ("appeal_id") references "appeal" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "appeal_review" add constraint "appeal_review_reviewer_id_foreign" foreign key ("reviewer_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "appeal" add column "question_subtype_code" varchar(16) null, add column "satisfaction" "appeal_satisfaction" null, add column "satisfaction_at" timestamptz null, add column "repeat_of_id" uuid null;`);
    this.addSql(`alter table "appeal" add constraint "appeal_question_subtype_code_foreign" foreign key ("question_subtype_code") references "question_type" ("code") on update cascade on delete restrict;`);
    this.addSql(`alter table "appeal" add constraint "appeal_repeat_of_id_foreign" foreign key ("repeat_of_id") references "appeal" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "appeal_repeat_of_id_index" on "appeal" ("repeat_of_id");`);
    this.addSql(`alter type "appeal_event_kind" add value if not exists 'REVIEWED' after 'CLOSED';`);
    this.addSql(`alter type "appeal_event_kind" add value if not exists 'RETURNED_FOR_REWORK' after 'REVIEWED';`);
    this.addSql(`alter type "appeal_event_kind" add value if not exists 'SATISFACTION_RECORDED' after 'RETURNED_FOR_REWORK';`);
    this.addSql(`alter type "appeal_event_kind" add value if not exists 'REOPENED' after 'SATISFACTION_RECORDED';`);
    this.addSql(`alter type "appeal_event_kind" add value if not exists 'FLAGGED' after 'REOPENED';`);
    this.addSql(`alter type "appeal_event_kind" add value if not exists 'REPEAT_CONFIRMED' after 'FLAGGED';`);
    this.addSql(`alter type "appeal_event_kind" add value if not exists 'REPEAT_REJECTED' after 'REPEAT_CONFIRMED';`);
    this.addSql(`alter type "deadline_kind" add value if not exists 'APPEAL_REWORK' after 'COMMENT_DRAFT';`);
    this.addSql(`alter type "deadline_kind" add value if not exists 'QUARTERLY_REPORT' after 'APPEAL_REWORK';`);
    this.addSql(`alter type "deadline_kind" add value if not exists 'INFORMATION_REQUEST' after 'QUARTERLY_REPORT';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "appeal_review" cascade;`);

    this.addSql(`alter table "appeal" drop constraint "appeal_question_subtype_code_foreign";`);
    this.addSql(`alter table "appeal" drop constraint "appeal_repeat_of_id_foreign";`);

    this.addSql(`drop index "appeal_repeat_of_id_index";`);
    this.addSql(`alter table "appeal" drop column "question_subtype_code", drop column "satisfaction", drop column "satisfaction_at", drop column "repeat_of_id";`);

    this.addSql(`drop type "appeal_satisfaction";`);
    this.addSql(`drop type "appeal_review_stage";`);
  }

}
