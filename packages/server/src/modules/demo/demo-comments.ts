import type { EntityManager } from '@mikro-orm/postgresql';
import { nextRegistrationNumber } from '../../database/registration-number.js';
import { Agency } from '../agencies/agency.entity.js';
import { User } from '../auth/auth.entities.js';
import {
  CommentAuthorRole,
  CommentDraft,
  CommentRoutingRule,
  InformationRisk,
  InformationRiskEvent,
  InformationRiskEventKind as EventKind,
  InformationRiskStatus as Status,
  RoutingSource,
  VerificationOutcome,
} from '../comments/comment.entities.js';
import { INFORMATION_RISK_SUBJECT } from '../comments/comment.service.js';
import { DeadlineKind } from '../deadlines/deadline.entity.js';
import type { DeadlineService } from '../deadlines/deadline.service.js';
import { Topic } from '../reference/reference.entities.js';

const MINUTE_MS = 60_000;

export interface DemoCommentOptions {
  deadlines: DeadlineService;
  now: Date;
  /** The center's demo operator, who takes the center's steps. */
  operator: User | null;
  /** Demo agency officials by agency id, who take the agencies' steps. */
  officials: Map<string, User>;
}

/** Routing rules of the demo: a classifier group and the agency that answers for it. */
const DEMO_ROUTES = [
  { topicCode: '0002.0014.0143.0000', agencyShortName: 'Минздрав РМЭ' },
  { topicCode: '0002.0013.0139.0000', agencyShortName: 'Минобрнауки РМЭ' },
  { topicCode: '0005.0005.0000.0000', agencyShortName: 'Минстрой РМЭ' },
] as const;

interface DemoCase {
  topicCode: string;
  source: string;
  url: string;
  title: string;
  excerpt: string;
  reach: number;
  /** Minutes before `now` at which the center found the publication. */
  detectedMinutesAgo: number;
  status: Status;
  /** Minutes after detection at which the proposal went out, for cases past that step. */
  proposalAfterMinutes?: number;
  /** Minutes after detection at which the agency submitted its draft. */
  draftAfterMinutes?: number;
}

/** Cases at every stage, timed so that the wall shows clocks on track, at risk and overdue. */
const DEMO_CASES: readonly DemoCase[] = [
  {
    topicCode: '0002.0014.0143.0390',
    source: 'ВКонтакте, «Подслушано Йошкар-Ола»',
    url: 'https://vk.com/wall-10000001_20451',
    title: 'В Республиканской больнице отменили плановые операции до весны',
    excerpt: 'Знакомая медсестра говорит, что плановых операций не будет до апреля, всех отправляют в Казань.',
    reach: 18400,
    detectedMinutesAgo: 35,
    status: Status.DETECTED,
  },
  {
    topicCode: '0002.0013.0139.0325',
    source: 'Telegram-канал «Марий Эл сегодня»',
    url: 'https://t.me/mariel_today/3312',
    title: 'В школах Волжска отменят вторую смену с января',
    excerpt: 'Родителям сообщили, что со следующей четверти вторая смена будет закрыта, а дети пойдут в другие школы.',
    reach: 9100,
    detectedMinutesAgo: 150,
    status: Status.VERIFICATION_REQUESTED,
  },
  {
    topicCode: '0005.0005.0056.1148',
    source: 'Одноклассники, группа «Козьмодемьянск»',
    url: 'https://ok.ru/group/700000001/topic/15551',
    title: 'Отопление в микрорайоне не включат до конца декабря',
    excerpt: 'В управляющей компании сказали, что котельную не запустят до конца месяца из-за долгов.',
    reach: 5200,
    detectedMinutesAgo: 200,
    status: Status.VERIFIED,
  },
  {
    topicCode: '0002.0014.0143.0389',
    source: 'Новостной сайт «Вести Марий Эл»',
    url: 'https://example-news.ru/news/2026/12/clinic-closure',
    title: 'Поликлинику в Медведево закрывают',
    excerpt: 'По словам источника, поликлиника прекратит приём с 1 января, жителей прикрепят к Йошкар-Оле.',
    reach: 31000,
    detectedMinutesAgo: 110,
    status: Status.PROPOSAL_SENT,
    proposalAfterMinutes: 60,
  },
  {
    topicCode: '0005.0005.0056.1147',
    source: 'ВКонтакте, «Типичный Звенигово»',
    url: 'https://vk.com/wall-10000002_8877',
    title: 'Тарифы на вывоз мусора вырастут вдвое',
    excerpt: 'С нового года платить за вывоз мусора придётся в два раза больше, так решило министерство.',
    reach: 7300,
    detectedMinutesAgo: 260,
    status: Status.DRAFT_SUBMITTED,
    proposalAfterMinutes: 90,
    draftAfterMinutes: 230,
  },
];

const demoDraft = {
  falseStatement: 'С нового года платить за вывоз мусора придётся в два раза больше.',
  agencyAccount: 'Министерство сообщает, что тариф на вывоз твёрдых коммунальных отходов в 2027 году не увеличивается вдвое.',
  arguments: 'Рост тарифа ограничен индексом изменения платы граждан за коммунальные услуги, утверждённым на 2027 год.',
  authorName: 'Мамаева Наталья Геннадьевна',
  authorRole: CommentAuthorRole.PRESS_SECRETARY,
};

