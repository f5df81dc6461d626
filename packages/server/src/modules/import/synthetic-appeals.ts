import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { ImportMapping } from './import-mapping.js';

/** Level-4 questions of the classifier and agencies of the example list that every synthetic row uses. */
const TOPICS = ['0003.0009.0097.0689', '0003.0009.0097.0690', '0005.0005.0056.1154', '0005.0005.0056.1160', '0004.0016.0162.0999'];
const AGENCIES = ['Минстрой РМЭ', 'Минтранс РМЭ', 'Минприроды РМЭ', 'Госжилинспекция РМЭ', ''];
const CHANNELS = ['email', 'portal', 'phone', 'letter'];
const HEADER = ['id', 'channel', 'received', 'name', 'email', 'text', 'topic', 'agency', 'status', 'answer', 'closed'];

/** The mapping of the files `writeSyntheticAppeals` writes. */
export const SYNTHETIC_MAPPING: ImportMapping = {
  name: 'synthetic',
  format: 'csv',
  fields: {
    externalId: { column: 'id' },
    channel: { column: 'channel', map: { email: 'EMAIL', portal: 'FEEDBACK_PLATFORM', phone: 'VOICE_HOTLINE', letter: 'WRITTEN' } },
    appellantKind: { constant: 'RUSSIAN_CITIZEN' },
    appellantName: { column: 'name' },
    appellantEmail: { column: 'email' },
    text: { column: 'text' },
    topicCode: { column: 'topic' },
    agency: { column: 'agency' },
    receivedAt: { column: 'received' },
    status: { column: 'status' },
    answerText: { column: 'answer' },
    closedAt: { column: 'closed' },
  },
};

export interface SyntheticOptions {
  rows: number;
  /** Every n-th row has an unknown topic code and is rejected; 0 for none. */
  rejectEvery?: number;
  /** Prefix of the external ids, so that two files do not collide. */
  idPrefix?: string;
}

/**
 * Writes a CSV of synthetic appeals received in 2026: three in five closed with an answer, the rest
 * open, one in five without an agency. Returns the number of rows that are valid.
 */
export async function writeSyntheticAppeals(path: string, options: SyntheticOptions): Promise<number> {
  const out = createWriteStream(path);
  out.write(`${HEADER.join(',')}\n`);
  const start = Date.parse('2026-01-01T06:00:00Z');
  let valid = 0;
  for (let index = 1; index <= options.rows; index += 1) {
    const received = new Date(start + (index % 300) * 86_400_000 + (index % 600) * 60_000);
    const closed = index % 5 < 3;
    const rejected = options.rejectEvery ? index % options.rejectEvery === 0 : false;
    valid += rejected ? 0 : 1;
    const fields = [
      `${options.idPrefix ?? 'S'}-${index}`,
      CHANNELS[index % CHANNELS.length],
      received.toISOString(),
      `Житель ${index}`,
      `resident${index}@example.ru`,
      `"Обращение номер ${index}: прошу проверить освещение и уборку во дворе дома ${index % 97}, ""срочно""."`,
      rejected ? '9999.9999.9999.9999' : TOPICS[index % TOPICS.length],
      AGENCIES[index % AGENCIES.length],
      closed ? 'CLOSED' : 'REGISTERED',
      closed ? `Ответ на обращение ${index}: работы выполнены.` : '',
      closed ? new Date(received.getTime() + 5 * 86_400_000).toISOString() : '',
    ];
    if (!out.write(`${fields.join(',')}\n`)) {
      await once(out, 'drain');
    }
  }
  out.end();
  await once(out, 'finish');
  return valid;
}
