import type { CountdownState } from '@cur/schema';
import { Card, Col, Row, Statistic } from 'antd';
import type { LiveDeadline } from './useDeadlineCountdown';
import { countByState } from './useDeadlineCountdown';

interface CountdownCountersProps {
  deadlines: LiveDeadline[];
  /** The selected state, or null for all. */
  selected: CountdownState | null;
  onSelect: (state: CountdownState | null) => void;
}

const COUNTERS: { key: CountdownState | null; testId: string; title: string; color: string }[] = [
  { key: null, testId: 'counter-total', title: 'Всего', color: '#1677ff' },
  { key: 'ON_TRACK', testId: 'counter-on-track', title: 'В норме', color: '#389e0d' },
  { key: 'AT_RISK', testId: 'counter-at-risk', title: 'Под угрозой', color: '#d46b08' },
  { key: 'OVERDUE', testId: 'counter-overdue', title: 'Просрочено', color: '#cf1322' },
];

/** Counts of running deadlines by state; a click on a counter filters the table by that state. */
export function CountdownCounters({ deadlines, selected, onSelect }: CountdownCountersProps) {
  const counts = countByState(deadlines);
  return (
    <Row gutter={[16, 16]}>
      {COUNTERS.map((counter) => (
        <Col key={counter.testId} xs={12} md={6}>
          <Card
            hoverable
            onClick={() => onSelect(counter.key)}
            style={{ borderColor: selected === counter.key ? counter.color : undefined }}
            data-testid={counter.testId}
          >
            <Statistic
              title={counter.title}
              value={counter.key ? counts[counter.key] : counts.TOTAL}
              valueStyle={{ color: counter.color }}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
