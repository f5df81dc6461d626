import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { InformationRiskDocument, type InformationRiskDetailsFragment } from '@cur/schema';
import { Button, Card, Col, Descriptions, Row, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { formatDateTime } from '../../shared/format';
import {
  INFORMATION_RISK_STATUS_COLORS,
  INFORMATION_RISK_STATUS_LABELS,
  ROUTING_SOURCE_LABELS,
  VERIFICATION_OUTCOME_COLORS,
  VERIFICATION_OUTCOME_LABELS,
} from '../../shared/labels';
import { NotFoundResult, PageError, PageLoading } from '../../shared/PageState';
import { AppealDeadlines } from '../appeals/AppealDeadlines';
import { CommentActions } from './CommentActions';
import { CommentDrafts, DraftDetails } from './CommentDrafts';
import { CommentHistory } from './CommentHistory';
import { DraftCompare } from './DraftCompare';
import { OpenClocks } from './OpenClocks';

type Risk = InformationRiskDetailsFragment;

const PRE_WRAP = { whiteSpace: 'pre-wrap', marginBottom: 0 } as const;

function ExternalLink({ url, testId }: { url: string; testId?: string }) {
  return (
    <Typography.Link href={url} target="_blank" rel="noreferrer noopener" style={{ wordBreak: 'break-all' }} data-testid={testId}>
      {url}
    </Typography.Link>
  );
}

function PublicationData({ risk }: { risk: Risk }) {
  return (
    <Descriptions column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }} bordered size="small" styles={{ label: { width: 170 } }}>
      <Descriptions.Item label="Адрес" span={2}>
        <ExternalLink url={risk.url} testId="comment-url-link" />
      </Descriptions.Item>
      <Descriptions.Item label="Источник">{risk.source}</Descriptions.Item>
      <Descriptions.Item label="Выявлено">{formatDateTime(risk.detectedAt)}</Descriptions.Item>
      <Descriptions.Item label="Заголовок" span={2}>
        {risk.title}
      </Descriptions.Item>
      <Descriptions.Item label="Фрагмент" span={2}>
        <Typography.Paragraph style={PRE_WRAP} data-testid="comment-excerpt-text">
          {risk.excerpt}
        </Typography.Paragraph>
      </Descriptions.Item>
      <Descriptions.Item label="Тема" span={2}>
        {risk.topic.code} — {risk.topic.title}
      </Descriptions.Item>
      <Descriptions.Item label="Охват">{risk.reach == null ? '—' : risk.reach.toLocaleString('ru-RU')}</Descriptions.Item>
      <Descriptions.Item label="Ответственный орган">
        <span data-testid="comment-agency">{risk.agency.name}</span>
        <Typography.Text type="secondary"> ({ROUTING_SOURCE_LABELS[risk.routedBy]})</Typography.Text>
      </Descriptions.Item>
    </Descriptions>
  );
}