/** Steps each demo status has passed through, in order, with the status each step led to. */
const STEPS_BEFORE: Record<string, [EventKind, Status][]> = {
  [Status.DETECTED]: [[EventKind.DETECTED, Status.DETECTED]],
  [Status.VERIFICATION_REQUESTED]: [
    [EventKind.DETECTED, Status.DETECTED],
    [EventKind.VERIFICATION_REQUESTED, Status.VERIFICATION_REQUESTED],
  ],
  [Status.VERIFIED]: [
    [EventKind.DETECTED, Status.DETECTED],
    [EventKind.VERIFICATION_REQUESTED, Status.VERIFICATION_REQUESTED],
    [EventKind.VERIFIED, Status.VERIFIED],
  ],
  [Status.PROPOSAL_SENT]: [
    [EventKind.DETECTED, Status.DETECTED],
    [EventKind.VERIFICATION_REQUESTED, Status.VERIFICATION_REQUESTED],
    [EventKind.VERIFIED, Status.VERIFIED],
    [EventKind.PROPOSAL_SENT, Status.PROPOSAL_SENT],
  ],
  [Status.DRAFT_SUBMITTED]: [
    [EventKind.DETECTED, Status.DETECTED],
    [EventKind.VERIFICATION_REQUESTED, Status.VERIFICATION_REQUESTED],
    [EventKind.VERIFIED, Status.VERIFIED],
    [EventKind.PROPOSAL_SENT, Status.PROPOSAL_SENT],
    [EventKind.DRAFT_SUBMITTED, Status.DRAFT_SUBMITTED],
  ],
};

/**
 * Adds the demo routing table and misinformation cases with their clocks, so that the wall shows
 * running 3-hour countdowns on the first start. Cases whose agency is missing are skipped.
 */
export async function loadDemoComments(
  tx: EntityManager,
  options: DemoCommentOptions,
): Promise<number> {
  const agencies = new Map((await tx.find(Agency, {})).map((agency) => [agency.shortName, agency]));
  for (const route of DEMO_ROUTES) {
    const agency = agencies.get(route.agencyShortName);
    if (agency) {
      tx.persist(tx.create(CommentRoutingRule, { topic: tx.getReference(Topic, route.topicCode), agency }));
    }
  }

  let created = 0;
  for (const demoCase of DEMO_CASES) {
    const route = DEMO_ROUTES.find((candidate) => demoCase.topicCode.startsWith(candidate.topicCode.replace(/(\.0000)+$/, '.')));
    const agency = route ? agencies.get(route.agencyShortName) : undefined;
    if (!agency) {
      continue;
    }
    created += 1;
    await recordCase(tx, options, demoCase, agency);
  }
  return created;
}

async function recordCase(
  tx: EntityManager,
  options: DemoCommentOptions,
  demoCase: DemoCase,
  agency: Agency,
): Promise<void> {
  const detectedAt = new Date(options.now.getTime() - demoCase.detectedMinutesAgo * MINUTE_MS);
  const proposalSentAt = demoCase.proposalAfterMinutes ? new Date(detectedAt.getTime() + demoCase.proposalAfterMinutes * MINUTE_MS) : null;
  const draftAt = demoCase.draftAfterMinutes ? new Date(detectedAt.getTime() + demoCase.draftAfterMinutes * MINUTE_MS) : null;
  const number = await nextRegistrationNumber(tx, 'information_risk_number_seq', 'ДИ', detectedAt);
  const official = options.officials.get(agency.id) ?? null;
  const topic = tx.getReference(Topic, demoCase.topicCode);
  const risk = tx.create(InformationRisk, {
    number,
    url: demoCase.url,
    source: demoCase.source,
    title: demoCase.title,
    excerpt: demoCase.excerpt,
    detectedAt,
    topic,
    reach: demoCase.reach,
    agency,
    routedBy: RoutingSource.ROUTING_RULE,
    status: demoCase.status,
    verificationOutcome: demoCase.status === Status.DETECTED || demoCase.status === Status.VERIFICATION_REQUESTED ? null : VerificationOutcome.FALSE,
    proposalText: proposalSentAt ? 'Предлагаем подготовить опровержение со ссылкой на официальные документы.' : null,
    proposalSentAt,
    createdBy: options.operator,
  });

  const clock = { subjectType: INFORMATION_RISK_SUBJECT, subjectId: risk.id, subjectLabel: number, agency };
  const proposalClock = await options.deadlines.start(tx, { ...clock, kind: DeadlineKind.COMMENT_PROPOSAL, startedAt: detectedAt });
  if (proposalSentAt) {
    options.deadlines.complete(proposalClock, proposalSentAt);
    const draftClock = await options.deadlines.start(tx, { ...clock, kind: DeadlineKind.COMMENT_DRAFT, startedAt: proposalSentAt });
    if (draftAt) {
      options.deadlines.complete(draftClock, draftAt);
      tx.persist(tx.create(CommentDraft, { risk, versionNumber: 1, ...demoDraft, topic, submittedBy: official, submittedAt: draftAt }));
    }
  }

  const steps = STEPS_BEFORE[demoCase.status] ?? [];
  let fromStatus: Status | null = null;
  for (const [index, [kind, toStatus]] of steps.entries()) {
    // Steps without a time of their own follow detection five minutes apart.
    let at = new Date(detectedAt.getTime() + index * 5 * MINUTE_MS);
    if (kind === EventKind.PROPOSAL_SENT && proposalSentAt) {
      at = proposalSentAt;
    }
    if (kind === EventKind.DRAFT_SUBMITTED && draftAt) {
      at = draftAt;
    }
    const agencyStep = kind === EventKind.VERIFIED || kind === EventKind.DRAFT_SUBMITTED;
    const actor = agencyStep ? official : options.operator;
    tx.persist(tx.create(InformationRiskEvent, { risk, at, actor, kind, fromStatus, toStatus, note: null }));
    fromStatus = toStatus;
  }
}
