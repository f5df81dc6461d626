import type { EntityManager } from '@mikro-orm/postgresql';
import { badField } from '../../graphql/errors.js';
import { User } from '../auth/auth.entities.js';
import { CENTER_ROLES, agencyScope, type CurrentUser } from '../auth/current-user.js';
import { UserRole } from '../auth/auth.entities.js';
import type { StoredFile } from '../files/stored-file.entity.js';
import { QuestionType, QuestionTypeRecord } from '../reference/reference.entities.js';
import { Appeal, AppealEvent, AppealEventKind } from './appeal.entity.js';
import { AppealAttachment, AppealCoAppellant } from './appeal-intake.entities.js';
import type { RegisterAppealValues } from './appeal.validation.js';

/** `typeCode` of the subtypes that apply to every question type, such as «Не применяется». */
const ANY_QUESTION_TYPE = '*';

/**
 * Checks that `questionTypeCode` names a question type and loads the subtype of
 * `questionSubtypeCode`, which must be a subtype of that type or of any type (`*`).
 */
export async function loadQuestionSubtype(
  tx: EntityManager,
  questionType: QuestionType | null,
  subtypeCode: string | null | undefined,
): Promise<QuestionType | null> {
  if (questionType && questionType.record !== QuestionTypeRecord.TYPE) {
    throw badField(
      'input.questionTypeCode',
      'NOT_A_TYPE',
      `${questionType.code} is a subtype, not a question type; pass it as questionSubtypeCode and its type ${questionType.typeCode} as questionTypeCode.`,
    );
  }
  if (!subtypeCode) {
    return null;
  }
  const subtype = await tx.findOne(QuestionType, { code: subtypeCode });
  if (!subtype || subtype.record !== QuestionTypeRecord.SUBTYPE) {
    throw badField('input.questionSubtypeCode', 'NOT_FOUND', `question subtype ${subtypeCode} does not exist; pick one from the questionTypes query.`);
  }
  if (subtype.typeCode === ANY_QUESTION_TYPE || subtype.typeCode === questionType?.code) {
    return subtype;
  }
  if (!questionType) {
    throw badField(
      'input.questionSubtypeCode',
      'QUESTION_TYPE_REQUIRED',
      `subtype ${subtype.code} belongs to question type ${subtype.typeCode}; set questionTypeCode to ${subtype.typeCode} as well.`,
    );
  }
  throw badField(
    'input.questionSubtypeCode',
    'QUESTION_TYPE_MISMATCH',
    `subtype ${subtype.code} belongs to question type ${subtype.typeCode}, not ${questionType.code}; pick a subtype of type ${questionType.code}.`,
  );
}

/** Persists the co-appellants of a collective appeal in the order the input lists them. */
export function addCoAppellants(tx: EntityManager, appeal: Appeal, coAppellants: RegisterAppealValues['coAppellants']): AppealCoAppellant[] {
  return coAppellants.map((coAppellant, position) => {
    const row = tx.create(AppealCoAppellant, {
      appeal,
      position,
      kind: coAppellant.kind,
      name: coAppellant.name,
      email: coAppellant.email,
      phone: coAppellant.phone,
      address: coAppellant.address,
      inn: coAppellant.inn,
    });
    tx.persist(row);
    return row;
  });
}

/**
 * Links files to an appeal and appends one ATTACHMENT_ADDED event that lists their names.
 * Returns the new links only; files already attached to the appeal are skipped.
 */
export async function attachFiles(tx: EntityManager, appeal: Appeal, actor: CurrentUser, files: readonly StoredFile[]): Promise<AppealAttachment[]> {
  if (files.length === 0) {
    return [];
  }
  const existing = await tx.find(AppealAttachment, { appeal, file: { $in: files.map((file) => file.id) } });
  const attachedIds = new Set(existing.map((attachment) => attachment.file.id));
  const added = files.filter((file) => !attachedIds.has(file.id));
  if (added.length === 0) {
    return [];
  }
  const addedAt = new Date();
  const links = added.map((file) => tx.create(AppealAttachment, { appeal, file, addedBy: tx.getReference(User, actor.id), addedAt }));
  tx.persist(links);
  tx.persist(
    tx.create(AppealEvent, {
      appeal,
      at: addedAt,
      actor: tx.getReference(User, actor.id),
      kind: AppealEventKind.ATTACHMENT_ADDED,
      fromStatus: appeal.status,
      toStatus: appeal.status,
      note: added.map((file) => file.fileName).join(', '),
    }),
  );
  return links;
}

const APPEAL_READERS: readonly UserRole[] = [...CENTER_ROLES, UserRole.AGENCY_OFFICIAL];

/**
 * Lets a user download a file attached to an appeal they may see: the center any appeal's, an
 * agency official those of its agency's appeals.
 */
export async function canReadAppealFile(em: EntityManager, user: CurrentUser, fileId: string): Promise<boolean> {
  if (!APPEAL_READERS.includes(user.role)) {
    return false;
  }
  const scope = agencyScope(user);
  const rows = await em
    .getConnection()
    .execute<{ found: number }[]>(
      `select 1 as found from appeal_attachment attachment join appeal on appeal.id = attachment.appeal_id
        where attachment.file_id = ? and (?::uuid is null or appeal.agency_id = ?::uuid) limit 1`,
      [fileId, scope, scope],
    );
  return rows.length > 0;
}
