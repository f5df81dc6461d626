import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { AppealDocument, type AppealDetailsFragment } from '@cur/schema';
import { Button, Card, Col, Descriptions, Row, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { formatDateTime, formatPhone } from '../../shared/format';
import {
  APPEAL_STATUS_COLORS,
  APPEAL_STATUS_LABELS,
  APPELLANT_KIND_LABELS,
  CHANNEL_LABELS,
  UNANSWERED_GROUND_LABELS,
} from '../../shared/labels';
import { NotFoundResult, PageError, PageLoading } from '../../shared/PageState';
import { AppealActions } from './AppealActions';
import { AppealDeadlines } from './AppealDeadlines';
import { AppealHistory } from './AppealHistory';
import { AppealQualityPanel } from './AppealQualityPanel';
import { AppealRepeatsPanel } from './AppealRepeatsPanel';
import { AppealIntakeDetails } from '../intake/AppealIntakeDetails';
import { isAnswerOverdue } from './appealStatus';
import { extensionSummary } from './appealSteps';

const orDash = (value: string | null | undefined) => value || '—';

/** Keeps an address or a number on one line, because a break inside it reads as two values. */
const ONE_LINE = {
  display: 'inline-block',
  maxWidth: '100%',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
  wordBreak: 'keep-all',
  verticalAlign: 'bottom',
} as const;

/** Wide enough for a usual address; a longer one ends in an ellipsis, so the other columns keep their room. */
const EMAIL_MAX_WIDTH = 220;

function EmailLink({ email }: { email: string | null | undefined }) {
  if (!email) {
    return <>—</>;
  }
  return (
    <a href={`mailto:${email}`} title={email} style={{ ...ONE_LINE, maxWidth: EMAIL_MAX_WIDTH }} data-testid="appeal-card-email">
      {email}
    </a>
  );
}

function PhoneLink({ phone }: { phone: string | null | undefined }) {
  if (!phone) {
    return <>—</>;
  }
  return (
    <a href={`tel:${phone}`} title={phone} style={ONE_LINE} data-testid="appeal-card-phone">
      {formatPhone(phone)}
    </a>
  );
}

function AppealData({ appeal }: { appeal: AppealDetailsFragment }) {
  return (
    <Descriptions column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }} bordered size="small" styles={{ label: { width: 170 } }}>
      <Descriptions.Item label="Канал поступления">{CHANNEL_LABELS[appeal.channel]}</Descriptions.Item>
      <Descriptions.Item label="Орган власти">{appeal.agency?.name ?? 'Не назначен'}</Descriptions.Item>
      <Descriptions.Item label="Поступило">{formatDateTime(appeal.receivedAt)}</Descriptions.Item>
      <Descriptions.Item label="Зарегистрировано">{formatDateTime(appeal.registeredAt)}</Descriptions.Item>
      <Descriptions.Item label="Срок ответа">
        <Typography.Text type={isAnswerOverdue(appeal) ? 'danger' : undefined} strong>
          {formatDateTime(appeal.answerDueAt)}
        </Typography.Text>
      </Descriptions.Item>
      {appeal.extendedAt && (
        <Descriptions.Item label="Продление срока" span={2}>
          <span data-testid="appeal-card-extension">{extensionSummary(appeal)}</span>
          {appeal.extensionReason && <div>Причина: {appeal.extensionReason}</div>}
        </Descriptions.Item>
      )}
      {appeal.forwardingNoticeAt && (
        <Descriptions.Item label="Уведомление о переадресации" span={2}>
          <span data-testid="appeal-card-forwarding-notice">Заявитель уведомлён {formatDateTime(appeal.forwardingNoticeAt)}</span>
        </Descriptions.Item>
      )}
      <Descriptions.Item label="Ответ дан">{formatDateTime(appeal.answeredAt)}</Descriptions.Item>
      <Descriptions.Item label="Закрыто">{formatDateTime(appeal.closedAt)}</Descriptions.Item>
      <Descriptions.Item label="Категория заявителя">{APPELLANT_KIND_LABELS[appeal.appellantKind]}</Descriptions.Item>
      <Descriptions.Item label="Заявитель">{appeal.appellantName}</Descriptions.Item>
      <Descriptions.Item label="ИНН">{orDash(appeal.appellantInn)}</Descriptions.Item>
      <Descriptions.Item label="E-mail">
        <EmailLink email={appeal.appellantEmail} />
      </Descriptions.Item>
      <Descriptions.Item label="Телефон">
        <PhoneLink phone={appeal.appellantPhone} />
      </Descriptions.Item>
      <Descriptions.Item label="Почтовый адрес" span={2}>
        {orDash(appeal.appellantAddress)}
      </Descriptions.Item>
      <Descriptions.Item label="Тема" span={2}>
        {appeal.topic.code} — {appeal.topic.title}
      </Descriptions.Item>
      <Descriptions.Item label="Тип вопроса">
        {appeal.questionType ? `${appeal.questionType.code}. ${appeal.questionType.name}` : '—'}
      </Descriptions.Item>
      <Descriptions.Item label="Муниципальное образование">{orDash(appeal.municipality?.name)}</Descriptions.Item>
      <Descriptions.Item label="Текст обращения" span={2}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid="appeal-card-text">
          {appeal.text}
        </Typography.Paragraph>
      </Descriptions.Item>
      {appeal.unansweredGround && (
        <Descriptions.Item label="Основание оставления без ответа" span={2}>
          <span data-testid="appeal-card-unanswered-ground">{UNANSWERED_GROUND_LABELS[appeal.unansweredGround]}</span>
        </Descriptions.Item>
      )}
      {appeal.answerText && (
        <Descriptions.Item label="Текст ответа" span={2}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{appeal.answerText}</Typography.Paragraph>
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

/** Renders the appeal card: its data, deadlines with their explanation, history and the available steps. */
export function AppealCardPage() {
  const { id = '' } = useParams<{ id: string }>();
  const { data, loading, error, refetch } = useQuery(AppealDocument, { variables: { id } });
  const appeal = data?.appeal;

  if (!data && loading) {
    return <PageLoading />;
  }
  if (!data && error) {
    return (
      <PageError
        error={error}
        onRetry={() => void refetch()}
        title="Не удалось загрузить обращение"
        overrides={{ NOT_FOUND: 'Обращение не найдено' }}
      />
    );
  }
  if (!appeal) {
    return <NotFoundResult title="Обращение не найдено" backTo="/appeals" backLabel="К списку обращений" />;
  }

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Space align="center" wrap>
          <Link to="/appeals">
            <Button icon={<ArrowLeftOutlined />} aria-label="К списку обращений" />
          </Link>
          <Typography.Title level={2} style={{ margin: 0 }} data-testid="appeal-number">
            Обращение {appeal.number}
          </Typography.Title>
          <Tag color={APPEAL_STATUS_COLORS[appeal.status]} data-testid="appeal-status" data-status={appeal.status}>
            {APPEAL_STATUS_LABELS[appeal.status]}
          </Tag>
        </Space>
        <Button icon={<ReloadOutlined />} onClick={() => void refetch()} loading={loading}>
          Обновить
        </Button>
      </Space>
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={16}>
          <Space direction="vertical" size="large" style={{ width: '100%' }}>
            <Card title="Сведения об обращении">
              <AppealData appeal={appeal} />
            </Card>
            <AppealIntakeDetails appealId={appeal.id} canAttach />
            <Card title="Сроки">
              <AppealDeadlines deadlines={appeal.deadlines} />
            </Card>
            <AppealQualityPanel appeal={appeal} onChanged={refetch} />
          </Space>
        </Col>
        <Col xs={24} xl={8}>
          <Space direction="vertical" size="large" style={{ width: '100%' }}>
            <AppealActions appeal={appeal} onChanged={refetch} />
            <AppealRepeatsPanel appealId={appeal.id} agencyId={appeal.agency?.id} onChanged={refetch} />
            <Card title="История">
              <AppealHistory history={appeal.history} agency={appeal.agency} />
            </Card>
          </Space>
        </Col>
      </Row>
    </Space>
  );
}
