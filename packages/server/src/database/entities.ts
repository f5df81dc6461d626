import { Agency, Organization } from '../modules/agencies/agency.entity.js';
import { AnalyticsRefresh } from '../modules/analytics/analytics-refresh.entity.js';
import { Appeal, AppealEvent } from '../modules/appeals/appeal.entity.js';
import { AppealFlag } from '../modules/appeals/appeal-flag.entity.js';
import { AppealRepeatSuggestion } from '../modules/appeals/appeal-repeat.entity.js';
import { AppealAttachment, AppealCoAppellant } from '../modules/appeals/appeal-intake.entities.js';
import { AppealReview } from '../modules/appeals/appeal-review.entity.js';
import { AuditEntry } from '../modules/audit/audit.entity.js';
import { Session, User } from '../modules/auth/auth.entities.js';
import {
  CommentDraft,
  CommentRoutingRule,
  InformationRisk,
  InformationRiskEvent,
} from '../modules/comments/comment.entities.js';
import { ContactOfficial, ContactOfficialChange } from '../modules/contacts/contact.entities.js';
import { DeadlinePolicy } from '../modules/deadlines/deadline-policy.entity.js';
import { DeadlineWarning } from '../modules/deadlines/deadline-warning.entity.js';
import { Deadline, DeadlineRuleSetting } from '../modules/deadlines/deadline.entity.js';
import { StoredFile } from '../modules/files/stored-file.entity.js';
import { ImportRun } from '../modules/import/import-run.entity.js';
import { OutboxMessage } from '../modules/mail/outbox.entity.js';
import { Notification } from '../modules/notifications/notification.entity.js';
import { Problem, RoadmapMeasure } from '../modules/problems/problem.entities.js';
import { CalendarDay, Municipality, QuestionType, Topic } from '../modules/reference/reference.entities.js';
import {
  InformationRequest,
  InformationRequestFile,
  InformationRequestRecipient,
  QuarterlyReport,
  QuarterlyReportVersion,
} from '../modules/reports/report.entities.js';

/** Every entity, listed explicitly because folder discovery does not work for compiled ESM and tests alike. */
export const entities = [
  Agency,
  Organization,
  AnalyticsRefresh,
  Appeal,
  AppealEvent,
  AppealRepeatSuggestion,
  AppealReview,
  AppealFlag,
  AppealAttachment,
  AppealCoAppellant,
  AuditEntry,
  Session,
  User,
  CommentDraft,
  CommentRoutingRule,
  ContactOfficial,
  ContactOfficialChange,
  Deadline,
  DeadlinePolicy,
  DeadlineRuleSetting,
  DeadlineWarning,
  InformationRisk,
  InformationRiskEvent,
  ImportRun,
  Notification,
  OutboxMessage,
  Problem,
  RoadmapMeasure,
  StoredFile,
  CalendarDay,
  Municipality,
  QuestionType,
  Topic,
  QuarterlyReport,
  QuarterlyReportVersion,
  InformationRequest,
  InformationRequestRecipient,
  InformationRequestFile,
];
