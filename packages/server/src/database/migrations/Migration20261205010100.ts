import { Migration } from '@mikro-orm/migrations';

/**
 * Adds appeal attachments (links to stored files) and co-appellants of collective appeals, the
 * ATTACHMENT_ADDED history kind, and trigram indexes that let the text filter match co-appellant
 * names and the appellant's address.
 */
export class Migration20261205010100 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "appeal_co_appellant" ("id" uuid not null, "appeal_id" uuid not null, "position" smallint not null, "kind" "appellant_kind" not null, "name" text not null, "email" text null, "phone" text null, "address" text null, "inn" varchar(12) null, constraint "appeal_co_appellant_pkey" primary key ("id"));`);
    this.addSql(`create index "appeal_co_appellant_name_trgm_index" on "appeal_co_appellant" using gin (cur_fold("name") gin_trgm_ops);`);
    this.addSql(`alter table "appeal_co_appellant" add constraint "appeal_co_appellant_appeal_id_position_unique" unique ("appeal_id", "position");`);

    this.addSql(`create table "appeal_attachment" ("id" uuid not null, "appeal_id" uuid not null, "file_id" uuid not null, "added_by_id" uuid null, "added_at" timestamptz not null, constraint "appeal_attachment_pkey" primary key ("id"));`);
    this.addSql(`create index "appeal_attachment_file_id_index" on "appeal_attachment" ("file_id");`);
    this.addSql(`alter table "appeal_attachment" add constraint "appeal_attachment_appeal_id_file_id_unique" unique ("appeal_id", "file_id");`);

    this.addSql(`alter table "appeal_co_appellant" add constraint "appeal_co_appellant_appeal_id_foreign" foreign key ("appeal_id") references "appeal" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "appeal_attachment" add constraint "appeal_attachment_appeal_id_foreign" foreign key ("appeal_id") references "appeal" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "appeal_attachment" add constraint "appeal_attachment_file_id_foreign" foreign key ("file_id") references "stored_file" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "appeal_attachment" add constraint "appeal_attachment_added_by_id_foreign" foreign key ("added_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`create index "appeal_appellant_address_trgm_index" on "appeal" using gin (cur_fold("appellant_address") gin_trgm_ops);`);

    this.addSql(`alter type "appeal_event_kind" add value if not exists 'ATTACHMENT_ADDED' after 'REPEAT_REJECTED';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "appeal_co_appellant" cascade;`);

    this.addSql(`drop table if exists "appeal_attachment" cascade;`);

    this.addSql(`drop index "appeal_appellant_address_trgm_index";`);
  }

}
