/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** A field whose value conforms to the standard internet email address format as specified in HTML Spec: https://html.spec.whatwg.org/multipage/input.html#valid-e-mail-address. */
  EmailAddress: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** A calendar date without a time or time zone, in the form YYYY-MM-DD. */
  LocalDate: { input: string; output: string; }
  /** A field whose value conforms to the standard E.164 format as specified in: https://en.wikipedia.org/wiki/E.164. Basically this is +17895551234. */
  PhoneNumber: { input: string; output: string; }
};

export type AddAppealAttachmentsInput = {
  appealId: Scalars['ID']['input'];
  /** Files the caller uploaded with POST /api/files. */
  fileIds: Array<Scalars['ID']['input']>;
};

export type AddAppealAttachmentsPayload = {
  __typename?: 'AddAppealAttachmentsPayload';
  appeal: Appeal;
};

export type AddRoadmapMeasureInput = {
  dueDate: Scalars['LocalDate']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  problemId: Scalars['ID']['input'];
  responsibleAgencyId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

export type AddRoadmapMeasurePayload = {
  __typename?: 'AddRoadmapMeasurePayload';
  measure: RoadmapMeasure;
  problem: Problem;
};

export type AgenciesPageInput = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An executive body of the republic. */
export type Agency = {
  __typename?: 'Agency';
  /** Contact officials by surname, active ones first; empty for an agency official looking at another agency. */
  contactOfficials: Array<ContactOfficial>;
  id: Scalars['ID']['output'];
  kind: AgencyKind;
  /** The official full name. */
  name: Scalars['String']['output'];
  organizations: Array<Organization>;
  shortName: Scalars['String']['output'];
  site?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};


/** An executive body of the republic. */
export type AgencyContactOfficialsArgs = {
  includeInactive?: Scalars['Boolean']['input'];
};

/** Figures of one agency over the appeals registered in the period that match the filter and are assigned to the agency now. A share or average is null when nothing is counted. */
export type AgencyAnalytics = {
  __typename?: 'AgencyAnalytics';
  agency: Agency;
  /** Appeals with an answer (answered_at set), whatever their status now. */
  answered: Scalars['Int']['output'];
  /** Answered appeals whose answer came at or before answer_due_at (the term after any extension). */
  answeredOnTime: Scalars['Int']['output'];
  appeals: Scalars['Int']['output'];
  /** Average of answered_at − registered_at over answered appeals, in days of 24 hours with fractions. */
  averageDaysToAnswer?: Maybe<Scalars['Float']['output']>;
  /** Average score (1 to 5) over those reviews. */
  averageReviewScore?: Maybe<Scalars['Float']['output']>;
  /** NOT_SATISFIED / withSatisfaction. */
  notSatisfiedShare?: Maybe<Scalars['Float']['output']>;
  /** answeredOnTime / answered. */
  onTimeShare?: Maybe<Scalars['Float']['output']>;
  /** Open appeals (REGISTERED or ASSIGNED) whose answer_due_at is before the moment of the request. Counted live, not from the view. */
  overdueNow: Scalars['Int']['output'];
  /** PARTLY_SATISFIED / withSatisfaction. */
  partlySatisfiedShare?: Maybe<Scalars['Float']['output']>;
  /** repeats / appeals. */
  repeatShare?: Maybe<Scalars['Float']['output']>;
  /** Appeals confirmed as a repeat of an earlier one (repeat_of_id set). */
  repeats: Scalars['Int']['output'];
  /** Reviews of these appeals’ answers by the center; an appeal may have several. */
  reviews: Scalars['Int']['output'];
  /** SATISFIED / withSatisfaction. */
  satisfiedShare?: Maybe<Scalars['Float']['output']>;
  /** Appeals with a recorded satisfaction: the denominator of the three satisfaction shares. */
  withSatisfaction: Scalars['Int']['output'];
};

export type AgencyConnection = {
  __typename?: 'AgencyConnection';
  edges: Array<AgencyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgencyEdge = {
  __typename?: 'AgencyEdge';
  cursor: Scalars['String']['output'];
  node: Agency;
};

export type AgencyFilter = {
  kinds?: InputMaybe<Array<AgencyKind>>;
  /** Matches the short or the full name. */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type AgencyKind =
  | 'COMMITTEE'
  | 'DEPARTMENT'
  | 'INSPECTION'
  | 'MINISTRY'
  | 'SERVICE';

/** The center’s summary analytics. Whole months of MONTH series and of the agency rows come from the materialized view appeal_monthly_stats, as fresh as refreshedAt, when no municipality is filtered. Other days, DAY and WEEK series, municipality filters, overdueNow and the misinformation figures are counted live. */
export type Analytics = {
  __typename?: 'Analytics';
  /** One row per agency of the filter (every agency without one), ordered by short name. */
  agencies: Array<AgencyAnalytics>;
  misinformation: MisinformationAnalytics;
  period: AnalyticsPeriod;
  /** Start of the latest refresh of the view: its months do not count changes committed later. */
  refreshedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The sections of the classifier, in code order, for the legends of the section series. */
  topicSections: Array<TopicSection>;
  /** Appeals per period by channel, every period of the filter included. */
  volumeByChannel: Array<ChannelVolumePeriod>;
  /** Appeals per period by topic section, every period of the filter included. */
  volumeByTopicSection: Array<TopicSectionVolumePeriod>;
};


/** The center’s summary analytics. Whole months of MONTH series and of the agency rows come from the materialized view appeal_monthly_stats, as fresh as refreshedAt, when no municipality is filtered. Other days, DAY and WEEK series, municipality filters, overdueNow and the misinformation figures are counted live. */
export type AnalyticsVolumeByChannelArgs = {
  granularity?: AnalyticsGranularity;
};


/** The center’s summary analytics. Whole months of MONTH series and of the agency rows come from the materialized view appeal_monthly_stats, as fresh as refreshedAt, when no municipality is filtered. Other days, DAY and WEEK series, municipality filters, overdueNow and the misinformation figures are counted live. */
export type AnalyticsVolumeByTopicSectionArgs = {
  granularity?: AnalyticsGranularity;
};

/** Which appeals the analytics count. Every list is optional; an empty or missing list does not restrict. */
export type AnalyticsFilter = {
  /** Agencies the appeal is assigned to now. An agency official may give only their own agency, which is also the default. */
  agencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  channels?: InputMaybe<Array<AppealChannel>>;
  /** First Moscow day of registration. Default: the first day of the month eleven months before `to`. */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  /** OKTMO codes; a district includes the settlements within it. */
  municipalityOktmos?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Last Moscow day of registration, inclusive. Default: today in Moscow. At most 5 years after `from`. */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** Length of one period of a series: a Moscow calendar day, ISO week (from Monday) or month. */
export type AnalyticsGranularity =
  | 'DAY'
  | 'MONTH'
  | 'WEEK';

/** The period that the figures cover, after defaults. */
export type AnalyticsPeriod = {
  __typename?: 'AnalyticsPeriod';
  from: Scalars['LocalDate']['output'];
  to: Scalars['LocalDate']['output'];
};

export type AnswerAppealInput = {
  answerText: Scalars['String']['input'];
  appealId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};

export type AnswerAppealPayload = {
  __typename?: 'AnswerAppealPayload';
  appeal: Appeal;
};

export type AnswerInformationRequestInput = {
  /** Files the caller uploaded with POST /api/files, at most 20. */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  requestId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

/** An appeal of a citizen or legal entity. */
export type Appeal = {
  __typename?: 'Appeal';
  agency?: Maybe<Agency>;
  /** The agency’s answer draft awaiting the center’s review. */
  answerDraft?: Maybe<Scalars['String']['output']>;
  answerDraftSubmittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the answer is due. */
  answerDueAt: Scalars['DateTime']['output'];
  answerText?: Maybe<Scalars['String']['output']>;
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  appellantAddress?: Maybe<Scalars['String']['output']>;
  appellantEmail?: Maybe<Scalars['EmailAddress']['output']>;
  appellantInn?: Maybe<Scalars['String']['output']>;
  appellantKind: AppellantKind;
  appellantName: Scalars['String']['output'];
  appellantPhone?: Maybe<Scalars['PhoneNumber']['output']>;
  /** Attached files, oldest first. */
  attachments: Array<StoredFile>;
  channel: AppealChannel;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Further signatories of a collective appeal, in the order registered. */
  coAppellants: Array<CoAppellant>;
  /** True when the appeal has co-appellants. */
  collective: Scalars['Boolean']['output'];
  /** The appeal’s deadlines, oldest first. */
  deadlines: Array<Deadline>;
  /** When the answer term was extended; once at most. */
  extendedAt?: Maybe<Scalars['DateTime']['output']>;
  extensionDays?: Maybe<Scalars['Int']['output']>;
  /** When the appellant was notified of the extension. */
  extensionNoticeAt?: Maybe<Scalars['DateTime']['output']>;
  extensionReason?: Maybe<Scalars['String']['output']>;
  /** The appeal’s id in its channel. */
  externalId?: Maybe<Scalars['String']['output']>;
  /** Flags on the appeal, oldest first. */
  flags: Array<AppealFlag>;
  /** When the appellant was notified of the latest forwarding. */
  forwardingNoticeAt?: Maybe<Scalars['DateTime']['output']>;
  /** The append-only history, oldest first. */
  history: Array<AppealEvent>;
  id: Scalars['ID']['output'];
  municipality?: Maybe<Municipality>;
  /** Registration number, such as ЦУР-2026-000042. */
  number: Scalars['String']['output'];
  questionSubtype?: Maybe<QuestionType>;
  questionType?: Maybe<QuestionType>;
  receivedAt: Scalars['DateTime']['output'];
  registeredAt: Scalars['DateTime']['output'];
  /** True when reopenAppeal is allowed: the appellant is not satisfied with the latest answer. */
  reopenable: Scalars['Boolean']['output'];
  /** The earlier appeal an operator confirmed this one repeats. */
  repeatOf?: Maybe<Appeal>;
  /** Earlier appeals of the same appellant found at registration, the closest first; an agency official sees those of its agency. */
  repeatSuggestions: Array<AppealRepeatSuggestion>;
  /** The center’s reviews of the answer, oldest first. */
  reviews: Array<AppealReview>;
  /** The latest satisfaction the appellant expressed. */
  satisfaction?: Maybe<AppealSatisfaction>;
  /** When the latest satisfaction was recorded. */
  satisfactionAt?: Maybe<Scalars['DateTime']['output']>;
  /** Rank and highlighted fragments for a search text, computed for the requested rows only; pass the list’s filter.text. */
  searchMatches?: Maybe<AppealSearchMatches>;
  status: AppealStatus;
  text: Scalars['String']['output'];
  topic: Topic;
  unansweredGround?: Maybe<UnansweredGround>;
  /** Send it back as expectedVersion to detect concurrent changes. */
  version: Scalars['Int']['output'];
};


/** An appeal of a citizen or legal entity. */
export type AppealSearchMatchesArgs = {
  text: Scalars['String']['input'];
};

/** The source of an appeal as the regulation lists them. */
export type AppealChannel =
  /** An e-mail appeal under 59-FZ. */
  | 'EMAIL'
  /** The federal feedback platform (ПОС) of the public services portal. */
  | 'FEEDBACK_PLATFORM'
  /** Information published on the Internet, including misinformation. */
  | 'INTERNET_PUBLICATION'
  /** An appeal made in person under 59-FZ. */
  | 'IN_PERSON'
  /** Any other source. */
  | 'OTHER'
  /** A public post in a social network or messenger. */
  | 'SOCIAL_MEDIA'
  /** Results of a survey or sociological research. */
  | 'SURVEY'
  /** A regional voice feedback system. */
  | 'VOICE_HOTLINE'
  /** A written appeal under 59-FZ. */
  | 'WRITTEN';

export type AppealConnection = {
  __typename?: 'AppealConnection';
  edges: Array<AppealEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AppealEdge = {
  __typename?: 'AppealEdge';
  cursor: Scalars['String']['output'];
  node: Appeal;
};

/** One step of an appeal’s history. */
export type AppealEvent = {
  __typename?: 'AppealEvent';
  actor?: Maybe<User>;
  /** The agency an assignment or forwarding gave the appeal to. */
  agency?: Maybe<Agency>;
  at: Scalars['DateTime']['output'];
  fromStatus?: Maybe<AppealStatus>;
  id: Scalars['ID']['output'];
  kind: AppealEventKind;
  note?: Maybe<Scalars['String']['output']>;
  toStatus: AppealStatus;
};

export type AppealEventKind =
  | 'ANSWERED'
  | 'ANSWER_SUBMITTED_FOR_REVIEW'
  | 'ASSIGNED'
  | 'ATTACHMENT_ADDED'
  | 'CLOSED'
  | 'EXTENDED'
  | 'FLAGGED'
  | 'FLAG_RESOLVED'
  | 'FORWARDED'
  | 'LEFT_UNANSWERED'
  | 'REASSIGNED'
  | 'REGISTERED'
  | 'REOPENED'
  | 'REPEAT_CONFIRMED'
  | 'REPEAT_REJECTED'
  | 'RETURNED_FOR_REWORK'
  | 'REVIEWED'
  | 'SATISFACTION_RECORDED';

export type AppealFilter = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  channels?: InputMaybe<Array<AppealChannel>>;
  /** Only appeals whose answer is due before this instant. */
  dueBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** True: only confirmed repeats; false: only appeals that are not. */
  repeat?: InputMaybe<Scalars['Boolean']['input']>;
  statuses?: InputMaybe<Array<AppealStatus>>;
  /** Matches the text and answer by Russian stemming, names and places (address, municipality) by similarity, or the number. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** A classifier code; appeals of its subtopics match too. */
  topicCode?: InputMaybe<Scalars['String']['input']>;
};

/** A conflict situation or communication error noted on an appeal. */
export type AppealFlag = {
  __typename?: 'AppealFlag';
  /** The flagged appeal. */
  appeal: Appeal;
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<User>;
  id: Scalars['ID']['output'];
  kind: AppealFlagKind;
  note: Scalars['String']['output'];
  resolution?: Maybe<Scalars['String']['output']>;
  /** Null while the flag is open. */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  resolvedBy?: Maybe<User>;
};

export type AppealFlagConnection = {
  __typename?: 'AppealFlagConnection';
  edges: Array<AppealFlagEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AppealFlagEdge = {
  __typename?: 'AppealFlagEdge';
  cursor: Scalars['String']['output'];
  node: AppealFlag;
};

export type AppealFlagFilter = {
  /** Flags on the appeals of this agency. */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  appealId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<AppealFlagKind>;
  /** True: resolved flags only; false: open flags only; omitted: both. */
  resolved?: InputMaybe<Scalars['Boolean']['input']>;
};

export type AppealFlagKind =
  /** An error in communication with the appellant. */
  | 'COMMUNICATION_ERROR'
  /** A conflict between the appellant and an agency, or between agencies. */
  | 'CONFLICT_SITUATION';

export type AppealFlagsPageInput = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One import of an appeals file and its progress, as of its last committed batch. */
export type AppealImport = {
  __typename?: 'AppealImport';
  error?: Maybe<Scalars['String']['output']>;
  fileName: Scalars['String']['output'];
  /** Share of the file read, 0 to 1; null when unknown, such as for a run of another server instance. */
  fileShareRead?: Maybe<Scalars['Float']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Path of the rejected-rows CSV download; null until a row is rejected. */
  reportUrl?: Maybe<Scalars['String']['output']>;
  rowsImported: Scalars['Int']['output'];
  rowsPerSecond: Scalars['Int']['output'];
  /** Rows read, rejected ones included. */
  rowsRead: Scalars['Int']['output'];
  rowsRejected: Scalars['Int']['output'];
  /** Valid rows whose channel and external id were already registered. */
  rowsSkipped: Scalars['Int']['output'];
  startedAt: Scalars['DateTime']['output'];
  /** E-mail of the user who started the import. */
  startedByEmail?: Maybe<Scalars['String']['output']>;
  state: ImportRunState;
};

export type AppealImportConnection = {
  __typename?: 'AppealImportConnection';
  edges: Array<AppealImportEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AppealImportEdge = {
  __typename?: 'AppealImportEdge';
  cursor: Scalars['String']['output'];
  node: AppealImport;
};

export type AppealImportPageInput = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type AppealOrder = {
  direction?: SortDirection;
  field: AppealOrderField;
};

export type AppealOrderField =
  | 'ANSWER_DUE_AT'
  | 'RECEIVED_AT'
  | 'REGISTERED_AT'
  | 'RELEVANCE';

/** An earlier appeal of the same appellant that this appeal may repeat. */
export type AppealRepeatSuggestion = {
  __typename?: 'AppealRepeatSuggestion';
  createdAt: Scalars['DateTime']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedBy?: Maybe<User>;
  /** The earlier appeal; null when the caller may not see it. */
  earlierAppeal?: Maybe<Appeal>;
  id: Scalars['ID']['output'];
  matchedBy: Array<RepeatMatchKey>;
  /** Why the suggestion was rejected. */
  note?: Maybe<Scalars['String']['output']>;
  sameTopic: Scalars['Boolean']['output'];
  /** Trigram similarity of the two texts, from 0 to 1. */
  similarity: Scalars['Float']['output'];
  status: RepeatSuggestionStatus;
};

/** The center’s review of an agency’s answer. */
export type AppealReview = {
  __typename?: 'AppealReview';
  /** Every question of the appeal is answered. */
  allQuestionsAnswered: Scalars['Boolean']['output'];
  /** The answer or draft as it was when reviewed. */
  answerText?: Maybe<Scalars['String']['output']>;
  /** The answer addresses the substance of the appeal. */
  answeredOnSubstance: Scalars['Boolean']['output'];
  /** The answer was given within its term. */
  deadlineMet: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** True when every checklist item is true and the score is at least 3. */
  passed: Scalars['Boolean']['output'];
  remarks?: Maybe<Scalars['String']['output']>;
  reviewedAt: Scalars['DateTime']['output'];
  reviewer?: Maybe<User>;
  /** The answer explains the appellant’s rights and next steps. */
  rightsExplained: Scalars['Boolean']['output'];
  /** From 1 (poor) to 5 (excellent). */
  score: Scalars['Int']['output'];
  stage: AppealReviewStage;
};

export type AppealReviewStage =
  /** The answer already sent; the appeal is ANSWERED or CLOSED. */
  | 'AFTER_SENDING'
  /** The agency’s answer draft, before it goes to the appellant. */
  | 'BEFORE_SENDING';

/** The appellant’s satisfaction with the answer. */
export type AppealSatisfaction =
  | 'NOT_SATISFIED'
  | 'PARTLY_SATISFIED'
  | 'SATISFIED';

/** A field of an appeal that the text filter searches. */
export type AppealSearchField =
  | 'ANSWER'
  | 'APPELLANT_ADDRESS'
  | 'APPELLANT_NAME'
  | 'CO_APPELLANT'
  | 'MUNICIPALITY'
  | 'TEXT';

/** How an appeal matches a search text. */
export type AppealSearchMatches = {
  __typename?: 'AppealSearchMatches';
  highlights: Array<SearchHighlight>;
  /** Relevance, higher is better: the full-text rank plus half the best name or place similarity. */
  rank: Scalars['Float']['output'];
};

export type AppealStatus =
  | 'ANSWERED'
  | 'ASSIGNED'
  | 'CLOSED'
  | 'LEFT_UNANSWERED'
  | 'REGISTERED';

export type AppealsPageInput = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type AppellantKind =
  | 'FOREIGN_CITIZEN'
  | 'LEGAL_ENTITY'
  | 'RUSSIAN_CITIZEN'
  | 'RUSSIAN_CITIZEN_ABROAD'
  | 'STATELESS_PERSON';

export type ApproveOfficialCommentInput = {
  caseId: Scalars['ID']['input'];
  /** The version you read; a different current version fails with CONFLICT. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};

/** The case after the step. */
export type ApproveOfficialCommentPayload = {
  __typename?: 'ApproveOfficialCommentPayload';
  informationRisk: InformationRisk;
};

export type AssignAppealInput = {
  agencyId: Scalars['ID']['input'];
  appealId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};

export type AssignAppealPayload = {
  __typename?: 'AssignAppealPayload';
  appeal: Appeal;
};

/** Who changed what and when, with the values before and after. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  actorEmail?: Maybe<Scalars['String']['output']>;
  after?: Maybe<Scalars['JSONObject']['output']>;
  at: Scalars['DateTime']['output'];
  before?: Maybe<Scalars['JSONObject']['output']>;
  entityId: Scalars['String']['output'];
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  operation: Scalars['String']['output'];
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type AuditFilter = {
  actorId?: InputMaybe<Scalars['ID']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  operation?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type AuditPageInput = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A date that differs from the normal working week. */
export type CalendarDay = {
  __typename?: 'CalendarDay';
  date: Scalars['LocalDate']['output'];
  kind: CalendarDayKind;
  movedFrom?: Maybe<Scalars['LocalDate']['output']>;
  title?: Maybe<Scalars['String']['output']>;
};

export type CalendarDayKind =
  | 'DAY_OFF'
  | 'HOLIDAY'
  | 'SHORTENED'
  | 'WORKING_WEEKEND';

export type ChannelCount = {
  __typename?: 'ChannelCount';
  appeals: Scalars['Int']['output'];
  channel: AppealChannel;
};

/** Appeals registered in one period, by channel. */
export type ChannelVolumePeriod = {
  __typename?: 'ChannelVolumePeriod';
  appeals: Scalars['Int']['output'];
  /** Every channel of the filter (all nine without one), zeros included, in a fixed order. */
  channels: Array<ChannelCount>;
  /** First day of the period. The first and the last period may be cut by the filter’s dates. */
  start: Scalars['LocalDate']['output'];
};

/** Completed 3-hour clocks of one step: minutes from a clock’s start to its completion (completed_at − started_at). Cancelled and running clocks are not counted. */
export type ClockFigures = {
  __typename?: 'ClockFigures';
  averageMinutes?: Maybe<Scalars['Float']['output']>;
  completed: Scalars['Int']['output'];
  maxMinutes?: Maybe<Scalars['Float']['output']>;
  medianMinutes?: Maybe<Scalars['Float']['output']>;
  /** Share of completed clocks that completed at or before their due instant. */
  withinLimitShare?: Maybe<Scalars['Float']['output']>;
};

export type CloseAppealInput = {
  appealId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};

export type CloseAppealPayload = {
  __typename?: 'CloseAppealPayload';
  appeal: Appeal;
};

export type CloseInformationRiskInput = {
  caseId: Scalars['ID']['input'];
  /** The version you read; a different current version fails with CONFLICT. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};

/** The case after the step. */
export type CloseInformationRiskPayload = {
  __typename?: 'CloseInformationRiskPayload';
  informationRisk: InformationRisk;
};

/** Another signatory of a collective appeal. */
export type CoAppellant = {
  __typename?: 'CoAppellant';
  address?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['EmailAddress']['output']>;
  /** INN of a legal entity. */
  inn?: Maybe<Scalars['String']['output']>;
  kind: AppellantKind;
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['PhoneNumber']['output']>;
};

/** A co-appellant, validated by the same rules as the appellant. */
export type CoAppellantInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['EmailAddress']['input']>;
  /** INN, required for a legal entity. */
  inn?: InputMaybe<Scalars['String']['input']>;
  /** RUSSIAN_CITIZEN when omitted. */
  kind?: InputMaybe<AppellantKind>;
  /** Full name of a person or the name of a legal entity. */
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['PhoneNumber']['input']>;
};

export type CommentAuthorRole =
  | 'AREA_OFFICIAL'
  | 'PRESS_SECRETARY';

/** One version of an official comment; versions are never edited. */
export type CommentDraft = {
  __typename?: 'CommentDraft';
  /** The agency’s own account, in its own name. */
  agencyAccount?: Maybe<Scalars['String']['output']>;
  arguments?: Maybe<Scalars['String']['output']>;
  authorName: Scalars['String']['output'];
  authorRole: CommentAuthorRole;
  /** The exact statement of the publication that is false or unproven. */
  falseStatement?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  remarks?: Maybe<Scalars['String']['output']>;
  reviewOutcome?: Maybe<DraftReviewOutcome>;
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  reviewedBy?: Maybe<User>;
  submittedAt: Scalars['DateTime']['output'];
  submittedBy?: Maybe<User>;
  supersededAt?: Maybe<Scalars['DateTime']['output']>;
  topic?: Maybe<Topic>;
  versionNumber: Scalars['Int']['output'];
};

/** Topics under `topic` go to `agency`; the most specific rule wins. */
export type CommentRoutingRule = {
  __typename?: 'CommentRoutingRule';
  agency: Agency;
  id: Scalars['ID']['output'];
  topic: Topic;
};

export type ConfirmAppealRepeatInput = {
  suggestionId: Scalars['ID']['input'];
};

export type ConfirmAppealRepeatPayload = {
  __typename?: 'ConfirmAppealRepeatPayload';
  appeal: Appeal;
  suggestion: AppealRepeatSuggestion;
};

/** An official an agency names for its work with the center. */
export type ContactOfficial = {
  __typename?: 'ContactOfficial';
  active: Scalars['Boolean']['output'];
  agency: Agency;
  email: Scalars['EmailAddress']['output'];
  firstName: Scalars['String']['output'];
  /** Every change of every field, newest first. */
  history: Array<ContactOfficialChange>;
  id: Scalars['ID']['output'];
  patronymic: Scalars['String']['output'];
  phone: Scalars['PhoneNumber']['output'];
  position: Scalars['String']['output'];
  surname: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

/** One changed field of a contact official. */
export type ContactOfficialChange = {
  __typename?: 'ContactOfficialChange';
  changedAt: Scalars['DateTime']['output'];
  changedBy?: Maybe<User>;
  /** The field name, such as phone or position. */
  field: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  newValue?: Maybe<Scalars['String']['output']>;
  oldValue?: Maybe<Scalars['String']['output']>;
};

export type CorrectReportFigureInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** A key of the current version’s figures, such as answered.late. */
  figure: Scalars['String']['input'];
  /** Why the agency’s records differ from the prefilled value. */
  reason: Scalars['String']['input'];
  reportId: Scalars['ID']['input'];
  /** The agency’s own value; counts must be whole numbers. */
  value: Scalars['Float']['input'];
};

/** One running deadline in a countdown frame. */
export type CountdownEntry = {
  __typename?: 'CountdownEntry';
  agencyId?: Maybe<Scalars['ID']['output']>;
  agencyShortName?: Maybe<Scalars['String']['output']>;
  dueAt: Scalars['DateTime']['output'];
  /** Share of the term used: 0 at the start, 1 at the due instant. */
  elapsedShare: Scalars['Float']['output'];
  /** The deadline id. */
  id: Scalars['ID']['output'];
  kind: DeadlineKind;
  /** Whole seconds left; negative once overdue. */
  remainingSeconds: Scalars['Int']['output'];
  startedAt: Scalars['DateTime']['output'];
  state: CountdownState;
  subjectId: Scalars['ID']['output'];
  subjectLabel: Scalars['String']['output'];
  subjectType: Scalars['String']['output'];
};

export type CountdownFrameReason =
  | 'CHANGE'
  | 'TICK';

export type CountdownState =
  /** The at-risk share of the time (80 % by default) is used. */
  | 'AT_RISK'
  /** Less than the at-risk share of the time is used. */
  | 'ON_TRACK'
  /** The due instant has passed and the work is still owed. */
  | 'OVERDUE';

export type CreateContactOfficialInput = {
  agencyId: Scalars['ID']['input'];
  email: Scalars['EmailAddress']['input'];
  firstName: Scalars['String']['input'];
  patronymic: Scalars['String']['input'];
  phone: Scalars['PhoneNumber']['input'];
  position: Scalars['String']['input'];
  surname: Scalars['String']['input'];
};

export type CreateContactOfficialPayload = {
  __typename?: 'CreateContactOfficialPayload';
  contactOfficial: ContactOfficial;
};

export type CreateOrganizationInput = {
  founderAgencyId: Scalars['ID']['input'];
  inn?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type CreateOrganizationPayload = {
  __typename?: 'CreateOrganizationPayload';
  organization: Organization;
};

export type CreateProblemInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** OKTMO of the municipality; without it the problem covers the whole republic. */
  municipalityOktmo?: InputMaybe<Scalars['String']['input']>;
  roadmapStartedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  title: Scalars['String']['input'];
  /** ТОТКО classifier code of the topic whose appeals the problem counts. */
  topicCode: Scalars['String']['input'];
};

export type CreateProblemPayload = {
  __typename?: 'CreateProblemPayload';
  problem: Problem;
};

export type DeactivateContactOfficialInput = {
  contactOfficialId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
};

export type DeactivateContactOfficialPayload = {
  __typename?: 'DeactivateContactOfficialPayload';
  contactOfficial: ContactOfficial;
};

export type Deadline = {
  __typename?: 'Deadline';
  agency?: Maybe<Agency>;
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  dueAt: Scalars['DateTime']['output'];
  explanation: DeadlineExplanation;
  id: Scalars['ID']['output'];
  kind: DeadlineKind;
  startedAt: Scalars['DateTime']['output'];
  status: DeadlineStatus;
  subjectId: Scalars['ID']['output'];
  subjectLabel: Scalars['String']['output'];
  subjectType: Scalars['String']['output'];
};

export type DeadlineCountdownFilter = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  kinds?: InputMaybe<Array<DeadlineKind>>;
  states?: InputMaybe<Array<CountdownState>>;
  /** APPEAL today; more subject types follow. */
  subjectType?: InputMaybe<Scalars['String']['input']>;
};

export type DeadlineCountdownFrame = {
  __typename?: 'DeadlineCountdownFrame';
  /** Deadlines that started, ended or changed since the last frame. */
  changedDeadlineIds: Array<Scalars['ID']['output']>;
  /** Every running deadline the caller may see, soonest first. */
  deadlines: Array<CountdownEntry>;
  reason: CountdownFrameReason;
  sentAt: Scalars['DateTime']['output'];
};

/** How a due instant was computed. */
export type DeadlineExplanation = {
  __typename?: 'DeadlineExplanation';
  daysCounted: Scalars['Int']['output'];
  dueAt: Scalars['DateTime']['output'];
  /** Calendar days by which the term was extended, counted on from its last day before any shift; null when not extended. */
  extensionDays?: Maybe<Scalars['Int']['output']>;
  hoursCounted: Scalars['Int']['output'];
  lastDayBeforeShift?: Maybe<Scalars['LocalDate']['output']>;
  nonWorkingDaysSkipped: Array<SkippedDay>;
  /** The deadline policy the rule came from; null for the kind’s standing rule. */
  policyId?: Maybe<Scalars['ID']['output']>;
  /** Every later change of the due instant, oldest first. */
  recomputations: Array<DeadlineRecomputation>;
  rule: DeadlineRule;
  shift?: Maybe<DeadlineShift>;
  /** Day zero: the term counts from the next day. */
  startDate?: Maybe<Scalars['LocalDate']['output']>;
  startedAt: Scalars['DateTime']['output'];
  /** The same in one Russian sentence. */
  summary: Scalars['String']['output'];
  timeZone: Scalars['String']['output'];
  warnings: Array<Scalars['String']['output']>;
};

export type DeadlineKind =
  /** The answer to an appeal, counted from its registration. */
  | 'APPEAL_ANSWER'
  /** Forwarding of an appeal to the competent agency, 7 days from registration. */
  | 'APPEAL_FORWARDING'
  /** Registration of an appeal, counted from its receipt. */
  | 'APPEAL_REGISTRATION'
  /** The agency’s rework of an answer that failed the center’s review. */
  | 'APPEAL_REWORK'
  /** The agency’s draft comment, 3 hours from the proposal or the remarks. */
  | 'COMMENT_DRAFT'
  /** The center’s proposal for an official comment, 3 hours from detection. */
  | 'COMMENT_PROPOSAL'
  /** An agency’s answer to an information request of the center, due on the date it set. */
  | 'INFORMATION_REQUEST'
  /** An agency’s quarterly report, due on the 5th day of the month after the quarter. */
  | 'QUARTERLY_REPORT';

/** A rule for one deadline kind and channel from a date on. */
export type DeadlinePolicy = {
  __typename?: 'DeadlinePolicy';
  amount: Scalars['Int']['output'];
  /** Null for every channel. */
  channel?: Maybe<AppealChannel>;
  createdAt: Scalars['DateTime']['output'];
  effectiveFrom: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  kind: DeadlineKind;
  nonWorkingEnd: NonWorkingEndRule;
  note?: Maybe<Scalars['String']['output']>;
  ruleKind: DeadlineRuleKind;
};

/** A later change of a running deadline’s due instant. */
export type DeadlineRecomputation = {
  __typename?: 'DeadlineRecomputation';
  at: Scalars['DateTime']['output'];
  dueAt: Scalars['DateTime']['output'];
  previousDueAt: Scalars['DateTime']['output'];
  reason: Scalars['String']['output'];
};

export type DeadlineRule = {
  __typename?: 'DeadlineRule';
  amount: Scalars['Int']['output'];
  kind: DeadlineRuleKind;
  nonWorkingEnd: NonWorkingEndRule;
};

export type DeadlineRuleKind =
  | 'CALENDAR_DAYS'
  | 'HOURS'
  | 'WORKING_DAYS';

export type DeadlineShift = {
  __typename?: 'DeadlineShift';
  days: Scalars['Int']['output'];
  direction: DeadlineShiftDirection;
  from: Scalars['LocalDate']['output'];
  to: Scalars['LocalDate']['output'];
};

export type DeadlineShiftDirection =
  | 'BACK'
  | 'FORWARD';

export type DeadlineStatus =
  | 'CANCELLED'
  | 'MET'
  | 'MISSED'
  | 'OPEN';

export type DetectInformationRiskInput = {
  /** Overrides the routing table. */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** When the center found it; now by default. The first 3-hour clock starts here. */
  detectedAt?: InputMaybe<Scalars['DateTime']['input']>;
  excerpt: Scalars['String']['input'];
  reach?: InputMaybe<Scalars['Int']['input']>;
  source: Scalars['String']['input'];
  title: Scalars['String']['input'];
  topicCode: Scalars['String']['input'];
  url: Scalars['String']['input'];
};

/** The case after the step. */
export type DetectInformationRiskPayload = {
  __typename?: 'DetectInformationRiskPayload';
  informationRisk: InformationRisk;
};

export type DismissInformationRiskInput = {
  caseId: Scalars['ID']['input'];
  /** The version you read; a different current version fails with CONFLICT. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  reason: Scalars['String']['input'];
};

/** The case after the step. */
export type DismissInformationRiskPayload = {
  __typename?: 'DismissInformationRiskPayload';
  informationRisk: InformationRisk;
};

export type DraftReviewOutcome =
  | 'APPROVED'
  | 'RETURNED';

export type ExtendAppealInput = {
  appealId: Scalars['ID']['input'];
  /** When the appellant was notified of the extension. */
  appellantNotifiedAt: Scalars['DateTime']['input'];
  /** Calendar days, 1 to 30. */
  days: Scalars['Int']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  reason: Scalars['String']['input'];
};

export type ExtendAppealPayload = {
  __typename?: 'ExtendAppealPayload';
  appeal: Appeal;
};

/** Limits of POST /api/files on size and type, so that a client can check a file before sending it. */
export type FileUploadLimits = {
  __typename?: 'FileUploadLimits';
  /** File name extensions of the accepted types, without the dot, such as pdf. */
  extensions: Array<Scalars['String']['output']>;
  /** Largest file in bytes (FILE_MAX_BYTES). */
  maxBytes: Scalars['Int']['output'];
  /** Files one upload request may carry. */
  maxFilesPerUpload: Scalars['Int']['output'];
  /** Accepted media types (FILE_TYPES), lower case. */
  mediaTypes: Array<Scalars['String']['output']>;
  /** Short names of the accepted types in the order of mediaTypes, such as PDF, for messages. */
  typeLabels: Array<Scalars['String']['output']>;
};

export type FlagAppealInput = {
  appealId: Scalars['ID']['input'];
  kind: AppealFlagKind;
  note: Scalars['String']['input'];
};

export type FlagAppealPayload = {
  __typename?: 'FlagAppealPayload';
  appeal: Appeal;
  flag: AppealFlag;
};

export type ForwardAppealInput = {
  /** The competent agency, which takes the appeal over. */
  agencyId: Scalars['ID']['input'];
  appealId: Scalars['ID']['input'];
  /** When the appellant was notified of the forwarding. */
  appellantNotifiedAt: Scalars['DateTime']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  reason: Scalars['String']['input'];
};

export type ForwardAppealPayload = {
  __typename?: 'ForwardAppealPayload';
  appeal: Appeal;
};

/** A piece of a highlighted field; render matched pieces marked. */
export type HighlightSegment = {
  __typename?: 'HighlightSegment';
  matched: Scalars['Boolean']['output'];
  text: Scalars['String']['output'];
};

/** A committed mapping file that the import page offers. */
export type ImportMappingInfo = {
  __typename?: 'ImportMappingInfo';
  description?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
};

/** RUNNING until the last batch commits; FAILED keeps the counts, and a rerun continues. */
export type ImportRunState =
  | 'FAILED'
  | 'FINISHED'
  | 'RUNNING';

/** The center’s official request for information to one or many agencies. */
export type InformationRequest = {
  __typename?: 'InformationRequest';
  /** The center’s enclosures, oldest first. */
  attachments: Array<StoredFile>;
  /** One INFORMATION_REQUEST deadline per addressed agency; an agency official gets only its own. */
  deadlines: Array<Deadline>;
  /** The due instant the center set for every addressed agency. */
  dueAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Request number, such as ИЗ-2026-000003. */
  number: Scalars['String']['output'];
  /** Every addressed agency with its answer; an agency official gets only its own. */
  recipients: Array<InformationRequestRecipient>;
  sentAt: Scalars['DateTime']['output'];
  subject: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type InformationRequestConnection = {
  __typename?: 'InformationRequestConnection';
  edges: Array<InformationRequestEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InformationRequestEdge = {
  __typename?: 'InformationRequestEdge';
  cursor: Scalars['String']['output'];
  node: InformationRequest;
};

export type InformationRequestFilter = {
  /** Only requests addressed to this agency. */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** true: only requests with an agency that has not answered yet. */
  awaitingAnswer?: InputMaybe<Scalars['Boolean']['input']>;
};

export type InformationRequestPayload = {
  __typename?: 'InformationRequestPayload';
  request: InformationRequest;
};

/** One addressed agency and its answer. */
export type InformationRequestRecipient = {
  __typename?: 'InformationRequestRecipient';
  agency: Agency;
  answerText?: Maybe<Scalars['String']['output']>;
  answered: Scalars['Boolean']['output'];
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Files of this agency’s answer, oldest first. */
  attachments: Array<StoredFile>;
  id: Scalars['ID']['output'];
  /** Null until answered; then whether the answer came by the due instant. */
  onTime?: Maybe<Scalars['Boolean']['output']>;
};

export type InformationRequestsPageInput = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A publication that may harm an agency, and the case of answering it. */
export type InformationRisk = {
  __typename?: 'InformationRisk';
  agency: Agency;
  /** The approved version in force. */
  approvedDraft?: Maybe<CommentDraft>;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The two 3-hour clocks, each round of drafting included. */
  deadlines: Array<Deadline>;
  detectedAt: Scalars['DateTime']['output'];
  dismissReason?: Maybe<Scalars['String']['output']>;
  distributedAt?: Maybe<Scalars['DateTime']['output']>;
  distributionOutlet?: Maybe<Scalars['String']['output']>;
  /** Every version, oldest first; the approved one only for the press service. */
  drafts: Array<CommentDraft>;
  /** The quoted excerpt. */
  excerpt: Scalars['String']['output'];
  /** The append-only history, oldest first; empty for the press service. */
  history: Array<InformationRiskEvent>;
  id: Scalars['ID']['output'];
  /** Case number, such as ДИ-2026-000007. */
  number: Scalars['String']['output'];
  proposalSentAt?: Maybe<Scalars['DateTime']['output']>;
  proposalText?: Maybe<Scalars['String']['output']>;
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  publishedUrl?: Maybe<Scalars['String']['output']>;
  reach?: Maybe<Scalars['Int']['output']>;
  routedBy: RoutingSource;
  /** The network or outlet. */
  source: Scalars['String']['output'];
  status: InformationRiskStatus;
  title: Scalars['String']['output'];
  topic: Topic;
  url: Scalars['String']['output'];
  verificationNote?: Maybe<Scalars['String']['output']>;
  verificationOutcome?: Maybe<VerificationOutcome>;
  version: Scalars['Int']['output'];
};

export type InformationRiskConnection = {
  __typename?: 'InformationRiskConnection';
  edges: Array<InformationRiskEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InformationRiskEdge = {
  __typename?: 'InformationRiskEdge';
  cursor: Scalars['String']['output'];
  node: InformationRisk;
};

export type InformationRiskEvent = {
  __typename?: 'InformationRiskEvent';
  actor?: Maybe<User>;
  at: Scalars['DateTime']['output'];
  fromStatus?: Maybe<InformationRiskStatus>;
  id: Scalars['ID']['output'];
  kind: InformationRiskEventKind;
  note?: Maybe<Scalars['String']['output']>;
  toStatus: InformationRiskStatus;
};

export type InformationRiskEventKind =
  | 'APPROVED'
  | 'CLOSED'
  | 'DETECTED'
  | 'DISMISSED'
  | 'DISTRIBUTED'
  | 'DRAFT_RETURNED'
  | 'DRAFT_SUBMITTED'
  | 'PROPOSAL_SENT'
  | 'PUBLISHED'
  | 'REROUTED'
  | 'SUPERSEDED'
  | 'VERIFICATION_REQUESTED'
  | 'VERIFIED';

export type InformationRiskFilter = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<InformationRiskStatus>>;
  /** Matches the number, title, excerpt or source. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** Steps of the algorithm for misinformation and official comments. */
export type InformationRiskStatus =
  | 'APPROVED'
  | 'CLOSED'
  | 'DETECTED'
  | 'DISMISSED'
  | 'DISTRIBUTED'
  | 'DRAFT_RETURNED'
  | 'DRAFT_SUBMITTED'
  | 'PROPOSAL_SENT'
  | 'PUBLISHED'
  | 'VERIFICATION_REQUESTED'
  | 'VERIFIED';

export type InformationRisksPageInput = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type LeaveAppealUnansweredInput = {
  appealId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  ground: UnansweredGround;
  note?: InputMaybe<Scalars['String']['input']>;
};

export type LeaveAppealUnansweredPayload = {
  __typename?: 'LeaveAppealUnansweredPayload';
  appeal: Appeal;
};

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type LoginPayload = {
  __typename?: 'LoginPayload';
  expiresAt: Scalars['DateTime']['output'];
  /** Send as `Authorization: Bearer <token>`; the SPA gets it as an httpOnly cookie too. */
  token: Scalars['String']['output'];
  user: User;
};

export type LogoutPayload = {
  __typename?: 'LogoutPayload';
  /** False when the session had already ended. */
  revoked: Scalars['Boolean']['output'];
};

export type MarkNotificationsReadInput = {
  /** Notifications to mark; omit to mark all of yours. */
  notificationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type MarkNotificationsReadPayload = {
  __typename?: 'MarkNotificationsReadPayload';
  markedCount: Scalars['Int']['output'];
};

/** Misinformation cases detected in the period (Moscow days of detected_at) of the filter’s agencies. The channel and municipality filters do not apply: a case has neither. */
export type MisinformationAnalytics = {
  __typename?: 'MisinformationAnalytics';
  /** Every month of the period, zeros included. */
  byMonth: Array<MisinformationMonth>;
  cases: Scalars['Int']['output'];
  /** The agency’s draft: COMMENT_DRAFT clocks, started at the proposal and again at each return of a draft; each completed clock counts. */
  draft: ClockFigures;
  /** Length of the draft clock in minutes under the current deadline rule (180 by default). */
  draftLimitMinutes: Scalars['Int']['output'];
  /** The center’s proposal: COMMENT_PROPOSAL clocks, one per case, started at detection. */
  proposal: ClockFigures;
  /** Length of the proposal clock in minutes under the current deadline rule (180 by default). */
  proposalLimitMinutes: Scalars['Int']['output'];
};

export type MisinformationMonth = {
  __typename?: 'MisinformationMonth';
  cases: Scalars['Int']['output'];
  draft: ClockFigures;
  /** First day of the month. */
  month: Scalars['LocalDate']['output'];
  proposal: ClockFigures;
};

/** A municipal unit of the republic by OKTMO. */
export type Municipality = {
  __typename?: 'Municipality';
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  oktmo: Scalars['String']['output'];
  parentOktmo?: Maybe<Scalars['String']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts the submitted version (center). */
  acceptReport: QuarterlyReportPayload;
  /** Attaches files the caller uploaded to an appeal the caller may see. */
  addAppealAttachments: AddAppealAttachmentsPayload;
  addRoadmapMeasure: AddRoadmapMeasurePayload;
  answerAppeal: AnswerAppealPayload;
  /** Records the caller’s agency’s one answer; its deadline completes as MET or MISSED (agency). */
  answerInformationRequest: InformationRequestPayload;
  /** Approves the latest draft; fails naming every missing part of the comment. */
  approveOfficialComment: ApproveOfficialCommentPayload;
  assignAppeal: AssignAppealPayload;
  closeAppeal: CloseAppealPayload;
  closeInformationRisk: CloseInformationRiskPayload;
  /** Confirms that the appeal repeats the earlier one; the appeal’s other open suggestions are rejected. */
  confirmAppealRepeat: ConfirmAppealRepeatPayload;
  /** Replaces a prefilled figure of the current version with the agency’s value and reason; both values are kept (agency). */
  correctReportFigure: QuarterlyReportPayload;
  createContactOfficial: CreateContactOfficialPayload;
  /** Adds an organization under its founder agency (CENTER_ADMIN). */
  createOrganization: CreateOrganizationPayload;
  createProblem: CreateProblemPayload;
  deactivateContactOfficial: DeactivateContactOfficialPayload;
  /** Registers a publication found by the center or pushed by monitoring; the first 3-hour clock starts. */
  detectInformationRisk: DetectInformationRiskPayload;
  /** Dismisses the case with a reason at any step before approval. */
  dismissInformationRisk: DismissInformationRiskPayload;
  /** Extends the answer term once by up to 30 days, with the appellant’s notice. */
  extendAppeal: ExtendAppealPayload;
  /** Flags a conflict situation or a communication error on an appeal. */
  flagAppeal: FlagAppealPayload;
  /** Hands an assigned appeal to the competent agency with a reason and the appellant’s notice. */
  forwardAppeal: ForwardAppealPayload;
  /** Leaves an appeal without an answer on a ground the law allows. */
  leaveAppealUnanswered: LeaveAppealUnansweredPayload;
  /** Signs in with e-mail and password. */
  login: LoginPayload;
  /** Ends the current session. */
  logout: LogoutPayload;
  markNotificationsRead: MarkNotificationsReadPayload;
  /** Records the appellant’s satisfaction with the answer. */
  recordAppealSatisfaction: RecordAppealSatisfactionPayload;
  /** Records the news outlet the center passed the comment to. */
  recordCommentDistribution: RecordCommentDistributionPayload;
  /** Records where the agency published the comment and e-mails it to the head’s press service. */
  recordCommentPublication: RecordCommentPublicationPayload;
  /** Records the agency’s finding; TRUE closes the case without a comment. */
  recordInformationRiskVerification: RecordInformationRiskVerificationPayload;
  registerAppeal: RegisterAppealPayload;
  /** Records that the appeal does not repeat the suggested earlier one. */
  rejectAppealRepeat: RejectAppealRepeatPayload;
  removeCommentRoute: RemoveCommentRoutePayload;
  /** Opens an appeal again after the appellant was not satisfied with the latest answer. */
  reopenAppeal: ReopenAppealPayload;
  /** Asks the agency’s contact official to verify the publication (center). */
  requestInformationRiskVerification: RequestInformationRiskVerificationPayload;
  /** Hands the case to another agency before approval. */
  rerouteInformationRisk: RerouteInformationRiskPayload;
  resolveAppealFlag: ResolveAppealFlagPayload;
  resolveProblem: ResolveProblemPayload;
  /** Returns the latest draft with remarks; the agency has 3 hours again. */
  returnCommentDraft: ReturnCommentDraftPayload;
  /** Returns the submitted version with remarks and opens the next version as its copy (center). */
  returnReport: QuarterlyReportPayload;
  /** Reviews a draft or a sent answer; a failed review returns the appeal to the agency for rework. */
  reviewAppealAnswer: ReviewAppealAnswerPayload;
  /** Saves the analytical part of the current version (agency). */
  saveReportAnalysis: QuarterlyReportPayload;
  /** Sends the center’s proposal; stops the first clock and starts the agency’s 3-hour clock. */
  sendCommentProposal: SendCommentProposalPayload;
  /** Sends an official request to one or many agencies with a due instant; each gets its own deadline (center). */
  sendInformationRequest: InformationRequestPayload;
  /** Routes a topic and its subtopics to an agency (center). */
  setCommentRoute: SetCommentRoutePayload;
  /** Adds a deadline policy (CENTER_ADMIN) and recomputes the running deadlines it covers. */
  setDeadlinePolicy: SetDeadlinePolicyPayload;
  /** Starts importing an uploaded file; poll appealImport(id) for progress. Center administrator only. */
  startAppealImport: StartAppealImportPayload;
  /** Stores the agency’s answer draft for the center’s review before sending. */
  submitAppealAnswerForReview: SubmitAppealAnswerForReviewPayload;
  /** Submits a new version of the agency’s draft comment. */
  submitCommentDraft: SubmitCommentDraftPayload;
  /** Submits the current version; the first submission completes the report deadline (agency). */
  submitReport: QuarterlyReportPayload;
  /** Opens a new round after approval; the approved version is kept, marked superseded. */
  supersedeOfficialComment: SupersedeOfficialCommentPayload;
  updateContactOfficial: UpdateContactOfficialPayload;
  updateProblem: UpdateProblemPayload;
  /** Changes a measure; an official of the responsible agency may change its status and note. */
  updateRoadmapMeasure: UpdateRoadmapMeasurePayload;
};


export type MutationAcceptReportArgs = {
  input: ReportStepInput;
};


export type MutationAddAppealAttachmentsArgs = {
  input: AddAppealAttachmentsInput;
};


export type MutationAddRoadmapMeasureArgs = {
  input: AddRoadmapMeasureInput;
};


export type MutationAnswerAppealArgs = {
  input: AnswerAppealInput;
};


export type MutationAnswerInformationRequestArgs = {
  input: AnswerInformationRequestInput;
};


export type MutationApproveOfficialCommentArgs = {
  input: ApproveOfficialCommentInput;
};


export type MutationAssignAppealArgs = {
  input: AssignAppealInput;
};


export type MutationCloseAppealArgs = {
  input: CloseAppealInput;
};


export type MutationCloseInformationRiskArgs = {
  input: CloseInformationRiskInput;
};


export type MutationConfirmAppealRepeatArgs = {
  input: ConfirmAppealRepeatInput;
};


export type MutationCorrectReportFigureArgs = {
  input: CorrectReportFigureInput;
};


export type MutationCreateContactOfficialArgs = {
  input: CreateContactOfficialInput;
};


export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


export type MutationCreateProblemArgs = {
  input: CreateProblemInput;
};


export type MutationDeactivateContactOfficialArgs = {
  input: DeactivateContactOfficialInput;
};


export type MutationDetectInformationRiskArgs = {
  input: DetectInformationRiskInput;
};


export type MutationDismissInformationRiskArgs = {
  input: DismissInformationRiskInput;
};


export type MutationExtendAppealArgs = {
  input: ExtendAppealInput;
};


export type MutationFlagAppealArgs = {
  input: FlagAppealInput;
};


export type MutationForwardAppealArgs = {
  input: ForwardAppealInput;
};


export type MutationLeaveAppealUnansweredArgs = {
  input: LeaveAppealUnansweredInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationMarkNotificationsReadArgs = {
  input: MarkNotificationsReadInput;
};


export type MutationRecordAppealSatisfactionArgs = {
  input: RecordAppealSatisfactionInput;
};


export type MutationRecordCommentDistributionArgs = {
  input: RecordCommentDistributionInput;
};


export type MutationRecordCommentPublicationArgs = {
  input: RecordCommentPublicationInput;
};


export type MutationRecordInformationRiskVerificationArgs = {
  input: RecordInformationRiskVerificationInput;
};


export type MutationRegisterAppealArgs = {
  input: RegisterAppealInput;
};


export type MutationRejectAppealRepeatArgs = {
  input: RejectAppealRepeatInput;
};


export type MutationRemoveCommentRouteArgs = {
  input: RemoveCommentRouteInput;
};


export type MutationReopenAppealArgs = {
  input: ReopenAppealInput;
};


export type MutationRequestInformationRiskVerificationArgs = {
  input: RequestInformationRiskVerificationInput;
};


export type MutationRerouteInformationRiskArgs = {
  input: RerouteInformationRiskInput;
};


export type MutationResolveAppealFlagArgs = {
  input: ResolveAppealFlagInput;
};


export type MutationResolveProblemArgs = {
  input: ResolveProblemInput;
};


export type MutationReturnCommentDraftArgs = {
  input: ReturnCommentDraftInput;
};


export type MutationReturnReportArgs = {
  input: ReturnReportInput;
};


export type MutationReviewAppealAnswerArgs = {
  input: ReviewAppealAnswerInput;
};


export type MutationSaveReportAnalysisArgs = {
  input: SaveReportAnalysisInput;
};


export type MutationSendCommentProposalArgs = {
  input: SendCommentProposalInput;
};


export type MutationSendInformationRequestArgs = {
  input: SendInformationRequestInput;
};


export type MutationSetCommentRouteArgs = {
  input: SetCommentRouteInput;
};


export type MutationSetDeadlinePolicyArgs = {
  input: SetDeadlinePolicyInput;
};


export type MutationStartAppealImportArgs = {
  input: StartAppealImportInput;
};


export type MutationSubmitAppealAnswerForReviewArgs = {
  input: SubmitAppealAnswerForReviewInput;
};


export type MutationSubmitCommentDraftArgs = {
  input: SubmitCommentDraftInput;
};


export type MutationSubmitReportArgs = {
  input: ReportStepInput;
};


export type MutationSupersedeOfficialCommentArgs = {
  input: SupersedeOfficialCommentInput;
};


export type MutationUpdateContactOfficialArgs = {
  input: UpdateContactOfficialInput;
};


export type MutationUpdateProblemArgs = {
  input: UpdateProblemInput;
};


export type MutationUpdateRoadmapMeasureArgs = {
  input: UpdateRoadmapMeasureInput;
};

/** What happens when the last day of a day-based term is non-working. */
export type NonWorkingEndRule =
  | 'NONE'
  | 'SHIFT_BACK'
  | 'SHIFT_FORWARD';

export type Notification = {
  __typename?: 'Notification';
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  readAt?: Maybe<Scalars['DateTime']['output']>;
  subjectId?: Maybe<Scalars['ID']['output']>;
  subjectType?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type NotificationKind =
  | 'APPEAL_RETURNED'
  | 'CONTACT_OFFICIAL_CHANGED'
  | 'DEADLINE_OVERDUE'
  | 'DEADLINE_WARNING'
  | 'INFORMATION_REQUEST'
  | 'INFORMATION_RISK'
  | 'QUARTERLY_REPORT';

/** A state organization or company the center reaches through its founder agency. */
export type Organization = {
  __typename?: 'Organization';
  id: Scalars['ID']['output'];
  inn?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Appeals on one issue in one place, with the roadmap of measures that remove its cause. */
export type Problem = {
  __typename?: 'Problem';
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The roadmap, earliest due date first. */
  measures: Array<RoadmapMeasure>;
  /** Null when the problem covers the whole republic. */
  municipality?: Maybe<Municipality>;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The Moscow day the roadmap started; the day of the first measure unless the center set one. */
  roadmapStartedOn?: Maybe<Scalars['LocalDate']['output']>;
  status: ProblemStatus;
  title: Scalars['String']['output'];
  topic: Topic;
  /** Send it back as expectedVersion to detect concurrent changes. */
  version: Scalars['Int']['output'];
  /** Appeals of the problem per period, zero-filled; 12 months or 26 weeks up to today by default. An agency official counts its own appeals. */
  volume: Array<VolumePoint>;
  /** Appeals in equal windows before and after the roadmap start; the days elapsed since the start by default. Null before a roadmap starts. */
  volumeBeforeAfter?: Maybe<VolumeBeforeAfter>;
};


/** Appeals on one issue in one place, with the roadmap of measures that remove its cause. */
export type ProblemVolumeArgs = {
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  granularity?: VolumeGranularity;
  to?: InputMaybe<Scalars['LocalDate']['input']>;
};


/** Appeals on one issue in one place, with the roadmap of measures that remove its cause. */
export type ProblemVolumeBeforeAfterArgs = {
  windowDays?: InputMaybe<Scalars['Int']['input']>;
};

export type ProblemConnection = {
  __typename?: 'ProblemConnection';
  edges: Array<ProblemEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProblemEdge = {
  __typename?: 'ProblemEdge';
  cursor: Scalars['String']['output'];
  node: Problem;
};

export type ProblemFilter = {
  statuses?: InputMaybe<Array<ProblemStatus>>;
  /** Matches the title. */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type ProblemStatus =
  | 'ACTIVE'
  | 'RESOLVED';

/** A topic and municipality with many recent appeals and no active problem yet. */
export type ProblemSuggestion = {
  __typename?: 'ProblemSuggestion';
  appealCount: Scalars['Int']['output'];
  firstReceivedAt: Scalars['DateTime']['output'];
  lastReceivedAt: Scalars['DateTime']['output'];
  municipality: Municipality;
  topic: Topic;
};

export type ProblemSuggestionFilter = {
  /** The minimum number of appeals of a group; 5 by default. */
  minAppeals?: InputMaybe<Scalars['Int']['input']>;
  /** Counts appeals received from this instant; 90 days ago by default. */
  since?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ProblemsPageInput = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An agency’s quarterly statistical and analytical information on its work with appeals. */
export type QuarterlyReport = {
  __typename?: 'QuarterlyReport';
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  agency: Agency;
  /** The version being prepared or reviewed. */
  current: QuarterlyReportVersion;
  /** Number of the version being prepared or reviewed. */
  currentVersion: Scalars['Int']['output'];
  /** The QUARTERLY_REPORT deadline. */
  deadline?: Maybe<Deadline>;
  /** End of the 5th day of the month after the quarter, moved by the non-working-day rule. */
  dueAt: Scalars['DateTime']['output'];
  firstSubmittedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  openedAt: Scalars['DateTime']['output'];
  /** 1 to 4. */
  quarter: Scalars['Int']['output'];
  status: ReportStatus;
  /** The first submission came after the due instant. */
  submittedLate: Scalars['Boolean']['output'];
  /** Optimistic-lock version; pass it as expectedVersion. */
  version: Scalars['Int']['output'];
  /** Every version, oldest first. */
  versions: Array<QuarterlyReportVersion>;
  year: Scalars['Int']['output'];
};

export type QuarterlyReportConnection = {
  __typename?: 'QuarterlyReportConnection';
  edges: Array<QuarterlyReportEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QuarterlyReportEdge = {
  __typename?: 'QuarterlyReportEdge';
  cursor: Scalars['String']['output'];
  node: QuarterlyReport;
};

export type QuarterlyReportFilter = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  quarter?: InputMaybe<Scalars['Int']['input']>;
  statuses?: InputMaybe<Array<ReportStatus>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type QuarterlyReportPayload = {
  __typename?: 'QuarterlyReportPayload';
  report: QuarterlyReport;
};

/** One version of a report; a return opens the next version as a copy. */
export type QuarterlyReportVersion = {
  __typename?: 'QuarterlyReportVersion';
  /** Every correction, oldest first. */
  corrections: Array<ReportCorrection>;
  /** Every figure with its prefilled and current value, in key order. */
  figures: Array<ReportFigure>;
  /** When the figures were computed from the appeals; they stay fixed afterwards. */
  figuresComputedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Analytical part: the main problems raised in the appeals. */
  mainProblems?: Maybe<Scalars['String']['output']>;
  /** Analytical part: what the agency did about those problems. */
  measuresTaken?: Maybe<Scalars['String']['output']>;
  number: Scalars['Int']['output'];
  /** The center’s remarks on a returned version. */
  remarks?: Maybe<Scalars['String']['output']>;
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  status: ReportStatus;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Full name of the official who submitted the version. */
  submittedBy?: Maybe<Scalars['String']['output']>;
  /** Submitted after the report’s due instant. */
  submittedLate: Scalars['Boolean']['output'];
};

export type QuarterlyReportsPageInput = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** The directory of agencies, ordered by short name. */
  agencies: AgencyConnection;
  agency?: Maybe<Agency>;
  /** The summary analytics over appeals registered in the filter’s period. For CENTER_ADMIN, CENTER_OPERATOR and AGENCY_OFFICIAL, the last limited to their own agency. */
  analytics: Analytics;
  appeal?: Maybe<Appeal>;
  /** Flags, newest first: all for the center, its own appeals’ for an agency. */
  appealFlags: AppealFlagConnection;
  /** One import run with its progress. Center administrator only. */
  appealImport: AppealImport;
  /** Import runs, newest first. Center administrator only. */
  appealImports: AppealImportConnection;
  /** Appeals the caller may see: all for the center, its own for an agency. */
  appeals: AppealConnection;
  /** The audit log, newest first; for the center’s administrator. */
  auditLog: AuditEntryConnection;
  /** The agency the routing table gives a topic, or null when no rule covers it. */
  commentRouteForTopic?: Maybe<Agency>;
  /** The routing table from topics to responsible agencies. */
  commentRoutingRules: Array<CommentRoutingRule>;
  /** Deadline policies, newest effective date first; for the center and agency officials, whose terms they set. */
  deadlinePolicies: Array<DeadlinePolicy>;
  /** The size and type limits of uploads, for checking a file before sending it. */
  fileUploadLimits: FileUploadLimits;
  /** The committed mapping files. Center administrator only. */
  importMappings: Array<ImportMappingInfo>;
  informationRequest?: Maybe<InformationRequest>;
  /** Information requests, newest first; an agency official sees only those addressed to its agency. */
  informationRequests: InformationRequestConnection;
  informationRisk?: Maybe<InformationRisk>;
  /** Misinformation cases, newest detection first. */
  informationRisks: InformationRiskConnection;
  /** The signed-in user, or null without a valid session. */
  me?: Maybe<User>;
  /** Municipal districts, city districts and settlements, by OKTMO. */
  municipalities: Array<Municipality>;
  /** Your latest 100 notifications, newest first. */
  notifications: Array<Notification>;
  problem?: Maybe<Problem>;
  /** Topics and municipalities with at least minAppeals appeals since `since` that no active problem covers; the center only. */
  problemSuggestions: Array<ProblemSuggestion>;
  /** Problems, newest first: all for the center; for an agency official those with its measures or its appeals. */
  problems: ProblemConnection;
  /** The production calendar’s exceptions to the normal week in one year. */
  productionCalendar: Array<CalendarDay>;
  questionTypes: Array<QuestionType>;
  report?: Maybe<QuarterlyReport>;
  /** Agencies by the four quarters of a year with the state of each report; an agency official sees only its own row. */
  reportBoard: Array<ReportBoardRow>;
  /** Quarterly reports, newest quarter first. */
  reports: QuarterlyReportConnection;
  topic?: Maybe<Topic>;
  /** Classifier topics: children of a code, or up to 200 matches of a search. */
  topics: Array<Topic>;
  unreadNotificationCount: Scalars['Int']['output'];
};


export type QueryAgenciesArgs = {
  filter?: InputMaybe<AgencyFilter>;
  page?: InputMaybe<AgenciesPageInput>;
};


export type QueryAgencyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAnalyticsArgs = {
  filter?: InputMaybe<AnalyticsFilter>;
};


export type QueryAppealArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAppealFlagsArgs = {
  filter?: InputMaybe<AppealFlagFilter>;
  page?: InputMaybe<AppealFlagsPageInput>;
};


export type QueryAppealImportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAppealImportsArgs = {
  page?: InputMaybe<AppealImportPageInput>;
};


export type QueryAppealsArgs = {
  filter?: InputMaybe<AppealFilter>;
  orderBy?: InputMaybe<AppealOrder>;
  page?: InputMaybe<AppealsPageInput>;
};


export type QueryAuditLogArgs = {
  filter?: InputMaybe<AuditFilter>;
  page?: InputMaybe<AuditPageInput>;
};


export type QueryCommentRouteForTopicArgs = {
  topicCode: Scalars['String']['input'];
};


export type QueryInformationRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInformationRequestsArgs = {
  filter?: InputMaybe<InformationRequestFilter>;
  page?: InputMaybe<InformationRequestsPageInput>;
};


export type QueryInformationRiskArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInformationRisksArgs = {
  filter?: InputMaybe<InformationRiskFilter>;
  page?: InputMaybe<InformationRisksPageInput>;
};


export type QueryNotificationsArgs = {
  unreadOnly?: Scalars['Boolean']['input'];
};


export type QueryProblemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProblemSuggestionsArgs = {
  filter?: InputMaybe<ProblemSuggestionFilter>;
};


export type QueryProblemsArgs = {
  filter?: InputMaybe<ProblemFilter>;
  page?: InputMaybe<ProblemsPageInput>;
};


export type QueryProductionCalendarArgs = {
  year: Scalars['Int']['input'];
};


export type QueryReportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReportBoardArgs = {
  year: Scalars['Int']['input'];
};


export type QueryReportsArgs = {
  filter?: InputMaybe<QuarterlyReportFilter>;
  page?: InputMaybe<QuarterlyReportsPageInput>;
};


export type QueryTopicArgs = {
  code: Scalars['String']['input'];
};


export type QueryTopicsArgs = {
  filter?: InputMaybe<TopicFilter>;
};

/** A question type or subtype listed beside the classifier. */
export type QuestionType = {
  __typename?: 'QuestionType';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
  officialCode?: Maybe<Scalars['String']['output']>;
  record: QuestionTypeRecord;
  typeCode?: Maybe<Scalars['String']['output']>;
};

export type QuestionTypeRecord =
  | 'SUBTYPE'
  | 'TYPE';

export type RecordAppealSatisfactionInput = {
  appealId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  satisfaction: AppealSatisfaction;
  source: SatisfactionSource;
};

export type RecordAppealSatisfactionPayload = {
  __typename?: 'RecordAppealSatisfactionPayload';
  appeal: Appeal;
};

export type RecordCommentDistributionInput = {
  caseId: Scalars['ID']['input'];
  distributedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The version you read; a different current version fails with CONFLICT. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The news outlet connected to the news aggregator. */
  outlet: Scalars['String']['input'];
};

/** The case after the step. */
export type RecordCommentDistributionPayload = {
  __typename?: 'RecordCommentDistributionPayload';
  informationRisk: InformationRisk;
};

export type RecordCommentPublicationInput = {
  caseId: Scalars['ID']['input'];
  /** The version you read; a different current version fails with CONFLICT. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Where the agency published the comment on its official site. */
  publishedUrl: Scalars['String']['input'];
};

/** The case after the step. */
export type RecordCommentPublicationPayload = {
  __typename?: 'RecordCommentPublicationPayload';
  informationRisk: InformationRisk;
};

export type RecordInformationRiskVerificationInput = {
  caseId: Scalars['ID']['input'];
  /** The version you read; a different current version fails with CONFLICT. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  outcome: VerificationOutcome;
};

/** The case after the step. */
export type RecordInformationRiskVerificationPayload = {
  __typename?: 'RecordInformationRiskVerificationPayload';
  informationRisk: InformationRisk;
};

export type RegisterAppealInput = {
  /** The competent agency; without it the appeal waits for assignAppeal. */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  appellantAddress?: InputMaybe<Scalars['String']['input']>;
  appellantEmail?: InputMaybe<Scalars['EmailAddress']['input']>;
  /** INN, required for a legal entity. */
  appellantInn?: InputMaybe<Scalars['String']['input']>;
  appellantKind: AppellantKind;
  /** Full name of a person or the name of a legal entity. */
  appellantName: Scalars['String']['input'];
  appellantPhone?: InputMaybe<Scalars['PhoneNumber']['input']>;
  /** Files the caller uploaded with POST /api/files. */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  channel: AppealChannel;
  /** Further signatories of a collective appeal. */
  coAppellants?: InputMaybe<Array<CoAppellantInput>>;
  /** The appeal’s id in its channel; registering the same channel and id again returns the stored appeal. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  municipalityOktmo?: InputMaybe<Scalars['String']['input']>;
  /** A subtype of the question type, or one that applies to every type. */
  questionSubtypeCode?: InputMaybe<Scalars['String']['input']>;
  questionTypeCode?: InputMaybe<Scalars['String']['input']>;
  /** When the appeal reached the center; the registration term counts from it. */
  receivedAt: Scalars['DateTime']['input'];
  text: Scalars['String']['input'];
  /** ТОТКО classifier code of the appeal’s topic. */
  topicCode: Scalars['String']['input'];
};

export type RegisterAppealPayload = {
  __typename?: 'RegisterAppealPayload';
  appeal: Appeal;
  /** False when the channel and external id were registered before and nothing new was stored. */
  created: Scalars['Boolean']['output'];
};

export type RejectAppealRepeatInput = {
  /** Why the appeal is not a repeat, up to 1000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  suggestionId: Scalars['ID']['input'];
};

export type RejectAppealRepeatPayload = {
  __typename?: 'RejectAppealRepeatPayload';
  appeal: Appeal;
  suggestion: AppealRepeatSuggestion;
};

export type RemoveCommentRouteInput = {
  topicCode: Scalars['String']['input'];
};

export type RemoveCommentRoutePayload = {
  __typename?: 'RemoveCommentRoutePayload';
  removed: Scalars['Boolean']['output'];
};

export type ReopenAppealInput = {
  appealId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  reason: Scalars['String']['input'];
};

export type ReopenAppealPayload = {
  __typename?: 'ReopenAppealPayload';
  appeal: Appeal;
};

/** The appellant key that two appeals share. */
export type RepeatMatchKey =
  /** The same e-mail address, ignoring case. */
  | 'EMAIL'
  /** The same name, ignoring case, ё and е, the Mari letters and extra spaces. */
  | 'NAME'
  /** The same phone digits. */
  | 'PHONE';

export type RepeatSuggestionStatus =
  | 'CONFIRMED'
  | 'REJECTED'
  | 'SUGGESTED';

/** The state of one agency’s report for one quarter; report is null when not opened. */
export type ReportBoardCell = {
  __typename?: 'ReportBoardCell';
  /** Not yet submitted although the due instant has passed. */
  overdue: Scalars['Boolean']['output'];
  quarter: Scalars['Int']['output'];
  report?: Maybe<QuarterlyReport>;
};

export type ReportBoardRow = {
  __typename?: 'ReportBoardRow';
  agency: Agency;
  /** Quarters 1 to 4, in order. */
  cells: Array<ReportBoardCell>;
};

/** One change of a prefilled figure by the agency, both values kept. */
export type ReportCorrection = {
  __typename?: 'ReportCorrection';
  correctedAt: Scalars['DateTime']['output'];
  /** Full name of the official who made the correction. */
  correctedBy?: Maybe<Scalars['String']['output']>;
  figure: Scalars['String']['output'];
  prefilledValue: Scalars['Float']['output'];
  reason: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

/** One prefilled figure of a report version and its value after corrections. Key paths: registered.total, byChannel.<channel>, byTopicSection.<first block of the ТОТКО code>, byQuestionType.<code or NONE>, outcome.ANSWERED|LEFT_UNANSWERED|PENDING, unansweredGround.<ground>, extended and repeat count the appeals assigned to the agency and registered in the quarter (Moscow time). answered.total|onTime|late|averageDays|maxDays, satisfaction.<value or UNKNOWN> and satisfactionShare.<value> (percent of rated answers) count the agency’s appeals answered in the quarter, whenever registered; on time means by the answer due instant, days run from registration to answer. forwarded.in and forwarded.out count forwarding steps taken in the quarter to the agency and away from it. */
export type ReportFigure = {
  __typename?: 'ReportFigure';
  corrected: Scalars['Boolean']['output'];
  /** The first block of the key, such as byChannel. */
  group: Scalars['String']['output'];
  /** Dotted key path, such as byChannel.EMAIL. */
  key: Scalars['String']['output'];
  /** The value computed from the appeals when the version was prefilled. */
  prefilledValue: Scalars['Float']['output'];
  /** The value after the agency’s latest correction, or the prefilled value. */
  value: Scalars['Float']['output'];
};

/** DRAFT → SUBMITTED → ACCEPTED, or RETURNED with remarks and then resubmitted as a new version. */
export type ReportStatus =
  | 'ACCEPTED'
  | 'DRAFT'
  | 'RETURNED'
  | 'SUBMITTED';

export type ReportStepInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  reportId: Scalars['ID']['input'];
};

export type RequestInformationRiskVerificationInput = {
  caseId: Scalars['ID']['input'];
  /** The version you read; a different current version fails with CONFLICT. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};

/** The case after the step. */
export type RequestInformationRiskVerificationPayload = {
  __typename?: 'RequestInformationRiskVerificationPayload';
  informationRisk: InformationRisk;
};

export type RerouteInformationRiskInput = {
  agencyId: Scalars['ID']['input'];
  caseId: Scalars['ID']['input'];
  /** The version you read; a different current version fails with CONFLICT. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};

/** The case after the step. */
export type RerouteInformationRiskPayload = {
  __typename?: 'RerouteInformationRiskPayload';
  informationRisk: InformationRisk;
};

export type ResolveAppealFlagInput = {
  flagId: Scalars['ID']['input'];
  resolution: Scalars['String']['input'];
};

export type ResolveAppealFlagPayload = {
  __typename?: 'ResolveAppealFlagPayload';
  appeal: Appeal;
  flag: AppealFlag;
};

export type ResolveProblemInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  problemId: Scalars['ID']['input'];
};

export type ResolveProblemPayload = {
  __typename?: 'ResolveProblemPayload';
  problem: Problem;
};

export type ReturnCommentDraftInput = {
  caseId: Scalars['ID']['input'];
  /** The version you read; a different current version fails with CONFLICT. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** What the agency has to change. */
  remarks: Scalars['String']['input'];
};

/** The case after the step. */
export type ReturnCommentDraftPayload = {
  __typename?: 'ReturnCommentDraftPayload';
  informationRisk: InformationRisk;
};

export type ReturnReportInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  remarks: Scalars['String']['input'];
  reportId: Scalars['ID']['input'];
};

export type ReviewAppealAnswerInput = {
  allQuestionsAnswered: Scalars['Boolean']['input'];
  answeredOnSubstance: Scalars['Boolean']['input'];
  appealId: Scalars['ID']['input'];
  deadlineMet: Scalars['Boolean']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Required when the review fails: what the agency has to fix. */
  remarks?: InputMaybe<Scalars['String']['input']>;
  rightsExplained: Scalars['Boolean']['input'];
  /** From 1 to 5; below 3 the review fails. */
  score: Scalars['Int']['input'];
  stage: AppealReviewStage;
};

export type ReviewAppealAnswerPayload = {
  __typename?: 'ReviewAppealAnswerPayload';
  appeal: Appeal;
  review: AppealReview;
};

/** One measure of a problem’s roadmap. */
export type RoadmapMeasure = {
  __typename?: 'RoadmapMeasure';
  createdAt: Scalars['DateTime']['output'];
  doneAt?: Maybe<Scalars['DateTime']['output']>;
  /** The last Moscow day of the measure. */
  dueDate: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** True when the measure is planned or in progress after its due date (Moscow). */
  overdue: Scalars['Boolean']['output'];
  responsibleAgency: Agency;
  status: RoadmapMeasureStatus;
  title: Scalars['String']['output'];
};

export type RoadmapMeasureStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'PLANNED';

export type RoutingSource =
  | 'OVERRIDE'
  | 'ROUTING_RULE';

export type SatisfactionSource =
  /** Reported by the appeal’s channel, such as the feedback platform’s rating. */
  | 'CHANNEL'
  /** Taken by a center operator, for example on a call to the appellant. */
  | 'OPERATOR';

export type SaveReportAnalysisInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  mainProblems?: InputMaybe<Scalars['String']['input']>;
  measuresTaken?: InputMaybe<Scalars['String']['input']>;
  reportId: Scalars['ID']['input'];
};

/** Fragments of one field with the words that matched the search marked. */
export type SearchHighlight = {
  __typename?: 'SearchHighlight';
  field: AppealSearchField;
  /** The field’s fragments in order; «… » pieces join fragments that are apart. */
  segments: Array<HighlightSegment>;
};

export type SendCommentProposalInput = {
  caseId: Scalars['ID']['input'];
  /** The version you read; a different current version fails with CONFLICT. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  proposalText: Scalars['String']['input'];
};

/** The case after the step. */
export type SendCommentProposalPayload = {
  __typename?: 'SendCommentProposalPayload';
  informationRisk: InformationRisk;
};

export type SendInformationRequestInput = {
  agencyIds: Array<Scalars['ID']['input']>;
  /** Files the caller uploaded with POST /api/files, at most 20. */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The due instant of the answers; must be in the future. */
  dueAt: Scalars['DateTime']['input'];
  subject: Scalars['String']['input'];
  text: Scalars['String']['input'];
};

export type SetCommentRouteInput = {
  agencyId: Scalars['ID']['input'];
  topicCode: Scalars['String']['input'];
};

export type SetCommentRoutePayload = {
  __typename?: 'SetCommentRoutePayload';
  rule: CommentRoutingRule;
};

export type SetDeadlinePolicyInput = {
  amount: Scalars['Int']['input'];
  /** Omit for every channel. */
  channel?: InputMaybe<AppealChannel>;
  /** First Moscow date (YYYY-MM-DD) on which starting deadlines use the policy; running ones from that date are recomputed. */
  effectiveFrom: Scalars['String']['input'];
  kind: DeadlineKind;
  nonWorkingEnd: NonWorkingEndRule;
  note?: InputMaybe<Scalars['String']['input']>;
  ruleKind: DeadlineRuleKind;
};

export type SetDeadlinePolicyPayload = {
  __typename?: 'SetDeadlinePolicyPayload';
  policy: DeadlinePolicy;
  /** Running deadlines whose due instant changed. */
  recomputedCount: Scalars['Int']['output'];
};

export type SkippedDay = {
  __typename?: 'SkippedDay';
  date: Scalars['LocalDate']['output'];
  reason: Scalars['String']['output'];
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type StartAppealImportInput = {
  /** Rows per transaction, 5000 by default. */
  batchSize?: InputMaybe<Scalars['Int']['input']>;
  /** A committed mapping by name, such as nyc311. */
  mappingName?: InputMaybe<Scalars['String']['input']>;
  /** An uploaded mapping file, instead of mappingName. */
  mappingUploadId?: InputMaybe<Scalars['ID']['input']>;
  /** The uploadId that POST /api/imports returned for the data file. */
  uploadId: Scalars['ID']['input'];
};

export type StartAppealImportPayload = {
  __typename?: 'StartAppealImportPayload';
  appealImport: AppealImport;
};

/** An uploaded file with what was checked on upload. */
export type StoredFile = {
  __typename?: 'StoredFile';
  /** The name the file had on the uploader’s computer. */
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Media type, such as application/pdf. */
  mediaType: Scalars['String']['output'];
  /** SHA-256 of the content in lower-case hexadecimal. */
  sha256: Scalars['String']['output'];
  /** Size in bytes. */
  size: Scalars['Int']['output'];
  uploadedAt: Scalars['DateTime']['output'];
  /** Download address on this server, /api/files/{id}; needs the session of a user who may see the file. */
  url: Scalars['String']['output'];
};

export type SubmitAppealAnswerForReviewInput = {
  /** The answer draft the center reviews before it is sent. */
  answerText: Scalars['String']['input'];
  appealId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};

export type SubmitAppealAnswerForReviewPayload = {
  __typename?: 'SubmitAppealAnswerForReviewPayload';
  appeal: Appeal;
};

export type SubmitCommentDraftInput = {
  agencyAccount?: InputMaybe<Scalars['String']['input']>;
  arguments?: InputMaybe<Scalars['String']['input']>;
  authorName: Scalars['String']['input'];
  authorRole: CommentAuthorRole;
  caseId: Scalars['ID']['input'];
  /** The version you read; a different current version fails with CONFLICT. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  falseStatement?: InputMaybe<Scalars['String']['input']>;
  /** Must equal the publication’s topic for approval. */
  topicCode?: InputMaybe<Scalars['String']['input']>;
};

/** The case after the step. */
export type SubmitCommentDraftPayload = {
  __typename?: 'SubmitCommentDraftPayload';
  informationRisk: InformationRisk;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** A frame with every running deadline the caller may see, every COUNTDOWN_INTERVAL_MS and at once on each change. */
  deadlineCountdown: DeadlineCountdownFrame;
};


export type SubscriptionDeadlineCountdownArgs = {
  filter?: InputMaybe<DeadlineCountdownFilter>;
};

export type SupersedeOfficialCommentInput = {
  caseId: Scalars['ID']['input'];
  /** The version you read; a different current version fails with CONFLICT. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The center’s new proposal; a new 3-hour draft clock starts. */
  proposalText: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};

/** The case after the step. */
export type SupersedeOfficialCommentPayload = {
  __typename?: 'SupersedeOfficialCommentPayload';
  informationRisk: InformationRisk;
};

/** A topic of the ТОТКО classifier of appeals. */
export type Topic = {
  __typename?: 'Topic';
  code: Scalars['String']['output'];
  /** 1 section, 2 thematic group, 3 group, 4 question, 5 refinement. */
  level: Scalars['Int']['output'];
  parentCode?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type TopicFilter = {
  /** Children of this code; omit for the five sections. */
  parentCode?: InputMaybe<Scalars['String']['input']>;
  /** Matches titles or codes across all levels. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A section, the first level of the ТОТКО classifier. */
export type TopicSection = {
  __typename?: 'TopicSection';
  code: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type TopicSectionCount = {
  __typename?: 'TopicSectionCount';
  appeals: Scalars['Int']['output'];
  /** Code of the section, the first level of the ТОТКО classifier, such as 0002.0000.0000.0000. */
  sectionCode: Scalars['String']['output'];
};

/** Appeals registered in one period, by topic section. */
export type TopicSectionVolumePeriod = {
  __typename?: 'TopicSectionVolumePeriod';
  appeals: Scalars['Int']['output'];
  /** Every section of the classifier, zeros included, in code order. */
  sections: Array<TopicSectionCount>;
  /** First day of the period. The first and the last period may be cut by the filter’s dates. */
  start: Scalars['LocalDate']['output'];
};

/** Grounds on which 59-FZ (article 11) lets an appeal be left without an answer on the substance. */
export type UnansweredGround =
  /** The surname or the address for the answer is missing. */
  | 'NO_NAME_OR_ADDRESS'
  /** Obscene or insulting language, or threats to an official or their family. */
  | 'OBSCENE_OR_THREATENING'
  /** An answer would disclose a state or other protected secret. */
  | 'PROTECTED_SECRET'
  /** Answered repeatedly before, with no new arguments. */
  | 'REPEATED_WITHOUT_NEW_ARGUMENTS'
  /** The text does not let the substance be determined. */
  | 'SUBSTANCE_UNCLEAR'
  /** The text cannot be read. */
  | 'UNREADABLE';

export type UpdateContactOfficialInput = {
  contactOfficialId: Scalars['ID']['input'];
  email?: InputMaybe<Scalars['EmailAddress']['input']>;
  /** The version you read; a different current version fails with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  firstName?: InputMaybe<Scalars['String']['input']>;
  patronymic?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['PhoneNumber']['input']>;
  position?: InputMaybe<Scalars['String']['input']>;
  surname?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateContactOfficialPayload = {
  __typename?: 'UpdateContactOfficialPayload';
  contactOfficial: ContactOfficial;
};

export type UpdateProblemInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  problemId: Scalars['ID']['input'];
  roadmapStartedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateProblemPayload = {
  __typename?: 'UpdateProblemPayload';
  problem: Problem;
};

/** The fields to change; an agency official may send only status and note. */
export type UpdateRoadmapMeasureInput = {
  dueDate?: InputMaybe<Scalars['LocalDate']['input']>;
  measureId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  responsibleAgencyId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<RoadmapMeasureStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateRoadmapMeasurePayload = {
  __typename?: 'UpdateRoadmapMeasurePayload';
  measure: RoadmapMeasure;
  problem: Problem;
};

export type User = {
  __typename?: 'User';
  /** The agency of an AGENCY_OFFICIAL. */
  agency?: Maybe<Agency>;
  email: Scalars['EmailAddress']['output'];
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  role: UserRole;
};

export type UserRole =
  /** Staff of one agency: that agency’s data only. */
  | 'AGENCY_OFFICIAL'
  /** Administrator of the center: everything, including reference data and the audit log. */
  | 'CENTER_ADMIN'
  /** Operator or analyst of the center: all agencies’ work. */
  | 'CENTER_OPERATOR'
  /** The head’s press service: approved official comments. */
  | 'PRESS_SERVICE';

export type VerificationOutcome =
  | 'FALSE'
  | 'NEEDS_CLARIFICATION'
  | 'TRUE';

/** A problem’s appeals in equal windows of days before and after its roadmap started. */
export type VolumeBeforeAfter = {
  __typename?: 'VolumeBeforeAfter';
  after: Scalars['Int']['output'];
  before: Scalars['Int']['output'];
  /** The roadmap’s first day; the after-window starts on it. */
  startedOn: Scalars['LocalDate']['output'];
  windowDays: Scalars['Int']['output'];
};

/** A Moscow calendar month, or an ISO week from Monday. */
export type VolumeGranularity =
  | 'MONTH'
  | 'WEEK';

/** The number of a problem’s appeals received in one period. */
export type VolumePoint = {
  __typename?: 'VolumePoint';
  count: Scalars['Int']['output'];
  /** The first day of the period. */
  periodStart: Scalars['LocalDate']['output'];
};

export type AgenciesQueryVariables = Exact<{
  filter?: InputMaybe<AgencyFilter>;
  page?: InputMaybe<AgenciesPageInput>;
}>;


export type AgenciesQuery = { __typename?: 'Query', agencies: { __typename?: 'AgencyConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, edges: Array<{ __typename?: 'AgencyEdge', cursor: string, node: { __typename?: 'Agency', id: string, shortName: string, name: string, kind: AgencyKind, site?: string | null } }> } };

export type ContactOfficialDetailsFragment = { __typename?: 'ContactOfficial', id: string, surname: string, firstName: string, patronymic: string, position: string, email: string, phone: string, active: boolean, version: number, updatedAt: string, history: Array<{ __typename?: 'ContactOfficialChange', id: string, changedAt: string, field: string, oldValue?: string | null, newValue?: string | null, changedBy?: { __typename?: 'User', id: string, fullName: string } | null }> };

export type AgencyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AgencyQuery = { __typename?: 'Query', agency?: { __typename?: 'Agency', id: string, shortName: string, name: string, kind: AgencyKind, site?: string | null, updatedAt: string, organizations: Array<{ __typename?: 'Organization', id: string, name: string, inn?: string | null }>, contactOfficials: Array<{ __typename?: 'ContactOfficial', id: string, surname: string, firstName: string, patronymic: string, position: string, email: string, phone: string, active: boolean, version: number, updatedAt: string, history: Array<{ __typename?: 'ContactOfficialChange', id: string, changedAt: string, field: string, oldValue?: string | null, newValue?: string | null, changedBy?: { __typename?: 'User', id: string, fullName: string } | null }> }> } | null };

export type CreateContactOfficialMutationVariables = Exact<{
  input: CreateContactOfficialInput;
}>;


export type CreateContactOfficialMutation = { __typename?: 'Mutation', createContactOfficial: { __typename?: 'CreateContactOfficialPayload', contactOfficial: { __typename?: 'ContactOfficial', id: string, surname: string, firstName: string, patronymic: string, position: string, email: string, phone: string, active: boolean, version: number, updatedAt: string, history: Array<{ __typename?: 'ContactOfficialChange', id: string, changedAt: string, field: string, oldValue?: string | null, newValue?: string | null, changedBy?: { __typename?: 'User', id: string, fullName: string } | null }> } } };

export type UpdateContactOfficialMutationVariables = Exact<{
  input: UpdateContactOfficialInput;
}>;


export type UpdateContactOfficialMutation = { __typename?: 'Mutation', updateContactOfficial: { __typename?: 'UpdateContactOfficialPayload', contactOfficial: { __typename?: 'ContactOfficial', id: string, surname: string, firstName: string, patronymic: string, position: string, email: string, phone: string, active: boolean, version: number, updatedAt: string, history: Array<{ __typename?: 'ContactOfficialChange', id: string, changedAt: string, field: string, oldValue?: string | null, newValue?: string | null, changedBy?: { __typename?: 'User', id: string, fullName: string } | null }> } } };

export type DeactivateContactOfficialMutationVariables = Exact<{
  input: DeactivateContactOfficialInput;
}>;


export type DeactivateContactOfficialMutation = { __typename?: 'Mutation', deactivateContactOfficial: { __typename?: 'DeactivateContactOfficialPayload', contactOfficial: { __typename?: 'ContactOfficial', id: string, surname: string, firstName: string, patronymic: string, position: string, email: string, phone: string, active: boolean, version: number, updatedAt: string, history: Array<{ __typename?: 'ContactOfficialChange', id: string, changedAt: string, field: string, oldValue?: string | null, newValue?: string | null, changedBy?: { __typename?: 'User', id: string, fullName: string } | null }> } } };

export type AnalyticsQueryVariables = Exact<{
  filter?: InputMaybe<AnalyticsFilter>;
  granularity: AnalyticsGranularity;
}>;


export type AnalyticsQuery = { __typename?: 'Query', analytics: { __typename?: 'Analytics', refreshedAt?: string | null, period: { __typename?: 'AnalyticsPeriod', from: string, to: string }, topicSections: Array<{ __typename?: 'TopicSection', code: string, title: string }>, volumeByChannel: Array<{ __typename?: 'ChannelVolumePeriod', start: string, appeals: number, channels: Array<{ __typename?: 'ChannelCount', channel: AppealChannel, appeals: number }> }>, volumeByTopicSection: Array<{ __typename?: 'TopicSectionVolumePeriod', start: string, appeals: number, sections: Array<{ __typename?: 'TopicSectionCount', sectionCode: string, appeals: number }> }>, agencies: Array<{ __typename?: 'AgencyAnalytics', appeals: number, answered: number, answeredOnTime: number, onTimeShare?: number | null, averageDaysToAnswer?: number | null, overdueNow: number, withSatisfaction: number, satisfiedShare?: number | null, partlySatisfiedShare?: number | null, notSatisfiedShare?: number | null, repeats: number, repeatShare?: number | null, reviews: number, averageReviewScore?: number | null, agency: { __typename?: 'Agency', id: string, shortName: string, name: string } }>, misinformation: { __typename?: 'MisinformationAnalytics', cases: number, proposalLimitMinutes: number, draftLimitMinutes: number, proposal: { __typename?: 'ClockFigures', completed: number, averageMinutes?: number | null, medianMinutes?: number | null, maxMinutes?: number | null, withinLimitShare?: number | null }, draft: { __typename?: 'ClockFigures', completed: number, averageMinutes?: number | null, medianMinutes?: number | null, maxMinutes?: number | null, withinLimitShare?: number | null }, byMonth: Array<{ __typename?: 'MisinformationMonth', month: string, cases: number, proposal: { __typename?: 'ClockFigures', completed: number, averageMinutes?: number | null, medianMinutes?: number | null, maxMinutes?: number | null, withinLimitShare?: number | null }, draft: { __typename?: 'ClockFigures', completed: number, averageMinutes?: number | null, medianMinutes?: number | null, maxMinutes?: number | null, withinLimitShare?: number | null } }> } } };

export type ClockFiguresFieldsFragment = { __typename?: 'ClockFigures', completed: number, averageMinutes?: number | null, medianMinutes?: number | null, maxMinutes?: number | null, withinLimitShare?: number | null };

export type AppealReviewDetailsFragment = { __typename?: 'AppealReview', id: string, stage: AppealReviewStage, reviewedAt: string, answeredOnSubstance: boolean, allQuestionsAnswered: boolean, deadlineMet: boolean, rightsExplained: boolean, score: number, passed: boolean, remarks?: string | null, answerText?: string | null, reviewer?: { __typename?: 'User', id: string, fullName: string } | null };

export type AppealFlagDetailsFragment = { __typename?: 'AppealFlag', id: string, kind: AppealFlagKind, note: string, createdAt: string, resolvedAt?: string | null, resolution?: string | null, createdBy?: { __typename?: 'User', id: string, fullName: string } | null, resolvedBy?: { __typename?: 'User', id: string, fullName: string } | null };

export type AppealQualityFragment = { __typename?: 'Appeal', id: string, version: number, status: AppealStatus, answerDraft?: string | null, answerDraftSubmittedAt?: string | null, satisfaction?: AppealSatisfaction | null, satisfactionAt?: string | null, reopenable: boolean, reviews: Array<{ __typename?: 'AppealReview', id: string, stage: AppealReviewStage, reviewedAt: string, answeredOnSubstance: boolean, allQuestionsAnswered: boolean, deadlineMet: boolean, rightsExplained: boolean, score: number, passed: boolean, remarks?: string | null, answerText?: string | null, reviewer?: { __typename?: 'User', id: string, fullName: string } | null }>, flags: Array<{ __typename?: 'AppealFlag', id: string, kind: AppealFlagKind, note: string, createdAt: string, resolvedAt?: string | null, resolution?: string | null, createdBy?: { __typename?: 'User', id: string, fullName: string } | null, resolvedBy?: { __typename?: 'User', id: string, fullName: string } | null }> };

export type AppealQualityQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AppealQualityQuery = { __typename?: 'Query', appeal?: { __typename?: 'Appeal', id: string, version: number, status: AppealStatus, answerDraft?: string | null, answerDraftSubmittedAt?: string | null, satisfaction?: AppealSatisfaction | null, satisfactionAt?: string | null, reopenable: boolean, reviews: Array<{ __typename?: 'AppealReview', id: string, stage: AppealReviewStage, reviewedAt: string, answeredOnSubstance: boolean, allQuestionsAnswered: boolean, deadlineMet: boolean, rightsExplained: boolean, score: number, passed: boolean, remarks?: string | null, answerText?: string | null, reviewer?: { __typename?: 'User', id: string, fullName: string } | null }>, flags: Array<{ __typename?: 'AppealFlag', id: string, kind: AppealFlagKind, note: string, createdAt: string, resolvedAt?: string | null, resolution?: string | null, createdBy?: { __typename?: 'User', id: string, fullName: string } | null, resolvedBy?: { __typename?: 'User', id: string, fullName: string } | null }> } | null };

export type AppealFlagsQueryVariables = Exact<{
  filter?: InputMaybe<AppealFlagFilter>;
  page?: InputMaybe<AppealFlagsPageInput>;
}>;


export type AppealFlagsQuery = { __typename?: 'Query', appealFlags: { __typename?: 'AppealFlagConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, edges: Array<{ __typename?: 'AppealFlagEdge', cursor: string, node: { __typename?: 'AppealFlag', id: string, kind: AppealFlagKind, note: string, createdAt: string, resolvedAt?: string | null, resolution?: string | null, appeal: { __typename?: 'Appeal', id: string, number: string, status: AppealStatus, agency?: { __typename?: 'Agency', id: string, shortName: string } | null }, createdBy?: { __typename?: 'User', id: string, fullName: string } | null, resolvedBy?: { __typename?: 'User', id: string, fullName: string } | null } }> } };

export type SubmitAppealAnswerForReviewMutationVariables = Exact<{
  input: SubmitAppealAnswerForReviewInput;
}>;


export type SubmitAppealAnswerForReviewMutation = { __typename?: 'Mutation', submitAppealAnswerForReview: { __typename?: 'SubmitAppealAnswerForReviewPayload', appeal: { __typename?: 'Appeal', id: string, version: number, status: AppealStatus, answerDraft?: string | null, answerDraftSubmittedAt?: string | null, satisfaction?: AppealSatisfaction | null, satisfactionAt?: string | null, reopenable: boolean, reviews: Array<{ __typename?: 'AppealReview', id: string, stage: AppealReviewStage, reviewedAt: string, answeredOnSubstance: boolean, allQuestionsAnswered: boolean, deadlineMet: boolean, rightsExplained: boolean, score: number, passed: boolean, remarks?: string | null, answerText?: string | null, reviewer?: { __typename?: 'User', id: string, fullName: string } | null }>, flags: Array<{ __typename?: 'AppealFlag', id: string, kind: AppealFlagKind, note: string, createdAt: string, resolvedAt?: string | null, resolution?: string | null, createdBy?: { __typename?: 'User', id: string, fullName: string } | null, resolvedBy?: { __typename?: 'User', id: string, fullName: string } | null }> } } };

export type ReviewAppealAnswerMutationVariables = Exact<{
  input: ReviewAppealAnswerInput;
}>;


export type ReviewAppealAnswerMutation = { __typename?: 'Mutation', reviewAppealAnswer: { __typename?: 'ReviewAppealAnswerPayload', review: { __typename?: 'AppealReview', id: string, passed: boolean }, appeal: { __typename?: 'Appeal', id: string, version: number, status: AppealStatus, answerDraft?: string | null, answerDraftSubmittedAt?: string | null, satisfaction?: AppealSatisfaction | null, satisfactionAt?: string | null, reopenable: boolean, reviews: Array<{ __typename?: 'AppealReview', id: string, stage: AppealReviewStage, reviewedAt: string, answeredOnSubstance: boolean, allQuestionsAnswered: boolean, deadlineMet: boolean, rightsExplained: boolean, score: number, passed: boolean, remarks?: string | null, answerText?: string | null, reviewer?: { __typename?: 'User', id: string, fullName: string } | null }>, flags: Array<{ __typename?: 'AppealFlag', id: string, kind: AppealFlagKind, note: string, createdAt: string, resolvedAt?: string | null, resolution?: string | null, createdBy?: { __typename?: 'User', id: string, fullName: string } | null, resolvedBy?: { __typename?: 'User', id: string, fullName: string } | null }> } } };

export type RecordAppealSatisfactionMutationVariables = Exact<{
  input: RecordAppealSatisfactionInput;
}>;


export type RecordAppealSatisfactionMutation = { __typename?: 'Mutation', recordAppealSatisfaction: { __typename?: 'RecordAppealSatisfactionPayload', appeal: { __typename?: 'Appeal', id: string, version: number, status: AppealStatus, answerDraft?: string | null, answerDraftSubmittedAt?: string | null, satisfaction?: AppealSatisfaction | null, satisfactionAt?: string | null, reopenable: boolean, reviews: Array<{ __typename?: 'AppealReview', id: string, stage: AppealReviewStage, reviewedAt: string, answeredOnSubstance: boolean, allQuestionsAnswered: boolean, deadlineMet: boolean, rightsExplained: boolean, score: number, passed: boolean, remarks?: string | null, answerText?: string | null, reviewer?: { __typename?: 'User', id: string, fullName: string } | null }>, flags: Array<{ __typename?: 'AppealFlag', id: string, kind: AppealFlagKind, note: string, createdAt: string, resolvedAt?: string | null, resolution?: string | null, createdBy?: { __typename?: 'User', id: string, fullName: string } | null, resolvedBy?: { __typename?: 'User', id: string, fullName: string } | null }> } } };

export type ReopenAppealMutationVariables = Exact<{
  input: ReopenAppealInput;
}>;


export type ReopenAppealMutation = { __typename?: 'Mutation', reopenAppeal: { __typename?: 'ReopenAppealPayload', appeal: { __typename?: 'Appeal', id: string, version: number, status: AppealStatus, answerDraft?: string | null, answerDraftSubmittedAt?: string | null, satisfaction?: AppealSatisfaction | null, satisfactionAt?: string | null, reopenable: boolean, reviews: Array<{ __typename?: 'AppealReview', id: string, stage: AppealReviewStage, reviewedAt: string, answeredOnSubstance: boolean, allQuestionsAnswered: boolean, deadlineMet: boolean, rightsExplained: boolean, score: number, passed: boolean, remarks?: string | null, answerText?: string | null, reviewer?: { __typename?: 'User', id: string, fullName: string } | null }>, flags: Array<{ __typename?: 'AppealFlag', id: string, kind: AppealFlagKind, note: string, createdAt: string, resolvedAt?: string | null, resolution?: string | null, createdBy?: { __typename?: 'User', id: string, fullName: string } | null, resolvedBy?: { __typename?: 'User', id: string, fullName: string } | null }> } } };

export type FlagAppealMutationVariables = Exact<{
  input: FlagAppealInput;
}>;


export type FlagAppealMutation = { __typename?: 'Mutation', flagAppeal: { __typename?: 'FlagAppealPayload', appeal: { __typename?: 'Appeal', id: string, version: number, status: AppealStatus, answerDraft?: string | null, answerDraftSubmittedAt?: string | null, satisfaction?: AppealSatisfaction | null, satisfactionAt?: string | null, reopenable: boolean, reviews: Array<{ __typename?: 'AppealReview', id: string, stage: AppealReviewStage, reviewedAt: string, answeredOnSubstance: boolean, allQuestionsAnswered: boolean, deadlineMet: boolean, rightsExplained: boolean, score: number, passed: boolean, remarks?: string | null, answerText?: string | null, reviewer?: { __typename?: 'User', id: string, fullName: string } | null }>, flags: Array<{ __typename?: 'AppealFlag', id: string, kind: AppealFlagKind, note: string, createdAt: string, resolvedAt?: string | null, resolution?: string | null, createdBy?: { __typename?: 'User', id: string, fullName: string } | null, resolvedBy?: { __typename?: 'User', id: string, fullName: string } | null }> } } };

export type ResolveAppealFlagMutationVariables = Exact<{
  input: ResolveAppealFlagInput;
}>;


export type ResolveAppealFlagMutation = { __typename?: 'Mutation', resolveAppealFlag: { __typename?: 'ResolveAppealFlagPayload', appeal: { __typename?: 'Appeal', id: string, version: number, status: AppealStatus, answerDraft?: string | null, answerDraftSubmittedAt?: string | null, satisfaction?: AppealSatisfaction | null, satisfactionAt?: string | null, reopenable: boolean, reviews: Array<{ __typename?: 'AppealReview', id: string, stage: AppealReviewStage, reviewedAt: string, answeredOnSubstance: boolean, allQuestionsAnswered: boolean, deadlineMet: boolean, rightsExplained: boolean, score: number, passed: boolean, remarks?: string | null, answerText?: string | null, reviewer?: { __typename?: 'User', id: string, fullName: string } | null }>, flags: Array<{ __typename?: 'AppealFlag', id: string, kind: AppealFlagKind, note: string, createdAt: string, resolvedAt?: string | null, resolution?: string | null, createdBy?: { __typename?: 'User', id: string, fullName: string } | null, resolvedBy?: { __typename?: 'User', id: string, fullName: string } | null }> } } };

export type AppealsQueryVariables = Exact<{
  filter?: InputMaybe<AppealFilter>;
  orderBy?: InputMaybe<AppealOrder>;
  page?: InputMaybe<AppealsPageInput>;
}>;


export type AppealsQuery = { __typename?: 'Query', appeals: { __typename?: 'AppealConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, edges: Array<{ __typename?: 'AppealEdge', cursor: string, node: { __typename?: 'Appeal', id: string, number: string, status: AppealStatus, channel: AppealChannel, appellantName: string, receivedAt: string, registeredAt: string, answerDueAt: string, topic: { __typename?: 'Topic', code: string, title: string }, agency?: { __typename?: 'Agency', id: string, shortName: string } | null } }> } };

export type DeadlineDetailsFragment = { __typename?: 'Deadline', id: string, kind: DeadlineKind, status: DeadlineStatus, startedAt: string, dueAt: string, completedAt?: string | null, explanation: { __typename?: 'DeadlineExplanation', timeZone: string, startedAt: string, startDate?: string | null, daysCounted: number, hoursCounted: number, lastDayBeforeShift?: string | null, dueAt: string, warnings: Array<string>, summary: string, policyId?: string | null, rule: { __typename?: 'DeadlineRule', kind: DeadlineRuleKind, amount: number, nonWorkingEnd: NonWorkingEndRule }, nonWorkingDaysSkipped: Array<{ __typename?: 'SkippedDay', date: string, reason: string }>, shift?: { __typename?: 'DeadlineShift', direction: DeadlineShiftDirection, from: string, to: string, days: number } | null, recomputations: Array<{ __typename?: 'DeadlineRecomputation', at: string, previousDueAt: string, dueAt: string, reason: string }> } };

export type AppealDetailsFragment = { __typename?: 'Appeal', id: string, number: string, version: number, status: AppealStatus, channel: AppealChannel, appellantKind: AppellantKind, appellantName: string, appellantEmail?: string | null, appellantPhone?: string | null, appellantAddress?: string | null, appellantInn?: string | null, text: string, answerText?: string | null, receivedAt: string, registeredAt: string, answerDueAt: string, answeredAt?: string | null, closedAt?: string | null, extendedAt?: string | null, extensionDays?: number | null, extensionReason?: string | null, extensionNoticeAt?: string | null, forwardingNoticeAt?: string | null, unansweredGround?: UnansweredGround | null, topic: { __typename?: 'Topic', code: string, title: string, level: number }, questionType?: { __typename?: 'QuestionType', code: string, name: string } | null, municipality?: { __typename?: 'Municipality', oktmo: string, name: string } | null, agency?: { __typename?: 'Agency', id: string, shortName: string, name: string } | null, deadlines: Array<{ __typename?: 'Deadline', id: string, kind: DeadlineKind, status: DeadlineStatus, startedAt: string, dueAt: string, completedAt?: string | null, explanation: { __typename?: 'DeadlineExplanation', timeZone: string, startedAt: string, startDate?: string | null, daysCounted: number, hoursCounted: number, lastDayBeforeShift?: string | null, dueAt: string, warnings: Array<string>, summary: string, policyId?: string | null, rule: { __typename?: 'DeadlineRule', kind: DeadlineRuleKind, amount: number, nonWorkingEnd: NonWorkingEndRule }, nonWorkingDaysSkipped: Array<{ __typename?: 'SkippedDay', date: string, reason: string }>, shift?: { __typename?: 'DeadlineShift', direction: DeadlineShiftDirection, from: string, to: string, days: number } | null, recomputations: Array<{ __typename?: 'DeadlineRecomputation', at: string, previousDueAt: string, dueAt: string, reason: string }> } }>, history: Array<{ __typename?: 'AppealEvent', id: string, at: string, kind: AppealEventKind, fromStatus?: AppealStatus | null, toStatus: AppealStatus, note?: string | null, actor?: { __typename?: 'User', id: string, fullName: string } | null }> };

export type AppealQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AppealQuery = { __typename?: 'Query', appeal?: { __typename?: 'Appeal', id: string, number: string, version: number, status: AppealStatus, channel: AppealChannel, appellantKind: AppellantKind, appellantName: string, appellantEmail?: string | null, appellantPhone?: string | null, appellantAddress?: string | null, appellantInn?: string | null, text: string, answerText?: string | null, receivedAt: string, registeredAt: string, answerDueAt: string, answeredAt?: string | null, closedAt?: string | null, extendedAt?: string | null, extensionDays?: number | null, extensionReason?: string | null, extensionNoticeAt?: string | null, forwardingNoticeAt?: string | null, unansweredGround?: UnansweredGround | null, topic: { __typename?: 'Topic', code: string, title: string, level: number }, questionType?: { __typename?: 'QuestionType', code: string, name: string } | null, municipality?: { __typename?: 'Municipality', oktmo: string, name: string } | null, agency?: { __typename?: 'Agency', id: string, shortName: string, name: string } | null, deadlines: Array<{ __typename?: 'Deadline', id: string, kind: DeadlineKind, status: DeadlineStatus, startedAt: string, dueAt: string, completedAt?: string | null, explanation: { __typename?: 'DeadlineExplanation', timeZone: string, startedAt: string, startDate?: string | null, daysCounted: number, hoursCounted: number, lastDayBeforeShift?: string | null, dueAt: string, warnings: Array<string>, summary: string, policyId?: string | null, rule: { __typename?: 'DeadlineRule', kind: DeadlineRuleKind, amount: number, nonWorkingEnd: NonWorkingEndRule }, nonWorkingDaysSkipped: Array<{ __typename?: 'SkippedDay', date: string, reason: string }>, shift?: { __typename?: 'DeadlineShift', direction: DeadlineShiftDirection, from: string, to: string, days: number } | null, recomputations: Array<{ __typename?: 'DeadlineRecomputation', at: string, previousDueAt: string, dueAt: string, reason: string }> } }>, history: Array<{ __typename?: 'AppealEvent', id: string, at: string, kind: AppealEventKind, fromStatus?: AppealStatus | null, toStatus: AppealStatus, note?: string | null, actor?: { __typename?: 'User', id: string, fullName: string } | null }> } | null };

export type RegisterAppealMutationVariables = Exact<{
  input: RegisterAppealInput;
}>;


export type RegisterAppealMutation = { __typename?: 'Mutation', registerAppeal: { __typename?: 'RegisterAppealPayload', appeal: { __typename?: 'Appeal', id: string, number: string } } };

export type AssignAppealMutationVariables = Exact<{
  input: AssignAppealInput;
}>;


export type AssignAppealMutation = { __typename?: 'Mutation', assignAppeal: { __typename?: 'AssignAppealPayload', appeal: { __typename?: 'Appeal', id: string, number: string, version: number, status: AppealStatus, channel: AppealChannel, appellantKind: AppellantKind, appellantName: string, appellantEmail?: string | null, appellantPhone?: string | null, appellantAddress?: string | null, appellantInn?: string | null, text: string, answerText?: string | null, receivedAt: string, registeredAt: string, answerDueAt: string, answeredAt?: string | null, closedAt?: string | null, extendedAt?: string | null, extensionDays?: number | null, extensionReason?: string | null, extensionNoticeAt?: string | null, forwardingNoticeAt?: string | null, unansweredGround?: UnansweredGround | null, topic: { __typename?: 'Topic', code: string, title: string, level: number }, questionType?: { __typename?: 'QuestionType', code: string, name: string } | null, municipality?: { __typename?: 'Municipality', oktmo: string, name: string } | null, agency?: { __typename?: 'Agency', id: string, shortName: string, name: string } | null, deadlines: Array<{ __typename?: 'Deadline', id: string, kind: DeadlineKind, status: DeadlineStatus, startedAt: string, dueAt: string, completedAt?: string | null, explanation: { __typename?: 'DeadlineExplanation', timeZone: string, startedAt: string, startDate?: string | null, daysCounted: number, hoursCounted: number, lastDayBeforeShift?: string | null, dueAt: string, warnings: Array<string>, summary: string, policyId?: string | null, rule: { __typename?: 'DeadlineRule', kind: DeadlineRuleKind, amount: number, nonWorkingEnd: NonWorkingEndRule }, nonWorkingDaysSkipped: Array<{ __typename?: 'SkippedDay', date: string, reason: string }>, shift?: { __typename?: 'DeadlineShift', direction: DeadlineShiftDirection, from: string, to: string, days: number } | null, recomputations: Array<{ __typename?: 'DeadlineRecomputation', at: string, previousDueAt: string, dueAt: string, reason: string }> } }>, history: Array<{ __typename?: 'AppealEvent', id: string, at: string, kind: AppealEventKind, fromStatus?: AppealStatus | null, toStatus: AppealStatus, note?: string | null, actor?: { __typename?: 'User', id: string, fullName: string } | null }> } } };

export type AnswerAppealMutationVariables = Exact<{
  input: AnswerAppealInput;
}>;


export type AnswerAppealMutation = { __typename?: 'Mutation', answerAppeal: { __typename?: 'AnswerAppealPayload', appeal: { __typename?: 'Appeal', id: string, number: string, version: number, status: AppealStatus, channel: AppealChannel, appellantKind: AppellantKind, appellantName: string, appellantEmail?: string | null, appellantPhone?: string | null, appellantAddress?: string | null, appellantInn?: string | null, text: string, answerText?: string | null, receivedAt: string, registeredAt: string, answerDueAt: string, answeredAt?: string | null, closedAt?: string | null, extendedAt?: string | null, extensionDays?: number | null, extensionReason?: string | null, extensionNoticeAt?: string | null, forwardingNoticeAt?: string | null, unansweredGround?: UnansweredGround | null, topic: { __typename?: 'Topic', code: string, title: string, level: number }, questionType?: { __typename?: 'QuestionType', code: string, name: string } | null, municipality?: { __typename?: 'Municipality', oktmo: string, name: string } | null, agency?: { __typename?: 'Agency', id: string, shortName: string, name: string } | null, deadlines: Array<{ __typename?: 'Deadline', id: string, kind: DeadlineKind, status: DeadlineStatus, startedAt: string, dueAt: string, completedAt?: string | null, explanation: { __typename?: 'DeadlineExplanation', timeZone: string, startedAt: string, startDate?: string | null, daysCounted: number, hoursCounted: number, lastDayBeforeShift?: string | null, dueAt: string, warnings: Array<string>, summary: string, policyId?: string | null, rule: { __typename?: 'DeadlineRule', kind: DeadlineRuleKind, amount: number, nonWorkingEnd: NonWorkingEndRule }, nonWorkingDaysSkipped: Array<{ __typename?: 'SkippedDay', date: string, reason: string }>, shift?: { __typename?: 'DeadlineShift', direction: DeadlineShiftDirection, from: string, to: string, days: number } | null, recomputations: Array<{ __typename?: 'DeadlineRecomputation', at: string, previousDueAt: string, dueAt: string, reason: string }> } }>, history: Array<{ __typename?: 'AppealEvent', id: string, at: string, kind: AppealEventKind, fromStatus?: AppealStatus | null, toStatus: AppealStatus, note?: string | null, actor?: { __typename?: 'User', id: string, fullName: string } | null }> } } };

export type CloseAppealMutationVariables = Exact<{
  input: CloseAppealInput;
}>;


export type CloseAppealMutation = { __typename?: 'Mutation', closeAppeal: { __typename?: 'CloseAppealPayload', appeal: { __typename?: 'Appeal', id: string, number: string, version: number, status: AppealStatus, channel: AppealChannel, appellantKind: AppellantKind, appellantName: string, appellantEmail?: string | null, appellantPhone?: string | null, appellantAddress?: string | null, appellantInn?: string | null, text: string, answerText?: string | null, receivedAt: string, registeredAt: string, answerDueAt: string, answeredAt?: string | null, closedAt?: string | null, extendedAt?: string | null, extensionDays?: number | null, extensionReason?: string | null, extensionNoticeAt?: string | null, forwardingNoticeAt?: string | null, unansweredGround?: UnansweredGround | null, topic: { __typename?: 'Topic', code: string, title: string, level: number }, questionType?: { __typename?: 'QuestionType', code: string, name: string } | null, municipality?: { __typename?: 'Municipality', oktmo: string, name: string } | null, agency?: { __typename?: 'Agency', id: string, shortName: string, name: string } | null, deadlines: Array<{ __typename?: 'Deadline', id: string, kind: DeadlineKind, status: DeadlineStatus, startedAt: string, dueAt: string, completedAt?: string | null, explanation: { __typename?: 'DeadlineExplanation', timeZone: string, startedAt: string, startDate?: string | null, daysCounted: number, hoursCounted: number, lastDayBeforeShift?: string | null, dueAt: string, warnings: Array<string>, summary: string, policyId?: string | null, rule: { __typename?: 'DeadlineRule', kind: DeadlineRuleKind, amount: number, nonWorkingEnd: NonWorkingEndRule }, nonWorkingDaysSkipped: Array<{ __typename?: 'SkippedDay', date: string, reason: string }>, shift?: { __typename?: 'DeadlineShift', direction: DeadlineShiftDirection, from: string, to: string, days: number } | null, recomputations: Array<{ __typename?: 'DeadlineRecomputation', at: string, previousDueAt: string, dueAt: string, reason: string }> } }>, history: Array<{ __typename?: 'AppealEvent', id: string, at: string, kind: AppealEventKind, fromStatus?: AppealStatus | null, toStatus: AppealStatus, note?: string | null, actor?: { __typename?: 'User', id: string, fullName: string } | null }> } } };

export type ForwardAppealMutationVariables = Exact<{
  input: ForwardAppealInput;
}>;


export type ForwardAppealMutation = { __typename?: 'Mutation', forwardAppeal: { __typename?: 'ForwardAppealPayload', appeal: { __typename?: 'Appeal', id: string, number: string, version: number, status: AppealStatus, channel: AppealChannel, appellantKind: AppellantKind, appellantName: string, appellantEmail?: string | null, appellantPhone?: string | null, appellantAddress?: string | null, appellantInn?: string | null, text: string, answerText?: string | null, receivedAt: string, registeredAt: string, answerDueAt: string, answeredAt?: string | null, closedAt?: string | null, extendedAt?: string | null, extensionDays?: number | null, extensionReason?: string | null, extensionNoticeAt?: string | null, forwardingNoticeAt?: string | null, unansweredGround?: UnansweredGround | null, topic: { __typename?: 'Topic', code: string, title: string, level: number }, questionType?: { __typename?: 'QuestionType', code: string, name: string } | null, municipality?: { __typename?: 'Municipality', oktmo: string, name: string } | null, agency?: { __typename?: 'Agency', id: string, shortName: string, name: string } | null, deadlines: Array<{ __typename?: 'Deadline', id: string, kind: DeadlineKind, status: DeadlineStatus, startedAt: string, dueAt: string, completedAt?: string | null, explanation: { __typename?: 'DeadlineExplanation', timeZone: string, startedAt: string, startDate?: string | null, daysCounted: number, hoursCounted: number, lastDayBeforeShift?: string | null, dueAt: string, warnings: Array<string>, summary: string, policyId?: string | null, rule: { __typename?: 'DeadlineRule', kind: DeadlineRuleKind, amount: number, nonWorkingEnd: NonWorkingEndRule }, nonWorkingDaysSkipped: Array<{ __typename?: 'SkippedDay', date: string, reason: string }>, shift?: { __typename?: 'DeadlineShift', direction: DeadlineShiftDirection, from: string, to: string, days: number } | null, recomputations: Array<{ __typename?: 'DeadlineRecomputation', at: string, previousDueAt: string, dueAt: string, reason: string }> } }>, history: Array<{ __typename?: 'AppealEvent', id: string, at: string, kind: AppealEventKind, fromStatus?: AppealStatus | null, toStatus: AppealStatus, note?: string | null, actor?: { __typename?: 'User', id: string, fullName: string } | null }> } } };

export type ExtendAppealMutationVariables = Exact<{
  input: ExtendAppealInput;
}>;


export type ExtendAppealMutation = { __typename?: 'Mutation', extendAppeal: { __typename?: 'ExtendAppealPayload', appeal: { __typename?: 'Appeal', id: string, number: string, version: number, status: AppealStatus, channel: AppealChannel, appellantKind: AppellantKind, appellantName: string, appellantEmail?: string | null, appellantPhone?: string | null, appellantAddress?: string | null, appellantInn?: string | null, text: string, answerText?: string | null, receivedAt: string, registeredAt: string, answerDueAt: string, answeredAt?: string | null, closedAt?: string | null, extendedAt?: string | null, extensionDays?: number | null, extensionReason?: string | null, extensionNoticeAt?: string | null, forwardingNoticeAt?: string | null, unansweredGround?: UnansweredGround | null, topic: { __typename?: 'Topic', code: string, title: string, level: number }, questionType?: { __typename?: 'QuestionType', code: string, name: string } | null, municipality?: { __typename?: 'Municipality', oktmo: string, name: string } | null, agency?: { __typename?: 'Agency', id: string, shortName: string, name: string } | null, deadlines: Array<{ __typename?: 'Deadline', id: string, kind: DeadlineKind, status: DeadlineStatus, startedAt: string, dueAt: string, completedAt?: string | null, explanation: { __typename?: 'DeadlineExplanation', timeZone: string, startedAt: string, startDate?: string | null, daysCounted: number, hoursCounted: number, lastDayBeforeShift?: string | null, dueAt: string, warnings: Array<string>, summary: string, policyId?: string | null, rule: { __typename?: 'DeadlineRule', kind: DeadlineRuleKind, amount: number, nonWorkingEnd: NonWorkingEndRule }, nonWorkingDaysSkipped: Array<{ __typename?: 'SkippedDay', date: string, reason: string }>, shift?: { __typename?: 'DeadlineShift', direction: DeadlineShiftDirection, from: string, to: string, days: number } | null, recomputations: Array<{ __typename?: 'DeadlineRecomputation', at: string, previousDueAt: string, dueAt: string, reason: string }> } }>, history: Array<{ __typename?: 'AppealEvent', id: string, at: string, kind: AppealEventKind, fromStatus?: AppealStatus | null, toStatus: AppealStatus, note?: string | null, actor?: { __typename?: 'User', id: string, fullName: string } | null }> } } };

export type LeaveAppealUnansweredMutationVariables = Exact<{
  input: LeaveAppealUnansweredInput;
}>;


export type LeaveAppealUnansweredMutation = { __typename?: 'Mutation', leaveAppealUnanswered: { __typename?: 'LeaveAppealUnansweredPayload', appeal: { __typename?: 'Appeal', id: string, number: string, version: number, status: AppealStatus, channel: AppealChannel, appellantKind: AppellantKind, appellantName: string, appellantEmail?: string | null, appellantPhone?: string | null, appellantAddress?: string | null, appellantInn?: string | null, text: string, answerText?: string | null, receivedAt: string, registeredAt: string, answerDueAt: string, answeredAt?: string | null, closedAt?: string | null, extendedAt?: string | null, extensionDays?: number | null, extensionReason?: string | null, extensionNoticeAt?: string | null, forwardingNoticeAt?: string | null, unansweredGround?: UnansweredGround | null, topic: { __typename?: 'Topic', code: string, title: string, level: number }, questionType?: { __typename?: 'QuestionType', code: string, name: string } | null, municipality?: { __typename?: 'Municipality', oktmo: string, name: string } | null, agency?: { __typename?: 'Agency', id: string, shortName: string, name: string } | null, deadlines: Array<{ __typename?: 'Deadline', id: string, kind: DeadlineKind, status: DeadlineStatus, startedAt: string, dueAt: string, completedAt?: string | null, explanation: { __typename?: 'DeadlineExplanation', timeZone: string, startedAt: string, startDate?: string | null, daysCounted: number, hoursCounted: number, lastDayBeforeShift?: string | null, dueAt: string, warnings: Array<string>, summary: string, policyId?: string | null, rule: { __typename?: 'DeadlineRule', kind: DeadlineRuleKind, amount: number, nonWorkingEnd: NonWorkingEndRule }, nonWorkingDaysSkipped: Array<{ __typename?: 'SkippedDay', date: string, reason: string }>, shift?: { __typename?: 'DeadlineShift', direction: DeadlineShiftDirection, from: string, to: string, days: number } | null, recomputations: Array<{ __typename?: 'DeadlineRecomputation', at: string, previousDueAt: string, dueAt: string, reason: string }> } }>, history: Array<{ __typename?: 'AppealEvent', id: string, at: string, kind: AppealEventKind, fromStatus?: AppealStatus | null, toStatus: AppealStatus, note?: string | null, actor?: { __typename?: 'User', id: string, fullName: string } | null }> } } };

export type AuditLogQueryVariables = Exact<{
  filter?: InputMaybe<AuditFilter>;
  page?: InputMaybe<AuditPageInput>;
}>;


export type AuditLogQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, edges: Array<{ __typename?: 'AuditEntryEdge', cursor: string, node: { __typename?: 'AuditEntry', id: string, at: string, actorEmail?: string | null, operation: string, entityType: string, entityId: string, before?: Record<string, unknown> | null, after?: Record<string, unknown> | null } }> } };

export type InformationRiskListItemFragment = { __typename?: 'InformationRisk', id: string, number: string, status: InformationRiskStatus, detectedAt: string, source: string, title: string, url: string, agency: { __typename?: 'Agency', id: string, shortName: string }, deadlines: Array<{ __typename?: 'Deadline', id: string, kind: DeadlineKind, status: DeadlineStatus, startedAt: string, dueAt: string }> };

export type InformationRisksQueryVariables = Exact<{
  filter?: InputMaybe<InformationRiskFilter>;
  page?: InputMaybe<InformationRisksPageInput>;
}>;


export type InformationRisksQuery = { __typename?: 'Query', informationRisks: { __typename?: 'InformationRiskConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, edges: Array<{ __typename?: 'InformationRiskEdge', cursor: string, node: { __typename?: 'InformationRisk', id: string, number: string, status: InformationRiskStatus, detectedAt: string, source: string, title: string, url: string, agency: { __typename?: 'Agency', id: string, shortName: string }, deadlines: Array<{ __typename?: 'Deadline', id: string, kind: DeadlineKind, status: DeadlineStatus, startedAt: string, dueAt: string }> } }> } };

export type CommentDraftDetailsFragment = { __typename?: 'CommentDraft', id: string, versionNumber: number, falseStatement?: string | null, agencyAccount?: string | null, arguments?: string | null, authorName: string, authorRole: CommentAuthorRole, submittedAt: string, reviewOutcome?: DraftReviewOutcome | null, reviewedAt?: string | null, remarks?: string | null, supersededAt?: string | null, topic?: { __typename?: 'Topic', code: string, title: string } | null, submittedBy?: { __typename?: 'User', id: string, fullName: string } | null, reviewedBy?: { __typename?: 'User', id: string, fullName: string } | null };

export type InformationRiskDetailsFragment = { __typename?: 'InformationRisk', id: string, number: string, version: number, status: InformationRiskStatus, url: string, source: string, title: string, excerpt: string, detectedAt: string, reach?: number | null, routedBy: RoutingSource, verificationOutcome?: VerificationOutcome | null, verificationNote?: string | null, proposalText?: string | null, proposalSentAt?: string | null, publishedUrl?: string | null, publishedAt?: string | null, distributionOutlet?: string | null, distributedAt?: string | null, closedAt?: string | null, dismissReason?: string | null, topic: { __typename?: 'Topic', code: string, title: string, level: number }, agency: { __typename?: 'Agency', id: string, shortName: string, name: string }, deadlines: Array<{ __typename?: 'Deadline', id: string, kind: DeadlineKind, status: DeadlineStatus, startedAt: string, dueAt: string, completedAt?: string | null, explanation: { __typename?: 'DeadlineExplanation', timeZone: string, startedAt: string, startDate?: string | null, daysCounted: number, hoursCounted: number, lastDayBeforeShift?: string | null, dueAt: string, warnings: Array<string>, summary: string, policyId?: string | null, rule: { __typename?: 'DeadlineRule', kind: DeadlineRuleKind, amount: number, nonWorkingEnd: NonWorkingEndRule }, nonWorkingDaysSkipped: Array<{ __typename?: 'SkippedDay', date: string, reason: string }>, shift?: { __typename?: 'DeadlineShift', direction: DeadlineShiftDirection, from: string, to: string, days: number } | null, recomputations: Array<{ __typename?: 'DeadlineRecomputation', at: string, previousDueAt: string, dueAt: string, reason: string }> } }>, drafts: Array<{ __typename?: 'CommentDraft', id: string, versionNumber: number, falseStatement?: string | null, agencyAccount?: string | null, arguments?: string | null, authorName: string, authorRole: CommentAuthorRole, submittedAt: string, reviewOutcome?: DraftReviewOutcome | null, reviewedAt?: string | null, remarks?: string | null, supersededAt?: string | null, topic?: { __typename?: 'Topic', code: string, title: string } | null, submittedBy?: { __typename?: 'User', id: string, fullName: string } | null, reviewedBy?: { __typename?: 'User', id: string, fullName: string } | null }>, approvedDraft?: { __typename?: 'CommentDraft', id: string, versionNumber: number } | null, history: Array<{ __typename?: 'InformationRiskEvent', id: string, at: string, kind: InformationRiskEventKind, fromStatus?: InformationRiskStatus | null, toStatus: InformationRiskStatus, note?: string | null, actor?: { __typename?: 'User', id: string, fullName: string } | null }> };

export type InformationRiskQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InformationRiskQuery = { __typename?: 'Query', informationRisk?: { __typename?: 'InformationRisk', id: string, number: string, version: number, status: InformationRiskStatus, url: string, source: string, title: string, excerpt: string, detectedAt: string, reach?: number | null, routedBy: RoutingSource, verificationOutcome?: VerificationOutcome | null, verificationNote?: string | null, proposalText?: string | null, proposalSentAt?: string | null, publishedUrl?: string | null, publishedAt?: string | null, distributionOutlet?: string | null, distributedAt?: string | null, closedAt?: string | null, dismissReason?: string | null, topic: { __typename?: 'Topic', code: string, title: string, level: number }, agency: { __typename?: 'Agency', id: string, shortName: string, name: string }, deadlines: Array<{ __typename?: 'Deadline', id: string, kind: DeadlineKind, status: DeadlineStatus, startedAt: string, dueAt: string, completedAt?: string | null, explanation: { __typename?: 'DeadlineExplanation', timeZone: string, startedAt: string, startDate?: string | null, daysCounted: number, hoursCounted: number, lastDayBeforeShift?: string | null, dueAt: string, warnings: Array<string>, summary: string, policyId?: string | null, rule: { __typename?: 'DeadlineRule', kind: DeadlineRuleKind, amount: number, nonWorkingEnd: NonWorkingEndRule }, nonWorkingDaysSkipped: Array<{ __typename?: 'SkippedDay', date: string, reason: string }>, shift?: { __typename?: 'DeadlineShift', direction: DeadlineShiftDirection, from: string, to: string, days: number } | null, recomputations: Array<{ __typename?: 'DeadlineRecomputation', at: string, previousDueAt: string, dueAt: string, reason: string }> } }>, drafts: Array<{ __typename?: 'CommentDraft', id: string, versionNumber: number, falseStatement?: string | null, agencyAccount?: string | null, arguments?: string | null, authorName: string, authorRole: CommentAuthorRole, submittedAt: string, reviewOutcome?: DraftReviewOutcome | null, reviewedAt?: string | null, remarks?: string | null, supersededAt?: string | null, topic?: { __typename?: 'Topic', code: string, title: string } | null, submittedBy?: { __typename?: 'User', id: string, fullName: string } | null, reviewedBy?: { __typename?: 'User', id: string, fullName: string } | null }>, approvedDraft?: { __typename?: 'CommentDraft', id: string, versionNumber: number } | null, history: Array<{ __typename?: 'InformationRiskEvent', id: string, at: string, kind: InformationRiskEventKind, fromStatus?: InformationRiskStatus | null, toStatus: InformationRiskStatus, note?: string | null, actor?: { __typename?: 'User', id: string, fullName: string } | null }> } | null };

export type DetectInformationRiskMutationVariables = Exact<{
  input: DetectInformationRiskInput;
}>;


export type DetectInformationRiskMutation = { __typename?: 'Mutation', detectInformationRisk: { __typename?: 'DetectInformationRiskPayload', informationRisk: { __typename?: 'InformationRisk', id: string, number: string, agency: { __typename?: 'Agency', id: string, shortName: string } } } };

export type RequestInformationRiskVerificationMutationVariables = Exact<{
  input: RequestInformationRiskVerificationInput;
}>;


export type RequestInformationRiskVerificationMutation = { __typename?: 'Mutation', requestInformationRiskVerification: { __typename?: 'RequestInformationRiskVerificationPayload', informationRisk: { __typename?: 'InformationRisk', id: string, number: string, version: number, status: InformationRiskStatus, url: string, source: string, title: string, excerpt: string, detectedAt: string, reach?: number | null, routedBy: RoutingSource, verificationOutcome?: VerificationOutcome | null, verificationNote?: string | null, proposalText?: string | null, proposalSentAt?: string | null, publishedUrl?: string | null, publishedAt?: string | null, distributionOutlet?: string | null, distributedAt?: string | null, closedAt?: string | null, dismissReason?: string | null, topic: { __typename?: 'Topic', code: string, title: string, level: number }, agency: { __typename?: 'Agency', id: string, shortName: string, name: string }, deadlines: Array<{ __typename?: 'Deadline', id: string, kind: DeadlineKind, status: DeadlineStatus, startedAt: string, dueAt: string, completedAt?: string | null, explanation: { __typename?: 'DeadlineExplanation', timeZone: string, startedAt: string, startDate?: string | null, daysCounted: number, hoursCounted: number, lastDayBeforeShift?: string | null, dueAt: string, warnings: Array<string>, summary: string, policyId?: string | null, rule: { __typename?: 'DeadlineRule', kind: DeadlineRuleKind, amount: number, nonWorkingEnd: NonWorkingEndRule }, nonWorkingDaysSkipped: Array<{ __typename?: 'SkippedDay', date: string, reason: string }>, shift?: { __typename?: 'DeadlineShift', direction: DeadlineShiftDirection, from: string, to: string, days: number } | null, recomputations: Array<{ __typename?: 'DeadlineRecomputation', at: string, previousDueAt: string, dueAt: string, reason: string }> } }>, drafts: Array<{ __typename?: 'CommentDraft', id: string, versionNumber: number, falseStatement?: string | null, agencyAccount?: string | null, arguments?: string | null, authorName: string, authorRole: CommentAuthorRole, submittedAt: string, reviewOutcome?: DraftReviewOutcome | null, reviewedAt?: string | null, remarks?: string | null, supersededAt?: string | null, topic?: { __typename?: 'Topic', code: string, title: string } | null, submittedBy?: { __typename?: 'User', id: string, fullName: string } | null, reviewedBy?: { __typename?: 'User', id: string, fullName: string } | null }>, approvedDraft?: { __typename?: 'CommentDraft', id: string, versionNumber: number } | null, history: Array<{ __typename?: 'InformationRiskEvent', id: string, at: string, kind: InformationRiskEventKind, fromStatus?: InformationRiskStatus | null, toStatus: InformationRiskStatus, note?: string | null, actor?: { __typename?: 'User', id: string, fullName: string } | null }> } } };

export type RecordInformationRiskVerificationMutationVariables = Exact<{
  input: RecordInformationRiskVerificationInput;
}>;


export type RecordInformationRiskVerificationMutation = { __typename?: 'Mutation', recordInformationRiskVerification: { __typename?: 'RecordInformationRiskVerificationPayload', informationRisk: { __typename?: 'InformationRisk', id: string, number: string, version: number, status: InformationRiskStatus, url: string, source: string, title: string, excerpt: string, detectedAt: string, reach?: number | null, routedBy: RoutingSource, verificationOutcome?: VerificationOutcome | null, verificationNote?: string | null, proposalText?: string | null, proposalSentAt?: string | null, publishedUrl?: string | null, publishedAt?: string | null, distributionOutlet?: string | null, distributedAt?: string | null, closedAt?: string | null, dismissReason?: string | null, topic: { __typename?: 'Topic', code: string, title: string, level: number }, agency: { __typename?: 'Agency', id: string, shortName: string, name: string }, deadlines: Array<{ __typename?: 'Deadline', id: string, kind: DeadlineKind, status: DeadlineStatus, startedAt: string, dueAt: string, completedAt?: string | null, explanation: { __typename?: 'DeadlineExplanation', timeZone: string, startedAt: string, startDate?: string | null, daysCounted: number, hoursCounted: number, lastDayBeforeShift?: string | null, dueAt: string, warnings: Array<string>, summary: string, policyId?: string | null, rule: { __typename?: 'DeadlineRule', kind: DeadlineRuleKind, amount: number, nonWorkingEnd: NonWorkingEndRule }, nonWorkingDaysSkipped: Array<{ __typename?: 'SkippedDay', date: string, reason: string }>, shift?: { __typename?: 'DeadlineShift', direction: DeadlineShiftDirection, from: string, to: string, days: number } | null, recomputations: Array<{ __typename?: 'DeadlineRecomputation', at: string, previousDueAt: string, dueAt: string, reason: string }> } }>, drafts: Array<{ __typename?: 'CommentDraft', id: string, versionNumber: number, falseStatement?: string | null, agencyAccount?: string | null, arguments?: string | null, authorName: string, authorRole: CommentAuthorRole, submittedAt: string, reviewOutcome?: DraftReviewOutcome | null, reviewedAt?: string | null, remarks?: string | null, supersededAt?: string | null, topic?: { __typename?: 'Topic', code: string, title: string } | null, submittedBy?: { __typename?: 'User', id: string, fullName: string } | null, reviewedBy?: { __typename?: 'User', id: string, fullName: string } | null }>, approvedDraft?: { __typename?: 'CommentDraft', id: string, versionNumber: number } | null, history: Array<{ __typename?: 'InformationRiskEvent', id: string, at: string, kind: InformationRiskEventKind, fromStatus?: InformationRiskStatus | null, toStatus: InformationRiskStatus, note?: string | null, actor?: { __typename?: 'User', id: string, fullName: string } | null }> } } };

export type SendCommentProposalMutationVariables = Exact<{
  input: SendCommentProposalInput;
}>;


export type SendCommentProposalMutation = { __typename?: 'Mutation', sendCommentProposal: { __typename?: 'SendCommentProposalPayload', informationRisk: { __typename?: 'InformationRisk', id: string, number: string, version: number, status: InformationRiskStatus, url: string, source: string, title: string, excerpt: string, detectedAt: string, reach?: number | null, routedBy: RoutingSource, verificationOutcome?: VerificationOutcome | null, verificationNote?: string | null, proposalText?: string | null, proposalSentAt?: string | null, publishedUrl?: string | null, publishedAt?: string | null, distributionOutlet?: string | null, distributedAt?: string | null, closedAt?: string | null, dismissReason?: string | null, topic: { __typename?: 'Topic', code: string, title: string, level: number }, agency: { __typename?: 'Agency', id: string, shortName: string, name: string }, deadlines: Array<{ __typename?: 'Deadline', id: string, kind: DeadlineKind, status: DeadlineStatus, startedAt: string, dueAt: string, completedAt?: string | null, explanation: { __typename?: 'DeadlineExplanation', timeZone: string, startedAt: string, startDate?: string | null, daysCounted: number, hoursCounted: number, lastDayBeforeShift?: string | null, dueAt: string, warnings: Array<string>, summary: string, policyId?: string | null, rule: { __typename?: 'DeadlineRule', kind: DeadlineRuleKind, amount: number, nonWorkingEnd: NonWorkingEndRule }, nonWorkingDaysSkipped: Array<{ __typename?: 'SkippedDay', date: string, reason: string }>, shift?: { __typename?: 'DeadlineShift', direction: DeadlineShiftDirection, from: string, to: string, days: number } | null, recomputations: Array<{ __typename?: 'DeadlineRecomputation', at: string, previousDueAt: string, dueAt: string, reason: string }> } }>, drafts: Array<{ __typename?: 'CommentDraft', id: string, versionNumber: number, falseStatement?: string | null, agencyAccount?: string | null, arguments?: string | null, authorName: string, authorRole: CommentAuthorRole, submittedAt: string, reviewOutcome?: DraftReviewOutcome | null, reviewedAt?: string | null, remarks?: string | null, supersededAt?: string | null, topic?: { __typename?: 'Topic', code: string, title: string } | null, submittedBy?: { __typename?: 'User', id: string, fullName: string } | null, reviewedBy?: { __typename?: 'User', id: string, fullName: string } | null }>, approvedDraft?: { __typename?: 'CommentDraft', id: string, versionNumber: number } | null, history: Array<{ __typename?: 'InformationRiskEvent', id: string, at: string, kind: InformationRiskEventKind, fromStatus?: InformationRiskStatus | null, toStatus: InformationRiskStatus, note?: string | null, actor?: { __typename?: 'User', id: string, fullName: string } | null }> } } };

export type SubmitCommentDraftMutationVariables = Exact<{
  input: SubmitCommentDraftInput;
}>;


export type SubmitCommentDraftMutation = { __typename?: 'Mutation', submitCommentDraft: { __typename?: 'SubmitCommentDraftPayload', informationRisk: { __typename?: 'InformationRisk', id: string, number: string, version: number, status: InformationRiskStatus, url: string, source: string, title: string, excerpt: string, detectedAt: string, reach?: number | null, routedBy: RoutingSource, verificationOutcome?: VerificationOutcome | null, verificationNote?: string | null, proposalText?: string | null, proposalSentAt?: string | null, publishedUrl?: string | null, publishedAt?: string | null, distributionOutlet?: string | null, distributedAt?: string | null, closedAt?: string | null, dismissReason?: string | null, topic: { __typename?: 'Topic', code: string, title: string, level: number }, agency: { __typename?: 'Agency', id: string, shortName: string, name: string }, deadlines: Array<{ __typename?: 'Deadline', id: string, kind: DeadlineKind, status: DeadlineStatus, startedAt: string, dueAt: string, completedAt?: string | null, explanation: { __typename?: 'DeadlineExplanation', timeZone: string, startedAt: string, startDate?: string | null, daysCounted: number, hoursCounted: number, lastDayBeforeShift?: string | null, dueAt: string, warnings: Array<string>, summary: string, policyId?: string | null, rule: { __typename?: 'DeadlineRule', kind: DeadlineRuleKind, amount: number, nonWorkingEnd: NonWorkingEndRule }, nonWorkingDaysSkipped: Array<{ __typename?: 'SkippedDay', date: string, reason: string }>, shift?: { __typename?: 'DeadlineShift', direction: DeadlineShiftDirection, from: string, to: string, days: number } | null, recomputations: Array<{ __typename?: 'DeadlineRecomputation', at: string, previousDueAt: string, dueAt: string, reason: string }> } }>, drafts: Array<{ __typename?: 'CommentDraft', id: string, versionNumber: number, falseStatement?: string | null, agencyAccount?: string | null, arguments?: string | null, authorName: string, authorRole: CommentAuthorRole, submittedAt: string, reviewOutcome?: DraftReviewOutcome | null, reviewedAt?: string | null, remarks?: string | null, supersededAt?: string | null, topic?: { __typename?: 'Topic', code: string, title: string } | null, submittedBy?: { __typename?: 'User', id: string, fullName: string } | null, reviewedBy?: { __typename?: 'User', id: string, fullName: string } | null }>, approvedDraft?: { __typename?: 'CommentDraft', id: string, versionNumber: number } | null, history: Array<{ __typename?: 'InformationRiskEvent', id: string, at: string, kind: InformationRiskEventKind, fromStatus?: InformationRiskStatus | null, toStatus: InformationRiskStatus, note?: string | null, actor?: { __typename?: 'User', id: string, fullName: string } | null }> } } };

export type ApproveOfficialCommentMutationVariables = Exact<{
  input: ApproveOfficialCommentInput;
}>;


export type ApproveOfficialCommentMutation = { __typename?: 'Mutation', approveOfficialComment: { __typename?: 'ApproveOfficialCommentPayload', informationRisk: { __typename?: 'InformationRisk', id: string, number: string, version: number, status: InformationRiskStatus, url: string, source: string, title: string, excerpt: string, detectedAt: string, reach?: number | null, routedBy: RoutingSource, verificationOutcome?: VerificationOutcome | null, verificationNote?: string | null, proposalText?: string | null, proposalSentAt?: string | null, publishedUrl?: string | null, publishedAt?: string | null, distributionOutlet?: string | null, distributedAt?: string | null, closedAt?: string | null, dismissReason?: string | null, topic: { __typename?: 'Topic', code: string, title: string, level: number }, agency: { __typename?: 'Agency', id: string, shortName: string, name: string }, deadlines: Array<{ __typename?: 'Deadline', id: string, kind: DeadlineKind, status: DeadlineStatus, startedAt: string, dueAt: string, completedAt?: string | null, explanation: { __typename?: 'DeadlineExplanation', timeZone: string, startedAt: string, startDate?: string | null, daysCounted: number, hoursCounted: number, lastDayBeforeShift?: string | null, dueAt: string, warnings: Array<string>, summary: string, policyId?: string | null, rule: { __typename?: 'DeadlineRule', kind: DeadlineRuleKind, amount: number, nonWorkingEnd: NonWorkingEndRule }, nonWorkingDaysSkipped: Array<{ __typename?: 'SkippedDay', date: string, reason: string }>, shift?: { __typename?: 'DeadlineShift', direction: DeadlineShiftDirection, from: string, to: string, days: number } | null, recomputations: Array<{ __typename?: 'DeadlineRecomputation', at: string, previousDueAt: string, dueAt: string, reason: string }> } }>, drafts: Array<{ __typename?: 'CommentDraft', id: string, versionNumber: number, falseStatement?: string | null, agencyAccount?: string | null, arguments?: string | null, authorName: string, authorRole: CommentAuthorRole, submittedAt: string, reviewOutcome?: DraftReviewOutcome | null, reviewedAt?: string | null, remarks?: string | null, supersededAt?: string | null, topic?: { __typename?: 'Topic', code: string, title: string } | null, submittedBy?: { __typename?: 'User', id: string, fullName: string } | null, reviewedBy?: { __typename?: 'User', id: string, fullName: string } | null }>, approvedDraft?: { __typename?: 'CommentDraft', id: string, versionNumber: number } | null, history: Array<{ __typename?: 'InformationRiskEvent', id: string, at: string, kind: InformationRiskEventKind, fromStatus?: InformationRiskStatus | null, toStatus: InformationRiskStatus, note?: string | null, actor?: { __typename?: 'User', id: string, fullName: string } | null }> } } };

export type ReturnCommentDraftMutationVariables = Exact<{
  input: ReturnCommentDraftInput;
}>;


export type ReturnCommentDraftMutation = { __typename?: 'Mutation', returnCommentDraft: { __typename?: 'ReturnCommentDraftPayload', informationRisk: { __typename?: 'InformationRisk', id: string, number: string, version: number, status: InformationRiskStatus, url: string, source: string, title: string, excerpt: string, detectedAt: string, reach?: number | null, routedBy: RoutingSource, verificationOutcome?: VerificationOutcome | null, verificationNote?: string | null, proposalText?: string | null, proposalSentAt?: string | null, publishedUrl?: string | null, publishedAt?: string | null, distributionOutlet?: string | null, distributedAt?: string | null, closedAt?: string | null, dismissReason?: string | null, topic: { __typename?: 'Topic', code: string, title: string, level: number }, agency: { __typename?: 'Agency', id: string, shortName: string, name: string }, deadlines: Array<{ __typename?: 'Deadline', id: string, kind: DeadlineKind, status: DeadlineStatus, startedAt: string, dueAt: string, completedAt?: string | null, explanation: { __typename?: 'DeadlineExplanation', timeZone: string, startedAt: string, startDate?: string | null, daysCounted: number, hoursCounted: number, lastDayBeforeShift?: string | null, dueAt: string, warnings: Array<string>, summary: string, policyId?: string | null, rule: { __typename?: 'DeadlineRule', kind: DeadlineRuleKind, amount: number, nonWorkingEnd: NonWorkingEndRule }, nonWorkingDaysSkipped: Array<{ __typename?: 'SkippedDay', date: string, reason: string }>, shift?: { __typename?: 'DeadlineShift', direction: DeadlineShiftDirection, from: string, to: string, days: number } | null, recomputations: Array<{ __typename?: 'DeadlineRecomputation', at: string, previousDueAt: string, dueAt: string, reason: string }> } }>, drafts: Array<{ __typename?: 'CommentDraft', id: string, versionNumber: number, falseStatement?: string | null, agencyAccount?: string | null, arguments?: string | null, authorName: string, authorRole: CommentAuthorRole, submittedAt: string, reviewOutcome?: DraftReviewOutcome | null, reviewedAt?: string | null, remarks?: string | null, supersededAt?: string | null, topic?: { __typename?: 'Topic', code: string, title: string } | null, submittedBy?: { __typename?: 'User', id: string, fullName: string } | null, reviewedBy?: { __typename?: 'User', id: string, fullName: string } | null }>, approvedDraft?: { __typename?: 'CommentDraft', id: string, versionNumber: number } | null, history: Array<{ __typename?: 'InformationRiskEvent', id: string, at: string, kind: InformationRiskEventKind, fromStatus?: InformationRiskStatus | null, toStatus: InformationRiskStatus, note?: string | null, actor?: { __typename?: 'User', id: string, fullName: string } | null }> } } };

export type RecordCommentPublicationMutationVariables = Exact<{
  input: RecordCommentPublicationInput;
}>;


export type RecordCommentPublicationMutation = { __typename?: 'Mutation', recordCommentPublication: { __typename?: 'RecordCommentPublicationPayload', informationRisk: { __typename?: 'InformationRisk', id: string, number: string, version: number, status: InformationRiskStatus, url: string, source: string, title: string, excerpt: string, detectedAt: string, reach?: number | null, routedBy: RoutingSource, verificationOutcome?: VerificationOutcome | null, verificationNote?: string | null, proposalText?: string | null, proposalSentAt?: string | null, publishedUrl?: string | null, publishedAt?: string | null, distributionOutlet?: string | null, distributedAt?: string | null, closedAt?: string | null, dismissReason?: string | null, topic: { __typename?: 'Topic', code: string, title: string, level: number }, agency: { __typename?: 'Agency', id: string, shortName: string, name: string }, deadlines: Array<{ __typename?: 'Deadline', id: string, kind: DeadlineKind, status: DeadlineStatus, startedAt: string, dueAt: string, completedAt?: string | null, explanation: { __typename?: 'DeadlineExplanation', timeZone: string, startedAt: string, startDate?: string | null, daysCounted: number, hoursCounted: number, lastDayBeforeShift?: string | null, dueAt: string, warnings: Array<string>, summary: string, policyId?: string | null, rule: { __typename?: 'DeadlineRule', kind: DeadlineRuleKind, amount: number, nonWorkingEnd: NonWorkingEndRule }, nonWorkingDaysSkipped: Array<{ __typename?: 'SkippedDay', date: string, reason: string }>, shift?: { __typename?: 'DeadlineShift', direction: DeadlineShiftDirection, from: string, to: string, days: number } | null, recomputations: Array<{ __typename?: 'DeadlineRecomputation', at: string, previousDueAt: string, dueAt: string, reason: string }> } }>, drafts: Array<{ __typename?: 'CommentDraft', id: string, versionNumber: number, falseStatement?: string | null, agencyAccount?: string | null, arguments?: string | null, authorName: string, authorRole: CommentAuthorRole, submittedAt: string, reviewOutcome?: DraftReviewOutcome | null, reviewedAt?: string | null, remarks?: string | null, supersededAt?: string | null, topic?: { __typename?: 'Topic', code: string, title: string } | null, submittedBy?: { __typename?: 'User', id: string, fullName: string } | null, reviewedBy?: { __typename?: 'User', id: string, fullName: string } | null }>, approvedDraft?: { __typename?: 'CommentDraft', id: string, versionNumber: number } | null, history: Array<{ __typename?: 'InformationRiskEvent', id: string, at: string, kind: InformationRiskEventKind, fromStatus?: InformationRiskStatus | null, toStatus: InformationRiskStatus, note?: string | null, actor?: { __typename?: 'User', id: string, fullName: string } | null }> } } };

export type RecordCommentDistributionMutationVariables = Exact<{
  input: RecordCommentDistributionInput;
}>;


export type RecordCommentDistributionMutation = { __typename?: 'Mutation', recordCommentDistribution: { __typename?: 'RecordCommentDistributionPayload', informationRisk: { __typename?: 'InformationRisk', id: string, number: string, version: number, status: InformationRiskStatus, url: string, source: string, title: string, excerpt: string, detectedAt: string, reach?: number | null, routedBy: RoutingSource, verificationOutcome?: VerificationOutcome | null, verificationNote?: string | null, proposalText?: string | null, proposalSentAt?: string | null, publishedUrl?: string | null, publishedAt?: string | null, distributionOutlet?: string | null, distributedAt?: string | null, closedAt?: string | null, dismissReason?: string | null, topic: { __typename?: 'Topic', code: string, title: string, level: number }, agency: { __typename?: 'Agency', id: string, shortName: string, name: string }, deadlines: Array<{ __typename?: 'Deadline', id: string, kind: DeadlineKind, status: DeadlineStatus, startedAt: string, dueAt: string, completedAt?: string | null, explanation: { __typename?: 'DeadlineExplanation', timeZone: string, startedAt: string, startDate?: string | null, daysCounted: number, hoursCounted: number, lastDayBeforeShift?: string | null, dueAt: string, warnings: Array<string>, summary: string, policyId?: string | null, rule: { __typename?: 'DeadlineRule', kind: DeadlineRuleKind, amount: number, nonWorkingEnd: NonWorkingEndRule }, nonWorkingDaysSkipped: Array<{ __typename?: 'SkippedDay', date: string, reason: string }>, shift?: { __typename?: 'DeadlineShift', direction: DeadlineShiftDirection, from: string, to: string, days: number } | null, recomputations: Array<{ __typename?: 'DeadlineRecomputation', at: string, previousDueAt: string, dueAt: string, reason: string }> } }>, drafts: Array<{ __typename?: 'CommentDraft', id: string, versionNumber: number, falseStatement?: string | null, agencyAccount?: string | null, arguments?: string | null, authorName: string, authorRole: CommentAuthorRole, submittedAt: string, reviewOutcome?: DraftReviewOutcome | null, reviewedAt?: string | null, remarks?: string | null, supersededAt?: string | null, topic?: { __typename?: 'Topic', code: string, title: string } | null, submittedBy?: { __typename?: 'User', id: string, fullName: string } | null, reviewedBy?: { __typename?: 'User', id: string, fullName: string } | null }>, approvedDraft?: { __typename?: 'CommentDraft', id: string, versionNumber: number } | null, history: Array<{ __typename?: 'InformationRiskEvent', id: string, at: string, kind: InformationRiskEventKind, fromStatus?: InformationRiskStatus | null, toStatus: InformationRiskStatus, note?: string | null, actor?: { __typename?: 'User', id: string, fullName: string } | null }> } } };

export type CloseInformationRiskMutationVariables = Exact<{
  input: CloseInformationRiskInput;
}>;


export type CloseInformationRiskMutation = { __typename?: 'Mutation', closeInformationRisk: { __typename?: 'CloseInformationRiskPayload', informationRisk: { __typename?: 'InformationRisk', id: string, number: string, version: number, status: InformationRiskStatus, url: string, source: string, title: string, excerpt: string, detectedAt: string, reach?: number | null, routedBy: RoutingSource, verificationOutcome?: VerificationOutcome | null, verificationNote?: string | null, proposalText?: string | null, proposalSentAt?: string | null, publishedUrl?: string | null, publishedAt?: string | null, distributionOutlet?: string | null, distributedAt?: string | null, closedAt?: string | null, dismissReason?: string | null, topic: { __typename?: 'Topic', code: string, title: string, level: number }, agency: { __typename?: 'Agency', id: string, shortName: string, name: string }, deadlines: Array<{ __typename?: 'Deadline', id: string, kind: DeadlineKind, status: DeadlineStatus, startedAt: string, dueAt: string, completedAt?: string | null, explanation: { __typename?: 'DeadlineExplanation', timeZone: string, startedAt: string, startDate?: string | null, daysCounted: number, hoursCounted: number, lastDayBeforeShift?: string | null, dueAt: string, warnings: Array<string>, summary: string, policyId?: string | null, rule: { __typename?: 'DeadlineRule', kind: DeadlineRuleKind, amount: number, nonWorkingEnd: NonWorkingEndRule }, nonWorkingDaysSkipped: Array<{ __typename?: 'SkippedDay', date: string, reason: string }>, shift?: { __typename?: 'DeadlineShift', direction: DeadlineShiftDirection, from: string, to: string, days: number } | null, recomputations: Array<{ __typename?: 'DeadlineRecomputation', at: string, previousDueAt: string, dueAt: string, reason: string }> } }>, drafts: Array<{ __typename?: 'CommentDraft', id: string, versionNumber: number, falseStatement?: string | null, agencyAccount?: string | null, arguments?: string | null, authorName: string, authorRole: CommentAuthorRole, submittedAt: string, reviewOutcome?: DraftReviewOutcome | null, reviewedAt?: string | null, remarks?: string | null, supersededAt?: string | null, topic?: { __typename?: 'Topic', code: string, title: string } | null, submittedBy?: { __typename?: 'User', id: string, fullName: string } | null, reviewedBy?: { __typename?: 'User', id: string, fullName: string } | null }>, approvedDraft?: { __typename?: 'CommentDraft', id: string, versionNumber: number } | null, history: Array<{ __typename?: 'InformationRiskEvent', id: string, at: string, kind: InformationRiskEventKind, fromStatus?: InformationRiskStatus | null, toStatus: InformationRiskStatus, note?: string | null, actor?: { __typename?: 'User', id: string, fullName: string } | null }> } } };

export type DismissInformationRiskMutationVariables = Exact<{
  input: DismissInformationRiskInput;
}>;


export type DismissInformationRiskMutation = { __typename?: 'Mutation', dismissInformationRisk: { __typename?: 'DismissInformationRiskPayload', informationRisk: { __typename?: 'InformationRisk', id: string, number: string, version: number, status: InformationRiskStatus, url: string, source: string, title: string, excerpt: string, detectedAt: string, reach?: number | null, routedBy: RoutingSource, verificationOutcome?: VerificationOutcome | null, verificationNote?: string | null, proposalText?: string | null, proposalSentAt?: string | null, publishedUrl?: string | null, publishedAt?: string | null, distributionOutlet?: string | null, distributedAt?: string | null, closedAt?: string | null, dismissReason?: string | null, topic: { __typename?: 'Topic', code: string, title: string, level: number }, agency: { __typename?: 'Agency', id: string, shortName: string, name: string }, deadlines: Array<{ __typename?: 'Deadline', id: string, kind: DeadlineKind, status: DeadlineStatus, startedAt: string, dueAt: string, completedAt?: string | null, explanation: { __typename?: 'DeadlineExplanation', timeZone: string, startedAt: string, startDate?: string | null, daysCounted: number, hoursCounted: number, lastDayBeforeShift?: string | null, dueAt: string, warnings: Array<string>, summary: string, policyId?: string | null, rule: { __typename?: 'DeadlineRule', kind: DeadlineRuleKind, amount: number, nonWorkingEnd: NonWorkingEndRule }, nonWorkingDaysSkipped: Array<{ __typename?: 'SkippedDay', date: string, reason: string }>, shift?: { __typename?: 'DeadlineShift', direction: DeadlineShiftDirection, from: string, to: string, days: number } | null, recomputations: Array<{ __typename?: 'DeadlineRecomputation', at: string, previousDueAt: string, dueAt: string, reason: string }> } }>, drafts: Array<{ __typename?: 'CommentDraft', id: string, versionNumber: number, falseStatement?: string | null, agencyAccount?: string | null, arguments?: string | null, authorName: string, authorRole: CommentAuthorRole, submittedAt: string, reviewOutcome?: DraftReviewOutcome | null, reviewedAt?: string | null, remarks?: string | null, supersededAt?: string | null, topic?: { __typename?: 'Topic', code: string, title: string } | null, submittedBy?: { __typename?: 'User', id: string, fullName: string } | null, reviewedBy?: { __typename?: 'User', id: string, fullName: string } | null }>, approvedDraft?: { __typename?: 'CommentDraft', id: string, versionNumber: number } | null, history: Array<{ __typename?: 'InformationRiskEvent', id: string, at: string, kind: InformationRiskEventKind, fromStatus?: InformationRiskStatus | null, toStatus: InformationRiskStatus, note?: string | null, actor?: { __typename?: 'User', id: string, fullName: string } | null }> } } };

export type SupersedeOfficialCommentMutationVariables = Exact<{
  input: SupersedeOfficialCommentInput;
}>;


export type SupersedeOfficialCommentMutation = { __typename?: 'Mutation', supersedeOfficialComment: { __typename?: 'SupersedeOfficialCommentPayload', informationRisk: { __typename?: 'InformationRisk', id: string, number: string, version: number, status: InformationRiskStatus, url: string, source: string, title: string, excerpt: string, detectedAt: string, reach?: number | null, routedBy: RoutingSource, verificationOutcome?: VerificationOutcome | null, verificationNote?: string | null, proposalText?: string | null, proposalSentAt?: string | null, publishedUrl?: string | null, publishedAt?: string | null, distributionOutlet?: string | null, distributedAt?: string | null, closedAt?: string | null, dismissReason?: string | null, topic: { __typename?: 'Topic', code: string, title: string, level: number }, agency: { __typename?: 'Agency', id: string, shortName: string, name: string }, deadlines: Array<{ __typename?: 'Deadline', id: string, kind: DeadlineKind, status: DeadlineStatus, startedAt: string, dueAt: string, completedAt?: string | null, explanation: { __typename?: 'DeadlineExplanation', timeZone: string, startedAt: string, startDate?: string | null, daysCounted: number, hoursCounted: number, lastDayBeforeShift?: string | null, dueAt: string, warnings: Array<string>, summary: string, policyId?: string | null, rule: { __typename?: 'DeadlineRule', kind: DeadlineRuleKind, amount: number, nonWorkingEnd: NonWorkingEndRule }, nonWorkingDaysSkipped: Array<{ __typename?: 'SkippedDay', date: string, reason: string }>, shift?: { __typename?: 'DeadlineShift', direction: DeadlineShiftDirection, from: string, to: string, days: number } | null, recomputations: Array<{ __typename?: 'DeadlineRecomputation', at: string, previousDueAt: string, dueAt: string, reason: string }> } }>, drafts: Array<{ __typename?: 'CommentDraft', id: string, versionNumber: number, falseStatement?: string | null, agencyAccount?: string | null, arguments?: string | null, authorName: string, authorRole: CommentAuthorRole, submittedAt: string, reviewOutcome?: DraftReviewOutcome | null, reviewedAt?: string | null, remarks?: string | null, supersededAt?: string | null, topic?: { __typename?: 'Topic', code: string, title: string } | null, submittedBy?: { __typename?: 'User', id: string, fullName: string } | null, reviewedBy?: { __typename?: 'User', id: string, fullName: string } | null }>, approvedDraft?: { __typename?: 'CommentDraft', id: string, versionNumber: number } | null, history: Array<{ __typename?: 'InformationRiskEvent', id: string, at: string, kind: InformationRiskEventKind, fromStatus?: InformationRiskStatus | null, toStatus: InformationRiskStatus, note?: string | null, actor?: { __typename?: 'User', id: string, fullName: string } | null }> } } };

export type RerouteInformationRiskMutationVariables = Exact<{
  input: RerouteInformationRiskInput;
}>;


export type RerouteInformationRiskMutation = { __typename?: 'Mutation', rerouteInformationRisk: { __typename?: 'RerouteInformationRiskPayload', informationRisk: { __typename?: 'InformationRisk', id: string, number: string, version: number, status: InformationRiskStatus, url: string, source: string, title: string, excerpt: string, detectedAt: string, reach?: number | null, routedBy: RoutingSource, verificationOutcome?: VerificationOutcome | null, verificationNote?: string | null, proposalText?: string | null, proposalSentAt?: string | null, publishedUrl?: string | null, publishedAt?: string | null, distributionOutlet?: string | null, distributedAt?: string | null, closedAt?: string | null, dismissReason?: string | null, topic: { __typename?: 'Topic', code: string, title: string, level: number }, agency: { __typename?: 'Agency', id: string, shortName: string, name: string }, deadlines: Array<{ __typename?: 'Deadline', id: string, kind: DeadlineKind, status: DeadlineStatus, startedAt: string, dueAt: string, completedAt?: string | null, explanation: { __typename?: 'DeadlineExplanation', timeZone: string, startedAt: string, startDate?: string | null, daysCounted: number, hoursCounted: number, lastDayBeforeShift?: string | null, dueAt: string, warnings: Array<string>, summary: string, policyId?: string | null, rule: { __typename?: 'DeadlineRule', kind: DeadlineRuleKind, amount: number, nonWorkingEnd: NonWorkingEndRule }, nonWorkingDaysSkipped: Array<{ __typename?: 'SkippedDay', date: string, reason: string }>, shift?: { __typename?: 'DeadlineShift', direction: DeadlineShiftDirection, from: string, to: string, days: number } | null, recomputations: Array<{ __typename?: 'DeadlineRecomputation', at: string, previousDueAt: string, dueAt: string, reason: string }> } }>, drafts: Array<{ __typename?: 'CommentDraft', id: string, versionNumber: number, falseStatement?: string | null, agencyAccount?: string | null, arguments?: string | null, authorName: string, authorRole: CommentAuthorRole, submittedAt: string, reviewOutcome?: DraftReviewOutcome | null, reviewedAt?: string | null, remarks?: string | null, supersededAt?: string | null, topic?: { __typename?: 'Topic', code: string, title: string } | null, submittedBy?: { __typename?: 'User', id: string, fullName: string } | null, reviewedBy?: { __typename?: 'User', id: string, fullName: string } | null }>, approvedDraft?: { __typename?: 'CommentDraft', id: string, versionNumber: number } | null, history: Array<{ __typename?: 'InformationRiskEvent', id: string, at: string, kind: InformationRiskEventKind, fromStatus?: InformationRiskStatus | null, toStatus: InformationRiskStatus, note?: string | null, actor?: { __typename?: 'User', id: string, fullName: string } | null }> } } };

export type CommentRoutingRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type CommentRoutingRulesQuery = { __typename?: 'Query', commentRoutingRules: Array<{ __typename?: 'CommentRoutingRule', id: string, topic: { __typename?: 'Topic', code: string, title: string }, agency: { __typename?: 'Agency', id: string, shortName: string, name: string } }> };

export type SetCommentRouteMutationVariables = Exact<{
  input: SetCommentRouteInput;
}>;


export type SetCommentRouteMutation = { __typename?: 'Mutation', setCommentRoute: { __typename?: 'SetCommentRoutePayload', rule: { __typename?: 'CommentRoutingRule', id: string, topic: { __typename?: 'Topic', code: string, title: string }, agency: { __typename?: 'Agency', id: string, shortName: string, name: string } } } };

export type RemoveCommentRouteMutationVariables = Exact<{
  input: RemoveCommentRouteInput;
}>;


export type RemoveCommentRouteMutation = { __typename?: 'Mutation', removeCommentRoute: { __typename?: 'RemoveCommentRoutePayload', removed: boolean } };

export type DeadlineCountdownSubscriptionVariables = Exact<{
  filter?: InputMaybe<DeadlineCountdownFilter>;
}>;


export type DeadlineCountdownSubscription = { __typename?: 'Subscription', deadlineCountdown: { __typename?: 'DeadlineCountdownFrame', sentAt: string, reason: CountdownFrameReason, changedDeadlineIds: Array<string>, deadlines: Array<{ __typename?: 'CountdownEntry', id: string, kind: DeadlineKind, subjectType: string, subjectId: string, subjectLabel: string, agencyId?: string | null, agencyShortName?: string | null, startedAt: string, dueAt: string, remainingSeconds: number, elapsedShare: number, state: CountdownState }> } };

export type AppealImportFieldsFragment = { __typename?: 'AppealImport', id: string, fileName: string, state: ImportRunState, startedAt: string, finishedAt?: string | null, startedByEmail?: string | null, rowsRead: number, rowsImported: number, rowsSkipped: number, rowsRejected: number, rowsPerSecond: number, fileShareRead?: number | null, reportUrl?: string | null, error?: string | null };

export type ImportMappingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportMappingsQuery = { __typename?: 'Query', importMappings: Array<{ __typename?: 'ImportMappingInfo', name: string, description?: string | null }> };

export type AppealImportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AppealImportQuery = { __typename?: 'Query', appealImport: { __typename?: 'AppealImport', id: string, fileName: string, state: ImportRunState, startedAt: string, finishedAt?: string | null, startedByEmail?: string | null, rowsRead: number, rowsImported: number, rowsSkipped: number, rowsRejected: number, rowsPerSecond: number, fileShareRead?: number | null, reportUrl?: string | null, error?: string | null } };

export type AppealImportsQueryVariables = Exact<{
  page?: InputMaybe<AppealImportPageInput>;
}>;


export type AppealImportsQuery = { __typename?: 'Query', appealImports: { __typename?: 'AppealImportConnection', totalCount: number, edges: Array<{ __typename?: 'AppealImportEdge', node: { __typename?: 'AppealImport', id: string, fileName: string, state: ImportRunState, startedAt: string, finishedAt?: string | null, startedByEmail?: string | null, rowsRead: number, rowsImported: number, rowsSkipped: number, rowsRejected: number, rowsPerSecond: number, fileShareRead?: number | null, reportUrl?: string | null, error?: string | null } }> } };

export type StartAppealImportMutationVariables = Exact<{
  input: StartAppealImportInput;
}>;


export type StartAppealImportMutation = { __typename?: 'Mutation', startAppealImport: { __typename?: 'StartAppealImportPayload', appealImport: { __typename?: 'AppealImport', id: string, fileName: string, state: ImportRunState, startedAt: string, finishedAt?: string | null, startedByEmail?: string | null, rowsRead: number, rowsImported: number, rowsSkipped: number, rowsRejected: number, rowsPerSecond: number, fileShareRead?: number | null, reportUrl?: string | null, error?: string | null } } };

export type StoredFileDetailsFragment = { __typename?: 'StoredFile', id: string, fileName: string, mediaType: string, size: number, sha256: string, uploadedAt: string, url: string };

export type AppealIntakeDetailsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AppealIntakeDetailsQuery = { __typename?: 'Query', appeal?: { __typename?: 'Appeal', id: string, collective: boolean, questionSubtype?: { __typename?: 'QuestionType', code: string, name: string } | null, coAppellants: Array<{ __typename?: 'CoAppellant', kind: AppellantKind, name: string, email?: string | null, phone?: string | null, address?: string | null, inn?: string | null }>, attachments: Array<{ __typename?: 'StoredFile', id: string, fileName: string, mediaType: string, size: number, sha256: string, uploadedAt: string, url: string }> } | null };

export type AddAppealAttachmentsMutationVariables = Exact<{
  input: AddAppealAttachmentsInput;
}>;


export type AddAppealAttachmentsMutation = { __typename?: 'Mutation', addAppealAttachments: { __typename?: 'AddAppealAttachmentsPayload', appeal: { __typename?: 'Appeal', id: string, attachments: Array<{ __typename?: 'StoredFile', id: string, fileName: string, mediaType: string, size: number, sha256: string, uploadedAt: string, url: string }>, history: Array<{ __typename?: 'AppealEvent', id: string, kind: AppealEventKind, note?: string | null, at: string }> } } };

export type AppealSearchHighlightsQueryVariables = Exact<{
  filter?: InputMaybe<AppealFilter>;
  orderBy?: InputMaybe<AppealOrder>;
  page?: InputMaybe<AppealsPageInput>;
  text: Scalars['String']['input'];
}>;


export type AppealSearchHighlightsQuery = { __typename?: 'Query', appeals: { __typename?: 'AppealConnection', edges: Array<{ __typename?: 'AppealEdge', node: { __typename?: 'Appeal', id: string, searchMatches?: { __typename?: 'AppealSearchMatches', rank: number, highlights: Array<{ __typename?: 'SearchHighlight', field: AppealSearchField, segments: Array<{ __typename?: 'HighlightSegment', text: string, matched: boolean }> }> } | null } }> } };

export type FileUploadLimitsQueryVariables = Exact<{ [key: string]: never; }>;


export type FileUploadLimitsQuery = { __typename?: 'Query', fileUploadLimits: { __typename?: 'FileUploadLimits', maxBytes: number, maxFilesPerUpload: number, mediaTypes: Array<string>, extensions: Array<string>, typeLabels: Array<string> } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { __typename?: 'Query', unreadNotificationCount: number };

export type NotificationsQueryVariables = Exact<{
  unreadOnly?: Scalars['Boolean']['input'];
}>;


export type NotificationsQuery = { __typename?: 'Query', notifications: Array<{ __typename?: 'Notification', id: string, kind: NotificationKind, title: string, body: string, createdAt: string, readAt?: string | null, subjectType?: string | null, subjectId?: string | null }> };

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkNotificationsReadMutation = { __typename?: 'Mutation', markNotificationsRead: { __typename?: 'MarkNotificationsReadPayload', markedCount: number } };

export type TopicsQueryVariables = Exact<{
  filter?: InputMaybe<TopicFilter>;
}>;


export type TopicsQuery = { __typename?: 'Query', topics: Array<{ __typename?: 'Topic', code: string, title: string, level: number, parentCode?: string | null }> };

export type QuestionTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type QuestionTypesQuery = { __typename?: 'Query', questionTypes: Array<{ __typename?: 'QuestionType', code: string, name: string, record: QuestionTypeRecord, typeCode?: string | null }> };

export type MunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type MunicipalitiesQuery = { __typename?: 'Query', municipalities: Array<{ __typename?: 'Municipality', oktmo: string, name: string, kind: string, parentOktmo?: string | null }> };

export type TopicQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type TopicQuery = { __typename?: 'Query', topic?: { __typename?: 'Topic', code: string, title: string, level: number, parentCode?: string | null } | null };

export type RepeatSuggestionDetailsFragment = { __typename?: 'AppealRepeatSuggestion', id: string, similarity: number, sameTopic: boolean, matchedBy: Array<RepeatMatchKey>, status: RepeatSuggestionStatus, note?: string | null, decidedAt?: string | null, decidedBy?: { __typename?: 'User', id: string, fullName: string } | null, earlierAppeal?: { __typename?: 'Appeal', id: string, number: string, status: AppealStatus, receivedAt: string, appellantName: string, text: string, topic: { __typename?: 'Topic', code: string, title: string } } | null };

export type AppealRepeatsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AppealRepeatsQuery = { __typename?: 'Query', appeal?: { __typename?: 'Appeal', id: string, version: number, repeatOf?: { __typename?: 'Appeal', id: string, number: string, receivedAt: string } | null, repeatSuggestions: Array<{ __typename?: 'AppealRepeatSuggestion', id: string, similarity: number, sameTopic: boolean, matchedBy: Array<RepeatMatchKey>, status: RepeatSuggestionStatus, note?: string | null, decidedAt?: string | null, decidedBy?: { __typename?: 'User', id: string, fullName: string } | null, earlierAppeal?: { __typename?: 'Appeal', id: string, number: string, status: AppealStatus, receivedAt: string, appellantName: string, text: string, topic: { __typename?: 'Topic', code: string, title: string } } | null }> } | null };

export type ConfirmAppealRepeatMutationVariables = Exact<{
  input: ConfirmAppealRepeatInput;
}>;


export type ConfirmAppealRepeatMutation = { __typename?: 'Mutation', confirmAppealRepeat: { __typename?: 'ConfirmAppealRepeatPayload', suggestion: { __typename?: 'AppealRepeatSuggestion', id: string, similarity: number, sameTopic: boolean, matchedBy: Array<RepeatMatchKey>, status: RepeatSuggestionStatus, note?: string | null, decidedAt?: string | null, decidedBy?: { __typename?: 'User', id: string, fullName: string } | null, earlierAppeal?: { __typename?: 'Appeal', id: string, number: string, status: AppealStatus, receivedAt: string, appellantName: string, text: string, topic: { __typename?: 'Topic', code: string, title: string } } | null }, appeal: { __typename?: 'Appeal', id: string, version: number } } };

export type RejectAppealRepeatMutationVariables = Exact<{
  input: RejectAppealRepeatInput;
}>;


export type RejectAppealRepeatMutation = { __typename?: 'Mutation', rejectAppealRepeat: { __typename?: 'RejectAppealRepeatPayload', suggestion: { __typename?: 'AppealRepeatSuggestion', id: string, similarity: number, sameTopic: boolean, matchedBy: Array<RepeatMatchKey>, status: RepeatSuggestionStatus, note?: string | null, decidedAt?: string | null, decidedBy?: { __typename?: 'User', id: string, fullName: string } | null, earlierAppeal?: { __typename?: 'Appeal', id: string, number: string, status: AppealStatus, receivedAt: string, appellantName: string, text: string, topic: { __typename?: 'Topic', code: string, title: string } } | null }, appeal: { __typename?: 'Appeal', id: string, version: number } } };

export type ProblemSummaryFragment = { __typename?: 'Problem', id: string, title: string, status: ProblemStatus, createdAt: string, roadmapStartedOn?: string | null, version: number, topic: { __typename?: 'Topic', code: string, title: string }, municipality?: { __typename?: 'Municipality', oktmo: string, name: string } | null };

export type RoadmapMeasureDetailsFragment = { __typename?: 'RoadmapMeasure', id: string, title: string, dueDate: string, status: RoadmapMeasureStatus, note?: string | null, doneAt?: string | null, overdue: boolean, responsibleAgency: { __typename?: 'Agency', id: string, shortName: string } };

export type ProblemsQueryVariables = Exact<{
  filter?: InputMaybe<ProblemFilter>;
  page?: InputMaybe<ProblemsPageInput>;
}>;


export type ProblemsQuery = { __typename?: 'Query', problems: { __typename?: 'ProblemConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, edges: Array<{ __typename?: 'ProblemEdge', node: { __typename?: 'Problem', id: string, title: string, status: ProblemStatus, createdAt: string, roadmapStartedOn?: string | null, version: number, measures: Array<{ __typename?: 'RoadmapMeasure', id: string, status: RoadmapMeasureStatus, overdue: boolean }>, topic: { __typename?: 'Topic', code: string, title: string }, municipality?: { __typename?: 'Municipality', oktmo: string, name: string } | null } }> } };

export type ProblemSuggestionsQueryVariables = Exact<{
  filter?: InputMaybe<ProblemSuggestionFilter>;
}>;


export type ProblemSuggestionsQuery = { __typename?: 'Query', problemSuggestions: Array<{ __typename?: 'ProblemSuggestion', appealCount: number, firstReceivedAt: string, lastReceivedAt: string, topic: { __typename?: 'Topic', code: string, title: string }, municipality: { __typename?: 'Municipality', oktmo: string, name: string } }> };

export type ProblemQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  granularity: VolumeGranularity;
}>;


export type ProblemQuery = { __typename?: 'Query', problem?: { __typename?: 'Problem', description?: string | null, resolvedAt?: string | null, id: string, title: string, status: ProblemStatus, createdAt: string, roadmapStartedOn?: string | null, version: number, createdBy?: { __typename?: 'User', id: string, fullName: string } | null, measures: Array<{ __typename?: 'RoadmapMeasure', id: string, title: string, dueDate: string, status: RoadmapMeasureStatus, note?: string | null, doneAt?: string | null, overdue: boolean, responsibleAgency: { __typename?: 'Agency', id: string, shortName: string } }>, volume: Array<{ __typename?: 'VolumePoint', periodStart: string, count: number }>, volumeBeforeAfter?: { __typename?: 'VolumeBeforeAfter', startedOn: string, windowDays: number, before: number, after: number } | null, topic: { __typename?: 'Topic', code: string, title: string }, municipality?: { __typename?: 'Municipality', oktmo: string, name: string } | null } | null };

export type CreateProblemMutationVariables = Exact<{
  input: CreateProblemInput;
}>;


export type CreateProblemMutation = { __typename?: 'Mutation', createProblem: { __typename?: 'CreateProblemPayload', problem: { __typename?: 'Problem', id: string, title: string, status: ProblemStatus, createdAt: string, roadmapStartedOn?: string | null, version: number, topic: { __typename?: 'Topic', code: string, title: string }, municipality?: { __typename?: 'Municipality', oktmo: string, name: string } | null } } };

export type UpdateProblemMutationVariables = Exact<{
  input: UpdateProblemInput;
}>;


export type UpdateProblemMutation = { __typename?: 'Mutation', updateProblem: { __typename?: 'UpdateProblemPayload', problem: { __typename?: 'Problem', description?: string | null, id: string, title: string, status: ProblemStatus, createdAt: string, roadmapStartedOn?: string | null, version: number, topic: { __typename?: 'Topic', code: string, title: string }, municipality?: { __typename?: 'Municipality', oktmo: string, name: string } | null } } };

export type ResolveProblemMutationVariables = Exact<{
  input: ResolveProblemInput;
}>;


export type ResolveProblemMutation = { __typename?: 'Mutation', resolveProblem: { __typename?: 'ResolveProblemPayload', problem: { __typename?: 'Problem', resolvedAt?: string | null, id: string, title: string, status: ProblemStatus, createdAt: string, roadmapStartedOn?: string | null, version: number, topic: { __typename?: 'Topic', code: string, title: string }, municipality?: { __typename?: 'Municipality', oktmo: string, name: string } | null } } };

export type AddRoadmapMeasureMutationVariables = Exact<{
  input: AddRoadmapMeasureInput;
}>;


export type AddRoadmapMeasureMutation = { __typename?: 'Mutation', addRoadmapMeasure: { __typename?: 'AddRoadmapMeasurePayload', measure: { __typename?: 'RoadmapMeasure', id: string, title: string, dueDate: string, status: RoadmapMeasureStatus, note?: string | null, doneAt?: string | null, overdue: boolean, responsibleAgency: { __typename?: 'Agency', id: string, shortName: string } } } };

export type UpdateRoadmapMeasureMutationVariables = Exact<{
  input: UpdateRoadmapMeasureInput;
}>;


export type UpdateRoadmapMeasureMutation = { __typename?: 'Mutation', updateRoadmapMeasure: { __typename?: 'UpdateRoadmapMeasurePayload', measure: { __typename?: 'RoadmapMeasure', id: string, title: string, dueDate: string, status: RoadmapMeasureStatus, note?: string | null, doneAt?: string | null, overdue: boolean, responsibleAgency: { __typename?: 'Agency', id: string, shortName: string } } } };

export type ReportVersionDetailsFragment = { __typename?: 'QuarterlyReportVersion', id: string, number: number, status: ReportStatus, figuresComputedAt: string, mainProblems?: string | null, measuresTaken?: string | null, submittedAt?: string | null, submittedBy?: string | null, submittedLate: boolean, reviewedAt?: string | null, remarks?: string | null, figures: Array<{ __typename?: 'ReportFigure', key: string, group: string, prefilledValue: number, value: number, corrected: boolean }>, corrections: Array<{ __typename?: 'ReportCorrection', figure: string, prefilledValue: number, value: number, reason: string, correctedAt: string, correctedBy?: string | null }> };

export type QuarterlyReportDetailsFragment = { __typename?: 'QuarterlyReport', id: string, year: number, quarter: number, status: ReportStatus, openedAt: string, dueAt: string, currentVersion: number, firstSubmittedAt?: string | null, submittedLate: boolean, acceptedAt?: string | null, version: number, agency: { __typename?: 'Agency', id: string, shortName: string, name: string }, deadline?: { __typename?: 'Deadline', id: string, kind: DeadlineKind, status: DeadlineStatus, startedAt: string, dueAt: string, completedAt?: string | null, explanation: { __typename?: 'DeadlineExplanation', summary: string, warnings: Array<string> } } | null, current: { __typename?: 'QuarterlyReportVersion', id: string, number: number, status: ReportStatus, figuresComputedAt: string, mainProblems?: string | null, measuresTaken?: string | null, submittedAt?: string | null, submittedBy?: string | null, submittedLate: boolean, reviewedAt?: string | null, remarks?: string | null, figures: Array<{ __typename?: 'ReportFigure', key: string, group: string, prefilledValue: number, value: number, corrected: boolean }>, corrections: Array<{ __typename?: 'ReportCorrection', figure: string, prefilledValue: number, value: number, reason: string, correctedAt: string, correctedBy?: string | null }> }, versions: Array<{ __typename?: 'QuarterlyReportVersion', id: string, number: number, status: ReportStatus, figuresComputedAt: string, mainProblems?: string | null, measuresTaken?: string | null, submittedAt?: string | null, submittedBy?: string | null, submittedLate: boolean, reviewedAt?: string | null, remarks?: string | null, figures: Array<{ __typename?: 'ReportFigure', key: string, group: string, prefilledValue: number, value: number, corrected: boolean }>, corrections: Array<{ __typename?: 'ReportCorrection', figure: string, prefilledValue: number, value: number, reason: string, correctedAt: string, correctedBy?: string | null }> }> };

export type ReportBoardQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type ReportBoardQuery = { __typename?: 'Query', reportBoard: Array<{ __typename?: 'ReportBoardRow', agency: { __typename?: 'Agency', id: string, shortName: string, name: string }, cells: Array<{ __typename?: 'ReportBoardCell', quarter: number, overdue: boolean, report?: { __typename?: 'QuarterlyReport', id: string, status: ReportStatus, submittedLate: boolean, dueAt: string, currentVersion: number } | null }> }> };

export type QuarterlyReportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type QuarterlyReportQuery = { __typename?: 'Query', report?: { __typename?: 'QuarterlyReport', id: string, year: number, quarter: number, status: ReportStatus, openedAt: string, dueAt: string, currentVersion: number, firstSubmittedAt?: string | null, submittedLate: boolean, acceptedAt?: string | null, version: number, agency: { __typename?: 'Agency', id: string, shortName: string, name: string }, deadline?: { __typename?: 'Deadline', id: string, kind: DeadlineKind, status: DeadlineStatus, startedAt: string, dueAt: string, completedAt?: string | null, explanation: { __typename?: 'DeadlineExplanation', summary: string, warnings: Array<string> } } | null, current: { __typename?: 'QuarterlyReportVersion', id: string, number: number, status: ReportStatus, figuresComputedAt: string, mainProblems?: string | null, measuresTaken?: string | null, submittedAt?: string | null, submittedBy?: string | null, submittedLate: boolean, reviewedAt?: string | null, remarks?: string | null, figures: Array<{ __typename?: 'ReportFigure', key: string, group: string, prefilledValue: number, value: number, corrected: boolean }>, corrections: Array<{ __typename?: 'ReportCorrection', figure: string, prefilledValue: number, value: number, reason: string, correctedAt: string, correctedBy?: string | null }> }, versions: Array<{ __typename?: 'QuarterlyReportVersion', id: string, number: number, status: ReportStatus, figuresComputedAt: string, mainProblems?: string | null, measuresTaken?: string | null, submittedAt?: string | null, submittedBy?: string | null, submittedLate: boolean, reviewedAt?: string | null, remarks?: string | null, figures: Array<{ __typename?: 'ReportFigure', key: string, group: string, prefilledValue: number, value: number, corrected: boolean }>, corrections: Array<{ __typename?: 'ReportCorrection', figure: string, prefilledValue: number, value: number, reason: string, correctedAt: string, correctedBy?: string | null }> }> } | null };

export type CorrectReportFigureMutationVariables = Exact<{
  input: CorrectReportFigureInput;
}>;


export type CorrectReportFigureMutation = { __typename?: 'Mutation', correctReportFigure: { __typename?: 'QuarterlyReportPayload', report: { __typename?: 'QuarterlyReport', id: string, year: number, quarter: number, status: ReportStatus, openedAt: string, dueAt: string, currentVersion: number, firstSubmittedAt?: string | null, submittedLate: boolean, acceptedAt?: string | null, version: number, agency: { __typename?: 'Agency', id: string, shortName: string, name: string }, deadline?: { __typename?: 'Deadline', id: string, kind: DeadlineKind, status: DeadlineStatus, startedAt: string, dueAt: string, completedAt?: string | null, explanation: { __typename?: 'DeadlineExplanation', summary: string, warnings: Array<string> } } | null, current: { __typename?: 'QuarterlyReportVersion', id: string, number: number, status: ReportStatus, figuresComputedAt: string, mainProblems?: string | null, measuresTaken?: string | null, submittedAt?: string | null, submittedBy?: string | null, submittedLate: boolean, reviewedAt?: string | null, remarks?: string | null, figures: Array<{ __typename?: 'ReportFigure', key: string, group: string, prefilledValue: number, value: number, corrected: boolean }>, corrections: Array<{ __typename?: 'ReportCorrection', figure: string, prefilledValue: number, value: number, reason: string, correctedAt: string, correctedBy?: string | null }> }, versions: Array<{ __typename?: 'QuarterlyReportVersion', id: string, number: number, status: ReportStatus, figuresComputedAt: string, mainProblems?: string | null, measuresTaken?: string | null, submittedAt?: string | null, submittedBy?: string | null, submittedLate: boolean, reviewedAt?: string | null, remarks?: string | null, figures: Array<{ __typename?: 'ReportFigure', key: string, group: string, prefilledValue: number, value: number, corrected: boolean }>, corrections: Array<{ __typename?: 'ReportCorrection', figure: string, prefilledValue: number, value: number, reason: string, correctedAt: string, correctedBy?: string | null }> }> } } };

export type SaveReportAnalysisMutationVariables = Exact<{
  input: SaveReportAnalysisInput;
}>;


export type SaveReportAnalysisMutation = { __typename?: 'Mutation', saveReportAnalysis: { __typename?: 'QuarterlyReportPayload', report: { __typename?: 'QuarterlyReport', id: string, year: number, quarter: number, status: ReportStatus, openedAt: string, dueAt: string, currentVersion: number, firstSubmittedAt?: string | null, submittedLate: boolean, acceptedAt?: string | null, version: number, agency: { __typename?: 'Agency', id: string, shortName: string, name: string }, deadline?: { __typename?: 'Deadline', id: string, kind: DeadlineKind, status: DeadlineStatus, startedAt: string, dueAt: string, completedAt?: string | null, explanation: { __typename?: 'DeadlineExplanation', summary: string, warnings: Array<string> } } | null, current: { __typename?: 'QuarterlyReportVersion', id: string, number: number, status: ReportStatus, figuresComputedAt: string, mainProblems?: string | null, measuresTaken?: string | null, submittedAt?: string | null, submittedBy?: string | null, submittedLate: boolean, reviewedAt?: string | null, remarks?: string | null, figures: Array<{ __typename?: 'ReportFigure', key: string, group: string, prefilledValue: number, value: number, corrected: boolean }>, corrections: Array<{ __typename?: 'ReportCorrection', figure: string, prefilledValue: number, value: number, reason: string, correctedAt: string, correctedBy?: string | null }> }, versions: Array<{ __typename?: 'QuarterlyReportVersion', id: string, number: number, status: ReportStatus, figuresComputedAt: string, mainProblems?: string | null, measuresTaken?: string | null, submittedAt?: string | null, submittedBy?: string | null, submittedLate: boolean, reviewedAt?: string | null, remarks?: string | null, figures: Array<{ __typename?: 'ReportFigure', key: string, group: string, prefilledValue: number, value: number, corrected: boolean }>, corrections: Array<{ __typename?: 'ReportCorrection', figure: string, prefilledValue: number, value: number, reason: string, correctedAt: string, correctedBy?: string | null }> }> } } };

export type SubmitReportMutationVariables = Exact<{
  input: ReportStepInput;
}>;


export type SubmitReportMutation = { __typename?: 'Mutation', submitReport: { __typename?: 'QuarterlyReportPayload', report: { __typename?: 'QuarterlyReport', id: string, year: number, quarter: number, status: ReportStatus, openedAt: string, dueAt: string, currentVersion: number, firstSubmittedAt?: string | null, submittedLate: boolean, acceptedAt?: string | null, version: number, agency: { __typename?: 'Agency', id: string, shortName: string, name: string }, deadline?: { __typename?: 'Deadline', id: string, kind: DeadlineKind, status: DeadlineStatus, startedAt: string, dueAt: string, completedAt?: string | null, explanation: { __typename?: 'DeadlineExplanation', summary: string, warnings: Array<string> } } | null, current: { __typename?: 'QuarterlyReportVersion', id: string, number: number, status: ReportStatus, figuresComputedAt: string, mainProblems?: string | null, measuresTaken?: string | null, submittedAt?: string | null, submittedBy?: string | null, submittedLate: boolean, reviewedAt?: string | null, remarks?: string | null, figures: Array<{ __typename?: 'ReportFigure', key: string, group: string, prefilledValue: number, value: number, corrected: boolean }>, corrections: Array<{ __typename?: 'ReportCorrection', figure: string, prefilledValue: number, value: number, reason: string, correctedAt: string, correctedBy?: string | null }> }, versions: Array<{ __typename?: 'QuarterlyReportVersion', id: string, number: number, status: ReportStatus, figuresComputedAt: string, mainProblems?: string | null, measuresTaken?: string | null, submittedAt?: string | null, submittedBy?: string | null, submittedLate: boolean, reviewedAt?: string | null, remarks?: string | null, figures: Array<{ __typename?: 'ReportFigure', key: string, group: string, prefilledValue: number, value: number, corrected: boolean }>, corrections: Array<{ __typename?: 'ReportCorrection', figure: string, prefilledValue: number, value: number, reason: string, correctedAt: string, correctedBy?: string | null }> }> } } };

export type AcceptReportMutationVariables = Exact<{
  input: ReportStepInput;
}>;


export type AcceptReportMutation = { __typename?: 'Mutation', acceptReport: { __typename?: 'QuarterlyReportPayload', report: { __typename?: 'QuarterlyReport', id: string, year: number, quarter: number, status: ReportStatus, openedAt: string, dueAt: string, currentVersion: number, firstSubmittedAt?: string | null, submittedLate: boolean, acceptedAt?: string | null, version: number, agency: { __typename?: 'Agency', id: string, shortName: string, name: string }, deadline?: { __typename?: 'Deadline', id: string, kind: DeadlineKind, status: DeadlineStatus, startedAt: string, dueAt: string, completedAt?: string | null, explanation: { __typename?: 'DeadlineExplanation', summary: string, warnings: Array<string> } } | null, current: { __typename?: 'QuarterlyReportVersion', id: string, number: number, status: ReportStatus, figuresComputedAt: string, mainProblems?: string | null, measuresTaken?: string | null, submittedAt?: string | null, submittedBy?: string | null, submittedLate: boolean, reviewedAt?: string | null, remarks?: string | null, figures: Array<{ __typename?: 'ReportFigure', key: string, group: string, prefilledValue: number, value: number, corrected: boolean }>, corrections: Array<{ __typename?: 'ReportCorrection', figure: string, prefilledValue: number, value: number, reason: string, correctedAt: string, correctedBy?: string | null }> }, versions: Array<{ __typename?: 'QuarterlyReportVersion', id: string, number: number, status: ReportStatus, figuresComputedAt: string, mainProblems?: string | null, measuresTaken?: string | null, submittedAt?: string | null, submittedBy?: string | null, submittedLate: boolean, reviewedAt?: string | null, remarks?: string | null, figures: Array<{ __typename?: 'ReportFigure', key: string, group: string, prefilledValue: number, value: number, corrected: boolean }>, corrections: Array<{ __typename?: 'ReportCorrection', figure: string, prefilledValue: number, value: number, reason: string, correctedAt: string, correctedBy?: string | null }> }> } } };

export type ReturnReportMutationVariables = Exact<{
  input: ReturnReportInput;
}>;


export type ReturnReportMutation = { __typename?: 'Mutation', returnReport: { __typename?: 'QuarterlyReportPayload', report: { __typename?: 'QuarterlyReport', id: string, year: number, quarter: number, status: ReportStatus, openedAt: string, dueAt: string, currentVersion: number, firstSubmittedAt?: string | null, submittedLate: boolean, acceptedAt?: string | null, version: number, agency: { __typename?: 'Agency', id: string, shortName: string, name: string }, deadline?: { __typename?: 'Deadline', id: string, kind: DeadlineKind, status: DeadlineStatus, startedAt: string, dueAt: string, completedAt?: string | null, explanation: { __typename?: 'DeadlineExplanation', summary: string, warnings: Array<string> } } | null, current: { __typename?: 'QuarterlyReportVersion', id: string, number: number, status: ReportStatus, figuresComputedAt: string, mainProblems?: string | null, measuresTaken?: string | null, submittedAt?: string | null, submittedBy?: string | null, submittedLate: boolean, reviewedAt?: string | null, remarks?: string | null, figures: Array<{ __typename?: 'ReportFigure', key: string, group: string, prefilledValue: number, value: number, corrected: boolean }>, corrections: Array<{ __typename?: 'ReportCorrection', figure: string, prefilledValue: number, value: number, reason: string, correctedAt: string, correctedBy?: string | null }> }, versions: Array<{ __typename?: 'QuarterlyReportVersion', id: string, number: number, status: ReportStatus, figuresComputedAt: string, mainProblems?: string | null, measuresTaken?: string | null, submittedAt?: string | null, submittedBy?: string | null, submittedLate: boolean, reviewedAt?: string | null, remarks?: string | null, figures: Array<{ __typename?: 'ReportFigure', key: string, group: string, prefilledValue: number, value: number, corrected: boolean }>, corrections: Array<{ __typename?: 'ReportCorrection', figure: string, prefilledValue: number, value: number, reason: string, correctedAt: string, correctedBy?: string | null }> }> } } };

export type InformationRequestDetailsFragment = { __typename?: 'InformationRequest', id: string, number: string, subject: string, text: string, sentAt: string, dueAt: string, attachments: Array<{ __typename?: 'StoredFile', id: string, fileName: string, size: number, url: string }>, recipients: Array<{ __typename?: 'InformationRequestRecipient', id: string, answered: boolean, answerText?: string | null, answeredAt?: string | null, onTime?: boolean | null, attachments: Array<{ __typename?: 'StoredFile', id: string, fileName: string, size: number, url: string }>, agency: { __typename?: 'Agency', id: string, shortName: string, name: string } }> };

export type InformationRequestsQueryVariables = Exact<{
  filter?: InputMaybe<InformationRequestFilter>;
  page?: InputMaybe<InformationRequestsPageInput>;
}>;


export type InformationRequestsQuery = { __typename?: 'Query', informationRequests: { __typename?: 'InformationRequestConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, edges: Array<{ __typename?: 'InformationRequestEdge', cursor: string, node: { __typename?: 'InformationRequest', id: string, number: string, subject: string, sentAt: string, dueAt: string, recipients: Array<{ __typename?: 'InformationRequestRecipient', id: string, answered: boolean, onTime?: boolean | null }> } }> } };

export type InformationRequestQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InformationRequestQuery = { __typename?: 'Query', informationRequest?: { __typename?: 'InformationRequest', id: string, number: string, subject: string, text: string, sentAt: string, dueAt: string, attachments: Array<{ __typename?: 'StoredFile', id: string, fileName: string, size: number, url: string }>, recipients: Array<{ __typename?: 'InformationRequestRecipient', id: string, answered: boolean, answerText?: string | null, answeredAt?: string | null, onTime?: boolean | null, attachments: Array<{ __typename?: 'StoredFile', id: string, fileName: string, size: number, url: string }>, agency: { __typename?: 'Agency', id: string, shortName: string, name: string } }> } | null };

export type SendInformationRequestMutationVariables = Exact<{
  input: SendInformationRequestInput;
}>;


export type SendInformationRequestMutation = { __typename?: 'Mutation', sendInformationRequest: { __typename?: 'InformationRequestPayload', request: { __typename?: 'InformationRequest', id: string, number: string, subject: string, text: string, sentAt: string, dueAt: string, attachments: Array<{ __typename?: 'StoredFile', id: string, fileName: string, size: number, url: string }>, recipients: Array<{ __typename?: 'InformationRequestRecipient', id: string, answered: boolean, answerText?: string | null, answeredAt?: string | null, onTime?: boolean | null, attachments: Array<{ __typename?: 'StoredFile', id: string, fileName: string, size: number, url: string }>, agency: { __typename?: 'Agency', id: string, shortName: string, name: string } }> } } };

export type AnswerInformationRequestMutationVariables = Exact<{
  input: AnswerInformationRequestInput;
}>;


export type AnswerInformationRequestMutation = { __typename?: 'Mutation', answerInformationRequest: { __typename?: 'InformationRequestPayload', request: { __typename?: 'InformationRequest', id: string, number: string, subject: string, text: string, sentAt: string, dueAt: string, attachments: Array<{ __typename?: 'StoredFile', id: string, fileName: string, size: number, url: string }>, recipients: Array<{ __typename?: 'InformationRequestRecipient', id: string, answered: boolean, answerText?: string | null, answeredAt?: string | null, onTime?: boolean | null, attachments: Array<{ __typename?: 'StoredFile', id: string, fileName: string, size: number, url: string }>, agency: { __typename?: 'Agency', id: string, shortName: string, name: string } }> } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, email: string, fullName: string, role: UserRole, agency?: { __typename?: 'Agency', id: string, shortName: string, name: string } | null } | null };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'LoginPayload', token: string, expiresAt: string, user: { __typename?: 'User', id: string, email: string, fullName: string, role: UserRole } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: { __typename?: 'LogoutPayload', revoked: boolean } };

export const ContactOfficialDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactOfficialDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactOfficial"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"surname"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"patronymic"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<ContactOfficialDetailsFragment, unknown>;
export const ClockFiguresFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClockFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClockFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"averageMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"medianMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"maxMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"withinLimitShare"}}]}}]} as unknown as DocumentNode<ClockFiguresFieldsFragment, unknown>;
export const AppealReviewDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealReviewDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOnSubstance"}},{"kind":"Field","name":{"kind":"Name","value":"allQuestionsAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineMet"}},{"kind":"Field","name":{"kind":"Name","value":"rightsExplained"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"answerText"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<AppealReviewDetailsFragment, unknown>;
export const AppealFlagDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFlagDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealFlag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<AppealFlagDetailsFragment, unknown>;
export const AppealQualityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealQuality"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answerDraft"}},{"kind":"Field","name":{"kind":"Name","value":"answerDraftSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenable"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealReviewDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealFlagDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealReviewDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOnSubstance"}},{"kind":"Field","name":{"kind":"Name","value":"allQuestionsAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineMet"}},{"kind":"Field","name":{"kind":"Name","value":"rightsExplained"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"answerText"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFlagDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealFlag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<AppealQualityFragment, unknown>;
export const DeadlineDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daysCounted"}},{"kind":"Field","name":{"kind":"Name","value":"hoursCounted"}},{"kind":"Field","name":{"kind":"Name","value":"lastDayBeforeShift"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingDaysSkipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"recomputations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"previousDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<DeadlineDetailsFragment, unknown>;
export const AppealDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"appellantKind"}},{"kind":"Field","name":{"kind":"Name","value":"appellantName"}},{"kind":"Field","name":{"kind":"Name","value":"appellantEmail"}},{"kind":"Field","name":{"kind":"Name","value":"appellantPhone"}},{"kind":"Field","name":{"kind":"Name","value":"appellantAddress"}},{"kind":"Field","name":{"kind":"Name","value":"appellantInn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"answerText"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"extendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"extensionNoticeAt"}},{"kind":"Field","name":{"kind":"Name","value":"forwardingNoticeAt"}},{"kind":"Field","name":{"kind":"Name","value":"unansweredGround"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questionType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oktmo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daysCounted"}},{"kind":"Field","name":{"kind":"Name","value":"hoursCounted"}},{"kind":"Field","name":{"kind":"Name","value":"lastDayBeforeShift"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingDaysSkipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"recomputations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"previousDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<AppealDetailsFragment, unknown>;
export const InformationRiskListItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InformationRiskListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]} as unknown as DocumentNode<InformationRiskListItemFragment, unknown>;
export const CommentDraftDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentDraftDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommentDraft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"falseStatement"}},{"kind":"Field","name":{"kind":"Name","value":"agencyAccount"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}}]}}]} as unknown as DocumentNode<CommentDraftDetailsFragment, unknown>;
export const InformationRiskDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InformationRiskDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"routedBy"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verificationOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"verificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"proposalText"}},{"kind":"Field","name":{"kind":"Name","value":"proposalSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"distributionOutlet"}},{"kind":"Field","name":{"kind":"Name","value":"distributedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dismissReason"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentDraftDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedDraft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daysCounted"}},{"kind":"Field","name":{"kind":"Name","value":"hoursCounted"}},{"kind":"Field","name":{"kind":"Name","value":"lastDayBeforeShift"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingDaysSkipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"recomputations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"previousDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentDraftDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommentDraft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"falseStatement"}},{"kind":"Field","name":{"kind":"Name","value":"agencyAccount"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}}]}}]} as unknown as DocumentNode<InformationRiskDetailsFragment, unknown>;
export const AppealImportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedByEmail"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"rowsImported"}},{"kind":"Field","name":{"kind":"Name","value":"rowsSkipped"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRejected"}},{"kind":"Field","name":{"kind":"Name","value":"rowsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"fileShareRead"}},{"kind":"Field","name":{"kind":"Name","value":"reportUrl"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<AppealImportFieldsFragment, unknown>;
export const StoredFileDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoredFileDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoredFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]} as unknown as DocumentNode<StoredFileDetailsFragment, unknown>;
export const RepeatSuggestionDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RepeatSuggestionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealRepeatSuggestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"similarity"}},{"kind":"Field","name":{"kind":"Name","value":"sameTopic"}},{"kind":"Field","name":{"kind":"Name","value":"matchedBy"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"earlierAppeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appellantName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<RepeatSuggestionDetailsFragment, unknown>;
export const ProblemSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProblemSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Problem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"roadmapStartedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oktmo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ProblemSummaryFragment, unknown>;
export const RoadmapMeasureDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadmapMeasureDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoadmapMeasure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<RoadmapMeasureDetailsFragment, unknown>;
export const ReportVersionDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportVersionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterlyReportVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"figuresComputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mainProblems"}},{"kind":"Field","name":{"kind":"Name","value":"measuresTaken"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedLate"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"prefilledValue"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"prefilledValue"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctedBy"}}]}}]}}]} as unknown as DocumentNode<ReportVersionDetailsFragment, unknown>;
export const QuarterlyReportDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuarterlyReportDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterlyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedLate"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportVersionDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportVersionDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportVersionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterlyReportVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"figuresComputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mainProblems"}},{"kind":"Field","name":{"kind":"Name","value":"measuresTaken"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedLate"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"prefilledValue"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"prefilledValue"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctedBy"}}]}}]}}]} as unknown as DocumentNode<QuarterlyReportDetailsFragment, unknown>;
export const InformationRequestDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InformationRequestDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"answerText"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<InformationRequestDetailsFragment, unknown>;
export const AgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgenciesPageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"site"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgenciesQuery, AgenciesQueryVariables>;
export const AgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"site"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactOfficials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactOfficialDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactOfficialDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactOfficial"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"surname"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"patronymic"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<AgencyQuery, AgencyQueryVariables>;
export const CreateContactOfficialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateContactOfficial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContactOfficialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContactOfficial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactOfficial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactOfficialDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactOfficialDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactOfficial"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"surname"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"patronymic"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<CreateContactOfficialMutation, CreateContactOfficialMutationVariables>;
export const UpdateContactOfficialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateContactOfficial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContactOfficialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContactOfficial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactOfficial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactOfficialDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactOfficialDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactOfficial"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"surname"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"patronymic"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateContactOfficialMutation, UpdateContactOfficialMutationVariables>;
export const DeactivateContactOfficialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateContactOfficial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivateContactOfficialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateContactOfficial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactOfficial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactOfficialDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactOfficialDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactOfficial"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"surname"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"patronymic"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<DeactivateContactOfficialMutation, DeactivateContactOfficialMutationVariables>;
export const AnalyticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Analytics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsGranularity"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refreshedAt"}},{"kind":"Field","name":{"kind":"Name","value":"topicSections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"volumeByChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"appeals"}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"appeals"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"volumeByTopicSection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"appeals"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionCode"}},{"kind":"Field","name":{"kind":"Name","value":"appeals"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appeals"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeShare"}},{"kind":"Field","name":{"kind":"Name","value":"averageDaysToAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"overdueNow"}},{"kind":"Field","name":{"kind":"Name","value":"withSatisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedShare"}},{"kind":"Field","name":{"kind":"Name","value":"partlySatisfiedShare"}},{"kind":"Field","name":{"kind":"Name","value":"notSatisfiedShare"}},{"kind":"Field","name":{"kind":"Name","value":"repeats"}},{"kind":"Field","name":{"kind":"Name","value":"repeatShare"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"}},{"kind":"Field","name":{"kind":"Name","value":"averageReviewScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"misinformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"proposalLimitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"draftLimitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClockFiguresFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClockFiguresFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClockFiguresFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClockFiguresFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClockFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClockFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"averageMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"medianMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"maxMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"withinLimitShare"}}]}}]} as unknown as DocumentNode<AnalyticsQuery, AnalyticsQueryVariables>;
export const AppealQualityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppealQuality"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealQuality"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealReviewDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOnSubstance"}},{"kind":"Field","name":{"kind":"Name","value":"allQuestionsAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineMet"}},{"kind":"Field","name":{"kind":"Name","value":"rightsExplained"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"answerText"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFlagDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealFlag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealQuality"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answerDraft"}},{"kind":"Field","name":{"kind":"Name","value":"answerDraftSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenable"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealReviewDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealFlagDetails"}}]}}]}}]} as unknown as DocumentNode<AppealQualityQuery, AppealQualityQueryVariables>;
export const AppealFlagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppealFlags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealFlagFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealFlagsPageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealFlags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealFlagDetails"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFlagDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealFlag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<AppealFlagsQuery, AppealFlagsQueryVariables>;
export const SubmitAppealAnswerForReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitAppealAnswerForReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitAppealAnswerForReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitAppealAnswerForReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealQuality"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealReviewDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOnSubstance"}},{"kind":"Field","name":{"kind":"Name","value":"allQuestionsAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineMet"}},{"kind":"Field","name":{"kind":"Name","value":"rightsExplained"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"answerText"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFlagDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealFlag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealQuality"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answerDraft"}},{"kind":"Field","name":{"kind":"Name","value":"answerDraftSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenable"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealReviewDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealFlagDetails"}}]}}]}}]} as unknown as DocumentNode<SubmitAppealAnswerForReviewMutation, SubmitAppealAnswerForReviewMutationVariables>;
export const ReviewAppealAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewAppealAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewAppealAnswerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewAppealAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealQuality"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealReviewDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOnSubstance"}},{"kind":"Field","name":{"kind":"Name","value":"allQuestionsAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineMet"}},{"kind":"Field","name":{"kind":"Name","value":"rightsExplained"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"answerText"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFlagDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealFlag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealQuality"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answerDraft"}},{"kind":"Field","name":{"kind":"Name","value":"answerDraftSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenable"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealReviewDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealFlagDetails"}}]}}]}}]} as unknown as DocumentNode<ReviewAppealAnswerMutation, ReviewAppealAnswerMutationVariables>;
export const RecordAppealSatisfactionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAppealSatisfaction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAppealSatisfactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAppealSatisfaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealQuality"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealReviewDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOnSubstance"}},{"kind":"Field","name":{"kind":"Name","value":"allQuestionsAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineMet"}},{"kind":"Field","name":{"kind":"Name","value":"rightsExplained"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"answerText"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFlagDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealFlag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealQuality"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answerDraft"}},{"kind":"Field","name":{"kind":"Name","value":"answerDraftSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenable"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealReviewDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealFlagDetails"}}]}}]}}]} as unknown as DocumentNode<RecordAppealSatisfactionMutation, RecordAppealSatisfactionMutationVariables>;
export const ReopenAppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenAppealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealQuality"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealReviewDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOnSubstance"}},{"kind":"Field","name":{"kind":"Name","value":"allQuestionsAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineMet"}},{"kind":"Field","name":{"kind":"Name","value":"rightsExplained"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"answerText"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFlagDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealFlag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealQuality"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answerDraft"}},{"kind":"Field","name":{"kind":"Name","value":"answerDraftSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenable"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealReviewDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealFlagDetails"}}]}}]}}]} as unknown as DocumentNode<ReopenAppealMutation, ReopenAppealMutationVariables>;
export const FlagAppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FlagAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FlagAppealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flagAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealQuality"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealReviewDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOnSubstance"}},{"kind":"Field","name":{"kind":"Name","value":"allQuestionsAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineMet"}},{"kind":"Field","name":{"kind":"Name","value":"rightsExplained"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"answerText"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFlagDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealFlag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealQuality"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answerDraft"}},{"kind":"Field","name":{"kind":"Name","value":"answerDraftSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenable"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealReviewDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealFlagDetails"}}]}}]}}]} as unknown as DocumentNode<FlagAppealMutation, FlagAppealMutationVariables>;
export const ResolveAppealFlagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveAppealFlag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveAppealFlagInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveAppealFlag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealQuality"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealReviewDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOnSubstance"}},{"kind":"Field","name":{"kind":"Name","value":"allQuestionsAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineMet"}},{"kind":"Field","name":{"kind":"Name","value":"rightsExplained"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"answerText"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFlagDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealFlag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealQuality"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answerDraft"}},{"kind":"Field","name":{"kind":"Name","value":"answerDraftSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenable"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealReviewDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealFlagDetails"}}]}}]}}]} as unknown as DocumentNode<ResolveAppealFlagMutation, ResolveAppealFlagMutationVariables>;
export const AppealsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Appeals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealsPageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"appellantName"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppealsQuery, AppealsQueryVariables>;
export const AppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Appeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daysCounted"}},{"kind":"Field","name":{"kind":"Name","value":"hoursCounted"}},{"kind":"Field","name":{"kind":"Name","value":"lastDayBeforeShift"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingDaysSkipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"recomputations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"previousDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"appellantKind"}},{"kind":"Field","name":{"kind":"Name","value":"appellantName"}},{"kind":"Field","name":{"kind":"Name","value":"appellantEmail"}},{"kind":"Field","name":{"kind":"Name","value":"appellantPhone"}},{"kind":"Field","name":{"kind":"Name","value":"appellantAddress"}},{"kind":"Field","name":{"kind":"Name","value":"appellantInn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"answerText"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"extendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"extensionNoticeAt"}},{"kind":"Field","name":{"kind":"Name","value":"forwardingNoticeAt"}},{"kind":"Field","name":{"kind":"Name","value":"unansweredGround"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questionType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oktmo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<AppealQuery, AppealQueryVariables>;
export const RegisterAppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterAppealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterAppealMutation, RegisterAppealMutationVariables>;
export const AssignAppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignAppealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daysCounted"}},{"kind":"Field","name":{"kind":"Name","value":"hoursCounted"}},{"kind":"Field","name":{"kind":"Name","value":"lastDayBeforeShift"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingDaysSkipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"recomputations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"previousDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"appellantKind"}},{"kind":"Field","name":{"kind":"Name","value":"appellantName"}},{"kind":"Field","name":{"kind":"Name","value":"appellantEmail"}},{"kind":"Field","name":{"kind":"Name","value":"appellantPhone"}},{"kind":"Field","name":{"kind":"Name","value":"appellantAddress"}},{"kind":"Field","name":{"kind":"Name","value":"appellantInn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"answerText"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"extendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"extensionNoticeAt"}},{"kind":"Field","name":{"kind":"Name","value":"forwardingNoticeAt"}},{"kind":"Field","name":{"kind":"Name","value":"unansweredGround"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questionType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oktmo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<AssignAppealMutation, AssignAppealMutationVariables>;
export const AnswerAppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerAppealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daysCounted"}},{"kind":"Field","name":{"kind":"Name","value":"hoursCounted"}},{"kind":"Field","name":{"kind":"Name","value":"lastDayBeforeShift"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingDaysSkipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"recomputations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"previousDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"appellantKind"}},{"kind":"Field","name":{"kind":"Name","value":"appellantName"}},{"kind":"Field","name":{"kind":"Name","value":"appellantEmail"}},{"kind":"Field","name":{"kind":"Name","value":"appellantPhone"}},{"kind":"Field","name":{"kind":"Name","value":"appellantAddress"}},{"kind":"Field","name":{"kind":"Name","value":"appellantInn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"answerText"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"extendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"extensionNoticeAt"}},{"kind":"Field","name":{"kind":"Name","value":"forwardingNoticeAt"}},{"kind":"Field","name":{"kind":"Name","value":"unansweredGround"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questionType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oktmo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<AnswerAppealMutation, AnswerAppealMutationVariables>;
export const CloseAppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseAppealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daysCounted"}},{"kind":"Field","name":{"kind":"Name","value":"hoursCounted"}},{"kind":"Field","name":{"kind":"Name","value":"lastDayBeforeShift"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingDaysSkipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"recomputations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"previousDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"appellantKind"}},{"kind":"Field","name":{"kind":"Name","value":"appellantName"}},{"kind":"Field","name":{"kind":"Name","value":"appellantEmail"}},{"kind":"Field","name":{"kind":"Name","value":"appellantPhone"}},{"kind":"Field","name":{"kind":"Name","value":"appellantAddress"}},{"kind":"Field","name":{"kind":"Name","value":"appellantInn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"answerText"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"extendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"extensionNoticeAt"}},{"kind":"Field","name":{"kind":"Name","value":"forwardingNoticeAt"}},{"kind":"Field","name":{"kind":"Name","value":"unansweredGround"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questionType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oktmo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<CloseAppealMutation, CloseAppealMutationVariables>;
export const ForwardAppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForwardAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ForwardAppealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forwardAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daysCounted"}},{"kind":"Field","name":{"kind":"Name","value":"hoursCounted"}},{"kind":"Field","name":{"kind":"Name","value":"lastDayBeforeShift"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingDaysSkipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"recomputations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"previousDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"appellantKind"}},{"kind":"Field","name":{"kind":"Name","value":"appellantName"}},{"kind":"Field","name":{"kind":"Name","value":"appellantEmail"}},{"kind":"Field","name":{"kind":"Name","value":"appellantPhone"}},{"kind":"Field","name":{"kind":"Name","value":"appellantAddress"}},{"kind":"Field","name":{"kind":"Name","value":"appellantInn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"answerText"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"extendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"extensionNoticeAt"}},{"kind":"Field","name":{"kind":"Name","value":"forwardingNoticeAt"}},{"kind":"Field","name":{"kind":"Name","value":"unansweredGround"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questionType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oktmo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<ForwardAppealMutation, ForwardAppealMutationVariables>;
export const ExtendAppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExtendAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExtendAppealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daysCounted"}},{"kind":"Field","name":{"kind":"Name","value":"hoursCounted"}},{"kind":"Field","name":{"kind":"Name","value":"lastDayBeforeShift"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingDaysSkipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"recomputations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"previousDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"appellantKind"}},{"kind":"Field","name":{"kind":"Name","value":"appellantName"}},{"kind":"Field","name":{"kind":"Name","value":"appellantEmail"}},{"kind":"Field","name":{"kind":"Name","value":"appellantPhone"}},{"kind":"Field","name":{"kind":"Name","value":"appellantAddress"}},{"kind":"Field","name":{"kind":"Name","value":"appellantInn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"answerText"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"extendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"extensionNoticeAt"}},{"kind":"Field","name":{"kind":"Name","value":"forwardingNoticeAt"}},{"kind":"Field","name":{"kind":"Name","value":"unansweredGround"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questionType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oktmo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<ExtendAppealMutation, ExtendAppealMutationVariables>;
export const LeaveAppealUnansweredDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveAppealUnanswered"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaveAppealUnansweredInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveAppealUnanswered"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daysCounted"}},{"kind":"Field","name":{"kind":"Name","value":"hoursCounted"}},{"kind":"Field","name":{"kind":"Name","value":"lastDayBeforeShift"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingDaysSkipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"recomputations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"previousDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"appellantKind"}},{"kind":"Field","name":{"kind":"Name","value":"appellantName"}},{"kind":"Field","name":{"kind":"Name","value":"appellantEmail"}},{"kind":"Field","name":{"kind":"Name","value":"appellantPhone"}},{"kind":"Field","name":{"kind":"Name","value":"appellantAddress"}},{"kind":"Field","name":{"kind":"Name","value":"appellantInn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"answerText"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"extendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"extensionNoticeAt"}},{"kind":"Field","name":{"kind":"Name","value":"forwardingNoticeAt"}},{"kind":"Field","name":{"kind":"Name","value":"unansweredGround"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questionType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oktmo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<LeaveAppealUnansweredMutation, LeaveAppealUnansweredMutationVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditPageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const InformationRisksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InformationRisks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRiskFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRisksPageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"informationRisks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InformationRiskListItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InformationRiskListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]} as unknown as DocumentNode<InformationRisksQuery, InformationRisksQueryVariables>;
export const InformationRiskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InformationRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"informationRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InformationRiskDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daysCounted"}},{"kind":"Field","name":{"kind":"Name","value":"hoursCounted"}},{"kind":"Field","name":{"kind":"Name","value":"lastDayBeforeShift"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingDaysSkipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"recomputations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"previousDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentDraftDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommentDraft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"falseStatement"}},{"kind":"Field","name":{"kind":"Name","value":"agencyAccount"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InformationRiskDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"routedBy"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verificationOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"verificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"proposalText"}},{"kind":"Field","name":{"kind":"Name","value":"proposalSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"distributionOutlet"}},{"kind":"Field","name":{"kind":"Name","value":"distributedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dismissReason"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentDraftDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedDraft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<InformationRiskQuery, InformationRiskQueryVariables>;
export const DetectInformationRiskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DetectInformationRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DetectInformationRiskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detectInformationRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"informationRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DetectInformationRiskMutation, DetectInformationRiskMutationVariables>;
export const RequestInformationRiskVerificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestInformationRiskVerification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestInformationRiskVerificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestInformationRiskVerification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"informationRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InformationRiskDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daysCounted"}},{"kind":"Field","name":{"kind":"Name","value":"hoursCounted"}},{"kind":"Field","name":{"kind":"Name","value":"lastDayBeforeShift"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingDaysSkipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"recomputations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"previousDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentDraftDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommentDraft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"falseStatement"}},{"kind":"Field","name":{"kind":"Name","value":"agencyAccount"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InformationRiskDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"routedBy"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verificationOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"verificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"proposalText"}},{"kind":"Field","name":{"kind":"Name","value":"proposalSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"distributionOutlet"}},{"kind":"Field","name":{"kind":"Name","value":"distributedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dismissReason"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentDraftDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedDraft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<RequestInformationRiskVerificationMutation, RequestInformationRiskVerificationMutationVariables>;
export const RecordInformationRiskVerificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordInformationRiskVerification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordInformationRiskVerificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInformationRiskVerification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"informationRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InformationRiskDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daysCounted"}},{"kind":"Field","name":{"kind":"Name","value":"hoursCounted"}},{"kind":"Field","name":{"kind":"Name","value":"lastDayBeforeShift"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingDaysSkipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"recomputations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"previousDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentDraftDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommentDraft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"falseStatement"}},{"kind":"Field","name":{"kind":"Name","value":"agencyAccount"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InformationRiskDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"routedBy"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verificationOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"verificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"proposalText"}},{"kind":"Field","name":{"kind":"Name","value":"proposalSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"distributionOutlet"}},{"kind":"Field","name":{"kind":"Name","value":"distributedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dismissReason"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentDraftDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedDraft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<RecordInformationRiskVerificationMutation, RecordInformationRiskVerificationMutationVariables>;
export const SendCommentProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendCommentProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendCommentProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendCommentProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"informationRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InformationRiskDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daysCounted"}},{"kind":"Field","name":{"kind":"Name","value":"hoursCounted"}},{"kind":"Field","name":{"kind":"Name","value":"lastDayBeforeShift"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingDaysSkipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"recomputations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"previousDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentDraftDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommentDraft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"falseStatement"}},{"kind":"Field","name":{"kind":"Name","value":"agencyAccount"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InformationRiskDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"routedBy"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verificationOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"verificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"proposalText"}},{"kind":"Field","name":{"kind":"Name","value":"proposalSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"distributionOutlet"}},{"kind":"Field","name":{"kind":"Name","value":"distributedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dismissReason"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentDraftDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedDraft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<SendCommentProposalMutation, SendCommentProposalMutationVariables>;
export const SubmitCommentDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitCommentDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitCommentDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitCommentDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"informationRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InformationRiskDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daysCounted"}},{"kind":"Field","name":{"kind":"Name","value":"hoursCounted"}},{"kind":"Field","name":{"kind":"Name","value":"lastDayBeforeShift"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingDaysSkipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"recomputations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"previousDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentDraftDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommentDraft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"falseStatement"}},{"kind":"Field","name":{"kind":"Name","value":"agencyAccount"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InformationRiskDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"routedBy"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verificationOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"verificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"proposalText"}},{"kind":"Field","name":{"kind":"Name","value":"proposalSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"distributionOutlet"}},{"kind":"Field","name":{"kind":"Name","value":"distributedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dismissReason"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentDraftDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedDraft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitCommentDraftMutation, SubmitCommentDraftMutationVariables>;
export const ApproveOfficialCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveOfficialComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveOfficialCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveOfficialComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"informationRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InformationRiskDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daysCounted"}},{"kind":"Field","name":{"kind":"Name","value":"hoursCounted"}},{"kind":"Field","name":{"kind":"Name","value":"lastDayBeforeShift"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingDaysSkipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"recomputations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"previousDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentDraftDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommentDraft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"falseStatement"}},{"kind":"Field","name":{"kind":"Name","value":"agencyAccount"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InformationRiskDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"routedBy"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verificationOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"verificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"proposalText"}},{"kind":"Field","name":{"kind":"Name","value":"proposalSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"distributionOutlet"}},{"kind":"Field","name":{"kind":"Name","value":"distributedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dismissReason"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentDraftDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedDraft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveOfficialCommentMutation, ApproveOfficialCommentMutationVariables>;
export const ReturnCommentDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnCommentDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnCommentDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnCommentDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"informationRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InformationRiskDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daysCounted"}},{"kind":"Field","name":{"kind":"Name","value":"hoursCounted"}},{"kind":"Field","name":{"kind":"Name","value":"lastDayBeforeShift"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingDaysSkipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"recomputations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"previousDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentDraftDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommentDraft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"falseStatement"}},{"kind":"Field","name":{"kind":"Name","value":"agencyAccount"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InformationRiskDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"routedBy"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verificationOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"verificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"proposalText"}},{"kind":"Field","name":{"kind":"Name","value":"proposalSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"distributionOutlet"}},{"kind":"Field","name":{"kind":"Name","value":"distributedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dismissReason"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentDraftDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedDraft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<ReturnCommentDraftMutation, ReturnCommentDraftMutationVariables>;
export const RecordCommentPublicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCommentPublication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCommentPublicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCommentPublication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"informationRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InformationRiskDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daysCounted"}},{"kind":"Field","name":{"kind":"Name","value":"hoursCounted"}},{"kind":"Field","name":{"kind":"Name","value":"lastDayBeforeShift"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingDaysSkipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"recomputations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"previousDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentDraftDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommentDraft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"falseStatement"}},{"kind":"Field","name":{"kind":"Name","value":"agencyAccount"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InformationRiskDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"routedBy"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verificationOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"verificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"proposalText"}},{"kind":"Field","name":{"kind":"Name","value":"proposalSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"distributionOutlet"}},{"kind":"Field","name":{"kind":"Name","value":"distributedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dismissReason"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentDraftDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedDraft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<RecordCommentPublicationMutation, RecordCommentPublicationMutationVariables>;
export const RecordCommentDistributionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCommentDistribution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCommentDistributionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCommentDistribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"informationRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InformationRiskDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daysCounted"}},{"kind":"Field","name":{"kind":"Name","value":"hoursCounted"}},{"kind":"Field","name":{"kind":"Name","value":"lastDayBeforeShift"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingDaysSkipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"recomputations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"previousDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentDraftDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommentDraft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"falseStatement"}},{"kind":"Field","name":{"kind":"Name","value":"agencyAccount"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InformationRiskDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"routedBy"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verificationOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"verificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"proposalText"}},{"kind":"Field","name":{"kind":"Name","value":"proposalSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"distributionOutlet"}},{"kind":"Field","name":{"kind":"Name","value":"distributedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dismissReason"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentDraftDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedDraft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<RecordCommentDistributionMutation, RecordCommentDistributionMutationVariables>;
export const CloseInformationRiskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseInformationRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseInformationRiskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeInformationRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"informationRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InformationRiskDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daysCounted"}},{"kind":"Field","name":{"kind":"Name","value":"hoursCounted"}},{"kind":"Field","name":{"kind":"Name","value":"lastDayBeforeShift"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingDaysSkipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"recomputations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"previousDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentDraftDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommentDraft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"falseStatement"}},{"kind":"Field","name":{"kind":"Name","value":"agencyAccount"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InformationRiskDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"routedBy"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verificationOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"verificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"proposalText"}},{"kind":"Field","name":{"kind":"Name","value":"proposalSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"distributionOutlet"}},{"kind":"Field","name":{"kind":"Name","value":"distributedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dismissReason"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentDraftDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedDraft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<CloseInformationRiskMutation, CloseInformationRiskMutationVariables>;
export const DismissInformationRiskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DismissInformationRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DismissInformationRiskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismissInformationRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"informationRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InformationRiskDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daysCounted"}},{"kind":"Field","name":{"kind":"Name","value":"hoursCounted"}},{"kind":"Field","name":{"kind":"Name","value":"lastDayBeforeShift"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingDaysSkipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"recomputations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"previousDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentDraftDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommentDraft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"falseStatement"}},{"kind":"Field","name":{"kind":"Name","value":"agencyAccount"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InformationRiskDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"routedBy"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verificationOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"verificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"proposalText"}},{"kind":"Field","name":{"kind":"Name","value":"proposalSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"distributionOutlet"}},{"kind":"Field","name":{"kind":"Name","value":"distributedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dismissReason"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentDraftDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedDraft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<DismissInformationRiskMutation, DismissInformationRiskMutationVariables>;
export const SupersedeOfficialCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupersedeOfficialComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupersedeOfficialCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supersedeOfficialComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"informationRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InformationRiskDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daysCounted"}},{"kind":"Field","name":{"kind":"Name","value":"hoursCounted"}},{"kind":"Field","name":{"kind":"Name","value":"lastDayBeforeShift"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingDaysSkipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"recomputations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"previousDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentDraftDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommentDraft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"falseStatement"}},{"kind":"Field","name":{"kind":"Name","value":"agencyAccount"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InformationRiskDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"routedBy"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verificationOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"verificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"proposalText"}},{"kind":"Field","name":{"kind":"Name","value":"proposalSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"distributionOutlet"}},{"kind":"Field","name":{"kind":"Name","value":"distributedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dismissReason"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentDraftDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedDraft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<SupersedeOfficialCommentMutation, SupersedeOfficialCommentMutationVariables>;
export const RerouteInformationRiskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RerouteInformationRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RerouteInformationRiskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rerouteInformationRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"informationRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InformationRiskDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daysCounted"}},{"kind":"Field","name":{"kind":"Name","value":"hoursCounted"}},{"kind":"Field","name":{"kind":"Name","value":"lastDayBeforeShift"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingDaysSkipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"recomputations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"previousDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentDraftDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommentDraft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"falseStatement"}},{"kind":"Field","name":{"kind":"Name","value":"agencyAccount"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InformationRiskDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"routedBy"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verificationOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"verificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"proposalText"}},{"kind":"Field","name":{"kind":"Name","value":"proposalSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"distributionOutlet"}},{"kind":"Field","name":{"kind":"Name","value":"distributedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dismissReason"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentDraftDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedDraft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<RerouteInformationRiskMutation, RerouteInformationRiskMutationVariables>;
export const CommentRoutingRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommentRoutingRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentRoutingRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CommentRoutingRulesQuery, CommentRoutingRulesQueryVariables>;
export const SetCommentRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCommentRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCommentRouteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCommentRoute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SetCommentRouteMutation, SetCommentRouteMutationVariables>;
export const RemoveCommentRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCommentRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveCommentRouteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCommentRoute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removed"}}]}}]}}]} as unknown as DocumentNode<RemoveCommentRouteMutation, RemoveCommentRouteMutationVariables>;
export const DeadlineCountdownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DeadlineCountdown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeadlineCountdownFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadlineCountdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedDeadlineIds"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectLabel"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyShortName"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedShare"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<DeadlineCountdownSubscription, DeadlineCountdownSubscriptionVariables>;
export const ImportMappingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<ImportMappingsQuery, ImportMappingsQueryVariables>;
export const AppealImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppealImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealImportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedByEmail"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"rowsImported"}},{"kind":"Field","name":{"kind":"Name","value":"rowsSkipped"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRejected"}},{"kind":"Field","name":{"kind":"Name","value":"rowsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"fileShareRead"}},{"kind":"Field","name":{"kind":"Name","value":"reportUrl"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<AppealImportQuery, AppealImportQueryVariables>;
export const AppealImportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppealImports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealImportPageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealImports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealImportFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedByEmail"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"rowsImported"}},{"kind":"Field","name":{"kind":"Name","value":"rowsSkipped"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRejected"}},{"kind":"Field","name":{"kind":"Name","value":"rowsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"fileShareRead"}},{"kind":"Field","name":{"kind":"Name","value":"reportUrl"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<AppealImportsQuery, AppealImportsQueryVariables>;
export const StartAppealImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartAppealImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartAppealImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startAppealImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealImport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealImportFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedByEmail"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"rowsImported"}},{"kind":"Field","name":{"kind":"Name","value":"rowsSkipped"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRejected"}},{"kind":"Field","name":{"kind":"Name","value":"rowsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"fileShareRead"}},{"kind":"Field","name":{"kind":"Name","value":"reportUrl"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<StartAppealImportMutation, StartAppealImportMutationVariables>;
export const AppealIntakeDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppealIntakeDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"questionSubtype"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAppellants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"inn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoredFileDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoredFileDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoredFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]} as unknown as DocumentNode<AppealIntakeDetailsQuery, AppealIntakeDetailsQueryVariables>;
export const AddAppealAttachmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAppealAttachments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddAppealAttachmentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAppealAttachments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoredFileDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoredFileDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoredFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]} as unknown as DocumentNode<AddAppealAttachmentsMutation, AddAppealAttachmentsMutationVariables>;
export const AppealSearchHighlightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppealSearchHighlights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealsPageInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"searchMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"highlights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppealSearchHighlightsQuery, AppealSearchHighlightsQueryVariables>;
export const FileUploadLimitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FileUploadLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileUploadLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxBytes"}},{"kind":"Field","name":{"kind":"Name","value":"maxFilesPerUpload"}},{"kind":"Field","name":{"kind":"Name","value":"mediaTypes"}},{"kind":"Field","name":{"kind":"Name","value":"extensions"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabels"}}]}}]}}]} as unknown as DocumentNode<FileUploadLimitsQuery, FileUploadLimitsQueryVariables>;
export const UnreadNotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkNotificationsReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markedCount"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const TopicsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Topics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TopicFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentCode"}}]}}]}}]} as unknown as DocumentNode<TopicsQuery, TopicsQueryVariables>;
export const QuestionTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuestionTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"record"}},{"kind":"Field","name":{"kind":"Name","value":"typeCode"}}]}}]}}]} as unknown as DocumentNode<QuestionTypesQuery, QuestionTypesQueryVariables>;
export const MunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oktmo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parentOktmo"}}]}}]}}]} as unknown as DocumentNode<MunicipalitiesQuery, MunicipalitiesQueryVariables>;
export const TopicDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Topic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentCode"}}]}}]}}]} as unknown as DocumentNode<TopicQuery, TopicQueryVariables>;
export const AppealRepeatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppealRepeats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"repeatOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repeatSuggestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RepeatSuggestionDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RepeatSuggestionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealRepeatSuggestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"similarity"}},{"kind":"Field","name":{"kind":"Name","value":"sameTopic"}},{"kind":"Field","name":{"kind":"Name","value":"matchedBy"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"earlierAppeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appellantName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<AppealRepeatsQuery, AppealRepeatsQueryVariables>;
export const ConfirmAppealRepeatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmAppealRepeat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmAppealRepeatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmAppealRepeat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RepeatSuggestionDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RepeatSuggestionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealRepeatSuggestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"similarity"}},{"kind":"Field","name":{"kind":"Name","value":"sameTopic"}},{"kind":"Field","name":{"kind":"Name","value":"matchedBy"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"earlierAppeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appellantName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmAppealRepeatMutation, ConfirmAppealRepeatMutationVariables>;
export const RejectAppealRepeatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectAppealRepeat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectAppealRepeatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectAppealRepeat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RepeatSuggestionDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RepeatSuggestionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealRepeatSuggestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"similarity"}},{"kind":"Field","name":{"kind":"Name","value":"sameTopic"}},{"kind":"Field","name":{"kind":"Name","value":"matchedBy"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"earlierAppeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appellantName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<RejectAppealRepeatMutation, RejectAppealRepeatMutationVariables>;
export const ProblemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Problems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProblemFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProblemsPageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProblemSummary"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProblemSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Problem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"roadmapStartedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oktmo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ProblemsQuery, ProblemsQueryVariables>;
export const ProblemSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProblemSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProblemSuggestionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problemSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealCount"}},{"kind":"Field","name":{"kind":"Name","value":"firstReceivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReceivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oktmo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ProblemSuggestionsQuery, ProblemSuggestionsQueryVariables>;
export const ProblemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Problem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VolumeGranularity"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProblemSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadmapMeasureDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"volume"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"volumeBeforeAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProblemSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Problem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"roadmapStartedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oktmo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadmapMeasureDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoadmapMeasure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<ProblemQuery, ProblemQueryVariables>;
export const CreateProblemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProblem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProblemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProblem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProblemSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProblemSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Problem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"roadmapStartedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oktmo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateProblemMutation, CreateProblemMutationVariables>;
export const UpdateProblemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProblem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProblemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProblem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProblemSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProblemSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Problem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"roadmapStartedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oktmo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateProblemMutation, UpdateProblemMutationVariables>;
export const ResolveProblemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveProblem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveProblemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveProblem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProblemSummary"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProblemSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Problem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"roadmapStartedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oktmo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ResolveProblemMutation, ResolveProblemMutationVariables>;
export const AddRoadmapMeasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddRoadmapMeasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRoadmapMeasureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRoadmapMeasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadmapMeasureDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadmapMeasureDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoadmapMeasure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<AddRoadmapMeasureMutation, AddRoadmapMeasureMutationVariables>;
export const UpdateRoadmapMeasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRoadmapMeasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRoadmapMeasureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRoadmapMeasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadmapMeasureDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadmapMeasureDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoadmapMeasure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<UpdateRoadmapMeasureMutation, UpdateRoadmapMeasureMutationVariables>;
export const ReportBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedLate"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportBoardQuery, ReportBoardQueryVariables>;
export const QuarterlyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuarterlyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuarterlyReportDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportVersionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterlyReportVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"figuresComputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mainProblems"}},{"kind":"Field","name":{"kind":"Name","value":"measuresTaken"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedLate"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"prefilledValue"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"prefilledValue"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctedBy"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuarterlyReportDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterlyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedLate"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportVersionDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportVersionDetails"}}]}}]}}]} as unknown as DocumentNode<QuarterlyReportQuery, QuarterlyReportQueryVariables>;
export const CorrectReportFigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectReportFigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectReportFigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctReportFigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuarterlyReportDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportVersionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterlyReportVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"figuresComputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mainProblems"}},{"kind":"Field","name":{"kind":"Name","value":"measuresTaken"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedLate"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"prefilledValue"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"prefilledValue"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctedBy"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuarterlyReportDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterlyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedLate"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportVersionDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportVersionDetails"}}]}}]}}]} as unknown as DocumentNode<CorrectReportFigureMutation, CorrectReportFigureMutationVariables>;
export const SaveReportAnalysisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveReportAnalysis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveReportAnalysisInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveReportAnalysis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuarterlyReportDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportVersionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterlyReportVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"figuresComputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mainProblems"}},{"kind":"Field","name":{"kind":"Name","value":"measuresTaken"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedLate"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"prefilledValue"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"prefilledValue"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctedBy"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuarterlyReportDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterlyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedLate"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportVersionDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportVersionDetails"}}]}}]}}]} as unknown as DocumentNode<SaveReportAnalysisMutation, SaveReportAnalysisMutationVariables>;
export const SubmitReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuarterlyReportDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportVersionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterlyReportVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"figuresComputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mainProblems"}},{"kind":"Field","name":{"kind":"Name","value":"measuresTaken"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedLate"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"prefilledValue"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"prefilledValue"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctedBy"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuarterlyReportDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterlyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedLate"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportVersionDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportVersionDetails"}}]}}]}}]} as unknown as DocumentNode<SubmitReportMutation, SubmitReportMutationVariables>;
export const AcceptReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuarterlyReportDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportVersionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterlyReportVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"figuresComputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mainProblems"}},{"kind":"Field","name":{"kind":"Name","value":"measuresTaken"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedLate"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"prefilledValue"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"prefilledValue"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctedBy"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuarterlyReportDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterlyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedLate"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportVersionDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportVersionDetails"}}]}}]}}]} as unknown as DocumentNode<AcceptReportMutation, AcceptReportMutationVariables>;
export const ReturnReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuarterlyReportDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportVersionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterlyReportVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"figuresComputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mainProblems"}},{"kind":"Field","name":{"kind":"Name","value":"measuresTaken"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedLate"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"prefilledValue"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"prefilledValue"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctedBy"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuarterlyReportDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterlyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedLate"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportVersionDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportVersionDetails"}}]}}]}}]} as unknown as DocumentNode<ReturnReportMutation, ReturnReportMutationVariables>;
export const InformationRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InformationRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRequestFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRequestsPageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"informationRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InformationRequestsQuery, InformationRequestsQueryVariables>;
export const InformationRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InformationRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"informationRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InformationRequestDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InformationRequestDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"answerText"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<InformationRequestQuery, InformationRequestQueryVariables>;
export const SendInformationRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendInformationRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendInformationRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendInformationRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InformationRequestDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InformationRequestDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"answerText"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SendInformationRequestMutation, SendInformationRequestMutationVariables>;
export const AnswerInformationRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerInformationRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerInformationRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerInformationRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InformationRequestDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InformationRequestDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"answerText"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AnswerInformationRequestMutation, AnswerInformationRequestMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;