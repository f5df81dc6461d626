import { useMutation } from '@apollo/client';
import {
  ApproveOfficialCommentDocument,
  CloseInformationRiskDocument,
  DismissInformationRiskDocument,
  RecordCommentDistributionDocument,
  RequestInformationRiskVerificationDocument,
  RerouteInformationRiskDocument,
  ReturnCommentDraftDocument,
  SendCommentProposalDocument,
  SupersedeOfficialCommentDocument,
} from '@cur/schema';
import { Alert, App, Button, Form, Input, Popconfirm, Select, Space, Typography, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { dayjs } from '../../shared/dayjs';
import { applyFieldErrors } from '../../shared/formErrors';
import { useAgencyOptions } from '../agencies/useAgencyOptions';
import { maxLength, notInFutureRule, optionalText, required } from '../appeals/appealFormRules';
import { MAX_COMMENT_TEXT } from './commentFormRules';
import { checkDraftContent, describeDraftProblem, draftProblemsOf, type DraftProblem } from './draftContent';
import { OpenClocks } from './OpenClocks';
import type { StepProps } from './stepTypes';
import { StepFailure, useStepFailure } from './useStepFailure';
import { MoscowDateTimePicker } from '../../shared/MoscowDateTimePicker';

/** Validates the form and returns its values, or null when antd already shows the messages under the fields. */
async function validValues<Values>(form: FormInstance<Values>): Promise<Values | null> {
  try {
    return await form.validateFields();
  } catch {
    return null;
  }
}

export function RequestVerificationForm({ risk, onReload }: StepProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const [request, { loading }] = useMutation(RequestInformationRiskVerificationDocument);
  const { failure, clear, report } = useStepFailure(onReload);

  const submit = async (values: { note?: string }) => {
    clear();
    try {
      await request({ variables: { input: { caseId: risk.id, note: optionalText(values.note), expectedVersion: risk.version } } });
      message.success(`Запрос проверки направлен в ${risk.agency.shortName}`);
    } catch (error) {
      report(error, (info) => applyFieldErrors(form, info.fieldErrors, ['note']).length);
    }
  };

  return (
    <Form form={form} name="requestVerification" layout="vertical" onFinish={submit}>
      <StepFailure failure={failure} onReload={() => void onReload()} />
      <Typography.Paragraph type="secondary">
        Контактное лицо органа получит уведомление и проверит достоверность публикации.
      </Typography.Paragraph>
      <Form.Item name="note" label="Примечание для органа" rules={[maxLength(2000)]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={loading} data-testid="step-requestInformationRiskVerification">
        Запросить проверку
      </Button>
    </Form>
  );
}

export function SendProposalForm({ risk, onReload }: StepProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ proposalText: string }>();
  const [send, { loading }] = useMutation(SendCommentProposalDocument);
  const { failure, clear, report } = useStepFailure(onReload);
  const proposalClocks = risk.deadlines.filter((deadline) => deadline.kind === 'COMMENT_PROPOSAL');

  const submit = async (values: { proposalText: string }) => {
    clear();
    try {
      await send({ variables: { input: { caseId: risk.id, proposalText: values.proposalText.trim(), expectedVersion: risk.version } } });
      message.success('Предложение направлено; у органа 3 часа на проект комментария');
    } catch (error) {
      report(error, (info) => applyFieldErrors(form, info.fieldErrors, ['proposalText']).length);
    }
  };

  return (
    <Form form={form} name="sendProposal" layout="vertical" onFinish={submit}>
      <StepFailure failure={failure} onReload={() => void onReload()} />
      <div style={{ marginBottom: 12 }}>
        <OpenClocks deadlines={proposalClocks} emptyText="Срок предложения не идёт" />
      </div>
      <Form.Item
        name="proposalText"
        label="Предложение официального комментария или опровержения"
        rules={[required('Введите текст предложения'), maxLength(MAX_COMMENT_TEXT)]}
      >
        <Input.TextArea rows={4} showCount maxLength={MAX_COMMENT_TEXT} data-testid="proposal-text" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={loading} data-testid="step-sendCommentProposal">
        Направить предложение
      </Button>
    </Form>
  );
}

function DraftProblemList({ problems, risk }: { problems: DraftProblem[]; risk: StepProps['risk'] }) {
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="approval-problems">
      {problems.map((problem) => (
        <li key={`${problem.field}-${problem.reason}`} data-field={problem.field} data-reason={problem.reason}>
          {describeDraftProblem(problem, risk.topic)}
        </li>
      ))}
    </ul>
  );
}

