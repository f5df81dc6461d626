import { Migration } from '@mikro-orm/migrations';

/**
 * Adds Russian full-text search over an appeal's text and answer (an expression GIN index), and
 * trigram matching of the appellant's name.
 * `cur_fold` lowercases and folds ё into е and the Mari letters ӓ ӧ ӱ ҥ ӹ into а о у н ы, so that a
 * reader typing either spelling finds the other.
 */
export class Migration20261204160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create or replace function cur_fold(value text) returns text
      language sql immutable parallel safe
      as $$ select translate(lower(coalesce(value, '')), 'ёӓӧӱҥӹ', 'еаоуны') $$;`);
    this.addSql(`create index "appeal_search_index" on "appeal" using gin (to_tsvector('russian', cur_fold("text") || ' ' || cur_fold("answer_text")));`);
    this.addSql(`create index "appeal_appellant_name_trgm_index" on "appeal" using gin (cur_fold("appellant_name") gin_trgm_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "appeal_appellant_name_trgm_index";`);
    this.addSql(`drop index if exists "appeal_search_index";`);
    this.addSql(`drop function if exists cur_fold(text);`);
  }
}
