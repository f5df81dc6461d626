import { Migration } from '@mikro-orm/migrations';

/** Adds the sequence behind misinformation case numbers and the notification kinds of case steps and warnings. */
export class Migration20261204150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create sequence if not exists "information_risk_number_seq" start with 1;`);
    this.addSql(`alter type "notification_kind" add value if not exists 'INFORMATION_RISK';`);
    this.addSql(`alter type "notification_kind" add value if not exists 'DEADLINE_WARNING' before 'DEADLINE_OVERDUE';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop sequence if exists "information_risk_number_seq";`);
  }
}
