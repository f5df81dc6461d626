import { useMutation } from '@apollo/client';
import { ExtendAppealDocument, ForwardAppealDocument, LeaveAppealUnansweredDocument, type UnansweredGround } from '@cur/schema';
import { App, Button, Form, Input, InputNumber, Popconfirm, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { dayjs } from '../../shared/dayjs';
import { applyFieldErrors } from '../../shared/formErrors';
import { optionsOf, UNANSWERED_GROUND_LABELS } from '../../shared/labels';
import { MoscowDateTimePicker } from '../../shared/MoscowDateTimePicker';
import { moscowToday } from '../../shared/moscowWallClock';
import { useAgencyOptions } from '../agencies/useAgencyOptions';
import { isCenterRole } from '../auth/permissions';
import { useCurrentUser } from '../auth/useAuth';
import { maxLength, required } from './appealFormRules';
import { forwardTargetOptions, MAX_EXTENSION_DAYS, MIN_EXTENSION_DAYS, withForwardFieldMessages } from './appealSteps';
import { StepFailure, useStepFailure, type StepProps } from './stepFailure';

const GROUND_OPTIONS = optionsOf(UNANSWERED_GROUND_LABELS);

const noticeRules = [{ required: true, message: 'Укажите, когда заявитель уведомлён' }];

/** The Moscow date of the appeal's registration, before which the appellant cannot have been notified. */
const registrationDateOf = (appeal: StepProps['appeal']) => moscowToday(dayjs(appeal.registeredAt));

interface ForwardValues {
  agencyId: string;
  reason: string;
  appellantNotifiedAt: Dayjs;
}

/** Forwards the appeal to the competent agency, which takes it over with its running terms. */
export function ForwardForm({ appeal, onChanged }: StepProps) {
  const { message } = App.useApp();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [form] = Form.useForm<ForwardValues>();
  const [forward, { loading }] = useMutation(ForwardAppealDocument);
  const agencies = useAgencyOptions();
  const targets = useMemo(() => forwardTargetOptions(agencies.options, appeal.agency?.id), [agencies.options, appeal.agency?.id]);
  const { failure, clear, report } = useStepFailure();

  const submit = async (values: ForwardValues) => {
    clear();
    try {
      await forward({
        variables: {
          input: {
            appealId: appeal.id,
            agencyId: values.agencyId,
            reason: values.reason.trim(),
            appellantNotifiedAt: values.appellantNotifiedAt.toISOString(),
            expectedVersion: appeal.version,
          },
        },
      });
      message.success('Обращение переадресовано в компетентный орган');
      if (!isCenterRole(user.role)) {
        // An agency official loses access to an appeal forwarded to another agency, so a reload would fail.
        navigate('/appeals');
        return;
      }
      form.resetFields();
      await onChanged();
    } catch (error) {
      report(error, (info) =>
        applyFieldErrors(form, withForwardFieldMessages(info.fieldErrors), ['agencyId', 'reason', 'appellantNotifiedAt']).length,
      );
    }
  };

  return (
    <Form form={form} name="forward" layout="vertical" onFinish={submit} initialValues={{ appellantNotifiedAt: dayjs() }}>
      <StepFailure failure={failure} onReload={() => void onChanged()} />
      <Form.Item name="agencyId" label="Компетентный орган" rules={[{ required: true, message: 'Выберите орган власти' }]}>
        <Select<string> showSearch optionFilterProp="label" options={targets} loading={agencies.loading} data-testid="forward-agency" />
      </Form.Item>
      <Form.Item name="reason" label="Основание переадресации" rules={[required('Укажите основание переадресации'), maxLength(2000)]}>
        <Input.TextArea rows={2} data-testid="forward-reason" />
      </Form.Item>
      <Form.Item name="appellantNotifiedAt" label="Заявитель уведомлён" rules={noticeRules}>
        <MoscowDateTimePicker minDate={registrationDateOf(appeal)} style={{ width: '100%' }} data-testid="forward-notice" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={loading} data-testid="forward-submit">
        Переадресовать в компетентный орган
      </Button>
    </Form>
  );
}

interface ExtendValues {
  days: number;
  reason: string;
  appellantNotifiedAt: Dayjs;
}

/** Extends the answer term once, with the reason and the time the appellant was notified. */
export function ExtendForm({ appeal, onChanged }: StepProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ExtendValues>();
  const [extend, { loading }] = useMutation(ExtendAppealDocument);
  const { failure, clear, report } = useStepFailure();

  const submit = async (values: ExtendValues) => {
    clear();
    try {
      await extend({
        variables: {
          input: {
            appealId: appeal.id,
            days: values.days,
            reason: values.reason.trim(),
            appellantNotifiedAt: values.appellantNotifiedAt.toISOString(),
            expectedVersion: appeal.version,
          },
        },
      });
      message.success('Срок ответа продлён');
      await onChanged();
    } catch (error) {
      report(error, (info) => applyFieldErrors(form, info.fieldErrors, ['days', 'reason', 'appellantNotifiedAt']).length);
    }
  };

  return (
    <Form form={form} name="extend" layout="vertical" onFinish={submit} initialValues={{ appellantNotifiedAt: dayjs() }}>
      <StepFailure failure={failure} onReload={() => void onChanged()} />
      <Form.Item
        name="days"
        label="На сколько дней продлить"
        rules={[{ required: true, message: `Укажите число дней от ${MIN_EXTENSION_DAYS} до ${MAX_EXTENSION_DAYS}` }]}
      >
        <InputNumber min={MIN_EXTENSION_DAYS} max={MAX_EXTENSION_DAYS} precision={0} addonAfter="дн." data-testid="extend-days" />
      </Form.Item>
      <Form.Item name="reason" label="Причина продления" rules={[required('Укажите причину продления'), maxLength(2000)]}>
        <Input.TextArea rows={2} data-testid="extend-reason" />
      </Form.Item>
      <Form.Item name="appellantNotifiedAt" label="Заявитель уведомлён" rules={noticeRules}>
        <MoscowDateTimePicker minDate={registrationDateOf(appeal)} style={{ width: '100%' }} data-testid="extend-notice" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={loading} data-testid="extend-submit">
        Продлить срок ответа
      </Button>
    </Form>
  );
}

interface LeaveUnansweredValues {
  ground: UnansweredGround;
  note?: string;
}

/** Leaves the appeal without an answer on the substance, on a ground of article 11 of 59-FZ. */
export function LeaveUnansweredForm({ appeal, onChanged }: StepProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<LeaveUnansweredValues>();
  const [leaveUnanswered, { loading }] = useMutation(LeaveAppealUnansweredDocument);
  const { failure, clear, report } = useStepFailure();

  const submit = async () => {
    clear();
    let values: LeaveUnansweredValues;
    try {
      values = await form.validateFields();
    } catch {
      // antd already shows the validation messages under the fields.
      return;
    }
    try {
      await leaveUnanswered({
        variables: {
          input: { appealId: appeal.id, ground: values.ground, note: values.note?.trim() || null, expectedVersion: appeal.version },
        },
      });
      message.success('Обращение оставлено без ответа');
      await onChanged();
    } catch (error) {
      report(error, (info) => applyFieldErrors(form, info.fieldErrors, ['ground', 'note']).length);
    }
  };

  return (
    <Form form={form} name="leaveUnanswered" layout="vertical">
      <StepFailure failure={failure} onReload={() => void onChanged()} />
      <Form.Item name="ground" label="Основание" rules={[{ required: true, message: 'Выберите основание' }]}>
        <Select<UnansweredGround> options={GROUND_OPTIONS} data-testid="leave-unanswered-ground" />
      </Form.Item>
      <Form.Item name="note" label="Примечание" rules={[maxLength(2000)]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Popconfirm
        title="Оставить обращение без ответа?"
        description="Сроки по обращению будут остановлены"
        okText="Оставить без ответа"
        cancelText="Отмена"
        onConfirm={() => void submit()}
      >
        <Button danger loading={loading} data-testid="leave-unanswered-submit">
          Оставить без ответа
        </Button>
      </Popconfirm>
    </Form>
  );
}
