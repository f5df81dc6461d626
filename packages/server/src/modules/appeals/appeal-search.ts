import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { APPEAL_SEARCH_VECTOR } from './appeal.entity.js';

/** Fields of an appeal that the text filter searches and `searchMatches` highlights. */
export enum AppealSearchField {
  TEXT = 'TEXT',
  ANSWER = 'ANSWER',
  APPELLANT_NAME = 'APPELLANT_NAME',
  APPELLANT_ADDRESS = 'APPELLANT_ADDRESS',
  MUNICIPALITY = 'MUNICIPALITY',
  CO_APPELLANT = 'CO_APPELLANT',
}

/** A piece of a highlighted field; `matched` pieces are what the search found. */
export interface HighlightSegment {
  text: string;
  matched: boolean;
}

export interface SearchHighlight {
  field: AppealSearchField;
  segments: HighlightSegment[];
}

export interface AppealSearchMatches {
  rank: number;
  highlights: SearchHighlight[];
}

// Markers of ts_headline: control characters, so that no HTML ever passes from the text to the SPA.
const START = '\u0002';
const STOP = '\u0003';
const FRAGMENT = '\u0004';
const HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, FragmentDelimiter=${FRAGMENT}, MaxFragments=3, MaxWords=18, MinWords=6`;

const FOLDED_LETTERS: Record<string, string> = { ё: 'е', ӓ: 'а', ӧ: 'о', ӱ: 'у', ҥ: 'н', ӹ: 'ы' };

/**
 * Lower-cases a text and folds ё into е and the Mari letters ӓ ӧ ӱ ҥ ӹ into а о у н ы, as the SQL
 * function cur_fold does. Every character maps to one character, so offsets stay the same.
 */
export function foldText(text: string): string {
  return text.toLowerCase().replace(/[ёӓӧӱҥӹ]/g, (letter) => FOLDED_LETTERS[letter]!);
}

/**
 * SQL of an appeal's relevance to the search text: the full-text rank of its text and answer plus
 * half the best trigram word similarity of the appellant's name, address and municipality. It reads
 * the aliases `appeal` and `place` (the municipality) and binds the text SEARCH_RANK_PARAMETERS times.
 */
export const SEARCH_RANK_SQL = `(
  ts_rank_cd(${APPEAL_SEARCH_VECTOR.replaceAll('"text"', 'appeal."text"').replaceAll('"answer_text"', 'appeal."answer_text"')},
    websearch_to_tsquery('russian', cur_fold(?)))
  + 0.5 * greatest(
    word_similarity(cur_fold(?1), cur_fold(appeal.appellant_name)),
    word_similarity(cur_fold(?1), cur_fold(appeal.appellant_address)),
    word_similarity(cur_fold(?1), cur_fold(place.name))))`.replaceAll('?1', '?');

/** How many parameters SEARCH_RANK_SQL binds; each is the search text. */
export const SEARCH_RANK_PARAMETERS = 4;

/**
 * Splits a ts_headline result into segments of the original text. ts_headline runs on the folded
 * text so that ё and the Mari letters match, and each fragment is found again in the folded text
 * to show the original spelling. Returns null when nothing in the field matched.
 */
export function headlineSegments(original: string, headline: string | null): HighlightSegment[] | null {
  if (!headline || !headline.includes(START)) {
    return null;
  }
  const folded = foldText(original);
  const segments: HighlightSegment[] = [];
  let searchFrom = 0;
  const fragments = headline.split(FRAGMENT);
  fragments.forEach((fragment, index) => {
    const plain = fragment.replaceAll(START, '').replaceAll(STOP, '');
    const start = folded.indexOf(plain, searchFrom);
    // NOTE: a fragment not found again (ts_headline changed its spacing) is shown in folded letters.
    const source = start >= 0 ? original.slice(start, start + plain.length) : plain;
    if (start > 0 || index > 0) {
      segments.push({ text: '… ', matched: false });
    }
    let offset = 0;
    for (const [position, piece] of fragment.split(START).entries()) {
      const [matchedPart, rest] = position === 0 ? ['', piece] : splitOnce(piece, STOP);
      if (matchedPart) {
        segments.push({ text: source.slice(offset, offset + matchedPart.length), matched: true });
        offset += matchedPart.length;
      }
      if (rest) {
        segments.push({ text: source.slice(offset, offset + rest.length), matched: false });
        offset += rest.length;
      }
    }
    if (start >= 0) {
      searchFrom = start + plain.length;
    }
    if (index === fragments.length - 1 && start >= 0 && searchFrom < original.length) {
      segments.push({ text: ' …', matched: false });
    }
  });
  return segments;
}

function splitOnce(text: string, separator: string): [string, string] {
  const index = text.indexOf(separator);
  return index < 0 ? [text, ''] : [text.slice(0, index), text.slice(index + separator.length)];
}

/** Words of a search text, folded, as `termSegments` looks for them. */
export function searchTerms(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term.length >= 2);
}

/**
 * Marks the words of a short field (a name, an address, a place) that a search term matches. A word
 * matches when it contains the term or starts with the term less its last two letters (at least
 * three remain), so that «Иванову» marks «Иванова». Returns null when no word matches.
 */
export function termSegments(value: string, terms: readonly string[]): HighlightSegment[] | null {
  const folded = foldText(value);
  const segments: HighlightSegment[] = [];
  let matchedAny = false;
  let last = 0;
  for (const word of folded.matchAll(/[\p{L}\p{N}]+/gu)) {
    const matched = terms.some((term) => {
      const prefix = term.slice(0, Math.max(3, term.length - 2));
      return word[0].includes(term) || (word[0].startsWith(prefix) && prefix.length <= word[0].length);
    });
    if (!matched) {
      continue;
    }
    matchedAny = true;
    if (word.index > last) {
      segments.push({ text: value.slice(last, word.index), matched: false });
    }
    segments.push({ text: value.slice(word.index, word.index + word[0].length), matched: true });
    last = word.index + word[0].length;
  }
  if (!matchedAny) {
    return null;
  }
  if (last < value.length) {
    segments.push({ text: value.slice(last), matched: false });
  }
  return segments;
}

/**
 * Writes ids as a PostgreSQL array literal for `?::uuid[]`, because the driver expands a bound
 * JavaScript array into a comma list. The ids come from stored rows, so they are well-formed.
 */
export function uuidArrayLiteral(ids: readonly string[]): string {
  return `{${ids.join(',')}}`;
}

interface SearchRow {
  id: string;
  rank: number;
  text: string;
  answer_text: string | null;
  text_headline: string | null;
  answer_headline: string | null;
  appellant_name: string;
  appellant_address: string | null;
  place_name: string | null;
  co_appellant_names: string[] | null;
}

/**
 * Computes the rank and highlights of a page of appeals in one query: ts_headline runs only on
 * these rows, never on every match.
 */
export async function loadSearchMatches(em: EntityManager, text: string, appealIds: readonly string[]): Promise<Map<string, AppealSearchMatches>> {
  const rows = await em.getConnection().execute<SearchRow[]>(
    `select appeal.id, ${SEARCH_RANK_SQL} as rank, appeal.text, appeal.answer_text,
        ts_headline('russian', cur_fold(appeal.text), websearch_to_tsquery('russian', cur_fold(?)), ?) as text_headline,
        case when appeal.answer_text is not null
          then ts_headline('russian', cur_fold(appeal.answer_text), websearch_to_tsquery('russian', cur_fold(?)), ?) end as answer_headline,
        appeal.appellant_name, appeal.appellant_address, place.name as place_name,
        (select array_agg(co.name order by co.position) from appeal_co_appellant co where co.appeal_id = appeal.id) as co_appellant_names
      from appeal left join municipality place on place.oktmo = appeal.municipality_oktmo
      where appeal.id = any(?::uuid[])`,
    [...Array<string>(SEARCH_RANK_PARAMETERS).fill(text), text, HEADLINE_OPTIONS, text, HEADLINE_OPTIONS, uuidArrayLiteral(appealIds)],
  );
  const terms = searchTerms(text);
  const matches = new Map<string, AppealSearchMatches>();
  for (const row of rows) {
    const highlights: SearchHighlight[] = [];
    const add = (field: AppealSearchField, segments: HighlightSegment[] | null) => {
      if (segments) {
        highlights.push({ field, segments });
      }
    };
    add(AppealSearchField.TEXT, headlineSegments(row.text, row.text_headline));
    add(AppealSearchField.ANSWER, row.answer_text ? headlineSegments(row.answer_text, row.answer_headline) : null);
    add(AppealSearchField.APPELLANT_NAME, termSegments(row.appellant_name, terms));
    add(AppealSearchField.APPELLANT_ADDRESS, row.appellant_address ? termSegments(row.appellant_address, terms) : null);
    add(AppealSearchField.MUNICIPALITY, row.place_name ? termSegments(row.place_name, terms) : null);
    for (const name of row.co_appellant_names ?? []) {
      add(AppealSearchField.CO_APPELLANT, termSegments(name, terms));
    }
    matches.set(row.id, { rank: Number(row.rank), highlights });
  }
  return matches;
}

/**
 * Batches `Appeal.searchMatches(text)` of one page into one query per search text. Keys are
 * `[text, appealId]` as JSON, so that two texts in one operation stay apart.
 */
export function createSearchMatchLoader(em: EntityManager) {
  return new DataLoader<string, AppealSearchMatches | null>(async (keys) => {
    const idsByText = new Map<string, string[]>();
    for (const key of keys) {
      const [text, id] = JSON.parse(key) as [string, string];
      idsByText.set(text, [...(idsByText.get(text) ?? []), id]);
    }
    const results = new Map<string, AppealSearchMatches>();
    for (const [text, ids] of idsByText) {
      for (const [id, match] of await loadSearchMatches(em, text, ids)) {
        results.set(JSON.stringify([text, id]), match);
      }
    }
    return keys.map((key) => results.get(key) ?? null);
  });
}