/** Renders the center's review of the latest draft: approval, or return with remarks. */
export function ReviewDraftForm({ risk, onReload }: StepProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ remarks: string }>();
  const [approve, { loading: approving }] = useMutation(ApproveOfficialCommentDocument);
  const [returnDraft, { loading: returning }] = useMutation(ReturnCommentDraftDocument);
  const { failure, clear, report } = useStepFailure(onReload);
  const [serverProblems, setServerProblems] = useState<DraftProblem[]>([]);
  const latest = risk.drafts.at(-1);
  const localProblems = latest ? checkDraftContent(latest, risk.topic.code) : [];

  const submitApproval = async () => {
    clear();
    setServerProblems([]);
    try {
      await approve({ variables: { input: { caseId: risk.id, expectedVersion: risk.version } } });
      message.success(`Версия ${latest?.versionNumber ?? ''} согласована`);
    } catch (error) {
      const info = report(error);
      setServerProblems(draftProblemsOf(info.fieldErrors));
    }
  };

  const submitReturn = async () => {
    clear();
    setServerProblems([]);
    const values = await validValues(form);
    if (!values) {
      return;
    }
    try {
      await returnDraft({ variables: { input: { caseId: risk.id, remarks: values.remarks.trim(), expectedVersion: risk.version } } });
      message.success('Проект возвращён на доработку; у органа снова 3 часа');
      form.resetFields();
    } catch (error) {
      report(error, (info) => applyFieldErrors(form, info.fieldErrors, ['remarks']).length);
    }
  };

  return (
    <Form form={form} name="reviewDraft" layout="vertical">
      {serverProblems.length > 0 ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message={`Версию ${latest?.versionNumber ?? ''} нельзя согласовать: в проекте не хватает обязательных частей`}
          description={<DraftProblemList problems={serverProblems} risk={risk} />}
          data-testid="comment-step-error"
        />
      ) : (
        <StepFailure failure={failure} onReload={() => void onReload()} />
      )}
      {localProblems.length > 0 && serverProblems.length === 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={`В версии ${latest?.versionNumber ?? ''} не хватает обязательных частей — согласование не пройдёт`}
          description={<DraftProblemList problems={localProblems} risk={risk} />}
          data-testid="approval-precheck"
        />
      )}
      <Space wrap style={{ marginBottom: 16 }}>
        <Popconfirm
          title={`Согласовать версию ${latest?.versionNumber ?? ''}?`}
          description="Орган опубликует комментарий на своём сайте."
          okText="Согласовать"
          cancelText="Отмена"
          onConfirm={() => void submitApproval()}
        >
          <Button type="primary" loading={approving} data-testid="step-approveOfficialComment">
            Согласовать
          </Button>
        </Popconfirm>
      </Space>
      <Form.Item name="remarks" label="Замечания для органа" rules={[required('Укажите, что нужно исправить'), maxLength(MAX_COMMENT_TEXT)]}>
        <Input.TextArea rows={3} data-testid="return-remarks" />
      </Form.Item>
      <Button danger loading={returning} onClick={() => void submitReturn()} data-testid="step-returnCommentDraft">
        Вернуть на доработку
      </Button>
    </Form>
  );
}

interface DistributionValues {
  outlet: string;
  distributedAt: Dayjs;
}

