import { useMutation, useQuery } from '@apollo/client';
import {
  AppealRepeatsDocument,
  ConfirmAppealRepeatDocument,
  RejectAppealRepeatDocument,
  type RepeatSuggestionDetailsFragment,
} from '@cur/schema';
import { Alert, App, Button, Card, Empty, Input, List, Modal, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { describeApiError } from '../../shared/apiErrors';
import { formatDateTime } from '../../shared/format';
import { APPEAL_STATUS_LABELS } from '../../shared/labels';
import { SectionLoading } from '../../shared/PageState';
import { canDecideRepeat } from '../auth/permissions';
import { useCurrentUser } from '../auth/useAuth';
import { describeRepeatReason, openSuggestionCount, REPEAT_STATUS_COLORS, REPEAT_STATUS_LABELS } from './repeatSuggestions';

interface AppealRepeatsPanelProps {
  appealId: string;
  agencyId: string | null | undefined;
  /** Reloads the card, whose history and version a decision changes. */
  onChanged: () => unknown;
}

const TEXT_PREVIEW_ROWS = 2;

/** Renders the earlier appeals of the same appellant found at registration, with confirm and reject. */
export function AppealRepeatsPanel({ appealId, agencyId, onChanged }: AppealRepeatsPanelProps) {
  const user = useCurrentUser();
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(AppealRepeatsDocument, { variables: { id: appealId } });
  const [confirm, confirming] = useMutation(ConfirmAppealRepeatDocument);
  const [reject, rejecting] = useMutation(RejectAppealRepeatDocument);
  const [rejected, setRejected] = useState<RepeatSuggestionDetailsFragment | null>(null);
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<string | null>(null);

  const appeal = data?.appeal;
  const suggestions = appeal?.repeatSuggestions ?? [];
  const mayDecide = canDecideRepeat(user, agencyId);

  const afterDecision = async (text: string) => {
    setFailure(null);
    message.success(text);
    await Promise.all([refetch(), onChanged()]);
  };

  const confirmSuggestion = async (suggestion: RepeatSuggestionDetailsFragment) => {
    try {
      await confirm({ variables: { input: { suggestionId: suggestion.id } } });
      await afterDecision('Повторное обращение подтверждено');
    } catch (caught) {
      setFailure(describeApiError(caught, { INVALID_TRANSITION: 'По этому предложению уже принято решение — обновите карточку' }).message);
    }
  };

  const rejectSuggestion = async () => {
    if (!rejected) {
      return;
    }
    try {
      await reject({ variables: { input: { suggestionId: rejected.id, note: note.trim() || null } } });
      setRejected(null);
      setNote('');
      await afterDecision('Предложение отклонено');
    } catch (caught) {
      const info = describeApiError(caught, { INVALID_TRANSITION: 'По этому предложению уже принято решение — обновите карточку' });
      setFailure(info.fieldErrors[0]?.message ?? info.message);
    }
  };

  const open = openSuggestionCount(suggestions);
  return (
    <Card
      title={
        <Space>
          Возможные повторные
          {open > 0 && <Tag color="gold">{open}</Tag>}
        </Space>
      }
      data-testid="appeal-repeats"
    >
      {loading && !data && <SectionLoading rows={2} />}
      {error && !data && <Alert type="error" showIcon message={describeApiError(error).message} />}
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} closable onClose={() => setFailure(null)} />}
      {appeal?.repeatOf && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={
            <span data-testid="appeal-repeat-of">
              Повтор обращения <Link to={`/appeals/${appeal.repeatOf.id}`}>{appeal.repeatOf.number}</Link> от {formatDateTime(appeal.repeatOf.receivedAt)}
            </span>
          }
        />
      )}
      {data && suggestions.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Ранее обращений этого заявителя по схожему вопросу не найдено" />}
      {suggestions.length > 0 && (
        <List
          itemLayout="vertical"
          dataSource={suggestions}
          renderItem={(suggestion) => (
            <List.Item
              key={suggestion.id}
              data-testid="repeat-suggestion"
              data-status={suggestion.status}
              actions={
                suggestion.status === 'SUGGESTED' && mayDecide
                  ? [
                      <Popconfirm
                        key="confirm"
                        title="Подтвердить повтор?"
                        description="Остальные предложения по этому обращению будут отклонены."
                        okText="Подтвердить"
                        cancelText="Отмена"
                        onConfirm={() => confirmSuggestion(suggestion)}
                      >
                        <Button size="small" type="primary" loading={confirming.loading} data-testid="repeat-confirm">
                          Это повтор
                        </Button>
                      </Popconfirm>,
                      <Button key="reject" size="small" onClick={() => setRejected(suggestion)} data-testid="repeat-reject">
                        Не повтор
                      </Button>,
                    ]
                  : undefined
              }
            >
              <Space direction="vertical" size={2} style={{ width: '100%' }}>
                <Space wrap>
                  {suggestion.earlierAppeal ? (
                    <Link to={`/appeals/${suggestion.earlierAppeal.id}`}>{suggestion.earlierAppeal.number}</Link>
                  ) : (
                    <Typography.Text type="secondary">Обращение недоступно</Typography.Text>
                  )}
                  <Tag color={REPEAT_STATUS_COLORS[suggestion.status]}>{REPEAT_STATUS_LABELS[suggestion.status]}</Tag>
                </Space>
                {suggestion.earlierAppeal && (
                  <Typography.Text type="secondary">
                    {formatDateTime(suggestion.earlierAppeal.receivedAt)} · {APPEAL_STATUS_LABELS[suggestion.earlierAppeal.status]} ·{' '}
                    {suggestion.earlierAppeal.topic.title}
                  </Typography.Text>
                )}
                <Typography.Text>{describeRepeatReason(suggestion)}</Typography.Text>
                {suggestion.earlierAppeal && (
                  <Typography.Paragraph ellipsis={{ rows: TEXT_PREVIEW_ROWS, tooltip: suggestion.earlierAppeal.text }} style={{ marginBottom: 0 }}>
                    {suggestion.earlierAppeal.text}
                  </Typography.Paragraph>
                )}
                {suggestion.note && <Typography.Text type="secondary">Примечание: {suggestion.note}</Typography.Text>}
                {suggestion.decidedBy && suggestion.decidedAt && (
                  <Typography.Text type="secondary">
                    Решение: {suggestion.decidedBy.fullName}, {formatDateTime(suggestion.decidedAt)}
                  </Typography.Text>
                )}
              </Space>
            </List.Item>
          )}
        />
      )}
      <Modal
        open={rejected !== null}
        title={`Не повтор ${rejected?.earlierAppeal?.number ?? ''}`}
        okText="Отклонить предложение"
        cancelText="Отмена"
        confirmLoading={rejecting.loading}
        onOk={() => void rejectSuggestion()}
        onCancel={() => setRejected(null)}
      >
        <Typography.Paragraph>Укажите, чем обращения различаются (необязательно).</Typography.Paragraph>
        <Input.TextArea rows={3} maxLength={1000} showCount value={note} onChange={(event) => setNote(event.target.value)} data-testid="repeat-reject-note" />
      </Modal>
    </Card>
  );
}
