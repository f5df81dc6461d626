import { Migration } from '@mikro-orm/migrations';

/**
 * Adds `import_run`, the progress of each appeals import, which each batch updates in its own
 * transaction so that a rerun after a crash continues after the last committed line.
 */
export class Migration20261205000000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "import_run_state" as enum ('RUNNING', 'FINISHED', 'FAILED');`);
    this.addSql(`create table "import_run" ("id" uuid not null, "file_name" text not null, "file_sha256" varchar(64) not null, "mapping_sha256" varchar(64) not null, "mapping" jsonb not null, "method" varchar(16) not null, "state" "import_run_state" not null default 'RUNNING', "started_by_id" uuid null, "started_at" timestamptz not null, "finished_at" timestamptz null, "rows_read" int not null default 0, "rows_imported" int not null default 0, "rows_skipped" int not null default 0, "rows_rejected" int not null default 0, "last_committed_line" int not null default 0, "report_path" text null, "error" text null, constraint "import_run_pkey" primary key ("id"));`);
    this.addSql(`create index "import_run_file_sha256_mapping_sha256_index" on "import_run" ("file_sha256", "mapping_sha256");`);

    this.addSql(`alter table "import_run" add constraint "import_run_started_by_id_foreign" foreign key ("started_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "import_run" cascade;`);

    this.addSql(`drop type "import_run_state";`);
  }

}
