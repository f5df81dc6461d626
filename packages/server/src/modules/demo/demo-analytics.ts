import type { EntityManager } from '@mikro-orm/postgresql';
import { reviewEventNote, satisfactionEventNote } from '../appeals/appeal-quality.service.js';
import { AppealReviewStage } from '../appeals/appeal-review.entity.js';
import { AppealSatisfaction } from '../appeals/appeal.entity.js';
import { SatisfactionSource } from '../appeals/appeal-quality.validation.js';
import type { User } from '../auth/auth.entities.js';

/**
 * Fills what the quality, feedback and repeat features record, so that the analytics page shows
 * figures on a fresh demo: a satisfaction on about half of the answered appeals, a passed center
 * review of about a third of those answered on time, and about one appeal in twelve confirmed as a
 * repeat of an earlier appeal on the same topic. The choice follows a hash of each appeal's id.
 * Appeals that the quality demo already reviewed or rated are left alone, and every value set here
 * gets its history event, as the mutations would write it.
 */
export async function loadDemoAnalytics(tx: EntityManager, reviewer: User | null, now: Date): Promise<void> {
  const actor = reviewer?.id ?? null;
  const satisfactionNotes = [AppealSatisfaction.SATISFIED, AppealSatisfaction.PARTLY_SATISFIED, AppealSatisfaction.NOT_SATISFIED].map(
    (value) => satisfactionEventNote(value, SatisfactionSource.CHANNEL, null),
  );
  const reviewNotes = [3, 4, 5].map((score) => reviewEventNote({ stage: AppealReviewStage.AFTER_SENDING, score, passed: true, remarks: null }));
  await tx.execute(
    `with rated as (
       update appeal set
         satisfaction = (array['SATISFIED', 'SATISFIED', 'PARTLY_SATISFIED', 'NOT_SATISFIED'])[1 + abs(hashtext(id::text || 'kind')) % 4]::appeal_satisfaction,
         satisfaction_at = least(answered_at + interval '2 days', ?::timestamptz)
       where answered_at is not null and status in ('ANSWERED', 'CLOSED') and satisfaction is null
         and not exists (select 1 from appeal_review r where r.appeal_id = appeal.id)
         and abs(hashtext(id::text)) % 100 < 50
       returning id, status, satisfaction, satisfaction_at
     )
     insert into appeal_event (appeal_id, at, actor_id, kind, from_status, to_status, note)
     select id, satisfaction_at, ?, 'SATISFACTION_RECORDED', status, status,
            case satisfaction when 'SATISFIED' then ?::text when 'PARTLY_SATISFIED' then ?::text else ?::text end
     from rated`,
    [now, actor, ...satisfactionNotes],
  );
  await tx.execute(
    `with reviewed as (
       insert into appeal_review (id, appeal_id, reviewer_id, reviewed_at, stage, answered_on_substance, all_questions_answered, deadline_met, rights_explained, score, passed)
       select gen_random_uuid(), a.id, ?, least(a.answered_at + interval '1 day', ?::timestamptz), 'AFTER_SENDING', true, true, true, true, 3 + abs(hashtext(a.id::text || 'score')) % 3, true
       from appeal a
       where a.answered_at is not null and a.answered_at <= a.answer_due_at and a.status in ('ANSWERED', 'CLOSED')
         and not exists (select 1 from appeal_review r where r.appeal_id = a.id)
         and abs(hashtext(a.id::text || 'review')) % 100 < 35
       returning appeal_id, reviewed_at, score
     )
     insert into appeal_event (appeal_id, at, actor_id, kind, from_status, to_status, note)
     select r.appeal_id, r.reviewed_at, ?, 'REVIEWED', a.status, a.status, (array[?::text, ?::text, ?::text])[r.score - 2]
     from reviewed r join appeal a on a.id = r.appeal_id`,
    [actor, now, actor, ...reviewNotes],
  );
  await tx.execute(
    `with repeated as (
       update appeal set repeat_of_id = earlier.id
       from appeal as later
       cross join lateral (
         select previous.id, previous.number from appeal as previous
         where previous.topic_code = later.topic_code and previous.registered_at < later.registered_at
         order by previous.registered_at desc limit 1
       ) as earlier
       where appeal.id = later.id and appeal.repeat_of_id is null and abs(hashtext(later.id::text || 'repeat')) % 12 = 0
       returning appeal.id, appeal.status, appeal.registered_at, earlier.number
     )
     insert into appeal_event (appeal_id, at, actor_id, kind, from_status, to_status, note)
     select id, least(registered_at + interval '1 hour', ?::timestamptz), ?, 'REPEAT_CONFIRMED', status, status, 'повтор ' || number from repeated`,
    [now, actor],
  );
}
