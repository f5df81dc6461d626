import { Migration } from '@mikro-orm/migrations';

/** Adds the sequence behind appeal numbers, which entity metadata cannot express. */
export class Migration20261204140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create sequence if not exists "appeal_number_seq" start with 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop sequence if exists "appeal_number_seq";`);
  }
}
