import { Migration } from '@mikro-orm/migrations';

/** Records the agency an assignment or forwarding gave the appeal to in its history. */
export class Migration20261204200000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "appeal_event" add column "agency_id" uuid null;`);
    this.addSql(`alter table "appeal_event" add constraint "appeal_event_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "appeal_event" drop constraint "appeal_event_agency_id_foreign";`);

    this.addSql(`alter table "appeal_event" drop column "agency_id";`);
  }

}
