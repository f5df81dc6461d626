import { Migration } from '@mikro-orm/migrations';

/**
 * Adds the file store's table: one row per uploaded file with its name, media type, size, SHA-256,
 * the path of its content under DATA_DIR/files and the uploader.
 */
export class Migration20261205010000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "stored_file" ("id" uuid not null, "file_name" text not null, "media_type" text not null, "size" bigint not null, "sha256" text not null, "storage_key" text not null, "uploaded_by_id" uuid not null, "uploaded_at" timestamptz not null, constraint "stored_file_pkey" primary key ("id"));`);
    this.addSql(`alter table "stored_file" add constraint "stored_file_storage_key_unique" unique ("storage_key");`);
    this.addSql(`create index "stored_file_uploaded_by_id_uploaded_at_index" on "stored_file" ("uploaded_by_id", "uploaded_at");`);

    this.addSql(`alter table "stored_file" add constraint "stored_file_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "stored_file" cascade;`);
  }

}
