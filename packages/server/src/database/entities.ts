import { Agency, Organization } from '../modules/agencies/agency.entity.js';
import { Appeal, AppealEvent } from '../modules/appeals/appeal.entity.js';
import { AuditEntry } from '../modules/audit/audit.entity.js';
import { Session, User } from '../modules/auth/auth.entities.js';
import { ContactOfficial, ContactOfficialChange } from '../modules/contacts/contact.entities.js';
import { Deadline, DeadlineRuleSetting } from '../modules/deadlines/deadline.entity.js';
import { Notification } from '../modules/notifications/notification.entity.js';
import { CalendarDay, Municipality, QuestionType, Topic } from '../modules/reference/reference.entities.js';

/** Every entity, listed explicitly because folder discovery does not work for compiled ESM and tests alike. */
export const entities = [
  Agency,
  Organization,
  Appeal,
  AppealEvent,
  AuditEntry,
  Session,
  User,
  ContactOfficial,
  ContactOfficialChange,
  Deadline,
  DeadlineRuleSetting,
  Notification,
  CalendarDay,
  Municipality,
  QuestionType,
  Topic,
];
