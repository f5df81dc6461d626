import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { AppError, ErrorCode, forbidden, notFound } from '../../graphql/errors.js';
import { optionalText, parseInput } from '../../graphql/validation.js';
import { auditSnapshot, recordAudit } from '../audit/audit.service.js';
import { User, UserRole } from '../auth/auth.entities.js';
import { canAccessAgency, type CurrentUser } from '../auth/current-user.js';
import { Appeal, AppealEvent, AppealEventKind } from './appeal.entity.js';
import { AppealRepeatSuggestion, RepeatMatchKey, RepeatSuggestionStatus } from './appeal-repeat.entity.js';
import { appellantEmailKey, appellantNameKey, appellantPhoneKey } from './appellant-keys.js';

/** How far back an earlier appeal of the same appellant counts as the same question asked again. */
const LOOKBACK = '12 months';

/** At most this many earlier appeals are suggested for one new appeal, the closest first. */
const MAX_SUGGESTIONS = 5;

const confirmSchema = z.object({ suggestionId: z.uuid({ message: 'must be an id in UUID form' }) });
const rejectSchema = z.object({ suggestionId: z.uuid({ message: 'must be an id in UUID form' }), note: optionalText(1000) });

/**
 * Earlier appeals of the same appellant on a similar question, the closest first. Parameters, in order:
 * name, phone, e-mail, text, topic code, received-at twice, the new appeal's id, topic code, threshold.
 */
export const REPEAT_CANDIDATES_SQL = buildCandidatesSql();

function buildCandidatesSql(): string {
  const nameKey = appellantNameKey('?');
  const phoneKey = appellantPhoneKey('?');
  const emailKey = appellantEmailKey('?');
  // Each key is its own branch of the OR, so that PostgreSQL can combine the three expression indexes.
  return `
    with keys as (select ${nameKey} as name_key, ${phoneKey} as phone_key, ${emailKey} as email_key, cur_fold(?) as folded_text)
    select earlier.id,
      similarity(cur_fold(earlier.text), keys.folded_text) as similarity,
      earlier.topic_code = ? as same_topic,
      ${appellantNameKey('earlier.appellant_name')} = keys.name_key as by_name,
      coalesce(${appellantPhoneKey('earlier.appellant_phone')} = keys.phone_key, false) as by_phone,
      coalesce(${appellantEmailKey('earlier.appellant_email')} = keys.email_key, false) as by_email
    from appeal earlier, keys
    where earlier.received_at < ? and earlier.received_at >= ?::timestamptz - interval '${LOOKBACK}'
      and earlier.id <> ?
      and (${appellantNameKey('earlier.appellant_name')} = keys.name_key
        or (earlier.appellant_phone is not null and ${appellantPhoneKey('earlier.appellant_phone')} = keys.phone_key)
        or (earlier.appellant_email is not null and ${appellantEmailKey('earlier.appellant_email')} = keys.email_key))
      and (earlier.topic_code = ? or similarity(cur_fold(earlier.text), keys.folded_text) >= ?)
    order by same_topic desc, similarity desc, earlier.received_at desc
    limit ${MAX_SUGGESTIONS}`;
}

interface CandidateRow {
  id: string;
  similarity: number;
  same_topic: boolean;
  by_name: boolean;
  by_phone: boolean;
  by_email: boolean;
}

/** Finds earlier appeals of the same appellant at registration, and records the operator's decision on each. */
export class AppealRepeatService {
  constructor(private readonly similarityThreshold: number) {}

  /**
   * Stores suggestions for a new appeal that is not flushed yet. They are the earlier appeals received up
   * to 12 months before it with the same normalized name, phone digits or e-mail, on the same topic or
   * with a text of at least the configured trigram similarity.
   */
  async suggest(tx: EntityManager, appeal: Appeal): Promise<AppealRepeatSuggestion[]> {
    const rows = await tx.execute<CandidateRow[]>(REPEAT_CANDIDATES_SQL, this.candidateParameters(appeal));
    return rows.map((row) => {
      const matchedBy: RepeatMatchKey[] = [];
      if (row.by_name) matchedBy.push(RepeatMatchKey.NAME);
      if (row.by_phone) matchedBy.push(RepeatMatchKey.PHONE);
      if (row.by_email) matchedBy.push(RepeatMatchKey.EMAIL);
      const suggestion = tx.create(AppealRepeatSuggestion, {
        appeal,
        earlierAppeal: tx.getReference(Appeal, row.id),
        similarity: Number(row.similarity),
        sameTopic: row.same_topic,
        matchedBy,
      });
      tx.persist(suggestion);
      return suggestion;
    });
  }

  /** Returns the parameters of REPEAT_CANDIDATES_SQL for a new appeal. */
  candidateParameters(appeal: Appeal): unknown[] {
    return [
      appeal.appellantName,
      appeal.appellantPhone ?? null,
      appeal.appellantEmail ?? null,
      appeal.text,
      appeal.topic.code,
      appeal.receivedAt,
      appeal.receivedAt,
      appeal.id,
      appeal.topic.code,
      this.similarityThreshold,
    ];
  }

