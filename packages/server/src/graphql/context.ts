import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Response } from 'express';
import type { AppConfig } from '../config/config.js';
import type { Logger } from '../logging/logger.js';
import type { EventBus } from '../realtime/event-bus.js';
import type { AppealQualityService } from '../modules/appeals/appeal-quality.service.js';
import type { AppealRepeatService } from '../modules/appeals/appeal-repeat.service.js';
import type { AnalyticsService } from '../modules/analytics/analytics.service.js';
import type { AppealService } from '../modules/appeals/appeal.service.js';
import type { CurrentUser } from '../modules/auth/current-user.js';
import type { CommentService } from '../modules/comments/comment.service.js';
import type { ContactService } from '../modules/contacts/contact.service.js';
import type { LoginThrottle } from '../modules/auth/login-throttle.js';
import type { SessionService } from '../modules/auth/session.service.js';
import type { CalendarStore } from '../modules/deadlines/calendar-store.js';
import type { CountdownService } from '../modules/deadlines/countdown.service.js';
import type { DeadlineService } from '../modules/deadlines/deadline.service.js';
import type { ProblemService } from '../modules/problems/problem.service.js';
import type { InformationRequestService } from '../modules/reports/information-request.service.js';
import type { ReportService } from '../modules/reports/report.service.js';
import type { FileStore } from '../modules/files/file-store.js';
import type { ImportService } from '../modules/import/import.service.js';
import type { Loaders } from './loaders.js';

/** Long-lived collaborators shared by every request of one server instance. */
export interface AppServices {
  config: AppConfig;
  logger: Logger;
  orm: MikroORM;
  bus: EventBus;
  sessions: SessionService;
  loginThrottle: LoginThrottle;
  calendars: CalendarStore;
  deadlines: DeadlineService;
  countdown: CountdownService;
  appeals: AppealService;
  quality: AppealQualityService;
  contacts: ContactService;
  comments: CommentService;
  repeats: AppealRepeatService;
  problems: ProblemService;
  reports: ReportService;
  informationRequests: InformationRequestService;
  files: FileStore;
  analytics: AnalyticsService;
  imports: ImportService;
}

export interface RequestContext {
  requestId: string;
  em: EntityManager;
  user: CurrentUser | null;
  /** The raw session token of this request, so that logout can revoke it. */
  sessionToken?: string;
  loaders: Loaders;
  services: AppServices;
  /** Present for HTTP requests only; login and logout set the session cookie through it. */
  response?: Response;
}
