import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Agency, Organization } from '../modules/agencies/agency.entity.js';
import { Appeal, AppealEvent } from '../modules/appeals/appeal.entity.js';
import { AppealFlag } from '../modules/appeals/appeal-flag.entity.js';
import { AppealReview } from '../modules/appeals/appeal-review.entity.js';
import { AppealRepeatSuggestion } from '../modules/appeals/appeal-repeat.entity.js';
import { AppealAttachment, AppealCoAppellant } from '../modules/appeals/appeal-intake.entities.js';
import { createSearchMatchLoader } from '../modules/appeals/appeal-search.js';
import { User } from '../modules/auth/auth.entities.js';
import { CommentDraft, InformationRiskEvent } from '../modules/comments/comment.entities.js';
import { ContactOfficial, ContactOfficialChange } from '../modules/contacts/contact.entities.js';
import { Deadline } from '../modules/deadlines/deadline.entity.js';
import { RoadmapMeasure } from '../modules/problems/problem.entities.js';
import { Municipality, QuestionType, Topic } from '../modules/reference/reference.entities.js';
import { InformationRequestFile, InformationRequestRecipient, QuarterlyReportVersion } from '../modules/reports/report.entities.js';

/** Loads rows by a unique key in one query per batch, in the order of the keys. */
function loaderByKey<T extends object>(em: EntityManager, entity: EntityName<T>, key: keyof T & string) {
  return new DataLoader<string, T | null>(async (keys) => {
    const rows = await em.find(entity, { [key]: { $in: [...keys] } } as FilterQuery<T>);
    const byKey = new Map(rows.map((row) => [String((row as Record<string, unknown>)[key]), row]));
    return keys.map((value) => byKey.get(value) ?? null);
  });
}

/** Loads the rows of a one-to-many relation for many parents in one query per batch. */
function loaderOfChildren<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  foreignKey: string,
  orderBy: Record<string, 'asc' | 'desc'>,
  extraWhere: Record<string, unknown> = {},
  populate: string[] = [],
) {
  return new DataLoader<string, T[]>(async (parentIds) => {
    const rows = await em.find(
      entity,
      { [foreignKey]: { $in: [...parentIds] }, ...extraWhere } as FilterQuery<T>,
      { orderBy: orderBy as never, populate: populate as never },
    );
    const groups = new Map<string, T[]>(parentIds.map((id) => [id, []]));
    for (const row of rows) {
      const parent = (row as Record<string, unknown>)[foreignKey] as { id?: string } | string;
      const parentId = typeof parent === 'string' ? parent : String(parent.id);
      groups.get(parentId)?.push(row);
    }
    return parentIds.map((id) => groups.get(id) ?? []);
  });
}

/** Per-request loaders, so that nested fields of a list cost one query per field, not one per row. */
export function createLoaders(em: EntityManager) {
  return {
    agencyById: loaderByKey(em, Agency, 'id'),
    userById: loaderByKey(em, User, 'id'),
    topicByCode: loaderByKey(em, Topic, 'code'),
    questionTypeByCode: loaderByKey(em, QuestionType, 'code'),
    municipalityByOktmo: loaderByKey(em, Municipality, 'oktmo'),
    deadlinesBySubjectId: loaderOfChildren(em, Deadline, 'subjectId', { startedAt: 'asc', kind: 'asc' }),
    appealEventsByAppealId: loaderOfChildren(em, AppealEvent, 'appeal', { at: 'asc', id: 'asc' }),
    appealById: loaderByKey(em, Appeal, 'id'),
    reviewsByAppealId: loaderOfChildren(em, AppealReview, 'appeal', { reviewedAt: 'asc', id: 'asc' }),
    flagsByAppealId: loaderOfChildren(em, AppealFlag, 'appeal', { createdAt: 'asc', id: 'asc' }),
    contactsByAgencyId: loaderOfChildren(em, ContactOfficial, 'agency', { active: 'desc', surname: 'asc' }),
    organizationsByAgencyId: loaderOfChildren(em, Organization, 'founder', { name: 'asc' }),
    draftsByRiskId: loaderOfChildren(em, CommentDraft, 'risk', { versionNumber: 'asc' }),
    riskEventsByRiskId: loaderOfChildren(em, InformationRiskEvent, 'risk', { at: 'asc', id: 'asc' }),
    repeatSuggestionsByAppealId: loaderOfChildren(em, AppealRepeatSuggestion, 'appeal', { sameTopic: 'desc', similarity: 'desc', id: 'asc' }),
    measuresByProblemId: loaderOfChildren(em, RoadmapMeasure, 'problem', { dueDate: 'asc', createdAt: 'asc' }),
    attachmentsByAppealId: loaderOfChildren(em, AppealAttachment, 'appeal', { addedAt: 'asc', id: 'asc' }, {}, ['file']),
    coAppellantsByAppealId: loaderOfChildren(em, AppealCoAppellant, 'appeal', { position: 'asc' }),
    searchMatches: createSearchMatchLoader(em),
    contactChangesByContactId: loaderOfChildren(em, ContactOfficialChange, 'contact', { changedAt: 'desc' }),
    reportVersionsByReportId: loaderOfChildren(em, QuarterlyReportVersion, 'report', { number: 'asc' }),
    requestRecipientsByRequestId: loaderOfChildren(em, InformationRequestRecipient, 'request', { id: 'asc' }),
    requestFilesByRequestId: loaderOfChildren(em, InformationRequestFile, 'request', { addedAt: 'asc', id: 'asc' }, {}, ['file']),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
