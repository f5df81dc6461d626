import type { DeadlineDetailsFragment } from '@cur/schema';
import { Card, Collapse, Descriptions, Empty, List, Space, Tag, Typography } from 'antd';
import { formatDateTime, formatLocalDate, pluralRu } from '../../shared/format';
import {
  DEADLINE_KIND_LABELS,
  DEADLINE_STATUS_COLORS,
  DEADLINE_STATUS_LABELS,
  NON_WORKING_END_LABELS,
  RULE_UNIT_FORMS,
  SHIFT_DIRECTION_LABELS,
} from '../../shared/labels';
import { recomputationText } from './appealSteps';

type Explanation = DeadlineDetailsFragment['explanation'];

const DAY_FORMS = ['день', 'дня', 'дней'] as const;

/** Lowercases the first letter only, so that abbreviations such as «ЦУР» keep their case. */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function ruleAmountText(kind: Explanation['rule']['kind'], amount: number): string {
  return pluralRu(amount, RULE_UNIT_FORMS[kind]);
}

function ExplanationDetails({ explanation }: { explanation: Explanation }) {
  const { rule, shift } = explanation;
  return (
    <Descriptions column={1} size="small" bordered>
      <Descriptions.Item label="Начало отсчёта">{formatDateTime(explanation.startedAt)}</Descriptions.Item>
      <Descriptions.Item label="День начала (день 0)">{formatLocalDate(explanation.startDate)}</Descriptions.Item>
      <Descriptions.Item label="Правило">
        {ruleAmountText(rule.kind, rule.amount)}; срок, оканчивающийся в нерабочий день,{' '}
        {NON_WORKING_END_LABELS[rule.nonWorkingEnd]}
      </Descriptions.Item>
      <Descriptions.Item label="Источник правила">
        {explanation.policyId ? `политика сроков ${explanation.policyId}` : 'постоянное правило для этого вида срока'}
      </Descriptions.Item>
      <Descriptions.Item label="Засчитано">
        {rule.kind === 'HOURS'
          ? ruleAmountText('HOURS', explanation.hoursCounted)
          : pluralRu(explanation.daysCounted, DAY_FORMS)}
      </Descriptions.Item>
      {shift && explanation.lastDayBeforeShift && (
        <Descriptions.Item label="Последний день до переноса">
          {formatLocalDate(explanation.lastDayBeforeShift)}
        </Descriptions.Item>
      )}
      <Descriptions.Item label="Пропущенные нерабочие дни">
        {explanation.nonWorkingDaysSkipped.length === 0 ? (
          'нет'
        ) : (
          <List
            size="small"
            dataSource={explanation.nonWorkingDaysSkipped}
            renderItem={(day) => (
              <List.Item style={{ paddingInline: 0 }}>
                {formatLocalDate(day.date)} — {day.reason}
              </List.Item>
            )}
          />
        )}
      </Descriptions.Item>
      <Descriptions.Item label="Перенос">
        {shift
          ? `${SHIFT_DIRECTION_LABELS[shift.direction]}: с ${formatLocalDate(shift.from)} на ${formatLocalDate(shift.to)} (${pluralRu(shift.days, DAY_FORMS)})`
          : 'нет'}
      </Descriptions.Item>
      <Descriptions.Item label="Срок истекает">{formatDateTime(explanation.dueAt)}</Descriptions.Item>
      <Descriptions.Item label="Часовой пояс расчёта">{explanation.timeZone}</Descriptions.Item>
      {explanation.warnings.length > 0 && (
        <Descriptions.Item label="Предупреждения">
          <Space direction="vertical" size={0}>
            {explanation.warnings.map((warning) => (
              <Typography.Text key={warning} type="warning">
                {warning}
              </Typography.Text>
            ))}
          </Space>
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

function DeadlineCard({ deadline }: { deadline: DeadlineDetailsFragment }) {
  const overdue = deadline.status === 'OPEN' && new Date(deadline.dueAt).getTime() < Date.now();
  return (
    <Card
      size="small"
      data-testid={`deadline-${deadline.id}`}
      title={
        <Space>
          <span>Срок: {lowerFirst(DEADLINE_KIND_LABELS[deadline.kind])}</span>
          <Tag color={DEADLINE_STATUS_COLORS[deadline.status]}>{DEADLINE_STATUS_LABELS[deadline.status]}</Tag>
          {overdue && <Tag color="red">Просрочено</Tag>}
        </Space>
      }
    >
      <Descriptions column={{ xs: 1, sm: 1, md: 3, lg: 3, xl: 3, xxl: 3 }} size="small">
        <Descriptions.Item label="Начало">{formatDateTime(deadline.startedAt)}</Descriptions.Item>
        <Descriptions.Item label="Срок">
          <Typography.Text strong type={overdue ? 'danger' : undefined}>
            {formatDateTime(deadline.dueAt)}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="Исполнено">{formatDateTime(deadline.completedAt)}</Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph style={{ marginTop: 8 }} data-testid={`deadline-summary-${deadline.id}`}>
        {deadline.explanation.summary}
      </Typography.Paragraph>
      {deadline.explanation.recomputations.length > 0 && (
        <Space direction="vertical" size={0} style={{ marginBottom: 8 }} data-testid={`deadline-recomputations-${deadline.id}`}>
          {deadline.explanation.recomputations.map((recomputation) => (
            <Typography.Text key={`${recomputation.at}-${recomputation.dueAt}`} type="secondary">
              {recomputationText(recomputation)}
            </Typography.Text>
          ))}
        </Space>
      )}
      <Collapse
        size="small"
        items={[
          {
            key: 'details',
            label: 'Как рассчитан срок',
            children: <ExplanationDetails explanation={deadline.explanation} />,
          },
        ]}
      />
    </Card>
  );
}

/** Renders the deadlines of an appeal or a case with the explanation of each due instant. */
export function AppealDeadlines({ deadlines }: { deadlines: DeadlineDetailsFragment[] }) {
  if (deadlines.length === 0) {
    return <Empty description="Сроков нет" />;
  }
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {deadlines.map((deadline) => (
        <DeadlineCard key={deadline.id} deadline={deadline} />
      ))}
    </Space>
  );
}