export function DistributionForm({ risk, onReload }: StepProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<DistributionValues>();
  const [record, { loading }] = useMutation(RecordCommentDistributionDocument);
  const { failure, clear, report } = useStepFailure(onReload);

  const submit = async (values: DistributionValues) => {
    clear();
    try {
      await record({
        variables: {
          input: {
            caseId: risk.id,
            outlet: values.outlet.trim(),
            distributedAt: values.distributedAt.toISOString(),
            expectedVersion: risk.version,
          },
        },
      });
      message.success('Передача в СМИ отмечена');
    } catch (error) {
      report(error, (info) => applyFieldErrors(form, info.fieldErrors, ['outlet', 'distributedAt']).length);
    }
  };

  return (
    <Form form={form} name="distribution" layout="vertical" onFinish={submit} initialValues={{ distributedAt: dayjs() }}>
      <StepFailure failure={failure} onReload={() => void onReload()} />
      <Form.Item name="outlet" label="СМИ, подключённое к новостному агрегатору" rules={[required('Укажите СМИ'), maxLength(300)]}>
        <Input placeholder="Название издания" data-testid="distribution-outlet" />
      </Form.Item>
      <Form.Item
        name="distributedAt"
        label="Когда передано (МСК)"
        rules={[{ required: true, message: 'Укажите дату и время' }, notInFutureRule]}
      >
        <MoscowDateTimePicker minDate="2021-01-01" style={{ width: '100%' }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={loading} data-testid="step-recordCommentDistribution">
        Отметить передачу в СМИ
      </Button>
    </Form>
  );
}

export function CloseForm({ risk, onReload }: StepProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const [close, { loading }] = useMutation(CloseInformationRiskDocument);
  const { failure, clear, report } = useStepFailure(onReload);

  const submit = async () => {
    clear();
    const values = await validValues(form);
    if (!values) {
      return;
    }
    try {
      await close({ variables: { input: { caseId: risk.id, note: optionalText(values.note), expectedVersion: risk.version } } });
      message.success('Дело закрыто');
    } catch (error) {
      report(error, (info) => applyFieldErrors(form, info.fieldErrors, ['note']).length);
    }
  };

  return (
    <Form form={form} name="closeCase" layout="vertical">
      <StepFailure failure={failure} onReload={() => void onReload()} />
      <Form.Item name="note" label="Примечание" rules={[maxLength(2000)]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Popconfirm title="Закрыть дело?" okText="Закрыть" cancelText="Отмена" onConfirm={() => void submit()}>
        <Button type="primary" loading={loading} data-testid="step-closeInformationRisk">
          Закрыть дело
        </Button>
      </Popconfirm>
    </Form>
  );
}

interface SupersedeValues {
  reason: string;
  proposalText: string;
}

export function SupersedeForm({ risk, onReload }: StepProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<SupersedeValues>();
  const [supersede, { loading }] = useMutation(SupersedeOfficialCommentDocument);
  const { failure, clear, report } = useStepFailure(onReload);

  const submit = async (values: SupersedeValues) => {
    clear();
    try {
      await supersede({
        variables: {
          input: {
            caseId: risk.id,
            reason: values.reason.trim(),
            proposalText: values.proposalText.trim(),
            expectedVersion: risk.version,
          },
        },
      });
      message.success('Начат новый круг: у органа 3 часа на новый проект');
    } catch (error) {
      report(error, (info) => applyFieldErrors(form, info.fieldErrors, ['reason', 'proposalText']).length);
    }
  };

  return (
    <Form form={form} name="supersede" layout="vertical" onFinish={submit}>
      <StepFailure failure={failure} onReload={() => void onReload()} />
      <Typography.Paragraph type="secondary">
        Согласованная версия сохранится с отметкой о замене, сведения о публикации и передаче в СМИ будут сброшены.
      </Typography.Paragraph>
      <Form.Item name="reason" label="Причина замены" rules={[required('Укажите причину замены'), maxLength(2000)]}>
        <Input.TextArea rows={2} data-testid="supersede-reason" />
      </Form.Item>
      <Form.Item name="proposalText" label="Новое предложение для органа" rules={[required('Введите текст предложения'), maxLength(MAX_COMMENT_TEXT)]}>
        <Input.TextArea rows={3} data-testid="supersede-proposal" />
      </Form.Item>
      <Button htmlType="submit" loading={loading} data-testid="step-supersedeOfficialComment">
        Заменить комментарий
      </Button>
    </Form>
  );
}

export function RerouteForm({ risk, onReload }: StepProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ agencyId: string; note?: string }>();
  const [reroute, { loading }] = useMutation(RerouteInformationRiskDocument);
  const agencies = useAgencyOptions();
  const { failure, clear, report } = useStepFailure(onReload);
  const options = agencies.options.filter((option) => option.value !== risk.agency.id);

  const submit = async (values: { agencyId: string; note?: string }) => {
    clear();
    try {
      await reroute({
        variables: { input: { caseId: risk.id, agencyId: values.agencyId, note: optionalText(values.note), expectedVersion: risk.version } },
      });
      message.success('Дело передано другому органу');
      form.resetFields();
    } catch (error) {
      report(error, (info) => applyFieldErrors(form, info.fieldErrors, ['agencyId', 'note']).length);
    }
  };

  return (
    <Form form={form} name="reroute" layout="vertical" onFinish={submit}>
      <StepFailure failure={failure} onReload={() => void onReload()} />
      <Form.Item name="agencyId" label="Новый ответственный орган" rules={[{ required: true, message: 'Выберите орган власти' }]}>
        <Select<string> showSearch optionFilterProp="label" options={options} loading={agencies.loading} data-testid="reroute-agency" />
      </Form.Item>
      <Form.Item name="note" label="Примечание" rules={[maxLength(2000)]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Button htmlType="submit" loading={loading} data-testid="step-rerouteInformationRisk">
        Передать другому органу
      </Button>
    </Form>
  );
}

export function DismissForm({ risk, onReload }: StepProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [dismiss, { loading }] = useMutation(DismissInformationRiskDocument);
  const { failure, clear, report } = useStepFailure(onReload);

  const submit = async () => {
    clear();
    const values = await validValues(form);
    if (!values) {
      return;
    }
    try {
      await dismiss({ variables: { input: { caseId: risk.id, reason: values.reason.trim(), expectedVersion: risk.version } } });
      message.success('Дело отклонено');
    } catch (error) {
      report(error, (info) => applyFieldErrors(form, info.fieldErrors, ['reason']).length);
    }
  };

  return (
    <Form form={form} name="dismiss" layout="vertical">
      <StepFailure failure={failure} onReload={() => void onReload()} />
      <Form.Item name="reason" label="Причина отклонения" rules={[required('Укажите причину отклонения'), maxLength(2000)]}>
        <Input.TextArea rows={2} data-testid="dismiss-reason" />
      </Form.Item>
      <Popconfirm
        title="Отклонить дело?"
        description="Сроки будут остановлены, дело закроется без комментария."
        okText="Отклонить"
        cancelText="Отмена"
        onConfirm={() => void submit()}
      >
        <Button danger loading={loading} data-testid="step-dismissInformationRisk">
          Отклонить дело
        </Button>
      </Popconfirm>
    </Form>
  );
}
