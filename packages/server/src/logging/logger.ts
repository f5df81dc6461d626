import { pino, type Logger } from 'pino';

/** Paths that pino replaces with "[redacted]" wherever they appear in a log line. */
const redactedPaths = [
  'password',
  'token',
  '*.password',
  '*.token',
  '*.passwordHash',
  'req.headers.authorization',
  'req.headers.cookie',
  'variables.input.password',
  'variables.password',
];

export function createLogger(level: string, pretty: boolean): Logger {
  return pino({
    level,
    base: { service: 'cur-server' },
    redact: { paths: redactedPaths, censor: '[redacted]' },
    transport: pretty
      ? { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:standard' } }
      : undefined,
  });
}

export type { Logger };
