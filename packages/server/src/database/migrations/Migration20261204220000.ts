import { Migration } from '@mikro-orm/migrations';

/**
 * Adds the quality features' storage: flags of conflict situations and communication errors, the
 * agency's answer draft awaiting review, the reviewed answer text on each review, and the history
 * and notification kinds for draft submissions, flag resolutions and appeals returned to an agency.
 */
export class Migration20261204220000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "appeal_flag_kind" as enum ('CONFLICT_SITUATION', 'COMMUNICATION_ERROR');`);
    this.addSql(`create table "appeal_flag" ("id" uuid not null, "appeal_id" uuid not null, "kind" "appeal_flag_kind" not null, "note" text not null, "created_by_id" uuid null, "created_at" timestamptz not null, "resolved_at" timestamptz null, "resolved_by_id" uuid null, "resolution" text null, constraint "appeal_flag_pkey" primary key ("id"));`);
    this.addSql(`create index "appeal_flag_appeal_id_created_at_index" on "appeal_flag" ("appeal_id", "created_at");`);
    this.addSql(`create index "appeal_flag_created_at_id_index" on "appeal_flag" ("created_at", "id");`);

    this.addSql(`alter table "appeal_flag" add constraint "appeal_flag_appeal_id_foreign" foreign key ("appeal_id") references "appeal" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "appeal_flag" add constraint "appeal_flag_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "appeal_flag" add constraint "appeal_flag_resolved_by_id_foreign" foreign key ("resolved_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter type "notification_kind" add value if not exists 'APPEAL_RETURNED' after 'INFORMATION_RISK';`);

    this.addSql(`alter table "appeal" add column "answer_draft" text null, add column "answer_draft_submitted_at" timestamptz null;`);

    this.addSql(`alter table "appeal_review" add column "answer_text" text null;`);

    this.addSql(`alter type "appeal_event_kind" add value if not exists 'ANSWER_SUBMITTED_FOR_REVIEW' after 'REPEAT_REJECTED';`);

    this.addSql(`alter type "appeal_event_kind" add value if not exists 'FLAG_RESOLVED' after 'ANSWER_SUBMITTED_FOR_REVIEW';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "appeal_flag" cascade;`);

    this.addSql(`alter table "appeal" drop column "answer_draft", drop column "answer_draft_submitted_at";`);

    this.addSql(`alter table "appeal_review" drop column "answer_text";`);

    this.addSql(`drop type "appeal_flag_kind";`);
  }

}
