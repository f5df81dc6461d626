import { describe, expect, it } from 'vitest';
import { AUDIT_ENTITY_LABELS, AUDIT_OPERATION_LABELS, entityPath, labelOf } from './auditLabels';

describe('labelOf', () => {
  it('names the audited operations in Russian', () => {
    expect(labelOf(AUDIT_OPERATION_LABELS, 'registerAppeal')).toBe('Регистрация обращения');
    expect(labelOf(AUDIT_OPERATION_LABELS, 'updateContactOfficial')).toBe('Изменение контактного лица');
    expect(labelOf(AUDIT_OPERATION_LABELS, 'login')).toBe('Вход');
    expect(labelOf(AUDIT_OPERATION_LABELS, 'reroute')).toBe('Передача другому органу');
    expect(labelOf(AUDIT_OPERATION_LABELS, 'removeCommentRoute')).toBe('Маршрутизация');
  });

  it('names the entity types in Russian', () => {
    expect(labelOf(AUDIT_ENTITY_LABELS, 'Session')).toBe('Сессия');
    expect(labelOf(AUDIT_ENTITY_LABELS, 'InformationRisk')).toBe('Дело о недостоверной информации');
    expect(labelOf(AUDIT_ENTITY_LABELS, 'CommentRoutingRule')).toBe('Маршрут');
  });

  it('keeps an unknown code', () => {
    expect(labelOf(AUDIT_OPERATION_LABELS, 'someNewOperation')).toBe('someNewOperation');
  });

  it('ignores inherited object properties', () => {
    expect(labelOf(AUDIT_OPERATION_LABELS, 'toString')).toBe('toString');
  });
});

describe('entityPath', () => {
  it('links appeals and cases to their cards', () => {
    expect(entityPath('Appeal', '4f0c6c1e-0000-4000-8000-000000000001')).toBe('/appeals/4f0c6c1e-0000-4000-8000-000000000001');
    expect(entityPath('InformationRisk', 'abc')).toBe('/comments/abc');
  });

  it('returns null for other entity types', () => {
    expect(entityPath('ContactOfficial', 'abc')).toBeNull();
    expect(entityPath('Session', 'abc')).toBeNull();
  });
});
