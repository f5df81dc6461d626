import { Migration } from '@mikro-orm/migrations';

/** Adds the files of information requests: the center's enclosures and each agency's answer files. */
export class Migration20261205020100 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "information_request_file" ("id" uuid not null, "request_id" uuid not null, "recipient_id" uuid null, "file_id" uuid not null, "added_by_id" uuid null, "added_at" timestamptz not null, constraint "information_request_file_pkey" primary key ("id"));`);
    this.addSql(`create index "information_request_file_file_id_index" on "information_request_file" ("file_id");`);
    this.addSql(`alter table "information_request_file" add constraint "information_request_file_request_id_file_id_unique" unique ("request_id", "file_id");`);

    this.addSql(`alter table "information_request_file" add constraint "information_request_file_request_id_foreign" foreign key ("request_id") references "information_request" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "information_request_file" add constraint "information_request_file_recipient_id_foreign" foreign key ("recipient_id") references "information_request_recipient" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "information_request_file" add constraint "information_request_file_file_id_foreign" foreign key ("file_id") references "stored_file" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "information_request_file" add constraint "information_request_file_added_by_id_foreign" foreign key ("added_by_id") references "app_user" ("id") on update cascade on delete set null;`);

  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "information_request_file" cascade;`);

  }

}
