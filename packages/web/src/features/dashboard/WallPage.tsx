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
import './wall.css';

const WALL_FILTER = {};

function WallRow({ deadline }: { deadline: LiveDeadline }) {
  const kindLabel = DEADLINE_KIND_LABELS[deadline.kind];
  const agencyLabel = deadline.agencyShortName ?? 'Не назначен';
  const dueAt = formatDateTime(deadline.dueAt);
  const stateLabel = COUNTDOWN_STATE_LABELS[deadline.liveState];
  return (
    <div
      className="wall-row"
      data-testid={`countdown-${deadline.id}`}
      data-state={deadline.liveState}
      style={{ borderLeft: `8px solid ${STATE_ACCENTS[deadline.liveState]}` }}
    >
      <span className="wall-row__label wall-row__subject" title={deadline.subjectLabel}>
        {deadline.subjectLabel}
      </span>
      <span className="wall-row__label" title={kindLabel}>
        {kindLabel}
      </span>
      <span className="wall-row__label" title={agencyLabel}>
        {agencyLabel}
      </span>
      <span className="wall-row__due" title={dueAt}>
        {dueAt}
      </span>
      <span className="wall-row__countdown">
        <RemainingTime deadline={deadline} fontSize="var(--wall-countdown-size)" dark />
      </span>
      <span className="wall-row__badge" title={stateLabel} style={{ background: STATE_ACCENTS[deadline.liveState] }}>
        {stateLabel}
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
      <div className="wall-page">
        <header
          style={{ display: 'flex', flexWrap: 'wrap', gap: 16, justifyContent: 'space-between', alignItems: 'center', marginBottom: 24 }}
        >
          <div style={{ fontSize: 'clamp(24px, 1.9vw, 36px)', fontWeight: 700 }}>Контроль сроков — ЦУР Республики Марий Эл</div>
          <div style={{ display: 'flex', gap: 32, alignItems: 'center', fontSize: 'clamp(22px, 1.7vw, 32px)' }}>
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
