import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261204120000 } from './Migration20261204120000.js';
import { Migration20261204140000 } from './Migration20261204140000.js';
import { Migration20261204143106 } from './Migration20261204143106.js';
import { Migration20261204150000 } from './Migration20261204150000.js';
import { Migration20261204160000 } from './Migration20261204160000.js';
import { Migration20261204170000 } from './Migration20261204170000.js';
import { Migration20261204180000 } from './Migration20261204180000.js';
import { Migration20261204190000 } from './Migration20261204190000.js';
import { Migration20261204200000 } from './Migration20261204200000.js';
import { Migration20261204210000 } from './Migration20261204210000.js';
import { Migration20261204220000 } from './Migration20261204220000.js';
import { Migration20261204230000 } from './Migration20261204230000.js';
import { Migration20261205010000 } from './Migration20261205010000.js';
import { Migration20261205010100 } from './Migration20261205010100.js';
import { Migration20261205030000 } from './Migration20261205030000.js';
import { Migration20261205040000 } from './Migration20261205040000.js';
import { Migration20261205000000 } from './Migration20261205000000.js';
import { Migration20261205020000 } from './Migration20261205020000.js';
import { Migration20261205020100 } from './Migration20261205020100.js';

/**
 * Every migration in the order it runs. Listed statically so that the compiled server, tsx and
 * vitest all load the same classes without scanning a folder at run time. Add new ones at the end.
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261204120000', class: Migration20261204120000 },
  { name: 'Migration20261204140000', class: Migration20261204140000 },
  { name: 'Migration20261204143106', class: Migration20261204143106 },
  { name: 'Migration20261204150000', class: Migration20261204150000 },
  { name: 'Migration20261204160000', class: Migration20261204160000 },
  { name: 'Migration20261204170000', class: Migration20261204170000 },
  { name: 'Migration20261204180000', class: Migration20261204180000 },
  { name: 'Migration20261204190000', class: Migration20261204190000 },
  { name: 'Migration20261204200000', class: Migration20261204200000 },
  { name: 'Migration20261204210000', class: Migration20261204210000 },
  { name: 'Migration20261204220000', class: Migration20261204220000 },
  { name: 'Migration20261204230000', class: Migration20261204230000 },
  { name: 'Migration20261205010000', class: Migration20261205010000 },
  { name: 'Migration20261205010100', class: Migration20261205010100 },
  { name: 'Migration20261205030000', class: Migration20261205030000 },
  { name: 'Migration20261205000000', class: Migration20261205000000 },
  { name: 'Migration20261205020000', class: Migration20261205020000 },
  { name: 'Migration20261205020100', class: Migration20261205020100 },
  { name: 'Migration20261205040000', class: Migration20261205040000 },
];
