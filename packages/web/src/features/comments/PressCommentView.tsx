import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import type { InformationRiskDetailsFragment } from '@cur/schema';
import { Alert, Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../shared/format';
import { COMMENT_AUTHOR_ROLE_LABELS, COMMENT_DRAFT_FIELD_LABELS, INFORMATION_RISK_STATUS_COLORS, INFORMATION_RISK_STATUS_LABELS } from '../../shared/labels';
import { DESCRIPTION_STYLES, ExternalLink, PRE_WRAP, PublicationData } from './CasePublication';

type Risk = InformationRiskDetailsFragment;
type Draft = Risk['drafts'][number];

function CommentPart({ label, text, testId }: { label: string; text: string | null | undefined; testId: string }) {
  return (
    <div>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {label}
      </Typography.Title>
      <Typography.Paragraph style={{ ...PRE_WRAP, fontSize: 16 }} data-testid={testId}>
        {text?.trim() ? text : '—'}
      </Typography.Paragraph>
    </div>
  );
}

interface PressCommentViewProps {
  risk: Risk;
  /** The approved version in force; the server sends the press service this version only. */
  approvedDraft: Draft | undefined;
  loading: boolean;
  onReload: () => void;
}

/**
 * Renders the case for the press service: the approved official comment first, then the publication
 * it refutes. The server gives the press service no history and no other versions, so neither is shown.
 */
export function PressCommentView({ risk, approvedDraft, loading, onReload }: PressCommentViewProps) {
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }} data-testid="press-comment-view">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Space align="center" wrap>
          <Link to="/comments">
            <Button icon={<ArrowLeftOutlined />} aria-label="К списку дел" />
          </Link>
          <Typography.Title level={2} style={{ margin: 0 }} data-testid="comment-number">
            Дело {risk.number}
          </Typography.Title>
          <Tag color={INFORMATION_RISK_STATUS_COLORS[risk.status]} data-testid="comment-status" data-status={risk.status}>
            {INFORMATION_RISK_STATUS_LABELS[risk.status]}
          </Tag>
        </Space>
        <Button icon={<ReloadOutlined />} onClick={onReload} loading={loading}>
          Обновить
        </Button>
      </Space>
      {approvedDraft ? (
        <Card
          title={`Официальный комментарий: ${risk.agency.shortName}`}
          extra={<Typography.Text type="secondary">версия {approvedDraft.versionNumber}</Typography.Text>}
          data-testid="approved-comment"
          styles={{ header: { background: '#f6ffed' } }}
        >
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <CommentPart label={COMMENT_DRAFT_FIELD_LABELS.falseStatement} text={approvedDraft.falseStatement} testId="press-falseStatement" />
            <CommentPart label={COMMENT_DRAFT_FIELD_LABELS.agencyAccount} text={approvedDraft.agencyAccount} testId="press-agencyAccount" />
            <CommentPart label={COMMENT_DRAFT_FIELD_LABELS.arguments} text={approvedDraft.arguments} testId="press-arguments" />
            <Descriptions column={1} bordered size="small" styles={DESCRIPTION_STYLES}>
              <Descriptions.Item label="Опубликовано органом">
                {risk.publishedUrl ? (
                  <>
                    <ExternalLink url={risk.publishedUrl} testId="comment-published-url" />
                    <Typography.Text type="secondary">, {formatDateTime(risk.publishedAt)}</Typography.Text>
                  </>
                ) : (
                  <Typography.Text type="secondary">ещё не опубликовано на сайте органа</Typography.Text>
                )}
              </Descriptions.Item>
              {risk.distributionOutlet && (
                <Descriptions.Item label="Передано в СМИ">
                  {risk.distributionOutlet}
                  <Typography.Text type="secondary">, {formatDateTime(risk.distributedAt)}</Typography.Text>
                </Descriptions.Item>
              )}
              <Descriptions.Item label="Автор">
                {approvedDraft.authorName}, {COMMENT_AUTHOR_ROLE_LABELS[approvedDraft.authorRole].toLowerCase()}
              </Descriptions.Item>
              <Descriptions.Item label="Согласовано">{formatDateTime(approvedDraft.reviewedAt)}</Descriptions.Item>
            </Descriptions>
          </Space>
        </Card>
      ) : (
        <Alert type="info" showIcon message="Согласованного комментария по этому делу нет" />
      )}
      <Card title="Публикация">
        <PublicationData risk={risk} />
      </Card>
    </Space>
  );
}
