import type { CommentDraftDetailsFragment } from '@cur/schema';
import { Alert, Col, Row, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { compareDraftContent, versionOptionLabel, type ComparedRow } from './draftComparison';
import type { DiffSegment } from './wordDiff';

type Draft = CommentDraftDetailsFragment;

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

/** Renders the center's remarks on each compared version, which the field comparison leaves out. */
function VersionRemarks({ drafts }: { drafts: Draft[] }) {
  return (
    <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
      {drafts.map((draft) => (
        <Col key={draft.id} xs={24} md={12}>
          <Typography.Text strong>Замечания ЦУР к версии {draft.versionNumber}</Typography.Text>
          {draft.remarks ? (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid={`draft-compare-remarks-${draft.versionNumber}`}>
              {draft.remarks}
            </Typography.Paragraph>
          ) : (
            <div>
              <Typography.Text type="secondary" italic>
                {draft.reviewOutcome ? 'без замечаний' : 'версия ещё не рассмотрена'}
              </Typography.Text>
            </div>
          )}
        </Col>
      ))}
    </Row>
  );
}

/**
 * Renders two versions of a draft side by side, content field by content field, with the changed
 * words marked, and the center's remarks on each version below.
 */
export function DraftCompare({ drafts }: { drafts: Draft[] }) {
  const [beforeId, setBeforeId] = useState(() => drafts.at(-2)?.id ?? drafts[0]?.id);
  const [afterId, setAfterId] = useState(() => drafts.at(-1)?.id);
  const before = drafts.find((draft) => draft.id === beforeId) ?? drafts.at(-2);
  const after = drafts.find((draft) => draft.id === afterId) ?? drafts.at(-1);
  if (!before || !after) {
    return null;
  }

  const rows = compareDraftContent(before, after);
  const options = drafts.map((draft) => ({ value: draft.id, label: versionOptionLabel(draft) }));
  const columns: TableColumnsType<ComparedRow> = [
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
          style={{ minWidth: 320 }}
          popupMatchSelectWidth={false}
          value={before.id}
          onChange={setBeforeId}
          options={options}
          aria-label="Первая версия"
          data-testid="draft-compare-before"
        />
        <Typography.Text>и</Typography.Text>
        <Select<string>
          style={{ minWidth: 320 }}
          popupMatchSelectWidth={false}
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
      <Table<ComparedRow>
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
      {before.id !== after.id && <VersionRemarks drafts={[before, after]} />}
    </div>
  );
}
