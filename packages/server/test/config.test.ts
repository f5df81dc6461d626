import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config/config.js';

const dataDir = () => mkdtempSync(path.join(tmpdir(), 'cur-config-'));

describe('loadConfig', () => {
  it('applies the defaults', () => {
    const config = loadConfig({ DATA_DIR: dataDir() });
    expect(config.PORT).toBe(4000);
    expect(config.COUNTDOWN_INTERVAL_MS).toBe(1000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.SESSION_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it('lists every invalid variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', COUNTDOWN_INTERVAL_MS: '5', LOG_LEVEL: 'loud', SESSION_SECRET: 'short' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const variable of ['PORT', 'DATABASE_URL', 'COUNTDOWN_INTERVAL_MS', 'LOG_LEVEL', 'SESSION_SECRET']) {
      expect(problems).toContain(variable);
    }
  });

  it('rejects 5432 for the embedded PostgreSQL', () => {
    expect(() => loadConfig({ EMBEDDED_PG_PORT: '5432', DATA_DIR: dataDir() })).toThrow(/EMBEDDED_PG_PORT/);
  });

  it('keeps a generated demo password across starts', () => {
    const directory = dataDir();
    const first = loadConfig({ DATA_DIR: directory });
    const second = loadConfig({ DATA_DIR: directory });
    expect(first.demoPasswordGenerated).toBe(true);
    expect(second.DEMO_PASSWORD).toBe(first.DEMO_PASSWORD);
    expect(readFileSync(path.join(directory, 'demo-password'), 'utf8')).toBe(first.DEMO_PASSWORD);
  });

  it('treats an empty value as unset', () => {
    expect(loadConfig({ PORT: '', DATA_DIR: dataDir() }).PORT).toBe(4000);
  });
});

describe('configuration errors', () => {
  it('never print a secret', () => {
    let message = '';
    try {
      loadConfig({ SESSION_SECRET: 'too-short-secret', DEMO_PASSWORD: 'pw1', DATA_DIR: dataDir() });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('SESSION_SECRET');
    expect(message).toContain('16 characters');
    expect(message).not.toContain('too-short-secret');
    expect(message).not.toContain('pw1');
  });
});
