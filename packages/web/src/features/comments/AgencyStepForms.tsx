import { useMutation } from '@apollo/client';
import {
  RecordCommentPublicationDocument,
  RecordInformationRiskVerificationDocument,
  SubmitCommentDraftDocument,
  type CommentAuthorRole,
  type VerificationOutcome,
} from '@cur/schema';
import { Alert, App, Button, Form, Input, Radio, Select, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import { applyFieldErrors } from '../../shared/formErrors';
import { COMMENT_AUTHOR_ROLE_LABELS, COMMENT_DRAFT_FIELD_LABELS, optionsOf, VERIFICATION_OUTCOME_LABELS } from '../../shared/labels';
import { TopicSelect } from '../appeals/TopicSelect';
import { maxLength, optionalText, required } from '../appeals/appealFormRules';
import { useCurrentUser } from '../auth/useAuth';
import { MAX_COMMENT_TEXT, webAddressRule } from './commentFormRules';
import { checkDraftContent, incompleteDraftQuestion } from './draftContent';
import { OpenClocks } from './OpenClocks';
import type { StepProps } from './stepTypes';
import { StepFailure, useStepFailure } from './useStepFailure';

interface VerificationValues {
  outcome: VerificationOutcome;
  note?: string;
}

export function VerificationForm({ risk, onReload }: StepProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<VerificationValues>();
  const [record, { loading }] = useMutation(RecordInformationRiskVerificationDocument);
  const { failure, clear, report } = useStepFailure(onReload);
  const outcome = Form.useWatch('outcome', form);

  const submit = async (values: VerificationValues) => {
    clear();
    try {
      await record({
        variables: { input: { caseId: risk.id, outcome: values.outcome, note: optionalText(values.note), expectedVersion: risk.version } },
      });
      message.success(values.outcome === 'TRUE' ? 'Информация достоверна, дело закрыто' : 'Результат проверки направлен в ЦУР');
    } catch (error) {
      report(error, (info) => applyFieldErrors(form, info.fieldErrors, ['outcome', 'note']).length);
    }
  };

  return (
    <Form form={form} name="verification" layout="vertical" onFinish={submit}>
      <StepFailure failure={failure} onReload={() => void onReload()} />
      <Form.Item name="outcome" label="Информация в публикации" rules={[{ required: true, message: 'Выберите результат проверки' }]}>
        <Radio.Group options={optionsOf(VERIFICATION_OUTCOME_LABELS)} optionType="button" data-testid="verification-outcome" />
      </Form.Item>
      {outcome === 'TRUE' && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} message="Достоверная информация не требует опровержения: дело будет закрыто" />
      )}
      <Form.Item name="note" label="Пояснение" rules={[maxLength(MAX_COMMENT_TEXT)]}>
        <Input.TextArea rows={3} data-testid="verification-note" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={loading} data-testid="step-recordInformationRiskVerification">
        Сообщить результат проверки
      </Button>
    </Form>
  );
}

interface DraftValues {
  falseStatement?: string;
  agencyAccount?: string;
  arguments?: string;
  topicCode?: string | null;
  authorName: string;
  authorRole: CommentAuthorRole;
}

const DRAFT_FIELDS = ['falseStatement', 'agencyAccount', 'arguments', 'topicCode', 'authorName', 'authorRole'] as const;

/** Warns about an empty part without blocking the submission: the center's approval rejects such a draft. */
const neededForApproval: Rule = { required: true, whitespace: true, warningOnly: true, message: 'Без этой части проект не будет согласован' };

/**
 * The agency's new version of the official comment. After a return it starts from the latest version,
 * so that the author edits it against the center's remarks.
 */
