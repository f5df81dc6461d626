import type { AppealSearchField, AppealSearchHighlightsQuery } from '@cur/schema';
import { Space, Typography } from 'antd';

type Matches = NonNullable<AppealSearchHighlightsQuery['appeals']['edges'][number]['node']['searchMatches']>;

const FIELD_LABELS: Record<AppealSearchField, string> = {
  TEXT: 'Текст',
  ANSWER: 'Ответ',
  APPELLANT_NAME: 'Заявитель',
  APPELLANT_ADDRESS: 'Адрес',
  MUNICIPALITY: 'Муниципальное образование',
  CO_APPELLANT: 'Соавтор',
};

/** Renders one field's segments, the matched ones in <mark>; the server sends plain text, never HTML. */
export function HighlightedSegments({ segments }: { segments: Matches['highlights'][number]['segments'] }) {
  return (
    <span>
      {segments.map((segment, index) => (segment.matched ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>))}
    </span>
  );
}

/** Lists where a search text matched an appeal, a line per field. */
export function SearchMatchesView({ matches }: { matches: Matches }) {
  return (
    <Space direction="vertical" size={2} data-testid="appeal-search-matches">
      {matches.highlights.map((highlight, index) => (
        <Typography.Text key={`${highlight.field}-${index}`}>
          <Typography.Text type="secondary">{FIELD_LABELS[highlight.field]}: </Typography.Text>
          <HighlightedSegments segments={highlight.segments} />
        </Typography.Text>
      ))}
    </Space>
  );
}
