import type { TestApp } from './test-app.js';

/** A classifier question that the tests route to their first agency through the group 0005.0005.0056. */
export const TOPIC = '0005.0005.0056.1161';
export const OTHER_TOPIC = '0005.0005.0056.1150';
export const ROUTED_GROUP = '0005.0005.0056.0000';

export const CASE_FIELDS = `
  id number status version verificationOutcome publishedUrl distributionOutlet
  agency { id shortName } topic { code }
  drafts { versionNumber reviewOutcome remarks supersededAt falseStatement }
  approvedDraft { versionNumber }
  history { kind fromStatus toStatus note }
  deadlines { id kind status startedAt dueAt completedAt explanation { rule { kind amount } } }`;

export const caseMutations = {
  detect: `mutation ($input: DetectInformationRiskInput!) { detectInformationRisk(input: $input) { informationRisk { ${CASE_FIELDS} } } }`,
  requestVerification: `mutation ($input: RequestInformationRiskVerificationInput!) { requestInformationRiskVerification(input: $input) { informationRisk { ${CASE_FIELDS} } } }`,
  recordVerification: `mutation ($input: RecordInformationRiskVerificationInput!) { recordInformationRiskVerification(input: $input) { informationRisk { ${CASE_FIELDS} } } }`,
  sendProposal: `mutation ($input: SendCommentProposalInput!) { sendCommentProposal(input: $input) { informationRisk { ${CASE_FIELDS} } } }`,
  submitDraft: `mutation ($input: SubmitCommentDraftInput!) { submitCommentDraft(input: $input) { informationRisk { ${CASE_FIELDS} } } }`,
  approve: `mutation ($input: ApproveOfficialCommentInput!) { approveOfficialComment(input: $input) { informationRisk { ${CASE_FIELDS} } } }`,
  returnDraft: `mutation ($input: ReturnCommentDraftInput!) { returnCommentDraft(input: $input) { informationRisk { ${CASE_FIELDS} } } }`,
  publish: `mutation ($input: RecordCommentPublicationInput!) { recordCommentPublication(input: $input) { informationRisk { ${CASE_FIELDS} } } }`,
  distribute: `mutation ($input: RecordCommentDistributionInput!) { recordCommentDistribution(input: $input) { informationRisk { ${CASE_FIELDS} } } }`,
  close: `mutation ($input: CloseInformationRiskInput!) { closeInformationRisk(input: $input) { informationRisk { ${CASE_FIELDS} } } }`,
  dismiss: `mutation ($input: DismissInformationRiskInput!) { dismissInformationRisk(input: $input) { informationRisk { ${CASE_FIELDS} } } }`,
  supersede: `mutation ($input: SupersedeOfficialCommentInput!) { supersedeOfficialComment(input: $input) { informationRisk { ${CASE_FIELDS} } } }`,
  reroute: `mutation ($input: RerouteInformationRiskInput!) { rerouteInformationRisk(input: $input) { informationRisk { ${CASE_FIELDS} } } }`,
  setRoute: `mutation ($input: SetCommentRouteInput!) { setCommentRoute(input: $input) { rule { id agency { id } topic { code } } } }`,
} as const;

export type CaseStep = keyof typeof caseMutations;

/** Runs one step of a case over HTTP and returns its errors and the case from the payload. */
export async function runCaseStep(testApp: TestApp, step: CaseStep, input: Record<string, unknown>, token: string) {
  const result = await testApp.graphql(caseMutations[step], { input }, token);
  const payload = result.data ? (Object.values(result.data)[0] as { informationRisk: any } | null) : null;
  return { errors: result.errors, risk: payload?.informationRisk };
}

/** A draft with every part that approval requires. */
export const completeDraft = {
  falseStatement: 'В публикации утверждается, что свалку у деревни Шоя не убирают с весны.',
  agencyAccount: 'Министерство сообщает, что свалка ликвидирована 20 ноября силами подрядчика.',
  arguments: 'Акт приёмки работ от 20.11.2026 № 145, фотографии участка до и после уборки.',
  topicCode: TOPIC,
  authorName: 'Петров Алексей Иванович',
  authorRole: 'PRESS_SECRETARY',
};

/** Input of detectInformationRisk with every required field valid. */
export function buildDetectInput(overrides: Record<string, unknown> = {}) {
  return {
    url: 'https://vk.com/wall-12345_678',
    source: 'ВКонтакте',
    title: 'Свалку у деревни Шоя не убирают с весны',
    excerpt: 'Жители жалуются, что министерство ничего не делает.',
    topicCode: TOPIC,
    reach: 12000,
    ...overrides,
  };
}
