import { LoadStrategy, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import type { CurrentUser } from '../auth/current-user.js';
import { DEADLINE_TIME_ZONE } from '../deadlines/engine/compute-deadline.js';
import { Appeal, AppealChannel, AppealStatus, AppellantKind } from '../appeals/appeal.entity.js';
import { AppealCoAppellant } from '../appeals/appeal-intake.entities.js';
import { appealWhere, type AppealFilterValues } from '../appeals/appeal-list.js';

/** Rows read per query; the identity map is cleared after each batch, so memory stays bounded. */
export const EXPORT_BATCH_SIZE = 1000;

const CHANNEL_NAMES: Record<AppealChannel, string> = {
  WRITTEN: 'Письменное (59-ФЗ)',
  EMAIL: 'Электронная почта (59-ФЗ)',
  IN_PERSON: 'Личный приём (59-ФЗ)',
  FEEDBACK_PLATFORM: 'Платформа обратной связи',
  SOCIAL_MEDIA: 'Социальные сети и мессенджеры',
  VOICE_HOTLINE: 'Голосовая линия',
  SURVEY: 'Опросы и исследования',
  INTERNET_PUBLICATION: 'Публикации в интернете',
  OTHER: 'Иные источники',
};

const STATUS_NAMES: Record<AppealStatus, string> = {
  REGISTERED: 'Зарегистрировано',
  ASSIGNED: 'Направлено в орган',
  ANSWERED: 'Дан ответ',
  LEFT_UNANSWERED: 'Оставлено без ответа',
  CLOSED: 'Закрыто',
};

const APPELLANT_KIND_NAMES: Record<AppellantKind, string> = {
  RUSSIAN_CITIZEN: 'Гражданин РФ',
  FOREIGN_CITIZEN: 'Иностранный гражданин',
  STATELESS_PERSON: 'Лицо без гражданства',
  RUSSIAN_CITIZEN_ABROAD: 'Гражданин РФ за рубежом',
  LEGAL_ENTITY: 'Юридическое лицо',
};

/** A cell of an exported row: text, or an instant that each format writes in Moscow time. */
export type ExportCell = string | Date | null;

export interface ExportColumn {
  header: string;
  /** Column width in characters for XLSX. */
  width: number;
  /** True for instants, which XLSX stores as dates in Moscow time. */
  instant?: boolean;
  value(appeal: Appeal, coAppellants: string[]): ExportCell;
}

/** Columns of the appeals export, in order, with Russian headers. */
export const APPEAL_EXPORT_COLUMNS: ExportColumn[] = [
  { header: 'Номер', width: 18, value: (appeal) => appeal.number },
  { header: 'Поступило', width: 17, instant: true, value: (appeal) => appeal.receivedAt },
  { header: 'Зарегистрировано', width: 17, instant: true, value: (appeal) => appeal.registeredAt },
  { header: 'Канал', width: 24, value: (appeal) => CHANNEL_NAMES[appeal.channel] },
  { header: 'Статус', width: 20, value: (appeal) => STATUS_NAMES[appeal.status] },
  { header: 'Заявитель', width: 30, value: (appeal) => appeal.appellantName },
  { header: 'Вид заявителя', width: 20, value: (appeal) => APPELLANT_KIND_NAMES[appeal.appellantKind] },
  { header: 'ИНН', width: 14, value: (appeal) => appeal.appellantInn ?? null },
  { header: 'Электронная почта', width: 24, value: (appeal) => appeal.appellantEmail ?? null },
  { header: 'Телефон', width: 16, value: (appeal) => appeal.appellantPhone ?? null },
  { header: 'Адрес', width: 36, value: (appeal) => appeal.appellantAddress ?? null },
  { header: 'Соавторы', width: 30, value: (_appeal, coAppellants) => (coAppellants.length > 0 ? coAppellants.join('; ') : null) },
  { header: 'Муниципальное образование', width: 28, value: (appeal) => appeal.municipality?.name ?? null },
  { header: 'Тема (ТОТКО)', width: 40, value: (appeal) => `${appeal.topic.code} ${appeal.topic.title}` },
  { header: 'Вид вопроса', width: 18, value: (appeal) => appeal.questionType?.name ?? null },
  { header: 'Подвид вопроса', width: 30, value: (appeal) => appeal.questionSubtype?.name ?? null },
  { header: 'Орган', width: 24, value: (appeal) => appeal.agency?.shortName ?? null },
  { header: 'Срок ответа', width: 17, instant: true, value: (appeal) => appeal.answerDueAt },
  { header: 'Дата ответа', width: 17, instant: true, value: (appeal) => appeal.answeredAt ?? null },
  { header: 'Текст обращения', width: 60, value: (appeal) => appeal.text },
  { header: 'Ответ', width: 60, value: (appeal) => appeal.answerText ?? null },
];

/**
 * Shifts an instant so that its UTC fields are the Moscow wall-clock time, because a spreadsheet
 * date has no time zone and exceljs writes the UTC fields.
 */
export function moscowWallClock(instant: Date): Date {
  const moscow = DateTime.fromJSDate(instant, { zone: DEADLINE_TIME_ZONE });
  return new Date(Date.UTC(moscow.year, moscow.month - 1, moscow.day, moscow.hour, moscow.minute, moscow.second));
}

/**
 * Reads the appeals that the list shows for `filter` in keyset batches, newest registration first,
 * and yields each batch's rows as cells. The caller's agency scope applies as in the list.
 */
export async function* appealExportRows(em: EntityManager, user: CurrentUser, filter: AppealFilterValues | null): AsyncGenerator<ExportCell[][]> {
  let after: { registeredAt: Date; id: string } | null = null;
  for (;;) {
    // Built anew for every query, because MikroORM consumes the text filter's raw() keys.
    const where: FilterQuery<Appeal> = after
      ? {
          $and: [
            appealWhere(user, filter),
            { $or: [{ registeredAt: { $lt: after.registeredAt } }, { registeredAt: after.registeredAt, id: { $lt: after.id } }] },
          ],
        }
      : appealWhere(user, filter);
    const appeals: Appeal[] = await em.find(Appeal, where, {
      orderBy: { registeredAt: 'desc', id: 'desc' },
      limit: EXPORT_BATCH_SIZE,
      populate: ['topic', 'agency', 'municipality', 'questionType', 'questionSubtype'],
      // Separate queries: a join would make the text filter's unqualified columns ambiguous.
      strategy: LoadStrategy.SELECT_IN,
    });
    if (appeals.length === 0) {
      return;
    }

    const coAppellants = await em.find(
      AppealCoAppellant,
      { appeal: { $in: appeals.map((appeal) => appeal.id) } },
      { orderBy: { appeal: 'asc', position: 'asc' } },
    );
    const namesByAppeal = new Map<string, string[]>();
    for (const coAppellant of coAppellants) {
      namesByAppeal.set(coAppellant.appeal.id, [...(namesByAppeal.get(coAppellant.appeal.id) ?? []), coAppellant.name]);
    }
    yield appeals.map((appeal) => APPEAL_EXPORT_COLUMNS.map((column) => column.value(appeal, namesByAppeal.get(appeal.id) ?? [])));

    const last: Appeal = appeals.at(-1)!;
    after = { registeredAt: last.registeredAt, id: last.id };
    em.clear();
    if (appeals.length < EXPORT_BATCH_SIZE) {
      return;
    }
  }
}
