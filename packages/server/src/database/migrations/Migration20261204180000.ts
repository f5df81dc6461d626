import { Migration } from '@mikro-orm/migrations';

/** Adds deadline policies per kind and channel with an effective date, and the channel of each deadline. */
export class Migration20261204180000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "deadline_policy" ("id" uuid not null, "kind" "deadline_kind" not null, "channel" "appeal_channel" null, "rule_kind" "deadline_rule_kind" not null, "amount" int not null, "non_working_end" "non_working_end_rule" not null, "effective_from" date not null, "note" text null, "created_by_id" uuid null, "created_at" timestamptz not null, constraint "deadline_policy_pkey" primary key ("id"));`);
    this.addSql(`create index "deadline_policy_kind_effective_from_index" on "deadline_policy" ("kind", "effective_from");`);

    this.addSql(`alter table "deadline_policy" add constraint "deadline_policy_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "deadline" add column "channel" "appeal_channel" null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "deadline_policy" cascade;`);

    this.addSql(`alter table "deadline" drop column "channel";`);
  }

}
