import { useMutation, useQuery } from '@apollo/client';
import {
  AnswerAppealDocument,
  AppealQualityDocument,
  RecordAppealSatisfactionDocument,
  ReopenAppealDocument,
  SubmitAppealAnswerForReviewDocument,
  type AppealQualityFragment,
  type AppealSatisfaction,
  type SatisfactionSource,
} from '@cur/schema';
import { Alert, App, Button, Card, Divider, Form, Input, Popconfirm, Radio, Select, Space, Tag, Typography } from 'antd';
import { applyFieldErrors } from '../../shared/formErrors';
import { formatDateTime } from '../../shared/format';
import { optionsOf, SATISFACTION_COLORS, SATISFACTION_LABELS } from '../../shared/labels';
import { canAnswerAppeal, canRecordSatisfaction, canReviewAppeals, isCenterRole } from '../auth/permissions';
import { useCurrentUser } from '../auth/useAuth';
import { AppealFlags } from './AppealFlags';
import { maxLength, required } from './appealFormRules';
import { draftApproved, reviewStageOf } from './appealQuality';
import { AppealReviewForm, AppealReviewList } from './AppealReviewForm';
import { StepFailure, useStepFailure, type StepProps } from './stepFailure';

const SATISFACTION_OPTIONS = optionsOf(SATISFACTION_LABELS);

interface QualityStepProps {
  quality: AppealQualityFragment;
  onChanged: () => Promise<unknown>;
}

/** Lets the agency send its answer draft to the center for review before it goes to the appellant. */
function DraftForm({ quality, onChanged }: QualityStepProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ answerText: string }>();
  const [submitDraft, { loading }] = useMutation(SubmitAppealAnswerForReviewDocument);
  const { failure, clear, report } = useStepFailure();

  const submit = async (values: { answerText: string }) => {
    clear();
    try {
      await submitDraft({ variables: { input: { appealId: quality.id, answerText: values.answerText.trim(), expectedVersion: quality.version } } });
      message.success('Черновик направлен в ЦУР на проверку');
      form.resetFields();
      await onChanged();
    } catch (error) {
      report(error, (info) => applyFieldErrors(form, info.fieldErrors, ['answerText']).length);
    }
  };

  return (
    <Form form={form} name="answer-draft" layout="vertical" onFinish={submit}>
      <StepFailure failure={failure} onReload={() => void onChanged()} />
      <Form.Item name="answerText" label={quality.answerDraft ? 'Новый черновик ответа' : 'Черновик ответа'} rules={[required('Введите текст черновика'), maxLength(20_000)]}>
        <Input.TextArea rows={4} showCount maxLength={20_000} data-testid="draft-text" />
      </Form.Item>
      <Button htmlType="submit" loading={loading} data-testid="draft-submit">
        Направить на проверку
      </Button>
    </Form>
  );
}

/** Sends the draft the center approved to the appellant as the answer, so the agency need not retype it. */
function SendApprovedDraft({ quality, onChanged }: QualityStepProps) {
  const { message } = App.useApp();
  const [answer, { loading }] = useMutation(AnswerAppealDocument);
  const { failure, clear, report } = useStepFailure();

  const send = async () => {
    clear();
    try {
      await answer({ variables: { input: { appealId: quality.id, answerText: quality.answerDraft ?? '', expectedVersion: quality.version } } });
      message.success('Одобренный черновик отправлен заявителю');
      await onChanged();
    } catch (error) {
      report(error, () => 0);
    }
  };

  return (
    <>
      <StepFailure failure={failure} onReload={() => void onChanged()} />
      <Popconfirm title="Отправить одобренный черновик заявителю как ответ?" okText="Отправить" cancelText="Отмена" onConfirm={() => void send()}>
        <Button type="primary" loading={loading} data-testid="draft-send">
          Отправить одобренный черновик
        </Button>
      </Popconfirm>
    </>
  );
}

interface SatisfactionValues {
  satisfaction: AppealSatisfaction;
  source: SatisfactionSource;
  note?: string;
}

