import { Migration } from '@mikro-orm/migrations';

/** Adds forwarding, extension and unanswered grounds to the appeal lifecycle, and the forwarding deadline. */
export class Migration20261204190000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "unanswered_ground" as enum ('NO_NAME_OR_ADDRESS', 'OBSCENE_OR_THREATENING', 'UNREADABLE', 'SUBSTANCE_UNCLEAR', 'REPEATED_WITHOUT_NEW_ARGUMENTS', 'PROTECTED_SECRET');`);
    this.addSql(`alter type "deadline_kind" add value if not exists 'APPEAL_FORWARDING' after 'APPEAL_REGISTRATION';`);



    this.addSql(`alter type "appeal_status" add value if not exists 'LEFT_UNANSWERED' after 'ANSWERED';`);

    this.addSql(`alter table "appeal" add column "extended_at" timestamptz null, add column "extension_days" smallint null, add column "extension_reason" text null, add column "extension_notice_at" timestamptz null, add column "forwarding_notice_at" timestamptz null, add column "unanswered_ground" "unanswered_ground" null;`);

    this.addSql(`alter type "appeal_event_kind" add value if not exists 'FORWARDED' after 'REASSIGNED';`);

    this.addSql(`alter type "appeal_event_kind" add value if not exists 'EXTENDED' after 'FORWARDED';`);

    this.addSql(`alter type "appeal_event_kind" add value if not exists 'LEFT_UNANSWERED' after 'ANSWERED';`);

  }

  override async down(): Promise<void> {
    this.addSql(`alter table "appeal" drop column "extended_at", drop column "extension_days", drop column "extension_reason", drop column "extension_notice_at", drop column "forwarding_notice_at", drop column "unanswered_ground";`);

    this.addSql(`drop type "unanswered_ground";`);
  }

}
