import type { EntityManager } from '@mikro-orm/postgresql';
import { CalendarDay, CalendarDayKind } from '../reference/reference.entities.js';
import { buildProductionCalendar, type CalendarEntry, type CalendarEntryKind, type ProductionCalendar } from './engine/index.js';

const entryKinds: Record<CalendarDayKind, CalendarEntryKind> = {
  [CalendarDayKind.HOLIDAY]: 'holiday',
  [CalendarDayKind.DAY_OFF]: 'day_off',
  [CalendarDayKind.SHORTENED]: 'shortened',
  [CalendarDayKind.WORKING_WEEKEND]: 'working-weekend',
};

/** Keeps the production calendar in memory; reloaded after the reference data changes. */
export class CalendarStore {
  private calendar: ProductionCalendar = buildProductionCalendar([]);

  get current(): ProductionCalendar {
    return this.calendar;
  }

  async reload(em: EntityManager): Promise<number> {
    const days = await em.find(CalendarDay, {}, { orderBy: { date: 'asc' } });
    const entries: CalendarEntry[] = days.map((day) => ({
      date: day.date,
      kind: entryKinds[day.kind],
      title: day.title ?? null,
      isWeekend: day.isWeekend,
      movedFrom: day.movedFrom ?? null,
    }));
    this.calendar = buildProductionCalendar(entries);
    return entries.length;
  }
}