export function DraftForm({ risk, onReload }: StepProps) {
  const { message, modal } = App.useApp();
  const user = useCurrentUser();
  const [form] = Form.useForm<DraftValues>();
  const [submitDraft, { loading }] = useMutation(SubmitCommentDraftDocument);
  const { failure, clear, report } = useStepFailure(onReload);
  const latest = risk.drafts.at(-1);
  const returned = risk.status === 'DRAFT_RETURNED' && latest?.reviewOutcome === 'RETURNED' ? latest : null;
  const draftClocks = risk.deadlines.filter((deadline) => deadline.kind === 'COMMENT_DRAFT');

  const topicRule: Rule = {
    warningOnly: true,
    validator: async (_, value: string | null | undefined) => {
      if (value && value !== risk.topic.code) {
        throw new Error(`Тема должна совпадать с темой публикации ${risk.topic.code}, иначе проект не будет согласован`);
      }
    },
  };

  const send = async (values: DraftValues) => {
    clear();
    try {
      await submitDraft({
        variables: {
          input: {
            caseId: risk.id,
            falseStatement: optionalText(values.falseStatement),
            agencyAccount: optionalText(values.agencyAccount),
            arguments: optionalText(values.arguments),
            topicCode: values.topicCode ?? null,
            authorName: values.authorName.trim(),
            authorRole: values.authorRole,
            expectedVersion: risk.version,
          },
        },
      });
      message.success(`Проект версии ${risk.drafts.length + 1} направлен на согласование в ЦУР`);
    } catch (error) {
      report(error, (info) => applyFieldErrors(form, info.fieldErrors, DRAFT_FIELDS).length);
    }
  };

  /** Sends a complete draft at once and asks first about a draft that the center could not approve. */
  const submit = async (values: DraftValues) => {
    const content = {
      falseStatement: values.falseStatement,
      agencyAccount: values.agencyAccount,
      arguments: values.arguments,
      topic: values.topicCode ? { code: values.topicCode } : null,
    };
    const question = incompleteDraftQuestion(checkDraftContent(content, risk.topic.code), risk.topic);
    if (!question) {
      await send(values);
      return;
    }
    modal.confirm({
      title: 'Проект неполный',
      content: <span data-testid="draft-incomplete-question">{question}</span>,
      okText: 'Отправить',
      cancelText: 'Вернуться к проекту',
      onOk: () => send(values),
    });
  };

  return (
    <Form
      form={form}
      name="commentDraft"
      layout="vertical"
      onFinish={submit}
      initialValues={{
        falseStatement: returned?.falseStatement ?? undefined,
        agencyAccount: returned?.agencyAccount ?? undefined,
        arguments: returned?.arguments ?? undefined,
        topicCode: risk.topic.code,
        authorName: latest?.authorName ?? user.fullName,
        authorRole: latest?.authorRole ?? 'PRESS_SECRETARY',
      }}
    >
      <StepFailure failure={failure} onReload={() => void onReload()} />
      <div style={{ marginBottom: 12 }}>
        <OpenClocks deadlines={draftClocks} emptyText="Срок проекта не идёт" />
      </div>
      {risk.proposalText && (
        <Alert type="info" style={{ marginBottom: 12 }} message="Предложение ЦУР" description={<span style={{ whiteSpace: 'pre-wrap' }}>{risk.proposalText}</span>} />
      )}
      {returned?.remarks && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={`Замечания ЦУР к версии ${returned.versionNumber}`}
          description={<span style={{ whiteSpace: 'pre-wrap' }}>{returned.remarks}</span>}
        />
      )}
      <Form.Item
        name="falseStatement"
        label={COMMENT_DRAFT_FIELD_LABELS.falseStatement}
        extra="Точная цитата из публикации, которая не соответствует действительности или не подтверждена"
        rules={[neededForApproval, maxLength(MAX_COMMENT_TEXT)]}
      >
        <Input.TextArea rows={3} data-testid="draft-falseStatement" />
      </Form.Item>
      <Form.Item
        name="agencyAccount"
        label={COMMENT_DRAFT_FIELD_LABELS.agencyAccount}
        extra="Как обстоит дело, от имени органа"
        rules={[neededForApproval, maxLength(MAX_COMMENT_TEXT)]}
      >
        <Input.TextArea rows={4} data-testid="draft-agencyAccount" />
      </Form.Item>
      <Form.Item
        name="arguments"
        label={COMMENT_DRAFT_FIELD_LABELS.arguments}
        extra="Цифры, документы, ссылки, которые подтверждают позицию органа"
        rules={[neededForApproval, maxLength(MAX_COMMENT_TEXT)]}
      >
        <Input.TextArea rows={4} data-testid="draft-arguments" />
      </Form.Item>
      <Form.Item
        name="topicCode"
        label={COMMENT_DRAFT_FIELD_LABELS.topicCode}
        extra={`Тема публикации: ${risk.topic.code} — ${risk.topic.title}`}
        rules={[{ ...neededForApproval, whitespace: false }, topicRule]}
      >
        <TopicSelect allowClear data-testid="draft-topic" />
      </Form.Item>
      <Form.Item name="authorName" label="ФИО автора" rules={[required('Укажите автора комментария'), maxLength(300)]}>
        <Input data-testid="draft-authorName" />
      </Form.Item>
      <Form.Item name="authorRole" label="Автор комментария" rules={[{ required: true, message: 'Выберите, кто готовит комментарий' }]}>
        <Select<CommentAuthorRole> options={optionsOf(COMMENT_AUTHOR_ROLE_LABELS)} data-testid="draft-authorRole" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={loading} data-testid="step-submitCommentDraft">
        Направить проект на согласование
      </Button>
    </Form>
  );
}

export function PublicationForm({ risk, onReload }: StepProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ publishedUrl: string }>();
  const [record, { loading }] = useMutation(RecordCommentPublicationDocument);
  const { failure, clear, report } = useStepFailure(onReload);

  const submit = async (values: { publishedUrl: string }) => {
    clear();
    try {
      await record({ variables: { input: { caseId: risk.id, publishedUrl: values.publishedUrl.trim(), expectedVersion: risk.version } } });
      message.success('Публикация отмечена; текст комментария направлен пресс-службе Главы');
    } catch (error) {
      report(error, (info) => applyFieldErrors(form, info.fieldErrors, ['publishedUrl']).length);
    }
  };

  return (
    <Form form={form} name="publication" layout="vertical" onFinish={submit}>
      <StepFailure failure={failure} onReload={() => void onReload()} />
      <Typography.Paragraph type="secondary">
        Опубликуйте согласованный комментарий на официальном сайте органа и укажите адрес страницы. После этого текст
        комментария будет направлен пресс-службе Главы по электронной почте.
      </Typography.Paragraph>
      <Form.Item name="publishedUrl" label="Адрес публикации на сайте органа" rules={[required('Укажите адрес страницы'), webAddressRule('publishedUrl')]}>
        <Input placeholder="https://mari-el.gov.ru/..." data-testid="published-url" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={loading} data-testid="step-recordCommentPublication">
        Отметить публикацию
      </Button>
    </Form>
  );
}
