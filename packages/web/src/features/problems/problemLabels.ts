import type { ProblemStatus, RoadmapMeasureStatus } from '@cur/schema';

export const PROBLEM_STATUS_LABELS: Record<ProblemStatus, string> = {
  ACTIVE: 'Решается',
  RESOLVED: 'Решена',
};

export const PROBLEM_STATUS_COLORS: Record<ProblemStatus, string> = {
  ACTIVE: 'orange',
  RESOLVED: 'green',
};

export const MEASURE_STATUS_LABELS: Record<RoadmapMeasureStatus, string> = {
  PLANNED: 'Запланировано',
  IN_PROGRESS: 'Выполняется',
  DONE: 'Выполнено',
  CANCELLED: 'Отменено',
};

export const MEASURE_STATUS_COLORS: Record<RoadmapMeasureStatus, string> = {
  PLANNED: 'blue',
  IN_PROGRESS: 'gold',
  DONE: 'green',
  CANCELLED: 'default',
};