/** Renders the outcome of each step taken so far and leaves out the steps not yet taken. */
function ProgressData({ risk }: { risk: Risk }) {
  const rows = [
    risk.verificationOutcome && (
      <Descriptions.Item key="verification" label="Проверка органом">
        <Tag color={VERIFICATION_OUTCOME_COLORS[risk.verificationOutcome]} data-testid="comment-verification">
          {VERIFICATION_OUTCOME_LABELS[risk.verificationOutcome]}
        </Tag>
        {risk.verificationNote && <Typography.Paragraph style={PRE_WRAP}>{risk.verificationNote}</Typography.Paragraph>}
      </Descriptions.Item>
    ),
    risk.proposalText && (
      <Descriptions.Item key="proposal" label="Предложение ЦУР">
        <Typography.Text type="secondary">{formatDateTime(risk.proposalSentAt)}</Typography.Text>
        <Typography.Paragraph style={PRE_WRAP}>{risk.proposalText}</Typography.Paragraph>
      </Descriptions.Item>
    ),
    risk.publishedUrl && (
      <Descriptions.Item key="published" label="Опубликовано органом">
        <Typography.Text type="secondary">{formatDateTime(risk.publishedAt)} </Typography.Text>
        <ExternalLink url={risk.publishedUrl} testId="comment-published-url" />
      </Descriptions.Item>
    ),
    risk.distributionOutlet && (
      <Descriptions.Item key="distributed" label="Передано в СМИ">
        {risk.distributionOutlet}
        <Typography.Text type="secondary">, {formatDateTime(risk.distributedAt)}</Typography.Text>
      </Descriptions.Item>
    ),
    risk.dismissReason && (
      <Descriptions.Item key="dismissed" label="Причина отклонения">
        <Typography.Paragraph style={PRE_WRAP}>{risk.dismissReason}</Typography.Paragraph>
      </Descriptions.Item>
    ),
    risk.closedAt && (
      <Descriptions.Item key="closed" label="Закрыто">
        {formatDateTime(risk.closedAt)}
      </Descriptions.Item>
    ),
  ].filter(Boolean);
  if (rows.length === 0) {
    return <Typography.Text type="secondary">Шаги после регистрации ещё не выполнены.</Typography.Text>;
  }
  return (
    <Descriptions column={1} bordered size="small" styles={{ label: { width: 170 } }}>
      {rows}
    </Descriptions>
  );
}

/** Renders the case card: the publication, both clocks with their explanation, the drafts, history and the available steps. */
export function CommentCardPage() {
  const { id = '' } = useParams<{ id: string }>();
  const { data, loading, error, refetch } = useQuery(InformationRiskDocument, { variables: { id } });
  const risk = data?.informationRisk;

  if (!data && loading) {
    return <PageLoading />;
  }
  if (!data && error) {
    return (
      <PageError error={error} onRetry={() => void refetch()} title="Не удалось загрузить дело" overrides={{ NOT_FOUND: 'Дело не найдено' }} />
    );
  }
  if (!risk) {
    return <NotFoundResult title="Дело не найдено" backTo="/comments" backLabel="К списку дел" />;
  }
  const approvedDraft = risk.approvedDraft ? risk.drafts.find((draft) => draft.id === risk.approvedDraft?.id) : undefined;

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
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
          <OpenClocks deadlines={risk.deadlines} emptyText="" />
        </Space>
        <Button icon={<ReloadOutlined />} onClick={() => void refetch()} loading={loading}>
          Обновить
        </Button>
      </Space>
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={16}>
          <Space direction="vertical" size="large" style={{ width: '100%' }}>
            <Card title="Публикация">
              <PublicationData risk={risk} />
            </Card>
            <Card title="Ход работы">
              <ProgressData risk={risk} />
            </Card>
            {approvedDraft && (
              <Card title={`Согласованный комментарий (версия ${approvedDraft.versionNumber})`} data-testid="approved-comment">
                <DraftDetails draft={approvedDraft} caseTopicCode={risk.topic.code} />
              </Card>
            )}
            <Card title="Сроки">
              <AppealDeadlines deadlines={risk.deadlines} />
            </Card>
            <Card title={`Проекты комментария (${risk.drafts.length})`}>
              <CommentDrafts drafts={risk.drafts} approvedDraftId={risk.approvedDraft?.id ?? null} caseTopicCode={risk.topic.code} />
            </Card>
            {risk.drafts.length >= 2 && (
              <Card title="Сравнение версий">
                <DraftCompare key={risk.drafts.length} drafts={risk.drafts} />
              </Card>
            )}
          </Space>
        </Col>
        <Col xs={24} xl={8}>
          <Space direction="vertical" size="large" style={{ width: '100%' }}>
            <CommentActions risk={risk} onReload={refetch} />
            <Card title="История">
              <CommentHistory history={risk.history} />
            </Card>
          </Space>
        </Col>
      </Row>
    </Space>
  );
}
