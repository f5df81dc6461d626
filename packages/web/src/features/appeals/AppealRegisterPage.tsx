import { useMutation } from '@apollo/client';
import { RegisterAppealDocument, type AppealChannel, type AppellantKind, type RegisterAppealInput } from '@cur/schema';
import { Alert, App, Button, Card, Col, Form, Input, Row, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { describeApiError } from '../../shared/apiErrors';
import { dayjs } from '../../shared/dayjs';
import { applyFieldErrors } from '../../shared/formErrors';
import { normalizePhone } from '../../shared/format';
import { APPELLANT_KIND_LABELS, CHANNEL_LABELS, optionsOf } from '../../shared/labels';
import { useAgencyOptions } from '../agencies/useAgencyOptions';
import { isCenterRole } from '../auth/permissions';
import { useCurrentUser } from '../auth/useAuth';
import {
  EARLIEST_RECEIPT_DATE,
  emailRule,
  innControlDigitsRule,
  innPattern,
  legalEntityInnRule,
  maxLength,
  notBeforeEarliestRule,
  notInFutureRule,
  optionalText,
  phoneRule,
  required,
} from './appealFormRules';
import { MoscowDateTimePicker, type TypedDateProblem } from '../../shared/MoscowDateTimePicker';
import { browserZoneDiffersFromMoscow } from '../../shared/moscowWallClock';
import { MunicipalitySelect, QuestionTypeSelect } from './ReferenceSelects';
import { TopicSelect } from './TopicSelect';
import { AttachmentUpload } from '../intake/AttachmentUpload';
import { CoAppellantsField } from '../intake/CoAppellantsField';
import { QuestionSubtypeSelect } from '../intake/QuestionSubtypeSelect';

/** Form values; the field names are those of RegisterAppealInput, so server errors map one to one. */
interface AppealFormValues {
  channel: AppealChannel;
  appellantKind: AppellantKind;
  appellantName: string;
  appellantEmail?: string;
  appellantPhone?: string;
  appellantAddress?: string;
  appellantInn?: string;
  text: string;
  topicCode: string;
  questionTypeCode?: string | null;
  questionSubtypeCode?: string | null;
  municipalityOktmo?: string | null;
  agencyId?: string | null;
  /** The instant of receipt; the picker shows and accepts it in Moscow time. */
  receivedAt: Dayjs;
  coAppellants?: CoAppellantFormValues[];
  attachmentIds?: string[];
}

interface CoAppellantFormValues {
  kind?: AppellantKind;
  name: string;
  email?: string;
  phone?: string;
  address?: string;
  inn?: string;
}

const FORM_FIELDS = [
  'channel',
  'appellantKind',
  'appellantName',
  'appellantEmail',
  'appellantPhone',
  'appellantAddress',
  'appellantInn',
  'text',
  'topicCode',
  'questionTypeCode',
  'questionSubtypeCode',
  'municipalityOktmo',
  'agencyId',
  'receivedAt',
  'attachmentIds',
] as const;

function toInput(values: AppealFormValues, ownAgencyId: string | null): RegisterAppealInput {
  const phone = optionalText(values.appellantPhone);
  return {
    channel: values.channel,
    appellantKind: values.appellantKind,
    appellantName: values.appellantName.trim(),
    appellantEmail: optionalText(values.appellantEmail),
    appellantPhone: phone ? normalizePhone(phone) : null,
    appellantAddress: optionalText(values.appellantAddress),
    appellantInn: optionalText(values.appellantInn),
    text: values.text.trim(),
    topicCode: values.topicCode,
    questionTypeCode: values.questionTypeCode ?? null,
    questionSubtypeCode: values.questionSubtypeCode ?? null,
    municipalityOktmo: values.municipalityOktmo ?? null,
    agencyId: ownAgencyId ?? values.agencyId ?? null,
    receivedAt: values.receivedAt.toISOString(),
    coAppellants: (values.coAppellants ?? []).map((coAppellant) => {
      const coPhone = optionalText(coAppellant.phone);
      return {
        kind: coAppellant.kind ?? 'RUSSIAN_CITIZEN',
        name: coAppellant.name.trim(),
        email: optionalText(coAppellant.email),
        phone: coPhone ? normalizePhone(coPhone) : null,
        address: optionalText(coAppellant.address),
        inn: optionalText(coAppellant.inn),
      };
    }),
    attachmentIds: values.attachmentIds ?? [],
  };
}

/** Messages for a typed «Поступило» text that the picker rejects and so does not take as the field's value. */
const TYPED_RECEIVED_AT_MESSAGES: Record<TypedDateProblem, string> = {
  FORMAT: 'Введите дату и время в формате ДД.ММ.ГГГГ ЧЧ:ММ',
  TOO_EARLY: 'Дата поступления раньше 2021 года — проверьте дату',
  IN_FUTURE: 'Дата поступления не может быть в будущем',
};

/** Registration of a new appeal; server validation errors appear under the fields they name. */
export function AppealRegisterPage() {
  const user = useCurrentUser();
  const center = isCenterRole(user.role);
  const ownAgencyId = center ? null : (user.agency?.id ?? null);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<AppealFormValues>();
  const [register, { loading }] = useMutation(RegisterAppealDocument);
  const [failure, setFailure] = useState<string | null>(null);
  const agencies = useAgencyOptions();
  const appellantKind = Form.useWatch('appellantKind', form);
  const questionTypeCode = Form.useWatch('questionTypeCode', form);
  const [browserZoneDiffers] = useState(() => browserZoneDiffersFromMoscow());
  // The picker keeps its previous value when a typed date is rejected, so the rejection is kept here
  // and fails the field's validation until a valid date is picked or typed.
  const typedReceivedAtProblem = useRef<TypedDateProblem | null>(null);
  const typedReceivedAtRule = {
    validator: async () => {
      if (typedReceivedAtProblem.current) {
        throw new Error(TYPED_RECEIVED_AT_MESSAGES[typedReceivedAtProblem.current]);
      }
    },
  };
  const reportTypedReceivedAt = (problem: TypedDateProblem | null) => {
    typedReceivedAtProblem.current = problem;
    void form.validateFields(['receivedAt']).catch(() => undefined);
  };

  const agencyOptions = useMemo(() => {
    const own = user.agency;
    if (own && !agencies.options.some((option) => option.value === own.id)) {
      return [{ value: own.id, label: own.shortName, title: own.name }, ...agencies.options];
    }
    return agencies.options;
  }, [agencies.options, user.agency]);

  const submit = async (values: AppealFormValues) => {
    setFailure(null);
    try {
      const result = await register({ variables: { input: toInput(values, ownAgencyId) } });
      const appeal = result.data?.registerAppeal.appeal;
      if (appeal) {
        message.success(`Обращение ${appeal.number} зарегистрировано`);
        navigate(`/appeals/${appeal.id}`);
      }
    } catch (error) {
      const info = describeApiError(error);
      // Co-appellant errors name a list item, such as coAppellants.1.email, which antd addresses by its full path.
      const coAppellantErrors = info.fieldErrors.filter((item) => item.name[0] === 'coAppellants' && item.name.length > 2);
      form.setFields(coAppellantErrors.map((item) => ({ name: item.name as never, errors: [item.message] })));
      const unmatched = applyFieldErrors(
        form,
        info.fieldErrors.filter((item) => !coAppellantErrors.includes(item)),
        FORM_FIELDS,
      );
      if (info.fieldErrors.length === 0 || unmatched.length > 0) {
        const details = unmatched.map((item) => `${item.name.join('.')}: ${item.message}`).join('; ');
        setFailure(details ? `${info.message}. ${details}` : info.message);
      }
    }
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        Регистрация обращения
      </Typography.Title>
      <Card>
        {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} data-testid="appeal-form-error" />}
        <Form<AppealFormValues>
          form={form}
          name="appeal"
          layout="vertical"
          onFinish={submit}
          scrollToFirstError
          initialValues={{ receivedAt: dayjs(), appellantKind: 'RUSSIAN_CITIZEN', agencyId: ownAgencyId ?? undefined }}
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="channel" label="Канал поступления" rules={[{ required: true, message: 'Выберите канал поступления' }]}>
                <Select<AppealChannel> options={optionsOf(CHANNEL_LABELS)} placeholder="Выберите канал" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="receivedAt"
                label="Поступило (МСК)"
                rules={[{ required: true, message: 'Укажите дату и время поступления' }, typedReceivedAtRule, notBeforeEarliestRule, notInFutureRule]}
                extra={browserZoneDiffers ? 'Укажите московское время: часовой пояс вашего компьютера другой' : undefined}
              >
                <MoscowDateTimePicker
                  minDate={EARLIEST_RECEIPT_DATE}
                  onInvalidInput={reportTypedReceivedAt}
                  style={{ width: '100%' }}
                  data-testid="appeal-received-at"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="appellantKind" label="Категория заявителя" rules={[{ required: true, message: 'Выберите категорию заявителя' }]}>
                <Select<AppellantKind> options={optionsOf(APPELLANT_KIND_LABELS)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item
                name="appellantName"
                label={appellantKind === 'LEGAL_ENTITY' ? 'Наименование организации' : 'ФИО заявителя'}
                rules={[required('Укажите заявителя'), maxLength(300)]}
              >
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="appellantEmail" label="E-mail" rules={[emailRule]}>
                <Input placeholder="name@example.ru" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="appellantPhone" label="Телефон" rules={[phoneRule]} extra="Будет приведён к виду +7XXXXXXXXXX">
                <Input placeholder="+7 836 245-12-34" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="appellantInn"
                label="ИНН"
                dependencies={['appellantKind']}
                rules={[
                  { required: appellantKind === 'LEGAL_ENTITY', message: 'ИНН обязателен для юридического лица' },
                  innPattern,
                  innControlDigitsRule,
                  legalEntityInnRule(['appellantKind']),
                ]}
              >
                <Input inputMode="numeric" maxLength={12} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="appellantAddress" label="Почтовый адрес" rules={[maxLength(500)]}>
                <Input />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="text" label="Текст обращения" rules={[required('Введите текст обращения'), maxLength(20_000)]}>
                <Input.TextArea rows={8} showCount maxLength={20_000} data-testid="appeal-text" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="topicCode"
                label="Тема по классификатору (ТОТКО)"
                rules={[{ required: true, message: 'Выберите тему' }]}
                extra="Вопрос (4-й уровень) или уточнение (5-й уровень)"
              >
                <TopicSelect questionsOnly data-testid="appeal-topic" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="questionTypeCode" label="Тип вопроса">
                <QuestionTypeSelect onChange={() => form.setFieldValue('questionSubtypeCode', null)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="questionSubtypeCode" label="Подвид вопроса">
                <QuestionSubtypeSelect typeCode={questionTypeCode} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="municipalityOktmo" label="Муниципальное образование">
                <MunicipalitySelect />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="agencyId"
                label="Орган власти"
                extra={center ? 'Можно не указывать: обращение будет ожидать направления в орган' : undefined}
              >
                <Select<string>
                  allowClear
                  showSearch
                  optionFilterProp="label"
                  placeholder="Компетентный орган"
                  options={agencyOptions}
                  loading={agencies.loading}
                  disabled={!center}
                />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item label="Соавторы">
                <CoAppellantsField />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="attachmentIds" label="Вложения" extra="Скан письма, фотографии, документы: PDF, изображения, Word, Excel, текст">
                <AttachmentUpload />
              </Form.Item>
            </Col>
          </Row>
          <Space>
            <Button type="primary" htmlType="submit" loading={loading} data-testid="appeal-submit">
              Зарегистрировать обращение
            </Button>
            <Link to="/appeals">
              <Button>Отмена</Button>
            </Link>
          </Space>
        </Form>
      </Card>
    </Space>
  );
}
