import { Readable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Appeal, AppellantKind } from '../appeals/appeal.entity.js';
import { addCoAppellants, attachFiles } from '../appeals/appeal-intake.js';
import type { User } from '../auth/auth.entities.js';
import type { CurrentUser } from '../auth/current-user.js';
import type { FileStore } from '../files/file-store.js';
import { QuestionType, QuestionTypeRecord } from '../reference/reference.entities.js';

export interface DemoIntakeOptions {
  /** Stores the demo attachments; without it the demo has no files. */
  files?: FileStore;
  operator: User | null;
}

const CO_APPELLANT_NAMES = [
  'Алексеева Ольга Николаевна',
  'Ямбаршев Пётр Семёнович',
  'Тойдемарова Анна Ивановна',
  'Шабдаров Сергей Павлович',
  'Кузьмина Елена Витальевна',
  'Ӧрдыжов Николай Петрович',
];

/** Addresses with Mari letters, so that the demo shows search typed without the diacritics. */
const MARI_ADDRESSES = [
  'Республика Марий Эл, Моркинский район, д. Шӱдымарий, ул. Школьная, 4',
  'Республика Марий Эл, Советский район, с. Кужэҥер, ул. Лесная, 12',
  'Республика Марий Эл, Горномарийский район, д. Кӹрык, ул. Мира, 2',
];

/** Builds a one-page PDF that any viewer opens, with the appeal number in its text. */
function demoPdf(number: string): Buffer {
  const content = `BT /F1 14 Tf 72 720 Td (Appeal ${number}: scan of the letter) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/**
 * Adds what registration records beyond the appellant to the newest demo appeals: question
 * subtypes, co-appellants of collective appeals, Mari addresses and attached files.
 */
export async function loadDemoIntake(tx: EntityManager, options: DemoIntakeOptions): Promise<void> {
  const appeals = await tx.find(Appeal, {}, { orderBy: { registeredAt: 'desc', id: 'asc' }, limit: 40 });
  const subtypes = await tx.find(QuestionType, { record: QuestionTypeRecord.SUBTYPE }, { orderBy: { code: 'asc' } });

  appeals.forEach((appeal, index) => {
    const ofType = subtypes.filter((subtype) => subtype.typeCode === appeal.questionType?.code);
    if (appeal.questionType && ofType.length > 0) {
      appeal.questionSubtype = ofType[index % ofType.length]!;
    }
  });

  for (const [position, appeal] of appeals.filter((_, index) => index % 9 === 2).entries()) {
    const count = 2 + (position % 3);
    const names = Array.from({ length: count }, (_, offset) => CO_APPELLANT_NAMES[(position + offset) % CO_APPELLANT_NAMES.length]!);
    addCoAppellants(
      tx,
      appeal,
      names.map((name) => ({ kind: AppellantKind.RUSSIAN_CITIZEN, name, email: null, phone: null, address: null, inn: null })),
    );
  }

  appeals.slice(5, 5 + MARI_ADDRESSES.length).forEach((appeal, index) => {
    appeal.appellantAddress = MARI_ADDRESSES[index]!;
  });
  await tx.flush();

  if (!options.files || !options.operator) {
    return;
  }
  const operator = options.operator;
  const actor: CurrentUser = { id: operator.id, email: operator.email, fullName: operator.fullName, role: operator.role, agencyId: null };
  for (const appeal of appeals.slice(0, 6)) {
    const scan = await options.files.save(tx, actor, {
      fileName: `скан обращения ${appeal.number}.pdf`,
      mediaType: 'application/pdf',
      stream: Readable.from([demoPdf(appeal.number)]),
    });
    const note = await options.files.save(tx, actor, {
      fileName: 'пояснение к обращению.txt',
      mediaType: 'text/plain',
      stream: Readable.from([Buffer.from(`Пояснение заявителя к обращению ${appeal.number}.\n`, 'utf8')]),
    });
    await attachFiles(tx, appeal, actor, [scan, note]);
  }
  await tx.flush();
}
