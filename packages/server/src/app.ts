import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import type { AppConfig } from './config/config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres.js';
import { applyMigrations } from './database/migrate.js';
import { createOrmConfig } from './database/orm-config.js';
import type { AppServices } from './graphql/context.js';
import { createHttpServer, type HttpServer } from './http/server.js';
import type { Logger } from './logging/logger.js';
import { AppealQualityService } from './modules/appeals/appeal-quality.service.js';
import { AppealRepeatService } from './modules/appeals/appeal-repeat.service.js';
import { canReadAppealFile } from './modules/appeals/appeal-intake.js';
import { AnalyticsRefreshWorker } from './modules/analytics/analytics-refresh-worker.js';
import { AnalyticsService } from './modules/analytics/analytics.service.js';
import { AppealService } from './modules/appeals/appeal.service.js';
import { LoginThrottle } from './modules/auth/login-throttle.js';
import { SessionService } from './modules/auth/session.service.js';
import { CommentService } from './modules/comments/comment.service.js';
import { ContactService } from './modules/contacts/contact.service.js';
import { CalendarStore } from './modules/deadlines/calendar-store.js';
import { CountdownService } from './modules/deadlines/countdown.service.js';
import { DeadlineService } from './modules/deadlines/deadline.service.js';
import { DeadlineWarningWorker } from './modules/deadlines/deadline-warning-worker.js';
import { FileStore } from './modules/files/file-store.js';
import { ImportService } from './modules/import/import.service.js';
import type { DemoSummary } from './modules/demo/demo-data.js';
import { createMailTransport } from './modules/mail/mail-transport.js';
import { MailWorker } from './modules/mail/mail-worker.js';
import { ProblemService } from './modules/problems/problem.service.js';
import { loadReferenceData } from './modules/reference/reference-loader.js';
import { canReadInformationRequestFile, InformationRequestService } from './modules/reports/information-request.service.js';
import { ReportOpeningWorker } from './modules/reports/report-opening-worker.js';
import { UnlinkedFileWorker } from './modules/files/unlinked-file-worker.js';
import { ReportService } from './modules/reports/report.service.js';
import { createEventBus } from './realtime/event-bus.js';

export interface RunningApp {
  services: AppServices;
  http: HttpServer;
  port: number;
  url: string;
  databaseUrl: string;
  demo: DemoSummary | null;
  /** The background workers, so that tests can run them at once with runOnce(). */
  workers: { mail: MailWorker; warnings: DeadlineWarningWorker; analytics: AnalyticsRefreshWorker; reports: ReportOpeningWorker; files: UnlinkedFileWorker };
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Skip the demo data even when DEMO_DATA is true (tests build their own data). */
  demoData?: boolean;
}

/**
 * Starts the whole product: PostgreSQL (embedded unless DATABASE_URL is set), migrations,
 * reference data, demo data on an empty database, the countdown, the deadline warning and mail
 * workers, and HTTP.
 */
