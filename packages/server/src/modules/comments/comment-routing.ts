import type { EntityManager } from '@mikro-orm/postgresql';
import { badField } from '../../graphql/errors.js';
import { Agency } from '../agencies/agency.entity.js';
import { auditSnapshot, recordAudit } from '../audit/audit.service.js';
import { requireRole, CENTER_ROLES, type CurrentUser } from '../auth/current-user.js';
import { descendantPrefix } from '../appeals/appeal-list.js';
import { Topic } from '../reference/reference.entities.js';
import { CommentRoutingRule } from './comment.entities.js';
import { parseRoute, parseRouteRemoval } from './comment.validation.js';

/**
 * Finds the agency responsible for a topic: the rule on the topic itself or on its nearest ancestor.
 * Returns null when no rule covers the topic.
 */
export async function routeTopic(em: EntityManager, topicCode: string): Promise<Agency | null> {
  const rules = await em.find(CommentRoutingRule, {}, { populate: ['agency'] });
  let best: CommentRoutingRule | null = null;
  for (const rule of rules) {
    const ruleCode = rule.topic.code;
    const covers = ruleCode === topicCode || topicCode.startsWith(descendantPrefix(ruleCode));
    if (covers && (!best || descendantPrefix(ruleCode).length > descendantPrefix(best.topic.code).length)) {
      best = rule;
    }
  }
  return best?.agency ?? null;
}

/** Sets the agency for a topic and its subtopics, replacing an earlier rule on the same topic. */
export async function setCommentRoute(em: EntityManager, actor: CurrentUser | null, input: unknown): Promise<CommentRoutingRule> {
  const caller = requireRole(actor, CENTER_ROLES);
  const values = parseRoute(input);
  return em.transactional(async (tx) => {
    const topic = await tx.findOne(Topic, { code: values.topicCode });
    if (!topic) {
      throw badField('input.topicCode', 'NOT_FOUND', `topic ${values.topicCode} is not in the classifier.`);
    }
    const agency = await tx.findOne(Agency, { id: values.agencyId });
    if (!agency) {
      throw badField('input.agencyId', 'NOT_FOUND', `agency ${values.agencyId} does not exist.`);
    }
    const existing = await tx.findOne(CommentRoutingRule, { topic });
    const before = auditSnapshot(existing);
    const rule = existing ?? tx.create(CommentRoutingRule, { topic, agency });
    rule.agency = agency;
    recordAudit(tx, caller, { operation: 'setCommentRoute', entityType: 'CommentRoutingRule', entityId: rule.id, before, after: auditSnapshot(rule) });
    return rule;
  });
}

export async function removeCommentRoute(em: EntityManager, actor: CurrentUser | null, input: unknown): Promise<boolean> {
  const caller = requireRole(actor, CENTER_ROLES);
  const { topicCode } = parseRouteRemoval(input);
  return em.transactional(async (tx) => {
    const rule = await tx.findOne(CommentRoutingRule, { topic: { code: topicCode } });
    if (!rule) {
      return false;
    }
    recordAudit(tx, caller, { operation: 'removeCommentRoute', entityType: 'CommentRoutingRule', entityId: rule.id, before: auditSnapshot(rule) });
    tx.remove(rule);
    return true;
  });
}
