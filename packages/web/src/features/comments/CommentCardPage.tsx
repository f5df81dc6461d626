import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { InformationRiskDocument, type InformationRiskDetailsFragment } from '@cur/schema';
import { Button, Card, Col, Descriptions, Row, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { formatDateTime } from '../../shared/format';
import {
  INFORMATION_RISK_STATUS_COLORS,
  INFORMATION_RISK_STATUS_LABELS,
  VERIFICATION_OUTCOME_COLORS,
  VERIFICATION_OUTCOME_LABELS,
} from '../../shared/labels';
import { NotFoundResult, PageError, PageLoading } from '../../shared/PageState';
import { AppealDeadlines } from '../appeals/AppealDeadlines';
import { useCurrentUser } from '../auth/useAuth';
import { DESCRIPTION_STYLES, ExternalLink, PRE_WRAP, PublicationData } from './CasePublication';
import { CommentActions } from './CommentActions';
import { CommentDrafts, DraftDetails } from './CommentDrafts';
import { CommentHistory } from './CommentHistory';
import { DraftCompare } from './DraftCompare';
import { OpenClocks, othersClockKinds } from './OpenClocks';
import { PressCommentView } from './PressCommentView';

type Risk = InformationRiskDetailsFragment;

/** Renders the outcome of each step taken so far and leaves out the steps not yet taken. */
function ProgressData({ risk }: { risk: Risk }) {
  // The request for verification has no field of its own on the case, so its history event dates it.
  const verificationRequest = risk.history.find((event) => event.kind === 'VERIFICATION_REQUESTED');
  const rows = [
    verificationRequest && (
      <Descriptions.Item key="verificationRequest" label="Запрос проверки">
        Запрошена проверка органом, {formatDateTime(verificationRequest.at)}
        {verificationRequest.note && <Typography.Paragraph style={PRE_WRAP}>{verificationRequest.note}</Typography.Paragraph>}
      </Descriptions.Item>
    ),
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
    // Only a case still in DETECTED has no step after registration; any other status names the step taken.
    return (
      <Typography.Text type="secondary" data-testid="comment-progress-empty">
        {risk.status === 'DETECTED'
          ? 'Шаги после регистрации ещё не выполнены.'
          : `Текущий этап: ${INFORMATION_RISK_STATUS_LABELS[risk.status]}.`}
      </Typography.Text>
    );
  }
  return (
    <Descriptions column={1} bordered size="small" styles={DESCRIPTION_STYLES}>
      {rows}
    </Descriptions>
  );
}

/** How often the card reloads the case, so that a step taken by the other side shows without a reload. */
const CASE_POLL_INTERVAL_MS = 10_000;

/**
 * Renders the case card: the publication, both clocks with their explanation, the drafts, history and
 * the available steps. The press service gets the approved comment only.
 */
export function CommentCardPage() {
  const { id = '' } = useParams<{ id: string }>();
  const user = useCurrentUser();
  const { data, loading, error, refetch } = useQuery(InformationRiskDocument, {
    variables: { id },
    pollInterval: CASE_POLL_INTERVAL_MS,
    skipPollAttempt: () => document.visibilityState === 'hidden',
  });
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
  if (user.role === 'PRESS_SERVICE') {
    return <PressCommentView risk={risk} approvedDraft={approvedDraft} loading={loading} onReload={() => void refetch()} />;
  }
  const knownAgencies = [risk.agency.shortName, ...risk.history.filter((event) => event.kind === 'DETECTED').map((event) => event.note ?? '')];

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
          <OpenClocks deadlines={risk.deadlines} emptyText="" mutedKinds={othersClockKinds(user.role)} />
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
              <CommentHistory history={risk.history} agencyShortNames={knownAgencies} />
            </Card>
          </Space>
        </Col>
      </Row>
    </Space>
  );
}
