import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen.js';

const packageRoot = path.resolve(import.meta.dirname, '..');

describe('generated client types', () => {
  it('match the committed SDL and operations', async () => {
    process.chdir(packageRoot);
    // `false`: return the files instead of writing them.
    const outputs = (await generate({ ...config, silent: true }, false)) as { filename: string; content: string }[];
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const committed = readFileSync(path.resolve(packageRoot, output.filename), 'utf8');
      // On failure run `pnpm --filter @cur/schema build` and commit src/generated.
      expect(committed, output.filename).toBe(output.content);
    }
  });
});
