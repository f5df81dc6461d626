import { useMutation } from '@apollo/client';
import {
  AnswerAppealDocument,
  AssignAppealDocument,
  CloseAppealDocument,
} from '@cur/schema';
import { App, Button, Card, Form, Input, Popconfirm, Select, Space, Typography } from 'antd';
import { applyFieldErrors } from '../../shared/formErrors';
import { useAgencyOptions } from '../agencies/useAgencyOptions';
import {
  canAnswerAppeal,
  canAssignAppeal,
  canCloseAppeal,
  canExtendAppeal,
  canForwardAppeal,
  canLeaveAppealUnanswered,
} from '../auth/permissions';
import { useCurrentUser } from '../auth/useAuth';
import { ExtendForm, ForwardForm, LeaveUnansweredForm } from './AppealStepForms';
import { maxLength, required } from './appealFormRules';
import { extensionSummary } from './appealSteps';
import { StepFailure, useStepFailure, type StepProps } from './stepFailure';

function AssignForm({ appeal, onChanged }: StepProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ agencyId: string; note?: string }>();
  const [assign, { loading }] = useMutation(AssignAppealDocument);
  const agencies = useAgencyOptions();
  const { failure, clear, report } = useStepFailure();
  const reassign = appeal.agency != null;

  const submit = async (values: { agencyId: string; note?: string }) => {
    clear();
    try {
      await assign({
        variables: {
          input: { appealId: appeal.id, agencyId: values.agencyId, note: values.note?.trim() || null, expectedVersion: appeal.version },
        },
      });
      message.success(reassign ? 'Обращение перенаправлено' : 'Обращение направлено в орган');
      form.resetFields(['note']);
      await onChanged();
    } catch (error) {
      report(error, (info) => applyFieldErrors(form, info.fieldErrors, ['agencyId', 'note']).length);
    }
  };

  return (
    <Form form={form} name="assign" layout="vertical" onFinish={submit} initialValues={{ agencyId: appeal.agency?.id }}>
      <StepFailure failure={failure} onReload={() => void onChanged()} />
      <Form.Item
        name="agencyId"
        label="Орган власти"
        rules={[
          { required: true, message: 'Выберите орган власти' },
          {
            // The server treats this as a repeated request and changes nothing, so the form says so instead.
            validator: async (_rule, value: string | undefined) => {
              if (reassign && value === appeal.agency?.id) {
                throw new Error('Обращение уже в этом органе — выберите другой орган');
              }
            },
          },
        ]}
      >
        <Select<string> showSearch optionFilterProp="label" options={agencies.options} loading={agencies.loading} />
      </Form.Item>
      <Form.Item name="note" label="Примечание" rules={[maxLength(2000)]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={loading} data-testid="assign-submit">
        {reassign ? 'Перенаправить' : 'Направить в орган'}
      </Button>
    </Form>
  );
}

function AnswerForm({ appeal, onChanged }: StepProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ answerText: string }>();
  const [answer, { loading }] = useMutation(AnswerAppealDocument);
  const { failure, clear, report } = useStepFailure();

  const submit = async (values: { answerText: string }) => {
    clear();
    try {
      await answer({
        variables: { input: { appealId: appeal.id, answerText: values.answerText.trim(), expectedVersion: appeal.version } },
      });
      message.success('Ответ сохранён');
      await onChanged();
    } catch (error) {
      report(error, (info) => applyFieldErrors(form, info.fieldErrors, ['answerText']).length);
    }
  };

  return (
    <Form form={form} name="answer" layout="vertical" onFinish={submit}>
      <StepFailure failure={failure} onReload={() => void onChanged()} />
      <Form.Item name="answerText" label="Текст ответа" rules={[required('Введите текст ответа'), maxLength(20_000)]}>
        <Input.TextArea rows={6} showCount maxLength={20_000} data-testid="answer-text" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={loading} data-testid="answer-submit">
        Отправить ответ
      </Button>
    </Form>
  );
}

function CloseForm({ appeal, onChanged }: StepProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const [close, { loading }] = useMutation(CloseAppealDocument);
  const { failure, clear, report } = useStepFailure();

  const submit = async () => {
    clear();
    let values: { note?: string };
    try {
      values = await form.validateFields();
    } catch {
      // antd already shows the validation messages under the fields.
      return;
    }
    try {
      await close({
        variables: { input: { appealId: appeal.id, note: values.note?.trim() || null, expectedVersion: appeal.version } },
      });
      message.success('Обращение закрыто');
      await onChanged();
    } catch (error) {
      report(error, (info) => applyFieldErrors(form, info.fieldErrors, ['note']).length);
    }
  };

  return (
    <Form form={form} name="close" layout="vertical">
      <StepFailure failure={failure} onReload={() => void onChanged()} />
      <Form.Item name="note" label="Примечание" rules={[maxLength(2000)]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Popconfirm title="Закрыть обращение?" okText="Закрыть" cancelText="Отмена" onConfirm={() => void submit()}>
        <Button type="primary" loading={loading} data-testid="close-submit">
          Закрыть обращение
        </Button>
      </Popconfirm>
    </Form>
  );
}

/** Renders the steps the user may take with the appeal in its current status. */
export function AppealActions({ appeal, onChanged }: StepProps) {
  const user = useCurrentUser();
  const steps = [
    canAssignAppeal(user, appeal.status) && (
      <Card key="assign" size="small" title={appeal.agency ? 'Перенаправление' : 'Направление в орган власти'}>
        <AssignForm appeal={appeal} onChanged={onChanged} />
      </Card>
    ),
    canAnswerAppeal(user, appeal.status, appeal.agency?.id) && (
      <Card key="answer" size="small" title="Ответ заявителю">
        <AnswerForm appeal={appeal} onChanged={onChanged} />
      </Card>
    ),
    canForwardAppeal(user, appeal.status, appeal.agency?.id) && (
      <Card key="forward" size="small" title="Переадресация в компетентный орган">
        <ForwardForm appeal={appeal} onChanged={onChanged} />
      </Card>
    ),
    canExtendAppeal(user, appeal.status, appeal.agency?.id) && (
      <Card key="extend" size="small" title="Продление срока ответа">
        {appeal.extendedAt ? (
          <Typography.Text data-testid="extension-done">{extensionSummary(appeal)}</Typography.Text>
        ) : (
          <ExtendForm appeal={appeal} onChanged={onChanged} />
        )}
      </Card>
    ),
    canLeaveAppealUnanswered(user, appeal.status, appeal.agency?.id) && (
      <Card key="leave-unanswered" size="small" title="Оставление без ответа">
        <LeaveUnansweredForm appeal={appeal} onChanged={onChanged} />
      </Card>
    ),
    canCloseAppeal(user, appeal.status) && (
      <Card key="close" size="small" title="Закрытие обращения">
        <CloseForm appeal={appeal} onChanged={onChanged} />
      </Card>
    ),
  ].filter(Boolean);

  if (steps.length === 0) {
    return null;
  }
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="appeal-actions">
      {steps}
    </Space>
  );
}
