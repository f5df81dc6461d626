import { Migration } from '@mikro-orm/migrations';

/**
 * Adds when the appellant was last recorded NOT_SATISFIED, so that a later record of another value,
 * such as an agency's SATISFIED from the channel, no longer hides that dissatisfaction from reopening.
 */
export class Migration20261205040000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "appeal" add column "not_satisfied_at" timestamptz null;`);
    this.addSql(`update "appeal" set "not_satisfied_at" = "satisfaction_at" where "satisfaction" = 'NOT_SATISFIED';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "appeal" drop column "not_satisfied_at";`);
  }
}
