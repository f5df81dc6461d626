import { DeadlineKind, DeadlineRuleKind, NonWorkingEndRule } from './deadline.entity.js';

export interface DeadlineRuleDefault {
  ruleKind: DeadlineRuleKind;
  amount: number;
  nonWorkingEnd: NonWorkingEndRule;
}

/**
 * The legal defaults for appeals and for misinformation cases. 59-FZ: registration within 3 days of receipt and an answer within 30 days
 * of registration; a last day that is non-working moves back so that the term never runs past
 * the legal maximum. The center's administrator may change them in `deadline_rule`.
 */
export const DEFAULT_DEADLINE_RULES: Record<DeadlineKind, DeadlineRuleDefault> = {
  [DeadlineKind.APPEAL_REGISTRATION]: {
    ruleKind: DeadlineRuleKind.CALENDAR_DAYS,
    amount: 3,
    nonWorkingEnd: NonWorkingEndRule.SHIFT_BACK,
  },
  // 59-FZ: an appeal outside the body's competence goes to the competent one within 7 days of registration.
  [DeadlineKind.APPEAL_FORWARDING]: {
    ruleKind: DeadlineRuleKind.CALENDAR_DAYS,
    amount: 7,
    nonWorkingEnd: NonWorkingEndRule.SHIFT_BACK,
  },
  [DeadlineKind.APPEAL_ANSWER]: {
    ruleKind: DeadlineRuleKind.CALENDAR_DAYS,
    amount: 30,
    nonWorkingEnd: NonWorkingEndRule.SHIFT_BACK,
  },
  // The misinformation algorithm's two clocks run on the clock, day and night.
  [DeadlineKind.COMMENT_PROPOSAL]: { ruleKind: DeadlineRuleKind.HOURS, amount: 3, nonWorkingEnd: NonWorkingEndRule.NONE },
  [DeadlineKind.COMMENT_DRAFT]: { ruleKind: DeadlineRuleKind.HOURS, amount: 3, nonWorkingEnd: NonWorkingEndRule.NONE },
  // The regulation sets no term for rework; ten working days is the center's default, editable by policy.
  [DeadlineKind.APPEAL_REWORK]: {
    ruleKind: DeadlineRuleKind.WORKING_DAYS,
    amount: 10,
    nonWorkingEnd: NonWorkingEndRule.SHIFT_BACK,
  },
  // Reports and information requests are due on a date (see `DeadlineService.startWithDue`); these
  // rules apply only when a caller starts one without a date.
  [DeadlineKind.QUARTERLY_REPORT]: {
    ruleKind: DeadlineRuleKind.CALENDAR_DAYS,
    amount: 5,
    nonWorkingEnd: NonWorkingEndRule.SHIFT_BACK,
  },
  [DeadlineKind.INFORMATION_REQUEST]: {
    ruleKind: DeadlineRuleKind.WORKING_DAYS,
    amount: 10,
    nonWorkingEnd: NonWorkingEndRule.SHIFT_BACK,
  },
};
