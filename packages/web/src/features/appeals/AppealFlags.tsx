import { useMutation } from '@apollo/client';
import { FlagAppealDocument, ResolveAppealFlagDocument, type AppealFlagDetailsFragment, type AppealFlagKind } from '@cur/schema';
import { App, Button, Empty, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { applyFieldErrors } from '../../shared/formErrors';
import { formatDateTime } from '../../shared/format';
import { FLAG_KIND_LABELS, optionsOf } from '../../shared/labels';
import { canFlagAppeal, canReviewAppeals } from '../auth/permissions';
import { useCurrentUser } from '../auth/useAuth';
import { maxLength, required } from './appealFormRules';
import { StepFailure, useStepFailure } from './stepFailure';

const FLAG_KIND_OPTIONS = optionsOf(FLAG_KIND_LABELS);

/** antd Tag colours of the flag kinds. */
export const FLAG_KIND_COLORS: Record<AppealFlagKind, string> = {
  CONFLICT_SITUATION: 'volcano',
  COMMUNICATION_ERROR: 'magenta',
};

interface FlagsProps {
  appealId: string;
  agencyId: string | null | undefined;
  flags: AppealFlagDetailsFragment[];
  onChanged: () => Promise<unknown>;
}

function FlagForm({ appealId, onChanged }: Pick<FlagsProps, 'appealId' | 'onChanged'>) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ kind: AppealFlagKind; note: string }>();
  const [flagAppeal, { loading }] = useMutation(FlagAppealDocument);
  const { failure, clear, report } = useStepFailure();

  const submit = async (values: { kind: AppealFlagKind; note: string }) => {
    clear();
    try {
      await flagAppeal({ variables: { input: { appealId, kind: values.kind, note: values.note.trim() } } });
      message.success('Отметка добавлена');
      form.resetFields();
      await onChanged();
    } catch (error) {
      report(error, (info) => applyFieldErrors(form, info.fieldErrors, ['kind', 'note']).length);
    }
  };

  return (
    <Form form={form} name="flag" layout="vertical" onFinish={submit}>
      <StepFailure failure={failure} onReload={() => void onChanged()} />
      <Form.Item name="kind" label="Вид" rules={[{ required: true, message: 'Выберите вид отметки' }]}>
        <Select<AppealFlagKind> options={FLAG_KIND_OPTIONS} data-testid="flag-kind" />
      </Form.Item>
      <Form.Item name="note" label="Описание" rules={[required('Опишите ситуацию'), maxLength(4000)]}>
        <Input.TextArea rows={2} data-testid="flag-note" />
      </Form.Item>
      <Button htmlType="submit" loading={loading} data-testid="flag-submit">
        Добавить отметку
      </Button>
    </Form>
  );
}

function ResolveForm({ flagId, onChanged }: { flagId: string; onChanged: () => Promise<unknown> }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ resolution: string }>();
  const [resolve, { loading }] = useMutation(ResolveAppealFlagDocument);
  const { failure, clear, report } = useStepFailure();

  const submit = async (values: { resolution: string }) => {
    clear();
    try {
      await resolve({ variables: { input: { flagId, resolution: values.resolution.trim() } } });
      message.success('Ситуация отмечена урегулированной');
      await onChanged();
    } catch (error) {
      report(error, (info) => applyFieldErrors(form, info.fieldErrors, ['resolution']).length);
    }
  };

  return (
    <Form form={form} name={`resolve-${flagId}`} layout="inline" onFinish={submit} style={{ width: '100%' }}>
      <StepFailure failure={failure} onReload={() => void onChanged()} />
      <Form.Item name="resolution" rules={[required('Опишите, как урегулировано'), maxLength(4000)]} style={{ flex: 1 }}>
        <Input placeholder="Как урегулировано" data-testid="flag-resolution" />
      </Form.Item>
      <Button htmlType="submit" loading={loading} data-testid="flag-resolve">
        Урегулировано
      </Button>
    </Form>
  );
}

/** Renders an appeal's flags with their state, the add form, and resolving for the center. */
export function AppealFlags({ appealId, agencyId, flags, onChanged }: FlagsProps) {
  const user = useCurrentUser();
  const [adding, setAdding] = useState(false);
  const center = canReviewAppeals(user);

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="appeal-flags">
      {flags.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Отметок нет" />
      ) : (
        <List
          size="small"
          dataSource={flags}
          renderItem={(flag) => (
            <List.Item key={flag.id}>
              <Space direction="vertical" size={2} style={{ width: '100%' }}>
                <Space wrap>
                  <Tag color={FLAG_KIND_COLORS[flag.kind]}>{FLAG_KIND_LABELS[flag.kind]}</Tag>
                  <Tag color={flag.resolvedAt ? 'green' : 'red'}>{flag.resolvedAt ? 'Урегулировано' : 'Открыто'}</Tag>
                  <Typography.Text type="secondary">
                    {formatDateTime(flag.createdAt)}
                    {flag.createdBy ? `, ${flag.createdBy.fullName}` : ''}
                  </Typography.Text>
                </Space>
                <Typography.Text>{flag.note}</Typography.Text>
                {flag.resolvedAt && (
                  <Typography.Text type="secondary">
                    Урегулировано {formatDateTime(flag.resolvedAt)}: {flag.resolution}
                  </Typography.Text>
                )}
                {!flag.resolvedAt && center && <ResolveForm flagId={flag.id} onChanged={onChanged} />}
              </Space>
            </List.Item>
          )}
        />
      )}
      {canFlagAppeal(user, agencyId) &&
        (adding ? (
          <FlagForm
            appealId={appealId}
            onChanged={async () => {
              setAdding(false);
              await onChanged();
            }}
          />
        ) : (
          <Button onClick={() => setAdding(true)} data-testid="flag-add">
            Отметить ситуацию
          </Button>
        ))}
    </Space>
  );
}
