import type { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { optionalText, parseInput } from '../../graphql/validation.js';
import { Appeal, AppealChannel } from '../appeals/appeal.entity.js';
import { auditSnapshot, recordAudit } from '../audit/audit.service.js';
import { User, UserRole } from '../auth/auth.entities.js';
import { requireRole, type CurrentUser } from '../auth/current-user.js';
import { DeadlinePolicy } from './deadline-policy.entity.js';
import { Deadline, DeadlineKind, DeadlineRuleKind, DeadlineStatus, NonWorkingEndRule } from './deadline.entity.js';
import type { DeadlineService } from './deadline.service.js';
import { DEADLINE_TIME_ZONE } from './engine/index.js';

/** Upper bounds that keep a mistyped amount from producing a deadline decades away. */
const MAX_POLICY_DAYS = 365;
const MAX_POLICY_HOURS = 720;

const policySchema = z
  .object({
    kind: z.enum(DeadlineKind, { message: 'must be one of the DeadlineKind values' }),
    channel: z.enum(AppealChannel, { message: 'must be one of the AppealChannel values' }).nullish(),
    ruleKind: z.enum(DeadlineRuleKind, { message: 'must be CALENDAR_DAYS, WORKING_DAYS or HOURS' }),
    amount: z.number({ message: 'is required' }).int({ message: 'must be a whole number' }).positive({ message: 'must be at least 1' }),
    nonWorkingEnd: z.enum(NonWorkingEndRule, { message: 'must be SHIFT_BACK, SHIFT_FORWARD or NONE' }),
    effectiveFrom: z.string({ message: 'is required' }).regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date in the form YYYY-MM-DD' }),
    note: optionalText(2000),
  })
  .superRefine((value, context) => {
    const limit = value.ruleKind === DeadlineRuleKind.HOURS ? MAX_POLICY_HOURS : MAX_POLICY_DAYS;
    if (value.amount > limit) {
      context.addIssue({ code: 'custom', path: ['amount'], message: `must be at most ${limit} for ${value.ruleKind}`, params: { reason: 'TOO_LARGE' } });
    }
    if (!DateTime.fromISO(value.effectiveFrom, { zone: DEADLINE_TIME_ZONE }).isValid) {
      context.addIssue({ code: 'custom', path: ['effectiveFrom'], message: 'is not a calendar date', params: { reason: 'INVALID' } });
    }
  });

export interface PolicyChange {
  policy: DeadlinePolicy;
  recomputed: Deadline[];
}

/**
 * Adds a policy and recomputes, in the same transaction, every open deadline of its kind that started
 * on or after its effective date, so that running terms follow the rule in force for their start.
 */
export async function setDeadlinePolicy(
  em: EntityManager,
  deadlines: DeadlineService,
  actor: CurrentUser | null,
  input: unknown,
): Promise<PolicyChange> {
  const caller = requireRole(actor, [UserRole.CENTER_ADMIN]);
  const values = parseInput(policySchema, input);
  return em.transactional(async (tx) => {
    const policy = tx.create(DeadlinePolicy, {
      kind: values.kind,
      channel: values.channel ?? null,
      ruleKind: values.ruleKind,
      amount: values.amount,
      nonWorkingEnd: values.nonWorkingEnd,
      effectiveFrom: values.effectiveFrom,
      note: values.note,
      createdBy: tx.getReference(User, caller.id),
    });
    await tx.flush();

    const effectiveStart = DateTime.fromISO(values.effectiveFrom, { zone: DEADLINE_TIME_ZONE }).startOf('day').toJSDate();
    const open = await tx.find(Deadline, {
      kind: values.kind,
      status: DeadlineStatus.OPEN,
      startedAt: { $gte: effectiveStart },
      ...(values.channel ? { channel: values.channel } : {}),
    });
    const reason = `правило срока изменено с ${values.effectiveFrom}${values.note ? `: ${values.note}` : ''}`;
    const recomputed: Deadline[] = [];
    for (const deadline of open) {
      if (await deadlines.recompute(tx, deadline, reason)) {
        recomputed.push(deadline);
      }
    }
    const answerDeadlines = recomputed.filter((deadline) => deadline.kind === DeadlineKind.APPEAL_ANSWER);
    if (answerDeadlines.length > 0) {
      const appeals = await tx.find(Appeal, { id: { $in: answerDeadlines.map((deadline) => deadline.subjectId) } });
      const dueBySubject = new Map(answerDeadlines.map((deadline) => [deadline.subjectId, deadline.dueAt]));
      for (const appeal of appeals) {
        appeal.answerDueAt = dueBySubject.get(appeal.id) ?? appeal.answerDueAt;
      }
    }
    recordAudit(tx, caller, {
      operation: 'setDeadlinePolicy',
      entityType: 'DeadlinePolicy',
      entityId: policy.id,
      after: { ...auditSnapshot(policy), recomputedDeadlines: recomputed.length },
    });
    return { policy, recomputed };
  });
}
