import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/config.js';
import { createLogger } from './logging/logger.js';
import { startApp } from './app.js';

let config;
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
const app = await startApp(config, logger).catch((error: unknown) => {
  logger.fatal({ err: error }, 'server failed to start');
  process.stderr.write(`\nThe server failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

const accounts = app.demo?.accounts ?? [];
const lines = [
  '',
  `  ЦУР platform is running at ${app.url}`,
  `  GraphQL API: ${app.url}/graphql (HTTP and WebSocket)`,
  '',
];
if (accounts.length > 0) {
  lines.push('  Demo accounts:');
  for (const account of accounts) {
    lines.push(`    ${account.email.padEnd(24)} ${account.role.padEnd(16)} ${account.agencyShortName ?? ''}`);
  }
  lines.push(
    config.demoPasswordGenerated
      ? `  Password of every demo account: ${config.DEMO_PASSWORD} (generated on the first start and kept in DATA_DIR/demo-password; set DEMO_PASSWORD to choose one)`
      : '  Password of every demo account: the value of DEMO_PASSWORD',
  );
  lines.push('');
}
lines.push('  Press Ctrl-C to stop.', '');
process.stdout.write(`${lines.join('\n')}\n`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    logger.info({ signal }, 'shutdown requested');
    app
      .stop()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  });
}
