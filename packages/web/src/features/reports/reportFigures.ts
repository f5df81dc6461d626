import type { AppealChannel, UnansweredGround } from '@cur/schema';
import { CHANNEL_LABELS, UNANSWERED_GROUND_LABELS } from '../../shared/labels';

/** One figure as the report query returns it. */
export interface Figure {
  key: string;
  group: string;
  prefilledValue: number;
  value: number;
  corrected: boolean;
}

/** Tables of the report page, in display order, each with the figure groups it shows. */
export const FIGURE_TABLES: { title: string; groups: string[]; description: string }[] = [
  {
    title: 'Поступившие обращения',
    groups: ['registered', 'byChannel', 'outcome', 'unansweredGround', 'extended', 'repeat', 'forwarded'],
    description: 'Обращения органа, зарегистрированные в квартале (по московскому времени); перенаправления — шаги в квартале.',
  },
  { title: 'По разделам тематического классификатора', groups: ['byTopicSection'], description: 'Первый уровень кода ТОТКО.' },
  { title: 'По типам вопросов', groups: ['byQuestionType'], description: 'Тип вопроса, указанный при регистрации.' },
  {
    title: 'Ответы и удовлетворённость',
    groups: ['answered', 'satisfaction', 'satisfactionShare'],
    description: 'Обращения органа, ответ на которые дан в квартале, независимо от даты регистрации.',
  },
];

const SECTION_LABELS: Record<string, string> = {
  '0001': 'Государство, общество, политика',
  '0002': 'Социальная сфера',
  '0003': 'Экономика',
  '0004': 'Оборона, безопасность, законность',
  '0005': 'Жилищно-коммунальная сфера',
};

const FIXED_LABELS: Record<string, string> = {
  'registered.total': 'Всего зарегистрировано',
  'outcome.ANSWERED': 'Дан ответ',
  'outcome.LEFT_UNANSWERED': 'Оставлено без ответа',
  'outcome.PENDING': 'На рассмотрении',
  extended: 'Срок продлён',
  repeat: 'Повторные обращения',
  'forwarded.in': 'Перенаправлено в орган',
  'forwarded.out': 'Перенаправлено органом в другие органы',
  'answered.total': 'Дан ответ в квартале',
  'answered.onTime': 'В срок',
  'answered.late': 'С нарушением срока',
  'answered.averageDays': 'Средний срок ответа, дней',
  'answered.maxDays': 'Максимальный срок ответа, дней',
  'satisfaction.SATISFIED': 'Удовлетворены',
  'satisfaction.PARTLY_SATISFIED': 'Удовлетворены частично',
  'satisfaction.NOT_SATISFIED': 'Не удовлетворены',
  'satisfaction.UNKNOWN': 'Оценка не получена',
  'satisfactionShare.SATISFIED': 'Доля удовлетворённых, %',
  'satisfactionShare.PARTLY_SATISFIED': 'Доля удовлетворённых частично, %',
  'satisfactionShare.NOT_SATISFIED': 'Доля неудовлетворённых, %',
};

/** Returns the Russian name of a figure key, falling back to the key for one the SPA does not know. */
export function figureLabel(key: string): string {
  const fixed = FIXED_LABELS[key];
  if (fixed) {
    return fixed;
  }
  // Question type codes contain dots themselves, so the item is everything after the first dot.
  const dot = key.indexOf('.');
  const group = dot < 0 ? key : key.slice(0, dot);
  const item = dot < 0 ? '' : key.slice(dot + 1);
  switch (group) {
    case 'byChannel':
      return `Канал: ${CHANNEL_LABELS[item as AppealChannel] ?? item}`;
    case 'byTopicSection':
      return `${item} ${SECTION_LABELS[item] ?? ''}`.trim();
    case 'byQuestionType':
      return item === 'NONE' ? 'Тип вопроса не указан' : `Тип вопроса ${item}`;
    case 'unansweredGround':
      return `Без ответа: ${UNANSWERED_GROUND_LABELS[item as UnansweredGround] ?? item}`;
    default:
      return key;
  }
}

/** Tells whether a figure may hold a fraction; every other figure is a count. */
export function isFractionalFigure(key: string): boolean {
  return key === 'answered.averageDays' || key === 'answered.maxDays' || key.startsWith('satisfactionShare.');
}

/** Formats a figure value in Russian: counts as integers, averages and shares with one decimal. */
export function formatFigure(key: string, value: number): string {
  return isFractionalFigure(key) ? value.toLocaleString('ru-RU', { minimumFractionDigits: 1, maximumFractionDigits: 1 }) : value.toLocaleString('ru-RU');
}

const FIXED_ORDER = new Map(Object.keys(FIXED_LABELS).map((key, index) => [key, index]));

/**
 * Picks the figures of a table's groups in the order of the groups. Inside a group the named figures
 * come in the order of their labels above, and the others (channels, sections, types) keep the server's key order.
 */
export function figuresOfTable(figures: readonly Figure[], groups: readonly string[]): Figure[] {
  const rank = (figure: Figure) => FIXED_ORDER.get(figure.key) ?? Number.MAX_SAFE_INTEGER;
  return groups.flatMap((group) => figures.filter((figure) => figure.group === group).sort((left, right) => rank(left) - rank(right)));
}

/** Formats a quarter as «IV квартал 2026». */
export function formatQuarter(year: number, quarter: number): string {
  return `${['I', 'II', 'III', 'IV'][quarter - 1] ?? quarter} квартал ${year}`;
}
