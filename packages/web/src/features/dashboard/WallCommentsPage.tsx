import type { DeadlineCountdownFilter } from '@cur/schema';
import { ConfigProvider, theme } from 'antd';
import { Link } from 'react-router-dom';
import { describeApiError } from '../../shared/apiErrors';
import { formatCountdown, formatDateTime } from '../../shared/format';
import { COUNTDOWN_STATE_LABELS, DEADLINE_KIND_LABELS } from '../../shared/labels';
import { ConnectionBadge } from './ConnectionBadge';
import { MoscowClock } from './MoscowClock';
import { STATE_ACCENTS, WallCounter } from './WallCounter';
import { countByState, useDeadlineCountdown, type LiveDeadline } from './useDeadlineCountdown';

/** The filter for the two 3-hour clocks of misinformation cases: the center's proposal and the agency's draft. */
const COMMENT_CLOCKS_FILTER: DeadlineCountdownFilter = {
  subjectType: 'INFORMATION_RISK',
  kinds: ['COMMENT_PROPOSAL', 'COMMENT_DRAFT'],
};

/** Dark tints of the state colours for the tile backgrounds. */
const STATE_BACKGROUNDS: Record<LiveDeadline['liveState'], string> = {
  ON_TRACK: '#0f2a0a',
  AT_RISK: '#3a2308',
  OVERDUE: '#4a0f12',
};

const MONOSPACE = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

function ClockTile({ deadline }: { deadline: LiveDeadline }) {
  const accent = STATE_ACCENTS[deadline.liveState];
  return (
    <div
      data-testid={`wall-clock-${deadline.id}`}
      data-state={deadline.liveState}
      data-seconds={deadline.liveRemainingSeconds}
      style={{
        background: STATE_BACKGROUNDS[deadline.liveState],
        border: `6px solid ${accent}`,
        borderRadius: 16,
        padding: '20px 28px',
        // The clock's font size follows the tile's width (cqw), so that «−00:00:00» always fits.
        containerType: 'inline-size',
        display: 'flex',
        flexDirection: 'column',
        gap: 4,
      }}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 16 }}>
        <span style={{ fontSize: 44, fontWeight: 700, whiteSpace: 'nowrap' }}>{deadline.subjectLabel}</span>
        <span
          style={{ fontSize: 28, fontWeight: 700, padding: '4px 16px', borderRadius: 8, color: '#000', background: accent, whiteSpace: 'nowrap' }}
        >
          {COUNTDOWN_STATE_LABELS[deadline.liveState]}
        </span>
      </div>
      <div style={{ fontSize: 40, fontWeight: 600 }}>{deadline.agencyShortName ?? 'Орган не назначен'}</div>
      <div style={{ fontSize: 30, color: '#d9d9d9' }}>{DEADLINE_KIND_LABELS[deadline.kind]}</div>
      <div
        style={{
          fontFamily: MONOSPACE,
          fontVariantNumeric: 'tabular-nums',
          fontSize: 'min(180px, 17cqw)',
          fontWeight: 800,
          lineHeight: 1.05,
          whiteSpace: 'nowrap',
          color: accent,
        }}
      >
        {formatCountdown(deadline.liveRemainingSeconds)}
      </div>
      <div style={{ fontSize: 26, color: '#bfbfbf' }}>Срок: {formatDateTime(deadline.dueAt)}</div>
    </div>
  );
}

/**
 * Renders the wall display of misinformation clocks: every running 3-hour clock in very large type,
 * the least time left first, coloured by the state of the server's latest frame.
 */
export function WallCommentsPage() {
  const { deadlines, hasFrame, error } = useDeadlineCountdown(COMMENT_CLOCKS_FILTER);
  const counts = countByState(deadlines);

  return (
    <ConfigProvider theme={{ algorithm: theme.darkAlgorithm }}>
      <div style={{ minHeight: '100vh', background: '#000', color: '#f0f0f0', padding: 32 }}>
        <header
          style={{ display: 'flex', flexWrap: 'wrap', gap: 16, justifyContent: 'space-between', alignItems: 'center', marginBottom: 24 }}
        >
          <div style={{ fontSize: 40, fontWeight: 700 }}>Недостоверная информация — сроки официальных комментариев</div>
          <div style={{ display: 'flex', gap: 32, alignItems: 'center', fontSize: 36 }}>
            <Link to="/wall" style={{ fontSize: 24, color: '#69b1ff' }} data-testid="wall-toggle">
              Все сроки
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
          <div style={{ fontSize: 32, color: '#ff7875', marginBottom: 16 }}>Нет данных о сроках: {describeApiError(error).message}</div>
        )}
        {!hasFrame && !error && <div style={{ fontSize: 32, color: '#bfbfbf' }}>Ожидание данных…</div>}
        {hasFrame && deadlines.length === 0 && (
          <div style={{ fontSize: 48, color: '#bfbfbf', textAlign: 'center', marginTop: 96 }}>Нет идущих сроков по недостоверной информации</div>
        )}
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(620px, 1fr))', gap: 24 }}>
          {deadlines.map((deadline) => (
            <ClockTile key={deadline.id} deadline={deadline} />
          ))}
        </div>
      </div>
    </ConfigProvider>
  );
}
