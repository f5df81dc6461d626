import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from '../auth/auth.entities.js';
import { Appeal } from './appeal.entity.js';

/** Whether the center reviewed the answer before it went to the appellant or after. */
export enum AppealReviewStage {
  BEFORE_SENDING = 'BEFORE_SENDING',
  AFTER_SENDING = 'AFTER_SENDING',
}

/** The center's review of an agency's answer: the checklist, a score and remarks. */
@Entity({ tableName: 'appeal_review' })
@Check({ name: 'appeal_review_score_check', expression: '(score >= 1) AND (score <= 5)' })
@Index({ properties: ['appeal', 'reviewedAt'] })
export class AppealReview {
  [OptionalProps]?: 'reviewedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Appeal, { deleteRule: 'cascade' })
  appeal!: Appeal;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  reviewer?: User | null;

  @Property({ type: 'datetime' })
  reviewedAt: Date = new Date();

  @Enum({ items: () => AppealReviewStage, nativeEnumName: 'appeal_review_stage' })
  stage!: AppealReviewStage;

  /** Checklist: the answer addresses the substance of the appeal. */
  @Property({ type: 'boolean' })
  answeredOnSubstance!: boolean;

  /** Checklist: every question the appeal raises is answered. */
  @Property({ type: 'boolean' })
  allQuestionsAnswered!: boolean;

  /** Checklist: the answer was given within its term. */
  @Property({ type: 'boolean' })
  deadlineMet!: boolean;

  /** Checklist: the answer explains the appellant's rights and next steps. */
  @Property({ type: 'boolean' })
  rightsExplained!: boolean;

  /** Score from 1 (poor) to 5 (excellent). */
  @Property({ type: 'smallint' })
  score!: number;

  /** A failed review returns the appeal to the agency for rework. */
  @Property({ type: 'boolean' })
  passed!: boolean;

  @Property({ type: 'text', nullable: true })
  remarks?: string | null;

  /** The answer or answer draft as it was when reviewed, kept because the agency rewrites it in rework. */
  @Property({ type: 'text', nullable: true })
  answerText?: string | null;
}
