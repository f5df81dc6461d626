import type { EntityManager } from '@mikro-orm/postgresql';
import type { User } from '../auth/auth.entities.js';

/**
 * Fills what the quality, feedback and repeat features record, so that the analytics page shows
 * figures on a fresh demo: a satisfaction on about half of the answered appeals, a center review
 * of about a third of them, and about one appeal in twelve confirmed as a repeat of an earlier
 * appeal on the same topic. The choice follows a hash of each appeal's id.
 */
export async function loadDemoAnalytics(tx: EntityManager, reviewer: User | null): Promise<void> {
  await tx.execute(`
    update appeal set
      satisfaction = (array['SATISFIED', 'SATISFIED', 'PARTLY_SATISFIED', 'NOT_SATISFIED'])[1 + abs(hashtext(id::text || 'kind')) % 4]::appeal_satisfaction,
      satisfaction_at = answered_at + interval '2 days'
    where answered_at is not null and abs(hashtext(id::text)) % 100 < 50`);
  await tx.execute(
    `insert into appeal_review (id, appeal_id, reviewer_id, reviewed_at, stage, answered_on_substance, all_questions_answered, deadline_met, rights_explained, score, passed)
     select gen_random_uuid(), id, ?, answered_at + interval '1 day', 'AFTER_SENDING', score >= 3, score >= 2, answered_at <= answer_due_at, score >= 4, score, score >= 3
     from (
       select id, answered_at, answer_due_at, 1 + abs(hashtext(id::text || 'score')) % 5 as score
       from appeal where answered_at is not null and abs(hashtext(id::text || 'review')) % 100 < 35
     ) as reviewed`,
    [reviewer?.id ?? null],
  );
  await tx.execute(`
    update appeal set repeat_of_id = earlier.id
    from appeal as later
    cross join lateral (
      select previous.id from appeal as previous
      where previous.topic_code = later.topic_code and previous.registered_at < later.registered_at
      order by previous.registered_at desc limit 1
    ) as earlier
    where appeal.id = later.id and abs(hashtext(later.id::text || 'repeat')) % 12 = 0`);
}
