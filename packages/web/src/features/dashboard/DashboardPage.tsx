import { DesktopOutlined } from '@ant-design/icons';
import type { CountdownState, DeadlineCountdownFilter, DeadlineKind } from '@cur/schema';
import { Alert, Button, Card, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { describeApiError } from '../../shared/apiErrors';
import { formatMoscowClock } from '../../shared/format';
import { COUNTDOWN_STATE_LABELS, DEADLINE_KIND_LABELS, optionsOf } from '../../shared/labels';
import { useAgencyOptions } from '../agencies/useAgencyOptions';
import { canViewInformationRisks, canWorkWithAppeals, isCenterRole } from '../auth/permissions';
import { useCurrentUser } from '../auth/useAuth';
import { ConnectionBadge } from './ConnectionBadge';
import { CountdownCounters } from './CountdownCounters';
import { CountdownTable } from './CountdownTable';
import { useDeadlineCountdown } from './useDeadlineCountdown';

/** Renders the live deadline monitor: counters by state and every running deadline, soonest first. */
export function DashboardPage() {
  const user = useCurrentUser();
  const center = isCenterRole(user.role);
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [state, setState] = useState<CountdownState | null>(null);
  const [kind, setKind] = useState<DeadlineKind | null>(null);
  const agencies = useAgencyOptions(!center);

  // The agency narrows the subscription on the server. The state and kind filter the frames here,
  // so that the counters always cover every state.
  const filter = useMemo<DeadlineCountdownFilter>(() => (agencyId ? { agencyId } : {}), [agencyId]);
  const { deadlines, hasFrame, lastFrameAt, error, restart } = useDeadlineCountdown(filter);
  const ofKind = kind ? deadlines.filter((deadline) => deadline.kind === kind) : deadlines;
  const visibleDeadlines = state ? ofKind.filter((deadline) => deadline.liveState === state) : ofKind;
  const canOpenSubject = (subjectType: string) =>
    (subjectType === 'APPEAL' && canWorkWithAppeals(user)) ||
    (subjectType === 'INFORMATION_RISK' && canViewInformationRisks(user));

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2} style={{ margin: 0 }}>
          Контроль сроков
        </Typography.Title>
        <Space size="large" wrap>
          <ConnectionBadge />
          <Typography.Text type="secondary" data-testid="last-frame-at">
            {lastFrameAt ? `Обновлено: ${formatMoscowClock(new Date(lastFrameAt))} МСК` : 'Ожидание данных…'}
          </Typography.Text>
          <a href="/wall" target="_blank" rel="noreferrer">
            <Button icon={<DesktopOutlined />}>Табло</Button>
          </a>
          <a href="/wall/comments" target="_blank" rel="noreferrer">
            <Button icon={<DesktopOutlined />} data-testid="wall-comments-link">
              Табло опровержений
            </Button>
          </a>
        </Space>
      </Space>

      {error && (
        <Alert
          type="error"
          showIcon
          message="Не удалось получить сроки"
          description={describeApiError(error).message}
          action={<Button onClick={restart}>Повторить</Button>}
        />
      )}

      <CountdownCounters deadlines={ofKind} selected={state} onSelect={setState} />

      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select<CountdownState>
            allowClear
            placeholder="Состояние"
            style={{ width: 200 }}
            value={state ?? undefined}
            onChange={(value) => setState(value ?? null)}
            options={optionsOf(COUNTDOWN_STATE_LABELS)}
            data-testid="dashboard-state-filter"
          />
          <Select<DeadlineKind>
            allowClear
            placeholder="Этап"
            style={{ width: 200 }}
            value={kind ?? undefined}
            onChange={(value) => setKind(value ?? null)}
            options={optionsOf(DEADLINE_KIND_LABELS)}
          />
          {center && (
            <Select<string>
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder="Орган власти"
              style={{ width: 280 }}
              value={agencyId ?? undefined}
              onChange={(value) => setAgencyId(value ?? null)}
              options={agencies.options}
              loading={agencies.loading}
              data-testid="dashboard-agency-filter"
            />
          )}
        </Space>
        <CountdownTable deadlines={visibleDeadlines} loading={!hasFrame && !error} canOpenSubject={canOpenSubject} />
      </Card>
    </Space>
  );
}
