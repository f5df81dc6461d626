import 'reflect-metadata';
import { ConfigError, loadConfig, type AppConfig } from './config/config.js';
import { createLogger } from './logging/logger.js';
import { startApp, type RunningApp } from './app.js';

let config: AppConfig;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\nFix the variables above and start again.\n`);
    process.exit(1);
  }
  throw error;
}

const logger = createLogger(config.LOG_LEVEL, config.NODE_ENV !== 'production');

// Handlers go in before anything starts: until a process listens for a signal, the operating system
// applies the default action and kills it at once, leaving the embedded PostgreSQL running.
let app: RunningApp | undefined;
let stopRequested = false;

function stopAndExit(): void {
  app!
    .stop()
    .then(() => new Promise<void>((resolve) => logger.flush(() => resolve())))
    .then(() => process.exit(0))
    .catch((error: unknown) => {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    });
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopRequested) {
      return;
    }
    stopRequested = true;
    logger.info({ signal }, 'shutdown requested');
    // A signal during start-up is answered once the start has finished, so that everything started is stopped.
    if (app) {
      stopAndExit();
    }
  });
}

try {
  app = await startApp(config, logger);
} catch (error) {
  logger.fatal({ err: error }, 'server failed to start');
  process.stderr.write(`\nThe server failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

if (stopRequested) {
  stopAndExit();
} else {
  printBanner(app, config);
}

function printBanner(running: RunningApp, settings: AppConfig): void {
  const accounts = running.demo?.accounts ?? [];
  const lines = ['', `  ЦУР platform is running at ${running.url}`, `  GraphQL API: ${running.url}/graphql (HTTP and WebSocket)`, ''];
  if (accounts.length > 0) {
    lines.push('  Demo accounts:');
    for (const account of accounts) {
      lines.push(`    ${account.email.padEnd(24)} ${account.role.padEnd(16)} ${account.agencyShortName ?? ''}`);
    }
    lines.push(
      settings.demoPasswordGenerated
        ? `  Password of every demo account: ${settings.DEMO_PASSWORD} (generated on the first start and kept in DATA_DIR/demo-password; set DEMO_PASSWORD to choose one)`
        : '  Password of every demo account: the value of DEMO_PASSWORD',
    );
    lines.push('');
  }
  lines.push('  Press Ctrl-C to stop.', '');
  process.stdout.write(`${lines.join('\n')}\n`);
}
