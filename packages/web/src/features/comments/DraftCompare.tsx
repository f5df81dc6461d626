import type { CommentDraftDetailsFragment } from '@cur/schema';
import { Alert, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { formatDateTime } from '../../shared/format';
import { COMMENT_AUTHOR_ROLE_LABELS, COMMENT_DRAFT_FIELD_LABELS, DRAFT_REVIEW_OUTCOME_LABELS } from '../../shared/labels';
import { diffWords, type DiffSegment } from './wordDiff';

type Draft = CommentDraftDetailsFragment;

interface ComparedField {
  key: string;
  label: string;
  valueOf: (draft: Draft) => string | null | undefined;
}

const COMPARED_FIELDS: ComparedField[] = [
  { key: 'falseStatement', label: COMMENT_DRAFT_FIELD_LABELS.falseStatement, valueOf: (draft) => draft.falseStatement },
  { key: 'agencyAccount', label: COMMENT_DRAFT_FIELD_LABELS.agencyAccount, valueOf: (draft) => draft.agencyAccount },
  { key: 'arguments', label: COMMENT_DRAFT_FIELD_LABELS.arguments, valueOf: (draft) => draft.arguments },
  {
    key: 'topicCode',
    label: COMMENT_DRAFT_FIELD_LABELS.topicCode,
    valueOf: (draft) => (draft.topic ? `${draft.topic.code} — ${draft.topic.title}` : null),
  },
  { key: 'authorName', label: COMMENT_DRAFT_FIELD_LABELS.authorName, valueOf: (draft) => draft.authorName },
  {
    key: 'authorRole',
    label: COMMENT_DRAFT_FIELD_LABELS.authorRole,
    valueOf: (draft) => COMMENT_AUTHOR_ROLE_LABELS[draft.authorRole],
  },
  { key: 'remarks', label: 'Замечания ЦУР', valueOf: (draft) => draft.remarks },
];

interface CompareRow {
  key: string;
  label: string;
  before: DiffSegment[];
  after: DiffSegment[];
  changed: boolean;
}

const EMPTY_TEXT = 'не заполнено';

function Segments({ segments, side }: { segments: DiffSegment[]; side: 'before' | 'after' }) {
  if (segments.length === 0) {
    return <Typography.Text type="secondary" italic>{EMPTY_TEXT}</Typography.Text>;
  }
  return (
    <div style={{ whiteSpace: 'pre-wrap' }}>
      {segments.map((segment, index) => {
        if (!segment.changed) {
          return <span key={index}>{segment.text}</span>;
        }
        return side === 'before' ? (
          <del key={index} style={{ background: '#ffccc7', color: '#a8071a' }}>
            {segment.text}
          </del>
        ) : (
          <ins key={index} style={{ background: '#d9f7be', color: '#135200', textDecoration: 'none' }}>
            {segment.text}
          </ins>
        );
      })}
    </div>
  );
}

function versionLabel(draft: Draft): string {
  const outcome = draft.reviewOutcome ? DRAFT_REVIEW_OUTCOME_LABELS[draft.reviewOutcome] : 'на согласовании';
  return `Версия ${draft.versionNumber} — ${formatDateTime(draft.submittedAt)} — ${outcome.toLowerCase()}`;
}

/** Renders two versions of a draft side by side, field by field, with the changed words marked. */
export function DraftCompare({ drafts }: { drafts: Draft[] }) {
  const [beforeId, setBeforeId] = useState(() => drafts.at(-2)?.id ?? drafts[0]?.id);
  const [afterId, setAfterId] = useState(() => drafts.at(-1)?.id);
  const before = drafts.find((draft) => draft.id === beforeId) ?? drafts.at(-2);
  const after = drafts.find((draft) => draft.id === afterId) ?? drafts.at(-1);
  if (!before || !after) {
    return null;
  }

  const rows: CompareRow[] = COMPARED_FIELDS.map((field) => {
    const diff = diffWords(field.valueOf(before), field.valueOf(after));
    return { key: field.key, label: field.label, ...diff };
  });
  const options = drafts.map((draft) => ({ value: draft.id, label: versionLabel(draft) }));
  const columns: TableColumnsType<CompareRow> = [
    { title: 'Поле', dataIndex: 'label', width: 170, render: (label: string) => <Typography.Text strong>{label}</Typography.Text> },
    {
      title: `Версия ${before.versionNumber}`,
      key: 'before',
      render: (_, row) => <Segments segments={row.before} side="before" />,
    },
    {
      title: `Версия ${after.versionNumber}`,
      key: 'after',
      render: (_, row) => <Segments segments={row.after} side="after" />,
    },
  ];
  const changedCount = rows.filter((row) => row.changed).length;

  return (
    <div data-testid="draft-compare" data-before={before.versionNumber} data-after={after.versionNumber}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select<string>
          style={{ width: 380 }}
          value={before.id}
          onChange={setBeforeId}
          options={options}
          aria-label="Первая версия"
          data-testid="draft-compare-before"
        />
        <Typography.Text>и</Typography.Text>
        <Select<string>
          style={{ width: 380 }}
          value={after.id}
          onChange={setAfterId}
          options={options}
          aria-label="Вторая версия"
          data-testid="draft-compare-after"
        />
      </Space>
      {before.id === after.id ? (
        <Alert type="info" showIcon message="Выбрана одна и та же версия — выберите две разные" style={{ marginBottom: 12 }} />
      ) : (
        <Typography.Paragraph type="secondary">
          Изменено полей: {changedCount} из {rows.length}. Удалённые слова отмечены красным, добавленные — зелёным.
        </Typography.Paragraph>
      )}
      <Table<CompareRow>
        rowKey="key"
        columns={columns}
        dataSource={rows}
        pagination={false}
        size="small"
        bordered
        tableLayout="fixed"
        onRow={(row) =>
          ({
            'data-testid': `draft-compare-row-${row.key}`,
            'data-changed': String(row.changed),
            style: row.changed ? { background: '#fffbe6' } : undefined,
          }) as HTMLAttributes<HTMLElement>
        }
      />
    </div>
  );
}
