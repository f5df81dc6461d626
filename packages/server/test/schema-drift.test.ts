import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from '../src/config/config.js';
import { printSortedSchema } from '../src/graphql/schema.js';

describe('committed SDL', () => {
  it('matches the schema the server builds', async () => {
    const committed = readFileSync(path.join(repositoryRoot, 'packages/schema/schema.graphql'), 'utf8');
    // On failure run `pnpm --filter @cur/server emit-schema` and commit packages/schema.
    expect(await printSortedSchema()).toBe(committed);
  });
});
