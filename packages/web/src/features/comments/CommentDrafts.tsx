import type { CommentDraftDetailsFragment } from '@cur/schema';
import { Collapse, Descriptions, Empty, Space, Tag, Typography } from 'antd';
import { formatDateTime } from '../../shared/format';
import { COMMENT_AUTHOR_ROLE_LABELS, COMMENT_DRAFT_FIELD_LABELS, DRAFT_REVIEW_OUTCOME_LABELS } from '../../shared/labels';

type Draft = CommentDraftDetailsFragment;

function Text({ value }: { value: string | null | undefined }) {
  if (!value?.trim()) {
    return (
      <Typography.Text type="danger" italic>
        не заполнено
      </Typography.Text>
    );
  }
  return <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{value}</Typography.Paragraph>;
}

function DraftTags({ draft, inForce }: { draft: Draft; inForce: boolean }) {
  return (
    <Space size={4} wrap>
      {draft.reviewOutcome ? (
        <Tag color={draft.reviewOutcome === 'APPROVED' ? 'green' : 'red'}>{DRAFT_REVIEW_OUTCOME_LABELS[draft.reviewOutcome]}</Tag>
      ) : (
        <Tag color="blue">На согласовании</Tag>
      )}
      {draft.supersededAt && <Tag>Заменён {formatDateTime(draft.supersededAt)}</Tag>}
      {inForce && <Tag color="green">Действующий</Tag>}
    </Space>
  );
}

/** Renders the full text of one version with its author and the center's review; `caseTopicCode` is the publication's topic. */
export function DraftDetails({ draft, caseTopicCode }: { draft: Draft; caseTopicCode: string }) {
  return (
    <Descriptions column={1} size="small" bordered styles={{ label: { width: 220 } }}>
      <Descriptions.Item label={COMMENT_DRAFT_FIELD_LABELS.falseStatement}>
        <Text value={draft.falseStatement} />
      </Descriptions.Item>
      <Descriptions.Item label={COMMENT_DRAFT_FIELD_LABELS.agencyAccount}>
        <Text value={draft.agencyAccount} />
      </Descriptions.Item>
      <Descriptions.Item label={COMMENT_DRAFT_FIELD_LABELS.arguments}>
        <Text value={draft.arguments} />
      </Descriptions.Item>
      <Descriptions.Item label={COMMENT_DRAFT_FIELD_LABELS.topicCode}>
        <Text value={draft.topic ? `${draft.topic.code} — ${draft.topic.title}` : null} />
        {draft.topic && draft.topic.code !== caseTopicCode && (
          <Typography.Text type="danger">не совпадает с темой публикации {caseTopicCode}</Typography.Text>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={COMMENT_DRAFT_FIELD_LABELS.authorName}>
        {draft.authorName}, {COMMENT_AUTHOR_ROLE_LABELS[draft.authorRole].toLowerCase()}
      </Descriptions.Item>
      <Descriptions.Item label="Представлен">
        {formatDateTime(draft.submittedAt)}
        {draft.submittedBy ? `, ${draft.submittedBy.fullName}` : ''}
      </Descriptions.Item>
      {draft.reviewOutcome && (
        <Descriptions.Item label="Рассмотрен">
          {formatDateTime(draft.reviewedAt)}
          {draft.reviewedBy ? `, ${draft.reviewedBy.fullName}` : ''}
        </Descriptions.Item>
      )}
      {draft.remarks && (
        <Descriptions.Item label="Замечания ЦУР">
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid={`draft-remarks-${draft.versionNumber}`}>
            {draft.remarks}
          </Typography.Paragraph>
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

/** Renders every version of the draft, newest first, with the latest one open. */
interface CommentDraftsProps {
  drafts: Draft[];
  approvedDraftId: string | null;
  caseTopicCode: string;
}

export function CommentDrafts({ drafts, approvedDraftId, caseTopicCode }: CommentDraftsProps) {
  if (drafts.length === 0) {
    return <Empty description="Орган ещё не представил проект комментария" />;
  }
  const newestFirst = [...drafts].reverse();
  return (
    <Collapse
      defaultActiveKey={[newestFirst[0].id]}
      items={newestFirst.map((draft) => ({
        key: draft.id,
        label: (
          <Space wrap data-testid={`draft-version-${draft.versionNumber}`}>
            <Typography.Text strong>Версия {draft.versionNumber}</Typography.Text>
            <Typography.Text type="secondary">
              {formatDateTime(draft.submittedAt)} · {draft.authorName}
            </Typography.Text>
          </Space>
        ),
        extra: <DraftTags draft={draft} inForce={draft.id === approvedDraftId} />,
        children: <DraftDetails draft={draft} caseTopicCode={caseTopicCode} />,
      }))}
    />
  );
}
