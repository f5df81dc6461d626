import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client';
import {
  CommentRoutingRulesDocument,
  RemoveCommentRouteDocument,
  SetCommentRouteDocument,
  type CommentRoutingRulesQuery,
} from '@cur/schema';
import { Alert, App, Button, Card, Col, Form, Popconfirm, Row, Select, Space, Table, Typography, type FormInstance, type TableColumnsType } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { Link } from 'react-router-dom';
import { describeApiError } from '../../shared/apiErrors';
import { applyFieldErrors } from '../../shared/formErrors';
import { PageError } from '../../shared/PageState';
import { useAgencyOptions } from '../agencies/useAgencyOptions';
import { TopicSelect } from '../appeals/TopicSelect';
import { subtopicPrefix } from './commentRouting';

type Rule = CommentRoutingRulesQuery['commentRoutingRules'][number];

interface RouteValues {
  topicCode: string;
  agencyId: string;
}

function RouteForm({ rules, form }: { rules: Rule[]; form: FormInstance<RouteValues> }) {
  const { message } = App.useApp();
  const agencies = useAgencyOptions();
  const [setRoute, { loading }] = useMutation(SetCommentRouteDocument, { refetchQueries: [CommentRoutingRulesDocument] });
  const [failure, setFailure] = useState<string | null>(null);
  const topicCode = Form.useWatch('topicCode', form);
  const existing = topicCode ? rules.find((rule) => rule.topic.code === topicCode) : undefined;

  const submit = async (values: RouteValues) => {
    setFailure(null);
    try {
      const result = await setRoute({ variables: { input: values } });
      const rule = result.data?.setCommentRoute.rule;
      message.success(rule ? `Тема ${rule.topic.code} закреплена за ${rule.agency.shortName}` : 'Правило сохранено');
      form.resetFields();
    } catch (error) {
      const info = describeApiError(error);
      const unmatched = applyFieldErrors(form, info.fieldErrors, ['topicCode', 'agencyId']);
      if (info.fieldErrors.length === 0 || unmatched.length > 0) {
        setFailure(info.message);
      }
    }
  };

  return (
    <Form form={form} name="commentRoute" layout="vertical" onFinish={submit}>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} data-testid="route-form-error" />}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="topicCode"
            label="Тема по классификатору (ТОТКО)"
            rules={[{ required: true, message: 'Выберите тему' }]}
            extra="Правило действует и для всех подтем; из нескольких подходящих правил выбирается самое узкое"
          >
            <TopicSelect data-testid="route-topic" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="agencyId" label="Ответственный орган" rules={[{ required: true, message: 'Выберите орган власти' }]}>
            <Select<string>
              showSearch
              optionFilterProp="label"
              options={agencies.options}
              loading={agencies.loading}
              data-testid="route-agency"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={4}>
          <Form.Item label=" ">
            <Button type="primary" htmlType="submit" loading={loading} block data-testid="step-setCommentRoute">
              {existing ? 'Заменить' : 'Добавить'}
            </Button>
          </Form.Item>
        </Col>
      </Row>
      {existing && (
        <Alert
          type="info"
          showIcon
          message={`Для этой темы уже задан орган ${existing.agency.shortName}; правило будет заменено`}
          data-testid="route-replace-note"
        />
      )}
    </Form>
  );
}

/** Renders the table that routes publication topics to the responsible agencies, with adding, replacing and removing rules. */
export function CommentRoutingPage() {
  const { message } = App.useApp();
  const [form] = Form.useForm<RouteValues>();
  const { data, loading, error, refetch } = useQuery(CommentRoutingRulesDocument);
  const [removeRoute, { loading: removing }] = useMutation(RemoveCommentRouteDocument, { refetchQueries: [CommentRoutingRulesDocument] });
  const rules = data?.commentRoutingRules ?? [];

  if (error && !data) {
    return <PageError error={error} onRetry={() => void refetch()} title="Не удалось загрузить таблицу маршрутизации" />;
  }

  const remove = async (rule: Rule) => {
    try {
      const result = await removeRoute({ variables: { input: { topicCode: rule.topic.code } } });
      message.success(result.data?.removeCommentRoute.removed ? `Правило для темы ${rule.topic.code} удалено` : 'Правило уже было удалено');
    } catch (removeError) {
      message.error(describeApiError(removeError).message);
    }
  };

  const columns: TableColumnsType<Rule> = [
    {
      title: 'Тема',
      key: 'topic',
      render: (_, rule) => (
        <Space direction="vertical" size={0}>
          <span>{rule.topic.title}</span>
          <Typography.Text type="secondary">
            {rule.topic.code} и подтемы {subtopicPrefix(rule.topic.code)}*
          </Typography.Text>
        </Space>
      ),
    },
    { title: 'Ответственный орган', key: 'agency', render: (_, rule) => rule.agency.name },
    {
      title: '',
      key: 'actions',
      width: 240,
      render: (_, rule) => (
        <Space>
          <Button onClick={() => form.setFieldsValue({ topicCode: rule.topic.code, agencyId: rule.agency.id })} data-testid={`route-edit-${rule.topic.code}`}>
            Изменить
          </Button>
          <Popconfirm
            title={`Удалить правило для темы ${rule.topic.code}?`}
            description="Новые публикации по этой теме придётся направлять в орган вручную."
            okText="Удалить"
            cancelText="Отмена"
            onConfirm={() => void remove(rule)}
          >
            <Button danger loading={removing} data-testid={`step-removeCommentRoute-${rule.topic.code}`}>
              Удалить
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space align="center">
        <Link to="/comments">
          <Button icon={<ArrowLeftOutlined />} aria-label="К списку дел" />
        </Link>
        <Typography.Title level={2} style={{ margin: 0 }}>
          Маршрутизация публикаций по темам
        </Typography.Title>
      </Space>
      <Card title="Добавить или заменить правило">
        <RouteForm rules={rules} form={form} />
      </Card>
      <Card>
        <Table<Rule>
          rowKey="id"
          columns={columns}
          dataSource={rules}
          loading={loading && !data}
          pagination={false}
          size="middle"
          locale={{ emptyText: 'Правил нет: каждую публикацию придётся направлять в орган вручную' }}
          onRow={(rule) => ({ 'data-testid': `route-row-${rule.topic.code}` }) as HTMLAttributes<HTMLElement>}
        />
      </Card>
    </Space>
  );
}
