import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserRole } from '../src/modules/auth/auth.entities.js';
import { ContactOfficial, ContactOfficialChange } from '../src/modules/contacts/contact.entities.js';
import { Notification } from '../src/modules/notifications/notification.entity.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const CREATE = `mutation ($input: CreateContactOfficialInput!) {
  createContactOfficial(input: $input) { contactOfficial { id version surname phone } } }`;
const UPDATE = `mutation ($input: UpdateContactOfficialInput!) {
  updateContactOfficial(input: $input) { contactOfficial { id version position phone history { field oldValue newValue changedBy { fullName } } } } }`;
const AGENCY = `query ($id: ID!) { agency(id: $id) { id contactOfficials { id surname history { field } } } }`;

let testApp: TestApp;
let adminToken: string;
let operatorToken: string;
let officialToken: string;
let agencyId: string;
let otherAgencyId: string;
let operatorId: string;

function contactInput(overrides: Record<string, unknown> = {}) {
  return {
    agencyId,
    surname: 'Петров',
    firstName: 'Алексей',
    patronymic: 'Иванович',
    position: 'Пресс-секретарь',
    email: 'petrov@mari-el.gov.ru',
    phone: '+78362451234',
    ...overrides,
  };
}

beforeAll(async () => {
  testApp = await startTestApp();
  const [agency, otherAgency] = await testApp.agencies();
  agencyId = agency!.id;
  otherAgencyId = otherAgency!.id;
  adminToken = (await testApp.createUser(UserRole.CENTER_ADMIN)).token;
  const operator = await testApp.createUser(UserRole.CENTER_OPERATOR);
  operatorToken = operator.token;
  operatorId = operator.user.id;
  officialToken = (await testApp.createUser(UserRole.AGENCY_OFFICIAL, agency)).token;
});

afterAll(async () => {
  await testApp?.stop();
});

describe('contact officials', () => {
  it('keeps each changed field as history and notifies the center', async () => {
    const created = await testApp.graphql(CREATE, { input: contactInput() }, officialToken);
    expect(created.errors).toBeUndefined();
    const contact = created.data!.createContactOfficial.contactOfficial;
    const notificationsBefore = await testApp.em().count(Notification, { recipient: operatorId });

    const updated = await testApp.graphql(
      UPDATE,
      { input: { contactOfficialId: contact.id, expectedVersion: contact.version, position: 'Начальник отдела', phone: '+78362459999' } },
      officialToken,
    );
    expect(updated.errors).toBeUndefined();
    const history = updated.data!.updateContactOfficial.contactOfficial.history;
    const phoneChange = history.find((change: { field: string; oldValue: string }) => change.field === 'phone' && change.oldValue);
    expect(phoneChange).toMatchObject({ oldValue: '+78362451234', newValue: '+78362459999' });
    expect(history.find((change: { field: string; oldValue: string }) => change.field === 'position' && change.oldValue)).toMatchObject({
      oldValue: 'Пресс-секретарь',
      newValue: 'Начальник отдела',
    });
    expect(phoneChange.changedBy.fullName).toMatch(/Тестовый/);

    const notifications = await testApp.em().find(Notification, { recipient: operatorId }, { orderBy: { createdAt: 'desc' } });
    expect(notifications.length).toBe(notificationsBefore + 1);
    expect(notifications[0]!.kind).toBe('CONTACT_OFFICIAL_CHANGED');
    expect(notifications[0]!.body).toContain('+78362459999');

    const listed = await testApp.graphql(`{ notifications(unreadOnly: true) { id title } unreadNotificationCount }`, {}, operatorToken);
    expect(listed.data!.unreadNotificationCount).toBe(notifications.length);
  });

  it('requires every field and names each one', async () => {
    const before = await testApp.em().count(ContactOfficial, {});
    const result = await testApp.graphql(CREATE, { input: contactInput({ surname: '', patronymic: 'Ив4нович', position: ' ' }) }, officialToken);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = result.errors![0]!.extensions!.fields.map((problem: { field: string }) => problem.field);
    expect(fields).toEqual(expect.arrayContaining(['input.surname', 'input.patronymic', 'input.position']));
    expect(await testApp.em().count(ContactOfficial, {})).toBe(before);
  });

  it('rejects a malformed phone', async () => {
    const result = await testApp.graphql(CREATE, { input: contactInput({ phone: '8 (8362) 45' }) }, officialToken);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('input.phone');
  });

  it('rejects a stale version and keeps the stored value', async () => {
    const contact = (await testApp.graphql(CREATE, { input: contactInput({ surname: 'Сидоров' }) }, adminToken)).data!.createContactOfficial
      .contactOfficial;
    await testApp.graphql(UPDATE, { input: { contactOfficialId: contact.id, expectedVersion: contact.version, position: 'Советник' } }, adminToken);
    const stale = await testApp.graphql(UPDATE, { input: { contactOfficialId: contact.id, expectedVersion: contact.version, position: 'Эксперт' } }, adminToken);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const stored = await testApp.em().findOneOrFail(ContactOfficial, contact.id);
    expect(stored.position).toBe('Советник');
  });

  it('lets an agency official change only their own agency’s officials', async () => {
    const foreign = await testApp.graphql(CREATE, { input: contactInput({ agencyId: otherAgencyId }) }, officialToken);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const other = (await testApp.graphql(CREATE, { input: contactInput({ agencyId: otherAgencyId, surname: 'Чужой' }) }, adminToken)).data!
      .createContactOfficial.contactOfficial;
    const changes = await testApp.em().count(ContactOfficialChange, { contact: other.id });
    const update = await testApp.graphql(UPDATE, { input: { contactOfficialId: other.id, expectedVersion: other.version, position: 'Взлом' } }, officialToken);
    expect(update.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await testApp.em().count(ContactOfficialChange, { contact: other.id })).toBe(changes);

    const read = await testApp.graphql(AGENCY, { id: otherAgencyId }, officialToken);
    expect(read.data!.agency.contactOfficials).toEqual([]);
  });

  it('rejects a center operator, who does not keep contact data', async () => {
    const result = await testApp.graphql(CREATE, { input: contactInput() }, operatorToken);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('createOrganization', () => {
  const CREATE_ORGANIZATION = `mutation ($input: CreateOrganizationInput!) {
    createOrganization(input: $input) { organization { id name inn } } }`;

  it('adds an organization under its founder agency', async () => {
    const result = await testApp.graphql(
      CREATE_ORGANIZATION,
      { input: { founderAgencyId: agencyId, name: 'ГБУ РМЭ «Республиканская клиническая больница»', inn: '1200001236' } },
      adminToken,
    );
    expect(result.errors).toBeUndefined();
    const agency = await testApp.graphql(`query ($id: ID!) { agency(id: $id) { organizations { name inn } } }`, { id: agencyId }, officialToken);
    expect(agency.data!.agency.organizations).toEqual([{ name: 'ГБУ РМЭ «Республиканская клиническая больница»', inn: '1200001236' }]);
  });

  it('rejects everyone but the center’s administrator', async () => {
    const result = await testApp.graphql(CREATE_ORGANIZATION, { input: { founderAgencyId: agencyId, name: 'ООО «Ромашка»' } }, officialToken);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('rejects an INN with a wrong control digit', async () => {
    const result = await testApp.graphql(CREATE_ORGANIZATION, { input: { founderAgencyId: agencyId, name: 'ООО «Ромашка»', inn: '1200001234' } }, adminToken);
    expect(result.errors?.[0]?.extensions?.field).toBe('input.inn');
    expect(result.errors?.[0]?.message).toMatch(/control digits/);
  });

  it('rejects an INN of the wrong length', async () => {
    const result = await testApp.graphql(CREATE_ORGANIZATION, { input: { founderAgencyId: agencyId, name: 'ООО «Ромашка»', inn: '123' } }, adminToken);
    expect(result.errors?.[0]?.extensions?.field).toBe('input.inn');
  });
});

describe('auditLog', () => {
  const AUDIT = `query ($filter: AuditFilter) { auditLog(filter: $filter) { totalCount edges { node { operation entityType actorEmail before after } } } }`;

  it('lists and filters the entries for the administrator', async () => {
    const result = await testApp.graphql(AUDIT, { filter: { operation: 'createContactOfficial' } }, adminToken);
    expect(result.errors).toBeUndefined();
    expect(result.data!.auditLog.totalCount).toBeGreaterThan(0);
    const operations = new Set(result.data!.auditLog.edges.map((edge: { node: { operation: string } }) => edge.node.operation));
    expect(operations).toEqual(new Set(['createContactOfficial']));
  });

  it('is closed to everyone else', async () => {
    for (const token of [operatorToken, officialToken]) {
      const result = await testApp.graphql(AUDIT, {}, token);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('deactivateContactOfficial', () => {
  it('hides the official from the list but keeps the history reachable', async () => {
    const created = (await testApp.graphql(CREATE, { input: contactInput({ surname: 'Уходящий' }) }, adminToken)).data!.createContactOfficial
      .contactOfficial;
    const result = await testApp.graphql(
      `mutation ($input: DeactivateContactOfficialInput!) { deactivateContactOfficial(input: $input) { contactOfficial { active } } }`,
      { input: { contactOfficialId: created.id, expectedVersion: created.version } },
      officialToken,
    );
    expect(result.data!.deactivateContactOfficial.contactOfficial.active).toBe(false);

    const listed = await testApp.graphql(AGENCY, { id: agencyId }, officialToken);
    expect(listed.data!.agency.contactOfficials.map((contact: { id: string }) => contact.id)).not.toContain(created.id);

    const all = await testApp.graphql(
      `query ($id: ID!) { agency(id: $id) { contactOfficials(includeInactive: true) { id active history { field newValue } } } }`,
      { id: agencyId },
      officialToken,
    );
    const inactive = all.data!.agency.contactOfficials.find((contact: { id: string }) => contact.id === created.id);
    expect(inactive.active).toBe(false);
    expect(inactive.history).toContainEqual({ field: 'active', newValue: 'false' });
  });
});

describe('markNotificationsRead', () => {
  it('marks the caller’s notifications read and audits it', async () => {
    const before = await testApp.graphql('{ unreadNotificationCount }', {}, operatorToken);
    expect(before.data!.unreadNotificationCount).toBeGreaterThan(0);
    const marked = await testApp.graphql('mutation { markNotificationsRead(input: {}) { markedCount } }', {}, operatorToken);
    expect(marked.data!.markNotificationsRead.markedCount).toBe(before.data!.unreadNotificationCount);
    const after = await testApp.graphql('{ unreadNotificationCount }', {}, operatorToken);
    expect(after.data!.unreadNotificationCount).toBe(0);
    const audit = await testApp.graphql(`{ auditLog(filter: { operation: "markNotificationsRead" }) { totalCount } }`, {}, adminToken);
    expect(audit.data!.auditLog.totalCount).toBe(1);
  });
});
