import { Migration } from '@mikro-orm/migrations';

/** Adds the id an appeal carries in its channel, unique per channel, for idempotent registration. */
export class Migration20261204170000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "appeal" add column "external_id" text null;`);
    this.addSql(`alter table "appeal" add constraint "appeal_channel_external_id_unique" unique ("channel", "external_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "appeal" drop constraint "appeal_channel_external_id_unique";`);
    this.addSql(`alter table "appeal" drop column "external_id";`);
  }

}
