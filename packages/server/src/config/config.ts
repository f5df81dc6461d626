import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DEFAULT_FILE_TYPES } from '../modules/files/file-types.js';

/** The repository root, so that `.data/` lands beside the workspace whatever the working directory. */
export const repositoryRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../..',
);

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** An e-mail address alone or with a display name: `noreply@example.ru`, `ЦУР <noreply@example.ru>`. */
const mailboxPattern = /^(?:[^<>@]*<[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)$/;

/**
 * Parses WARNING_SHARES such as "0.5,0.8,1" into ascending shares. Each share must be above 0 and
 * at most 1, with at most three decimals, because warnings are stored in per mille (500, 800, 1000).
 */
function parseWarningShares(value: string, context: z.RefinementCtx): number[] {
  const shares: number[] = [];
  for (const part of value.split(',').map((item) => item.trim())) {
    const share = Number(part);
    if (part === '' || !Number.isFinite(share) || share <= 0 || share > 1) {
      context.addIssue({ code: 'custom', message: `must list shares above 0 and at most 1, such as 0.5,0.8,1; "${part}" is not one` });
      return z.NEVER;
    }
    if (Math.abs(share * 1000 - Math.round(share * 1000)) > 1e-9) {
      context.addIssue({ code: 'custom', message: `must have at most three decimals per share; "${part}" has more` });
      return z.NEVER;
    }
    if (shares.includes(share)) {
      context.addIssue({ code: 'custom', message: `must not repeat a share; "${part}" is listed twice` });
      return z.NEVER;
    }
    shares.push(share);
  }
  return shares.sort((left, right) => left - right);
}

const mediaTypePattern = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;

/** Parses FILE_TYPES such as "application/pdf,image/png" into lower-case media types without repeats. */
function parseMediaTypes(value: string, context: z.RefinementCtx): string[] {
  const mediaTypes: string[] = [];
  for (const part of value.split(',').map((item) => item.trim().toLowerCase())) {
    if (!mediaTypePattern.test(part)) {
      context.addIssue({ code: 'custom', message: `must list media types such as application/pdf,image/png; "${part}" is not one` });
      return z.NEVER;
    }
    if (!mediaTypes.includes(part)) {
      mediaTypes.push(part);
    }
  }
  return mediaTypes;
}

const environmentSchema = z.object({
  PORT: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(4000)
    .describe('HTTP port of the API, the WebSocket endpoint and the SPA'),
  HOST: z.string().min(1).default('127.0.0.1').describe('address the HTTP server binds to'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional()
    .describe('PostgreSQL to use; without it an embedded PostgreSQL starts in DATA_DIR'),
  DATA_DIR: z
    .string()
    .min(1)
    .default(path.join(repositoryRoot, '.data'))
    .describe('folder of the embedded PostgreSQL and other local state'),
  EMBEDDED_PG_PORT: z.coerce
    .number({ message: 'must be a number' })
    .int()
    .min(1024, 'must be between 1024 and 65535')
    .max(65535, 'must be between 1024 and 65535')
    .refine((port) => port !== 5432, 'must not be 5432, which a system PostgreSQL may hold')
    .default(54329)
    .describe('port of the embedded PostgreSQL on 127.0.0.1'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
    .optional()
    .describe('Redis for sharing subscription events across instances'),
  SESSION_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters long')
    .optional()
    .describe('key of the stored session token hashes; generated once into DATA_DIR when unset'),
  SESSION_TTL_HOURS: z.coerce.number().int().positive().default(12).describe('session lifetime in hours'),
  DEMO_PASSWORD: z
    .string()
    .min(8, 'must be at least 8 characters long')
    .optional()
    .describe('password of the demo accounts; generated and printed when unset'),
  DEMO_DATA: z.enum(['true', 'false'], { message: 'must be true or false' }).default('true'),
  COUNTDOWN_INTERVAL_MS: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(100, 'must be at least 100 ms')
    .max(60_000, 'must be at most 60000 ms')
    .default(1000)
    .describe('period of the deadlineCountdown frames, in milliseconds'),
  AT_RISK_SHARE: z.coerce
    .number({ message: 'must be a number' })
    .gt(0, 'must be between 0 and 1')
    .lt(1, 'must be between 0 and 1')
    .default(0.8)
    .describe('share of a deadline’s time used after which it counts as AT_RISK'),
  REPEAT_SIMILARITY: z.coerce
    .number({ message: 'must be a number' })
    .gt(0, 'must be above 0 and at most 1')
    .max(1, 'must be above 0 and at most 1')
    .default(0.3)
    .describe('trigram similarity of two appeal texts from which a later appeal of the same appellant is suggested as a repeat'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/?#]+/, 'must be smtp://host:port or smtps://host:port, with user:password@ before the host if the server needs it')
    .optional()
    .describe('SMTP server of the outbox; without it each message is written to the log and stays pending'),
  MAIL_FROM: z
    .string()
    .trim()
    .regex(mailboxPattern, 'must be an address such as noreply@example.ru or Name <noreply@example.ru>')
    .default('ЦУР Республики Марий Эл <noreply@cur.mari-el.local>')
    .describe('From header of every e-mail the outbox sends'),
  PRESS_SERVICE_EMAIL: z
    .email({ message: 'must be an e-mail address such as prpress@gov.mari.ru' })
    .default('prpress@gov.mari.ru')
    .describe('e-mail address of the press service of the Head of the republic'),
  CENTER_EMAIL: z
    .email({ message: 'must be an e-mail address such as cur@mari-el.gov.ru' })
    .optional()
    .describe('e-mail address of the center that receives deadline warnings; none are e-mailed to the center when unset'),
  MAIL_POLL_INTERVAL_MS: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(100, 'must be at least 100 ms')
    .max(3_600_000, 'must be at most 3600000 ms (one hour)')
    .default(5000)
    .describe('period at which the mail worker looks for due outbox messages, in milliseconds'),
  MAIL_MAX_ATTEMPTS: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 100')
    .max(100, 'must be between 1 and 100')
    .default(10)
    .describe('delivery attempts of one e-mail after which it is marked FAILED'),
  WARNING_SHARES: z
    .string()
    .default('0.5,0.8,1')
    .transform(parseWarningShares)
    .describe('comma-separated shares of a term used at which a deadline warning is sent; 1 is the due instant'),
  WARNING_INTERVAL_MS: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(100, 'must be at least 100 ms')
    .max(3_600_000, 'must be at most 3600000 ms (one hour)')
    .default(30_000)
    .describe('period at which the deadline warning worker checks open deadlines, in milliseconds'),
  REPORT_OPENING_INTERVAL_MS: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(1000, 'must be at least 1000 ms')
    .max(86_400_000, 'must be at most 86400000 ms (one day)')
    .default(3_600_000)
    .describe('period at which quarterly reports of a new quarter are opened, in milliseconds'),
  FILE_MAX_BYTES: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 1073741824 (1 GiB)')
    .max(1024 * 1024 * 1024, 'must be between 1 and 1073741824 (1 GiB)')
    .default(10 * 1024 * 1024)
    .describe('largest uploaded file, in bytes'),
  FILE_TYPES: z
    .string()
    .default(DEFAULT_FILE_TYPES.join(','))
    .transform(parseMediaTypes)
    .describe('comma-separated media types that uploads may have'),
  UNLINKED_FILE_HOURS: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 8760 (one year)')
    .max(8760, 'must be between 1 and 8760 (one year)')
    .default(24)
    .describe('age in hours after which an uploaded file that nothing links is removed'),
  FILE_SWEEP_INTERVAL_MS: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(1000, 'must be at least 1000 ms')
    .max(86_400_000, 'must be at most 86400000 ms (one day)')
    .default(3_600_000)
    .describe('period at which uploaded files that nothing links are looked for, in milliseconds'),
  ANALYTICS_REFRESH_INTERVAL_MS: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(1000, 'must be at least 1000 ms')
    .max(86_400_000, 'must be at most 86400000 ms (one day)')
    .default(300_000)
    .describe('period at which the analytics view appeal_monthly_stats is refreshed, in milliseconds'),
  LOG_LEVEL: z.enum(logLevels, { message: `must be one of ${logLevels.join(', ')}` }).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  WEB_DIST: z
    .string()
    .default(path.join(repositoryRoot, 'packages/web/dist'))
    .describe('folder of the built SPA that the server serves at /'),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).default(10),
  MAX_QUERY_COMPLEXITY: z.coerce.number().int().min(10).default(10_000),
});

export type AppConfig = Omit<z.infer<typeof environmentSchema>, 'SESSION_SECRET' | 'DEMO_DATA'> & {
  SESSION_SECRET: string;
  DEMO_DATA: boolean;
  /** True when DEMO_PASSWORD was not given, so the password was generated once and kept in DATA_DIR. */
  demoPasswordGenerated: boolean;
};

const SECRET_VARIABLES = new Set(['SESSION_SECRET', 'DEMO_PASSWORD']);

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses and validates the environment once, listing every problem at once.
 * Empty strings count as unset so that `PORT= pnpm start` falls back to the default.
 */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): AppConfig {
  const present = Object.fromEntries(
    Object.entries(environment).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      const value = present[name];
      // Secrets are described by their length only, so a configuration error never prints one.
      const shown = SECRET_VARIABLES.has(name) && value ? `${value.length} characters` : JSON.stringify(hideUrlPassword(value) ?? null);
      return `${issue.path.join('.')}: ${issue.message} (got ${shown})`;
    });
    throw new ConfigError(problems);
  }
  const values = parsed.data;
  const demoPassword = values.DEMO_PASSWORD ?? readOrCreateSecret(values.DATA_DIR, 'demo-password', generateDemoPassword);
  return {
    ...values,
    SESSION_SECRET:
      values.SESSION_SECRET ?? readOrCreateSecret(values.DATA_DIR, 'session-secret', () => randomBytes(32).toString('hex')),
    DEMO_PASSWORD: demoPassword,
    DEMO_DATA: values.DEMO_DATA === 'true',
    demoPasswordGenerated: values.DEMO_PASSWORD === undefined,
  };
}

/** Replaces the password of a URL such as smtp://user:secret@host with "***" so that errors never print it. */
function hideUrlPassword(value: string | undefined): string | undefined {
  return value?.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/?#@]*):[^/?#@]*@/i, '$1:***@');
}

function generateDemoPassword(): string {
  return randomBytes(9).toString('base64url');
}

/**
 * Returns the value kept in `DATA_DIR/<name>`, generating it on first use, so that a generated
 * session secret or demo password stays the same across restarts without any configuration.
 */
function readOrCreateSecret(dataDir: string, name: string, generate: () => string): string {
  const secretFile = path.join(dataDir, name);
  if (existsSync(secretFile)) {
    return readFileSync(secretFile, 'utf8').trim();
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = generate();
  writeFileSync(secretFile, secret, { mode: 0o600 });
  chmodSync(secretFile, 0o600);
  return secret;
}
