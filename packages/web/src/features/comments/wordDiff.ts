/** A run of text in one version, marked when the other version lacks it. */
export interface DiffSegment {
  text: string;
  changed: boolean;
}

export interface WordDiff {
  /** The earlier text, with the words that the later text lacks marked. */
  before: DiffSegment[];
  /** The later text, with the words that the earlier text lacks marked. */
  after: DiffSegment[];
  changed: boolean;
}

/**
 * The largest table of word pairs the comparison fills, about 8 MB. Longer texts that differ in
 * their middle show that whole middle as changed.
 */
const MAX_TABLE_CELLS = 2_000_000;

/** Splits a text into words, each with the whitespace after it; leading whitespace is a token of its own. */
function tokenize(text: string): string[] {
  return text.match(/^\s+|\S+\s*/g) ?? [];
}

const keyOf = (token: string) => token.trim();

function push(segments: DiffSegment[], text: string, changed: boolean): void {
  const last = segments.at(-1);
  if (last && last.changed === changed) {
    last.text += text;
  } else if (text) {
    segments.push({ text, changed });
  }
}

/** Marks the tokens outside a longest common subsequence of words, comparing words without their whitespace. */
function diffMiddle(before: string[], after: string[], result: WordDiff): void {
  const rows = before.length;
  const columns = after.length;
  if (rows * columns > MAX_TABLE_CELLS) {
    before.forEach((token) => push(result.before, token, true));
    after.forEach((token) => push(result.after, token, true));
    return;
  }
  // common[i * (columns + 1) + j] is the length of the longest common subsequence of before[i..] and after[j..].
  const width = columns + 1;
  const common = new Uint32Array((rows + 1) * width);
  for (let i = rows - 1; i >= 0; i -= 1) {
    for (let j = columns - 1; j >= 0; j -= 1) {
      common[i * width + j] =
        keyOf(before[i]) === keyOf(after[j])
          ? common[(i + 1) * width + j + 1] + 1
          : Math.max(common[(i + 1) * width + j], common[i * width + j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  while (i < rows || j < columns) {
    if (i < rows && j < columns && keyOf(before[i]) === keyOf(after[j])) {
      push(result.before, before[i], false);
      push(result.after, after[j], false);
      i += 1;
      j += 1;
    } else if (j >= columns || (i < rows && common[(i + 1) * width + j] >= common[i * width + j + 1])) {
      push(result.before, before[i], true);
      i += 1;
    } else {
      push(result.after, after[j], true);
      j += 1;
    }
  }
}

/**
 * Compares two texts word by word. Words match by their letters only, so a change of spacing or of
 * line breaks alone marks nothing. Empty or missing texts count as having no words.
 */
export function diffWords(beforeText: string | null | undefined, afterText: string | null | undefined): WordDiff {
  const before = tokenize(beforeText ?? '');
  const after = tokenize(afterText ?? '');
  const result: WordDiff = { before: [], after: [], changed: false };

  let prefix = 0;
  while (prefix < before.length && prefix < after.length && keyOf(before[prefix]) === keyOf(after[prefix])) {
    prefix += 1;
  }
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    keyOf(before[before.length - 1 - suffix]) === keyOf(after[after.length - 1 - suffix])
  ) {
    suffix += 1;
  }

  before.slice(0, prefix).forEach((token) => push(result.before, token, false));
  after.slice(0, prefix).forEach((token) => push(result.after, token, false));
  diffMiddle(before.slice(prefix, before.length - suffix), after.slice(prefix, after.length - suffix), result);
  before.slice(before.length - suffix).forEach((token) => push(result.before, token, false));
  after.slice(after.length - suffix).forEach((token) => push(result.after, token, false));

  result.changed = result.before.some((segment) => segment.changed) || result.after.some((segment) => segment.changed);
  return result;
}
