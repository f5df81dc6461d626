import type { AppealDetailsFragment } from '@cur/schema';
import { describe, expect, it } from 'vitest';
import { describeAppealHistory, type HistoryAgencies } from './appealHistory';

type AppealEvent = AppealDetailsFragment['history'][number];

const event = (fields: Partial<AppealEvent> & Pick<AppealEvent, 'id' | 'kind' | 'toStatus'>): AppealEvent => ({
  __typename: 'AppealEvent',
  at: '2026-12-04T07:00:00.000Z',
  fromStatus: null,
  note: null,
  actor: null,
  ...fields,
});

const agencies: HistoryAgencies = {
  current: { shortName: 'Минстрой РМЭ' },
  shortNames: new Set(['Минздрав РМЭ', 'Минстрой РМЭ', 'Минтранс РМЭ']),
};

describe('describeAppealHistory', () => {
  it('shows the registration once, without a status line', () => {
    const [view] = describeAppealHistory([event({ id: 'e1', kind: 'REGISTERED', toStatus: 'REGISTERED' })], agencies);
    expect(view.title).toBe('Зарегистрировано');
    expect(view.statusChange).toBeNull();
  });

  it('words a status change', () => {
    const [view] = describeAppealHistory(
      [event({ id: 'e1', kind: 'ANSWERED', fromStatus: 'ASSIGNED', toStatus: 'ANSWERED' })],
      agencies,
    );
    expect(view.statusChange).toBe('из «Направлено в орган» в «Дан ответ»');
  });

  it('drops the status line when the status stayed', () => {
    const [view] = describeAppealHistory(
      [event({ id: 'e1', kind: 'REASSIGNED', fromStatus: 'ASSIGNED', toStatus: 'ASSIGNED', note: 'Минстрой РМЭ' })],
      agencies,
    );
    expect(view.statusChange).toBeNull();
  });

  it('reads a note without comment as the agency', () => {
    const [view] = describeAppealHistory(
      [event({ id: 'e1', kind: 'ASSIGNED', fromStatus: 'REGISTERED', toStatus: 'ASSIGNED', note: 'Минстрой РМЭ' })],
      agencies,
    );
    expect(view.agency).toBe('Минстрой РМЭ');
    expect(view.comment).toBeNull();
  });

  it('keeps the current agency beside a comment of the latest assignment', () => {
    const [view] = describeAppealHistory(
      [event({ id: 'e1', kind: 'ASSIGNED', fromStatus: 'REGISTERED', toStatus: 'ASSIGNED', note: 'Срочно, жалоба на подрядчика' })],
      agencies,
    );
    expect(view.agency).toBe('Минстрой РМЭ');
    expect(view.comment).toBe('Срочно, жалоба на подрядчика');
  });

  it('reads agencies of earlier assignments from their notes', () => {
    const views = describeAppealHistory(
      [
        event({ id: 'e1', kind: 'REGISTERED', toStatus: 'REGISTERED' }),
        event({ id: 'e2', kind: 'ASSIGNED', fromStatus: 'REGISTERED', toStatus: 'ASSIGNED', note: 'Минздрав РМЭ' }),
        event({ id: 'e3', kind: 'REASSIGNED', fromStatus: 'ASSIGNED', toStatus: 'ASSIGNED', note: 'Не по профилю' }),
        event({ id: 'e4', kind: 'REASSIGNED', fromStatus: 'ASSIGNED', toStatus: 'ASSIGNED', note: 'Вопрос о дорогах' }),
      ],
      agencies,
    );
    expect(views[1]).toMatchObject({ agency: 'Минздрав РМЭ', comment: null });
    expect(views[2]).toMatchObject({ agency: null, comment: 'Не по профилю' });
    expect(views[3]).toMatchObject({ agency: 'Минстрой РМЭ', comment: 'Вопрос о дорогах' });
  });

  it('shows the note of a closing as a comment', () => {
    const [view] = describeAppealHistory(
      [event({ id: 'e1', kind: 'CLOSED', fromStatus: 'ANSWERED', toStatus: 'CLOSED', note: '  Заявитель удовлетворён ' })],
      agencies,
    );
    expect(view).toMatchObject({ agency: null, comment: 'Заявитель удовлетворён', statusChange: 'из «Дан ответ» в «Закрыто»' });
  });

  it('reads an assignment without a current agency from its note alone', () => {
    const [view] = describeAppealHistory(
      [event({ id: 'e1', kind: 'ASSIGNED', fromStatus: 'REGISTERED', toStatus: 'ASSIGNED', note: 'Минтранс РМЭ' })],
      { current: null, shortNames: agencies.shortNames },
    );
    expect(view).toMatchObject({ agency: 'Минтранс РМЭ', comment: null });
  });
});
