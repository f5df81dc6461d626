import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.js';

const serverRoot = path.resolve(import.meta.dirname, '..');
const children: ChildProcess[] = [];
const databases: TestDatabase[] = [];
const folders: string[] = [];

interface RunningServer {
  child: ChildProcess;
  output: () => string;
  url: string;
}

/** Starts `src/main.ts` as the README's start command would, and waits for its banner. */
function startServer(environment: Record<string, string>): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverRoot,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', NODE_ENV: 'production', DEMO_DATA: 'false', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += String(chunk)));
  child.stderr!.on('data', (chunk) => (output += String(chunk)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner within 60 s:\n${output}`)), 60_000);
    const check = () => {
      const match = /running at (http:\/\/[\d.]+:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, output: () => output, url: match[1]! });
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before its banner:\n${output}`)));
  });
}

function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

afterAll(async () => {
  for (const child of children) {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
  for (const database of databases) await database.drop();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('server process', () => {
  it('stops cleanly on SIGINT with exit code 0', async () => {
    const database = await createTestDatabase();
    databases.push(database);
    const dataDir = mkdtempSync(path.join(tmpdir(), 'cur-process-'));
    folders.push(dataDir);
    const server = await startServer({ DATABASE_URL: database.url, DATA_DIR: dataDir });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    const exited = exitOf(server.child);
    server.child.kill('SIGINT');
    expect(await exited).toEqual({ code: 0, signal: null });
    expect(server.output()).toMatch(/server stopped/);
  }, 90_000);

  it('stops its embedded PostgreSQL and reuses the data on the next start', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'cur-embedded-'));
    folders.push(dataDir);
    // Another free port than the test suite's own embedded PostgreSQL (54330) and the default (54329).
    const environment = { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(55000 + (process.pid % 1000)), DEMO_PASSWORD: 'demo-password-1' };
    const first = await startServer(environment);
    const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
    const postgresPid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    expect(processAlive(postgresPid)).toBe(true);

    const firstExit = exitOf(first.child);
    first.child.kill('SIGTERM');
    const firstResult = await firstExit;
    expect(firstResult, first.output().slice(-3000)).toEqual({ code: 0, signal: null });
    expect(processAlive(postgresPid)).toBe(false);
    expect(existsSync(pidFile)).toBe(false);

    const second = await startServer(environment);
    expect(second.output()).toMatch(/database schema is up to date/);
    const secondExit = exitOf(second.child);
    second.child.kill('SIGINT');
    expect(await secondExit, second.output().slice(-2500)).toEqual({ code: 0, signal: null });
  }, 120_000);
});
