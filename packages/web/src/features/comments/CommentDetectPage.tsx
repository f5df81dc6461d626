import { useMutation, useQuery } from '@apollo/client';
import { CommentRoutingRulesDocument, DetectInformationRiskDocument, type DetectInformationRiskInput } from '@cur/schema';
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { describeApiError } from '../../shared/apiErrors';
import { dayjs } from '../../shared/dayjs';
import { applyFieldErrors } from '../../shared/formErrors';
import { formatDateTime } from '../../shared/format';
import { useAgencyOptions } from '../agencies/useAgencyOptions';
import { maxLength, notInFutureRule, required } from '../appeals/appealFormRules';
import { TopicSelect } from '../appeals/TopicSelect';
import { ruleForTopic } from './commentRouting';
import { MAX_COMMENT_TEXT, webAddressRule } from './commentFormRules';
import { MoscowDateTimePicker } from '../../shared/MoscowDateTimePicker';

/** Form values; the field names are those of DetectInformationRiskInput, so server errors map one to one. */
interface DetectFormValues {
  url: string;
  source: string;
  title: string;
  excerpt: string;
  detectedAt: Dayjs;
  topicCode: string;
  reach?: number | null;
  agencyId?: string | null;
}

const FORM_FIELDS = ['url', 'source', 'title', 'excerpt', 'detectedAt', 'topicCode', 'reach', 'agencyId'] as const;

function toInput(values: DetectFormValues): DetectInformationRiskInput {
  return {
    url: values.url.trim(),
    source: values.source.trim(),
    title: values.title.trim(),
    excerpt: values.excerpt.trim(),
    detectedAt: values.detectedAt.toISOString(),
    topicCode: values.topicCode,
    reach: values.reach ?? null,
    agencyId: values.agencyId ?? null,
  };
}

/** Shows which agency the routing table gives the chosen topic, before the server decides. */
function RoutePreview({ topicCode, overridden }: { topicCode: string | null | undefined; overridden: boolean }) {
  const { data, error } = useQuery(CommentRoutingRulesDocument, { fetchPolicy: 'cache-and-network' });
  if (!topicCode || overridden) {
    return null;
  }
  if (error || !data) {
    return <span>Орган определится по таблице маршрутизации</span>;
  }
  const rule = ruleForTopic(data.commentRoutingRules, topicCode);
  if (!rule) {
    return (
      <Typography.Text type="warning" data-testid="route-preview">
        Для этой темы не задан ответственный орган — выберите орган
      </Typography.Text>
    );
  }
  return (
    <span data-testid="route-preview">
      По таблице маршрутизации: {rule.agency.shortName} (правило для темы {rule.topic.code})
    </span>
  );
}

/** Renders the form that registers a publication. Server validation errors appear under the fields they name. */
export function CommentDetectPage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<DetectFormValues>();
  const [detect, { loading }] = useMutation(DetectInformationRiskDocument);
  const [failure, setFailure] = useState<string | null>(null);
  const agencies = useAgencyOptions();
  const detectedAt = Form.useWatch('detectedAt', form);
  const topicCode = Form.useWatch('topicCode', form);
  const agencyId = Form.useWatch('agencyId', form);

  const submit = async (values: DetectFormValues) => {
    setFailure(null);
    try {
      const result = await detect({ variables: { input: toInput(values) } });
      const risk = result.data?.detectInformationRisk.informationRisk;
      if (risk) {
        message.success(`Дело ${risk.number} зарегистрировано, ответственный орган — ${risk.agency.shortName}`);
        navigate(`/comments/${risk.id}`);
      }
    } catch (error) {
      const info = describeApiError(error);
      const unmatched = applyFieldErrors(form, info.fieldErrors, FORM_FIELDS);
      if (info.fieldErrors.length === 0 || unmatched.length > 0) {
        const details = unmatched.map((item) => `${item.name.join('.')}: ${item.message}`).join('; ');
        setFailure(details ? `${info.message}. ${details}` : info.message);
      }
    }
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        Регистрация публикации
      </Typography.Title>
      <Card>
        {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} data-testid="comment-form-error" />}
        <Form<DetectFormValues>
          form={form}
          name="detect"
          layout="vertical"
          onFinish={submit}
          scrollToFirstError
          initialValues={{ detectedAt: dayjs() }}
          onValuesChange={(changed: Partial<DetectFormValues>) => {
            // A NO_ROUTE error under the agency refers to the previous topic.
            if ('topicCode' in changed) {
              form.setFields([{ name: 'agencyId', errors: [] }]);
            }
          }}
        >
          <Row gutter={16}>
            <Col xs={24} md={16}>
              <Form.Item name="url" label="Адрес публикации" rules={[required('Укажите адрес публикации'), webAddressRule('url')]}>
                <Input placeholder="https://vk.com/wall-1_2" data-testid="comment-url" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="source" label="Источник" rules={[required('Укажите источник'), maxLength(200)]}>
                <Input placeholder="Сеть, сообщество или издание" data-testid="comment-source" />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="title" label="Заголовок" rules={[required('Укажите заголовок публикации'), maxLength(1000)]}>
                <Input data-testid="comment-title" />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item
                name="excerpt"
                label="Фрагмент публикации"
                rules={[required('Приведите фрагмент публикации'), maxLength(MAX_COMMENT_TEXT)]}
              >
                <Input.TextArea rows={6} showCount maxLength={MAX_COMMENT_TEXT} data-testid="comment-excerpt" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="detectedAt"
                label="Дата и время выявления (МСК)"
                rules={[{ required: true, message: 'Укажите дату и время выявления' }, notInFutureRule]}
                extra={
                  detectedAt
                    ? `По московскому времени: ${formatDateTime(detectedAt.toDate())}. С этого момента идёт срок предложения ЦУР (3 ч)`
                    : undefined
                }
              >
                <MoscowDateTimePicker minDate="2021-01-01" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="reach" label="Охват (просмотры, подписчики)">
                <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid="comment-reach" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8} />
            <Col xs={24} md={12}>
              <Form.Item name="topicCode" label="Тема по классификатору (ТОТКО)" rules={[{ required: true, message: 'Выберите тему' }]}>
                <TopicSelect data-testid="comment-topic" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="agencyId"
                label="Ответственный орган"
                extra={<RoutePreview topicCode={topicCode} overridden={Boolean(agencyId)} />}
              >
                <Select<string>
                  allowClear
                  showSearch
                  optionFilterProp="label"
                  placeholder="По таблице маршрутизации"
                  options={agencies.options}
                  loading={agencies.loading}
                  data-testid="comment-agency"
                />
              </Form.Item>
            </Col>
          </Row>
          <Space>
            <Button type="primary" htmlType="submit" loading={loading} data-testid="step-detectInformationRisk">
              Зарегистрировать публикацию
            </Button>
            <Link to="/comments">
              <Button>Отмена</Button>
            </Link>
          </Space>
        </Form>
      </Card>
    </Space>
  );
}