/** Records the appellant's satisfaction; an agency official records only what the channel reported. */
function SatisfactionForm({ quality, onChanged }: QualityStepProps) {
  const { message } = App.useApp();
  const user = useCurrentUser();
  const center = isCenterRole(user.role);
  const [form] = Form.useForm<SatisfactionValues>();
  const [record, { loading }] = useMutation(RecordAppealSatisfactionDocument);
  const { failure, clear, report } = useStepFailure();

  const submit = async (values: SatisfactionValues) => {
    clear();
    try {
      await record({
        variables: {
          input: {
            appealId: quality.id,
            satisfaction: values.satisfaction,
            source: center ? values.source : 'CHANNEL',
            note: values.note?.trim() || null,
            expectedVersion: quality.version,
          },
        },
      });
      message.success('Удовлетворённость заявителя отмечена');
      form.resetFields();
      await onChanged();
    } catch (error) {
      report(error, (info) => applyFieldErrors(form, info.fieldErrors, ['satisfaction', 'source', 'note']).length);
    }
  };

  return (
    <Form form={form} name="satisfaction" layout="vertical" onFinish={submit} initialValues={{ source: center ? 'OPERATOR' : 'CHANNEL' }}>
      <StepFailure failure={failure} onReload={() => void onChanged()} />
      <Form.Item name="satisfaction" label="Оценка заявителя" rules={[{ required: true, message: 'Выберите оценку заявителя' }]}>
        <Select<AppealSatisfaction> options={SATISFACTION_OPTIONS} data-testid="satisfaction-value" />
      </Form.Item>
      <Form.Item name="source" label="Источник">
        <Radio.Group disabled={!center}>
          <Radio value="CHANNEL">Из канала обращения</Radio>
          <Radio value="OPERATOR">Со слов оператора</Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="note" label="Примечание" rules={[maxLength(4000)]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Button htmlType="submit" loading={loading} data-testid="satisfaction-submit">
        Отметить
      </Button>
    </Form>
  );
}

/** Reopens an appeal whose appellant was not satisfied with the latest answer. */
function ReopenForm({ quality, onChanged }: QualityStepProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [reopen, { loading }] = useMutation(ReopenAppealDocument);
  const { failure, clear, report } = useStepFailure();

  const submit = async () => {
    clear();
    let values: { reason: string };
    try {
      values = await form.validateFields();
    } catch {
      // antd already shows the validation messages under the fields.
      return;
    }
    try {
      await reopen({ variables: { input: { appealId: quality.id, reason: values.reason.trim(), expectedVersion: quality.version } } });
      message.success('Обращение возобновлено и направлено органу с новым сроком ответа');
      form.resetFields();
      await onChanged();
    } catch (error) {
      report(error, (info) => applyFieldErrors(form, info.fieldErrors, ['reason']).length);
    }
  };

  return (
    <Form form={form} name="reopen" layout="vertical">
      <StepFailure failure={failure} onReload={() => void onChanged()} />
      <Form.Item name="reason" label="Причина возобновления" rules={[required('Укажите причину возобновления'), maxLength(4000)]}>
        <Input.TextArea rows={2} data-testid="reopen-reason" />
      </Form.Item>
      <Popconfirm title="Возобновить обращение? Орган получит новый срок ответа." okText="Возобновить" cancelText="Отмена" onConfirm={() => void submit()}>
        <Button danger loading={loading} data-testid="reopen-submit">
          Возобновить обращение
        </Button>
      </Popconfirm>
    </Form>
  );
}

function SatisfactionSummary({ quality }: { quality: AppealQualityFragment }) {
  if (!quality.satisfaction) {
    return <Typography.Text type="secondary">Удовлетворённость заявителя не отмечена</Typography.Text>;
  }
  return (
    <Space wrap data-testid="satisfaction-current">
      <Typography.Text>Заявитель:</Typography.Text>
      <Tag color={SATISFACTION_COLORS[quality.satisfaction]}>{SATISFACTION_LABELS[quality.satisfaction]}</Tag>
      <Typography.Text type="secondary">{formatDateTime(quality.satisfactionAt)}</Typography.Text>
    </Space>
  );
}

/**
 * Renders the appeal's quality control on its card: the draft for review, the center's checklist and
 * the reviews, the appellant's satisfaction, reopening, and flags.
 */
export function AppealQualityPanel({ appeal, onChanged }: StepProps) {
  const user = useCurrentUser();
  const { data, refetch } = useQuery(AppealQualityDocument, { variables: { id: appeal.id } });
  const quality = data?.appeal;
  if (!quality) {
    return null;
  }
  const reload = () => Promise.all([refetch(), onChanged()]);
  const stage = reviewStageOf(quality.status, quality.answerDraft);
  // The center may answer itself, so only the agency gets the step of sending a draft to the center.
  const canSubmitDraft = !isCenterRole(user.role) && canAnswerAppeal(user, quality.status, appeal.agency?.id);

  return (
    <Card title="Контроль качества ответа" data-testid="quality-panel">
      <Space direction="vertical" style={{ width: '100%' }}>
        {quality.answerDraft && (
          <Alert
            type="info"
            data-testid="draft-waiting"
            message={
              draftApproved(quality)
                ? `Черновик ответа от ${formatDateTime(quality.answerDraftSubmittedAt)} одобрен ЦУР`
                : `Черновик ответа на проверке с ${formatDateTime(quality.answerDraftSubmittedAt)}`
            }
            description={<Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{quality.answerDraft}</Typography.Paragraph>}
          />
        )}
        {canSubmitDraft && draftApproved(quality) && <SendApprovedDraft quality={quality} onChanged={reload} />}
        {canSubmitDraft && <DraftForm quality={quality} onChanged={reload} />}
        {canReviewAppeals(user) && stage && (
          <>
            <Divider orientation="left" plain>
              Проверка ЦУР
            </Divider>
            <AppealReviewForm
              appealId={quality.id}
              version={quality.version}
              stage={stage}
              reviewedText={stage === 'BEFORE_SENDING' ? null : appeal.answerText}
              onChanged={reload}
            />
          </>
        )}
        <Divider orientation="left" plain>
          Проверки
        </Divider>
        <AppealReviewList reviews={quality.reviews} />
        <Divider orientation="left" plain>
          Удовлетворённость заявителя
        </Divider>
        <SatisfactionSummary quality={quality} />
        {canRecordSatisfaction(user, quality.status, appeal.agency?.id, appeal.answeredAt) && <SatisfactionForm quality={quality} onChanged={reload} />}
        {canReviewAppeals(user) && quality.reopenable && (
          <>
            <Divider orientation="left" plain>
              Возобновление
            </Divider>
            <ReopenForm quality={quality} onChanged={reload} />
          </>
        )}
        <Divider orientation="left" plain>
          Конфликтные ситуации и ошибки коммуникации
        </Divider>
        <AppealFlags appealId={quality.id} agencyId={appeal.agency?.id} flags={quality.flags} onChanged={reload} />
      </Space>
    </Card>
  );
}
