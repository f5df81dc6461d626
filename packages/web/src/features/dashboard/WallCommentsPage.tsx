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

/**
 * The narrowest tile. The grid then holds 4 columns at 1920 px and 3 at 1440 px, and the time left
 * stays readable from across a room.
 */
const MIN_TILE_WIDTH = 400;

function ClockTile({ deadline }: { deadline: LiveDeadline }) {
  const accent = STATE_ACCENTS[deadline.liveState];
  return (
    <div
      data-testid={`wall-clock-${deadline.id}`}
      data-state={deadline.liveState}
      data-seconds={deadline.liveRemainingSeconds}
      style={{
        background: STATE_BACKGROUNDS[deadline.liveState],
        border: `4px solid ${accent}`,
        borderRadius: 12,
        padding: '12px 18px',
        // The clock's font size follows the tile's width (cqw), so that «−00:00:00» always fits.
        containerType: 'inline-size',
        display: 'flex',
        flexDirection: 'column',
        gap: 2,
        minWidth: 0,
      }}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 12 }}>
        <span style={{ fontSize: 26, fontWeight: 700, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
          {deadline.subjectLabel}
        </span>
        <span
          style={{ fontSize: 18, fontWeight: 700, padding: '2px 10px', borderRadius: 6, color: '#000', background: accent, whiteSpace: 'nowrap' }}
        >
          {COUNTDOWN_STATE_LABELS[deadline.liveState]}
        </span>
      </div>
      <div style={{ fontSize: 24, fontWeight: 600, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
        {deadline.agencyShortName ?? 'Орган не назначен'}
      </div>
      <div
        style={{
          fontFamily: MONOSPACE,
          fontVariantNumeric: 'tabular-nums',
          fontSize: 'min(120px, 17cqw)',
          fontWeight: 800,
          lineHeight: 1.05,
          whiteSpace: 'nowrap',
          color: accent,
        }}
      >
        {formatCountdown(deadline.liveRemainingSeconds)}
      </div>
      <div style={{ fontSize: 18, color: '#d9d9d9' }}>
        {DEADLINE_KIND_LABELS[deadline.kind]} · срок {formatDateTime(deadline.dueAt)}
      </div>
    </div>
  );
}

/**
 * Renders the wall display of misinformation clocks: every running 3-hour clock in a dense grid with
 * large digits, the least time left first, coloured by the state of the server's latest frame.
 * The page scrolls when there are more tiles than fit on the screen.
 */
export function WallCommentsPage() {
  const { deadlines, hasFrame, error } = useDeadlineCountdown(COMMENT_CLOCKS_FILTER);
  const counts = countByState(deadlines);

  return (
    <ConfigProvider theme={{ algorithm: theme.darkAlgorithm }}>
      <div style={{ boxSizing: 'border-box', minHeight: '100vh', background: '#000', color: '#f0f0f0', padding: '20px 32px' }}>
        <header
          style={{ display: 'flex', flexWrap: 'wrap', gap: 16, justifyContent: 'space-between', alignItems: 'center', marginBottom: 16 }}
        >
          <div style={{ fontSize: 32, fontWeight: 700 }}>Недостоверная информация — сроки официальных комментариев</div>
          <div style={{ display: 'flex', gap: 32, alignItems: 'center', fontSize: 36 }}>
            <Link to="/wall" style={{ fontSize: 24, color: '#69b1ff' }} data-testid="wall-toggle">
              Все сроки
            </Link>
            <MoscowClock />
            <ConnectionBadge color="#f0f0f0" fontSize={24} />
          </div>
        </header>
        <div style={{ display: 'flex', gap: 16, marginBottom: 16 }}>
          <WallCounter title="Всего" value={counts.TOTAL} color="#69b1ff" testId="counter-total" valueFontSize={48} />
          <WallCounter title="В норме" value={counts.ON_TRACK} color={STATE_ACCENTS.ON_TRACK} testId="counter-on-track" valueFontSize={48} />
          <WallCounter title="Под угрозой" value={counts.AT_RISK} color={STATE_ACCENTS.AT_RISK} testId="counter-at-risk" valueFontSize={48} />
          <WallCounter title="Просрочено" value={counts.OVERDUE} color={STATE_ACCENTS.OVERDUE} testId="counter-overdue" valueFontSize={48} />
        </div>
        {error && (
          <div style={{ fontSize: 32, color: '#ff7875', marginBottom: 16 }}>Нет данных о сроках: {describeApiError(error).message}</div>
        )}
        {!hasFrame && !error && <div style={{ fontSize: 32, color: '#bfbfbf' }}>Ожидание данных…</div>}
        {hasFrame && deadlines.length === 0 && (
          <div style={{ fontSize: 48, color: '#bfbfbf', textAlign: 'center', marginTop: 96 }}>Нет идущих сроков по недостоверной информации</div>
        )}
        <div style={{ display: 'grid', gridTemplateColumns: `repeat(auto-fill, minmax(${MIN_TILE_WIDTH}px, 1fr))`, gap: 16 }}>
          {deadlines.map((deadline) => (
            <ClockTile key={deadline.id} deadline={deadline} />
          ))}
        </div>
      </div>
    </ConfigProvider>
  );
}
