import { Migration } from '@mikro-orm/migrations';

export class Migration20261204135628 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "agency_kind" as enum ('MINISTRY', 'COMMITTEE', 'INSPECTION', 'DEPARTMENT', 'SERVICE');`);
    this.addSql(`create type "calendar_day_kind" as enum ('HOLIDAY', 'DAY_OFF', 'SHORTENED', 'WORKING_WEEKEND');`);
    this.addSql(`create type "deadline_kind" as enum ('APPEAL_REGISTRATION', 'APPEAL_ANSWER');`);
    this.addSql(`create type "deadline_status" as enum ('OPEN', 'MET', 'MISSED', 'CANCELLED');`);
    this.addSql(`create type "deadline_rule_kind" as enum ('CALENDAR_DAYS', 'WORKING_DAYS', 'HOURS');`);
    this.addSql(`create type "non_working_end_rule" as enum ('SHIFT_BACK', 'SHIFT_FORWARD', 'NONE');`);
    this.addSql(`create type "question_type_record" as enum ('TYPE', 'SUBTYPE');`);
    this.addSql(`create type "user_role" as enum ('CENTER_ADMIN', 'CENTER_OPERATOR', 'AGENCY_OFFICIAL', 'PRESS_SERVICE');`);
    this.addSql(`create type "notification_kind" as enum ('CONTACT_OFFICIAL_CHANGED', 'DEADLINE_OVERDUE');`);
    this.addSql(`create type "appeal_channel" as enum ('WRITTEN', 'EMAIL', 'IN_PERSON', 'FEEDBACK_PLATFORM', 'SOCIAL_MEDIA', 'VOICE_HOTLINE', 'SURVEY', 'INTERNET_PUBLICATION', 'OTHER');`);
    this.addSql(`create type "appellant_kind" as enum ('RUSSIAN_CITIZEN', 'FOREIGN_CITIZEN', 'STATELESS_PERSON', 'RUSSIAN_CITIZEN_ABROAD', 'LEGAL_ENTITY');`);
    this.addSql(`create type "appeal_status" as enum ('REGISTERED', 'ASSIGNED', 'ANSWERED', 'CLOSED');`);
    this.addSql(`create type "appeal_event_kind" as enum ('REGISTERED', 'ASSIGNED', 'REASSIGNED', 'ANSWERED', 'CLOSED');`);
    this.addSql(`create table "agency" ("id" uuid not null, "short_name" text not null, "name" text not null, "kind" "agency_kind" not null, "site" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "agency_pkey" primary key ("id"));`);
    this.addSql(`alter table "agency" add constraint "agency_short_name_unique" unique ("short_name");`);

    this.addSql(`create table "calendar_day" ("date" date not null, "kind" "calendar_day_kind" not null, "title" text null, "moved_from" date null, "is_weekend" boolean not null, constraint "calendar_day_pkey" primary key ("date"));`);

    this.addSql(`create table "contact_official" ("id" uuid not null, "agency_id" uuid not null, "surname" text not null, "first_name" text not null, "patronymic" text not null, "position" text not null, "email" text not null, "phone" text not null, "active" boolean not null default true, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "contact_official_pkey" primary key ("id"));`);
    this.addSql(`create index "contact_official_agency_id_index" on "contact_official" ("agency_id");`);

    this.addSql(`create table "deadline" ("id" uuid not null, "kind" "deadline_kind" not null, "subject_type" varchar(32) not null, "subject_id" uuid not null, "subject_label" text not null, "agency_id" uuid null, "started_at" timestamptz not null, "due_at" timestamptz not null, "status" "deadline_status" not null default 'OPEN', "completed_at" timestamptz null, "explanation" jsonb not null, "overdue_reported_at" timestamptz null, "version" int not null default 1, constraint "deadline_pkey" primary key ("id"));`);
    this.addSql(`create index "deadline_agency_id_index" on "deadline" ("agency_id");`);
    this.addSql(`create index "deadline_status_due_at_index" on "deadline" ("status", "due_at");`);
    this.addSql(`create index "deadline_subject_type_subject_id_index" on "deadline" ("subject_type", "subject_id");`);

    this.addSql(`create table "deadline_rule" ("kind" "deadline_kind" not null, "rule_kind" "deadline_rule_kind" not null, "amount" int not null, "non_working_end" "non_working_end_rule" not null, "updated_at" timestamptz not null, constraint "deadline_rule_pkey" primary key ("kind"));`);

    this.addSql(`create table "municipality" ("oktmo" varchar(11) not null, "check_digit" varchar(1) not null, "name" text not null, "kind" varchar(32) not null, "parent_oktmo" varchar(11) null, constraint "municipality_pkey" primary key ("oktmo"));`);

    this.addSql(`create table "organization" ("id" uuid not null, "name" text not null, "inn" varchar(12) null, "founder_id" uuid not null, "created_at" timestamptz not null, constraint "organization_pkey" primary key ("id"));`);

    this.addSql(`create table "question_type" ("code" varchar(16) not null, "record" "question_type_record" not null, "official_code" varchar(16) null, "name" text not null, "type_code" varchar(16) null, constraint "question_type_pkey" primary key ("code"));`);

    this.addSql(`create table "topic" ("code" varchar(24) not null, "parent_code" varchar(24) null, "title" text not null, "level" smallint not null, constraint "topic_pkey" primary key ("code"));`);
    this.addSql(`create index "topic_parent_code_index" on "topic" ("parent_code");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "email" text not null, "password_hash" text not null, "full_name" text not null, "role" "user_role" not null, "agency_id" uuid null, "active" boolean not null default true, "created_at" timestamptz not null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "session" ("id" uuid not null, "token_hash" varchar(64) not null, "user_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, constraint "session_pkey" primary key ("id"));`);
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);

    this.addSql(`create table "notification" ("id" uuid not null, "recipient_id" uuid not null, "kind" "notification_kind" not null, "title" text not null, "body" text not null, "subject_type" varchar(32) null, "subject_id" uuid null, "created_at" timestamptz not null, "read_at" timestamptz null, constraint "notification_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_recipient_id_created_at_index" on "notification" ("recipient_id", "created_at");`);

    this.addSql(`create table "contact_official_change" ("id" uuid not null, "contact_id" uuid not null, "changed_by_id" uuid null, "changed_at" timestamptz not null, "field" text not null, "old_value" text null, "new_value" text null, constraint "contact_official_change_pkey" primary key ("id"));`);
    this.addSql(`create index "contact_official_change_contact_id_changed_at_index" on "contact_official_change" ("contact_id", "changed_at");`);

    this.addSql(`create table "audit_entry" ("id" bigserial primary key, "at" timestamptz not null, "actor_id" uuid null, "actor_email" text null, "operation" text not null, "entity_type" varchar(64) not null, "entity_id" text not null, "before" jsonb null, "after" jsonb null);`);
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);
    this.addSql(`create index "audit_entry_actor_id_index" on "audit_entry" ("actor_id");`);
    this.addSql(`create index "audit_entry_entity_type_entity_id_index" on "audit_entry" ("entity_type", "entity_id");`);

    this.addSql(`create table "appeal" ("id" uuid not null, "number" text not null, "channel" "appeal_channel" not null, "appellant_kind" "appellant_kind" not null, "appellant_name" text not null, "appellant_email" text null, "appellant_phone" text null, "appellant_address" text null, "appellant_inn" varchar(12) null, "text" text not null, "topic_code" varchar(24) not null, "question_type_code" varchar(16) null, "municipality_oktmo" varchar(11) null, "agency_id" uuid null, "status" "appeal_status" not null default 'REGISTERED', "received_at" timestamptz not null, "registered_at" timestamptz not null, "answer_due_at" timestamptz null, "answer_text" text null, "answered_at" timestamptz null, "closed_at" timestamptz null, "registered_by_id" uuid null, "version" int not null default 1, "updated_at" timestamptz not null, constraint "appeal_pkey" primary key ("id"));`);
    this.addSql(`alter table "appeal" add constraint "appeal_number_unique" unique ("number");`);
    this.addSql(`create index "appeal_topic_code_index" on "appeal" ("topic_code");`);
    this.addSql(`create index "appeal_status_index" on "appeal" ("status");`);
    this.addSql(`create index "appeal_answer_due_at_index" on "appeal" ("answer_due_at");`);
    this.addSql(`create index "appeal_agency_id_status_index" on "appeal" ("agency_id", "status");`);
    this.addSql(`create index "appeal_received_at_id_index" on "appeal" ("received_at", "id");`);
    this.addSql(`create index "appeal_registered_at_id_index" on "appeal" ("registered_at", "id");`);

    this.addSql(`create table "appeal_event" ("id" uuid not null, "appeal_id" uuid not null, "at" timestamptz not null, "actor_id" uuid null, "kind" "appeal_event_kind" not null, "from_status" "appeal_status" null, "to_status" "appeal_status" not null, "note" text null, constraint "appeal_event_pkey" primary key ("id"));`);
    this.addSql(`create index "appeal_event_appeal_id_at_index" on "appeal_event" ("appeal_id", "at");`);

    this.addSql(`alter table "contact_official" add constraint "contact_official_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "deadline" add constraint "deadline_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "organization" add constraint "organization_founder_id_foreign" foreign key ("founder_id") references "agency" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "app_user" add constraint "app_user_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "notification" add constraint "notification_recipient_id_foreign" foreign key ("recipient_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "contact_official_change" add constraint "contact_official_change_contact_id_foreign" foreign key ("contact_id") references "contact_official" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "contact_official_change" add constraint "contact_official_change_changed_by_id_foreign" foreign key ("changed_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "audit_entry" add constraint "audit_entry_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "appeal" add constraint "appeal_topic_code_foreign" foreign key ("topic_code") references "topic" ("code") on update cascade on delete restrict;`);
    this.addSql(`alter table "appeal" add constraint "appeal_question_type_code_foreign" foreign key ("question_type_code") references "question_type" ("code") on update cascade on delete restrict;`);
    this.addSql(`alter table "appeal" add constraint "appeal_municipality_oktmo_foreign" foreign key ("municipality_oktmo") references "municipality" ("oktmo") on update cascade on delete restrict;`);
    this.addSql(`alter table "appeal" add constraint "appeal_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "appeal" add constraint "appeal_registered_by_id_foreign" foreign key ("registered_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "appeal_event" add constraint "appeal_event_appeal_id_foreign" foreign key ("appeal_id") references "appeal" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "appeal_event" add constraint "appeal_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

}