  /**
   * Confirms that the appeal repeats the earlier one: sets its repeatOf and rejects its other open
   * suggestions, because an appeal records one earlier appeal it repeats.
   */
  async confirm(em: EntityManager, actor: CurrentUser, input: unknown): Promise<AppealRepeatSuggestion> {
    const values = parseInput(confirmSchema, input);
    return em.transactional(async (tx) => {
      const suggestion = await this.loadOpen(tx, actor, values.suggestionId, 'confirm');
      const appeal = suggestion.appeal;
      const earlier = suggestion.earlierAppeal;
      const appealBefore = auditSnapshot(appeal);
      const now = new Date();

      this.decide(tx, actor, suggestion, RepeatSuggestionStatus.CONFIRMED, now, null);
      appeal.repeatOf = earlier;
      const others = await tx.find(AppealRepeatSuggestion, {
        appeal,
        status: RepeatSuggestionStatus.SUGGESTED,
        id: { $ne: suggestion.id },
      });
      for (const other of others) {
        this.decide(tx, actor, other, RepeatSuggestionStatus.REJECTED, now, `подтверждён повтор ${earlier.number}`);
      }
      this.addEvent(tx, actor, appeal, AppealEventKind.REPEAT_CONFIRMED, `повтор ${earlier.number}`);
      await tx.flush();
      recordAudit(tx, actor, { operation: 'confirmAppealRepeat', entityType: 'Appeal', entityId: appeal.id, before: appealBefore, after: auditSnapshot(appeal) });
      return suggestion;
    });
  }

  async reject(em: EntityManager, actor: CurrentUser, input: unknown): Promise<AppealRepeatSuggestion> {
    const values = parseInput(rejectSchema, input);
    return em.transactional(async (tx) => {
      const suggestion = await this.loadOpen(tx, actor, values.suggestionId, 'reject');
      const before = auditSnapshot(suggestion);
      this.decide(tx, actor, suggestion, RepeatSuggestionStatus.REJECTED, new Date(), values.note);
      const note = values.note ? `не повтор ${suggestion.earlierAppeal.number}: ${values.note}` : `не повтор ${suggestion.earlierAppeal.number}`;
      this.addEvent(tx, actor, suggestion.appeal, AppealEventKind.REPEAT_REJECTED, note);
      await tx.flush();
      recordAudit(tx, actor, {
        operation: 'rejectAppealRepeat',
        entityType: 'AppealRepeatSuggestion',
        entityId: suggestion.id,
        before,
        after: auditSnapshot(suggestion),
      });
      return suggestion;
    });
  }

  /**
   * Locks the suggestion's appeal and checks the caller may decide: the center, or an official of the
   * agency that has both appeals. A suggestion the caller may not see is reported as missing.
   */
  private async loadOpen(tx: EntityManager, actor: CurrentUser, suggestionId: string, action: 'confirm' | 'reject'): Promise<AppealRepeatSuggestion> {
    if (actor.role === UserRole.PRESS_SERVICE) {
      throw forbidden('Only the center and the agency that has the appeal decide on repeats.');
    }
    const suggestion = await tx.findOne(AppealRepeatSuggestion, { id: suggestionId }, { populate: ['appeal', 'earlierAppeal'] });
    if (!suggestion || !canAccessAgency(actor, suggestion.appeal.agency?.id) || !canAccessAgency(actor, suggestion.earlierAppeal.agency?.id)) {
      throw notFound('AppealRepeatSuggestion', suggestionId);
    }
    await tx.lock(suggestion.appeal, LockMode.PESSIMISTIC_WRITE);
    await tx.refresh(suggestion);
    if (suggestion.status !== RepeatSuggestionStatus.SUGGESTED) {
      throw new AppError(
        ErrorCode.INVALID_TRANSITION,
        `The suggestion is already ${suggestion.status}; only a SUGGESTED one can be decided on.`,
        { from: suggestion.status, action, allowedFrom: [RepeatSuggestionStatus.SUGGESTED] },
      );
    }
    return suggestion;
  }

  private decide(
    tx: EntityManager,
    actor: CurrentUser,
    suggestion: AppealRepeatSuggestion,
    status: RepeatSuggestionStatus,
    at: Date,
    note: string | null,
  ): void {
    suggestion.status = status;
    suggestion.decidedBy = tx.getReference(User, actor.id);
    suggestion.decidedAt = at;
    suggestion.note = note;
  }

  private addEvent(tx: EntityManager, actor: CurrentUser, appeal: Appeal, kind: AppealEventKind, note: string): void {
    tx.persist(
      tx.create(AppealEvent, {
        appeal,
        at: new Date(),
        actor: tx.getReference(User, actor.id),
        kind,
        fromStatus: appeal.status,
        toStatus: appeal.status,
        note,
      }),
    );
  }
}
