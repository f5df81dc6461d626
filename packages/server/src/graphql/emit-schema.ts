// Writes the sorted SDL to packages/schema/schema.graphql: `pnpm --filter @cur/server emit-schema`.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { repositoryRoot } from '../config/config.js';
import { printSortedSchema } from './schema.js';

export const schemaFile = path.join(repositoryRoot, 'packages/schema/schema.graphql');

writeFileSync(schemaFile, await printSortedSchema());
process.stdout.write(`wrote ${schemaFile}\n`);