export async function startApp(config: AppConfig, logger: Logger, options: StartOptions = {}): Promise<RunningApp> {
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres(config.DATA_DIR, config.EMBEDDED_PG_PORT, logger);
    databaseUrl = embedded.url;
  }

  const orm = await MikroORM.init(createOrmConfig(databaseUrl, logger));
  const bus = createEventBus(config.REDIS_URL, logger);
  let startedCountdown: CountdownService | undefined;
  try {
    await applyMigrations(orm, logger);
    const reference = await loadReferenceData(orm.em.fork());
    logger.info({ changed: reference.changed }, 'reference data loaded');

    const calendars = new CalendarStore();
    const calendarDays = await calendars.reload(orm.em.fork());
    const deadlines = new DeadlineService(calendars);
    const repeats = new AppealRepeatService(config.REPEAT_SIMILARITY);
    const files = new FileStore({
      directory: path.join(config.DATA_DIR, 'files'),
      maxBytes: config.FILE_MAX_BYTES,
      mediaTypes: config.FILE_TYPES,
      logger,
    });
    files.registerAccess(canReadAppealFile);
    files.registerAccess(canReadInformationRequestFile);
    const countdown = new CountdownService(bus, config.COUNTDOWN_INTERVAL_MS, config.AT_RISK_SHARE, logger);
    startedCountdown = countdown;
    const appeals = new AppealService(deadlines, files, repeats);
    const services: AppServices = {
      config,
      logger,
      orm,
      bus,
      sessions: new SessionService(config.SESSION_SECRET, config.SESSION_TTL_HOURS),
      loginThrottle: new LoginThrottle(),
      calendars,
      deadlines,
      countdown,
      appeals,
      quality: new AppealQualityService(appeals, deadlines),
      contacts: new ContactService(),
      comments: new CommentService(deadlines, { pressServiceEmail: config.PRESS_SERVICE_EMAIL }),
      repeats,
      problems: new ProblemService(),
      reports: new ReportService(deadlines, calendars),
      informationRequests: new InformationRequestService(deadlines, files),
      files,
      analytics: new AnalyticsService(),
      imports: new ImportService(orm, databaseUrl, deadlines, config.DATA_DIR, bus, logger),
    };
    logger.info({ calendarDays }, 'production calendar loaded');

    let demo: DemoSummary | null = null;
    if (config.DEMO_DATA && options.demoData !== false) {
      // Loaded on demand: tests and production runs without demo data never import the generator.
      const { loadDemoData } = await import('./modules/demo/demo-data.js');
      demo = await loadDemoData(orm.em.fork(), { password: config.DEMO_PASSWORD!, deadlines, files, reports: services.reports });
      logger.info({ created: demo.created, appeals: demo.appeals }, demo.created ? 'demo data loaded' : 'demo data already present');
      if (demo.created) {
        const { loadDemoImport } = await import('./modules/demo/demo-import.js');
        const imported = await loadDemoImport(orm.em.fork(), { databaseUrl, deadlines, reportDir: path.join(config.DATA_DIR, 'imports', 'demo') });
        logger.info({ rowsImported: imported?.rowsImported, rowsRejected: imported?.rowsRejected }, 'demo import of the NYC 311 sample loaded');
      }
    }

    // Opened before the countdown loads open deadlines, so that a first start shows the reports' terms.
    const reportOpening = new ReportOpeningWorker(orm, services.reports, countdown, logger, config.REPORT_OPENING_INTERVAL_MS);
    await reportOpening.runOnce();
    await countdown.start(orm);
    const warnings = new DeadlineWarningWorker(orm, countdown, logger, {
      shares: config.WARNING_SHARES,
      intervalMs: config.WARNING_INTERVAL_MS,
      centerEmail: config.CENTER_EMAIL,
    });
    const mailTransport = createMailTransport(config, logger);
    const mail = new MailWorker(orm, mailTransport, logger, {
      pollIntervalMs: config.MAIL_POLL_INTERVAL_MS,
      maxAttempts: config.MAIL_MAX_ATTEMPTS,
    });

    const analyticsRefresh = new AnalyticsRefreshWorker(orm, services.analytics, logger, config.ANALYTICS_REFRESH_INTERVAL_MS);
    const unlinkedFiles = new UnlinkedFileWorker(orm, files, logger, {
      intervalMs: config.FILE_SWEEP_INTERVAL_MS,
      maxAgeHours: config.UNLINKED_FILE_HOURS,
    });

    const http = await createHttpServer(services);
    const port = await http.listen();
    // Started once the server listens, so that a failed start leaves no worker running on a closed ORM.
    warnings.start();
    mail.start();
    analyticsRefresh.start();
    reportOpening.start();
    unlinkedFiles.start();
    const url = `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${port}`;
    logger.info({ url }, 'server started');

    let stopping: Promise<void> | undefined;
    const stop = () => {
      stopping ??= (async () => {
        logger.info('server stopping');
        await http.close();
        countdown.stop();
        // The warning worker enqueues e-mails, so it stops before the mail worker.
        await reportOpening.stop();
        await warnings.stop();
        await mail.stop();
        await analyticsRefresh.stop();
        await unlinkedFiles.stop();
        mailTransport.close();
        await bus.close();
        await orm.close();
        await embedded?.stop();
        logger.info('server stopped');
      })();
      return stopping;
    };
    return { services, http, port, url, databaseUrl, demo, workers: { mail, warnings, analytics: analyticsRefresh, reports: reportOpening, files: unlinkedFiles }, stop };
  } catch (error) {
    startedCountdown?.stop();
    await bus.close();
    await orm.close();
    await embedded?.stop();
    throw error;
  }
}
