import { Migration } from '@mikro-orm/migrations';

/** Adds the sequence behind misinformation case numbers and the notification kind of case steps. */
export class Migration20261204150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create sequence if not exists "information_risk_number_seq" start with 1;`);
    this.addSql(`alter type "notification_kind" add value if not exists 'INFORMATION_RISK';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop sequence if exists "information_risk_number_seq";`);
  }
}
