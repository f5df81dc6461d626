import { ConfigProvider, theme } from 'antd';
import { Link } from 'react-router-dom';
import { describeApiError } from '../../shared/apiErrors';
import { formatDateTime } from '../../shared/format';
import { COUNTDOWN_STATE_LABELS, DEADLINE_KIND_LABELS } from '../../shared/labels';
import { ConnectionBadge } from './ConnectionBadge';
import { RemainingTime } from './CountdownTable';
import { MoscowClock } from './MoscowClock';
import { STATE_ACCENTS, WallCounter } from './WallCounter';
import { countByState, useDeadlineCountdown, type LiveDeadline } from './useDeadlineCountdown';

const WALL_FILTER = {};

function WallRow({ deadline }: { deadline: LiveDeadline }) {
  return (
    <div
      data-testid={`countdown-${deadline.id}`}
      data-state={deadline.liveState}
      style={{
        display: 'grid',
        gridTemplateColumns: '290px 270px minmax(200px, 1fr) 280px 330px 200px',
        alignItems: 'center',
        gap: 16,
        padding: '14px 20px',
        borderLeft: `8px solid ${STATE_ACCENTS[deadline.liveState]}`,
        background: '#141414',
        borderRadius: 8,
        fontSize: 26,
      }}
    >
      <span style={{ fontWeight: 600, whiteSpace: 'nowrap' }}>{deadline.subjectLabel}</span>
      <span>{DEADLINE_KIND_LABELS[deadline.kind]}</span>
      <span>{deadline.agencyShortName ?? 'Не назначен'}</span>
      <span style={{ fontSize: 22, color: '#bfbfbf', whiteSpace: 'nowrap' }}>{formatDateTime(deadline.dueAt)}</span>
      <RemainingTime deadline={deadline} fontSize={38} dark />
      <span
        style={{
          fontSize: 22,
          fontWeight: 600,
          textAlign: 'center',
          padding: '6px 12px',
          borderRadius: 6,
          color: '#000',
          background: STATE_ACCENTS[deadline.liveState],
        }}
      >
        {COUNTDOWN_STATE_LABELS[deadline.liveState]}
      </span>
    </div>
  );
}

/** Renders the wall display: the same live countdown in large type on a dark background, without the menu. */
export function WallPage() {
  const { deadlines, hasFrame, error } = useDeadlineCountdown(WALL_FILTER);
  const counts = countByState(deadlines);

  return (
    <ConfigProvider theme={{ algorithm: theme.darkAlgorithm }}>
      <div style={{ minHeight: '100vh', background: '#000', color: '#f0f0f0', padding: 32 }}>
        <header
          style={{ display: 'flex', flexWrap: 'wrap', gap: 16, justifyContent: 'space-between', alignItems: 'center', marginBottom: 24 }}
        >
          <div style={{ fontSize: 36, fontWeight: 700 }}>Контроль сроков — ЦУР Республики Марий Эл</div>
          <div style={{ display: 'flex', gap: 32, alignItems: 'center', fontSize: 32 }}>
            <Link to="/wall/comments" style={{ fontSize: 24, color: '#69b1ff' }} data-testid="wall-toggle">
              Табло опровержений
            </Link>
            <MoscowClock />
            <ConnectionBadge color="#f0f0f0" fontSize={24} />
          </div>
        </header>
        <div style={{ display: 'flex', gap: 16, marginBottom: 24 }}>
          <WallCounter title="Всего" value={counts.TOTAL} color="#69b1ff" testId="counter-total" />
          <WallCounter title="В норме" value={counts.ON_TRACK} color={STATE_ACCENTS.ON_TRACK} testId="counter-on-track" />
          <WallCounter title="Под угрозой" value={counts.AT_RISK} color={STATE_ACCENTS.AT_RISK} testId="counter-at-risk" />
          <WallCounter title="Просрочено" value={counts.OVERDUE} color={STATE_ACCENTS.OVERDUE} testId="counter-overdue" />
        </div>
        {error && (
          <div style={{ fontSize: 28, color: '#ff7875', marginBottom: 16 }}>
            Нет данных о сроках: {describeApiError(error).message}
          </div>
        )}
        {!hasFrame && !error && <div style={{ fontSize: 28, color: '#bfbfbf' }}>Ожидание данных…</div>}
        {hasFrame && deadlines.length === 0 && <div style={{ fontSize: 28, color: '#bfbfbf' }}>Нет текущих сроков</div>}
        <div style={{ display: 'flex', flexDirection: 'column', gap: 10 }}>
          {deadlines.map((deadline) => (
            <WallRow key={deadline.id} deadline={deadline} />
          ))}
        </div>
      </div>
    </ConfigProvider>
  );
}
