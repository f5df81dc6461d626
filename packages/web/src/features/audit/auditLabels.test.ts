import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
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

  it('names every operation and entity the server audits', () => {
    const serverSource = path.resolve(import.meta.dirname, '../../../../server/src');
    const files = readdirSync(serverSource, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    const text = files.map((file) => readFileSync(path.join(serverSource, file), 'utf8')).join('\n');
    const operations = new Set([...text.matchAll(/operation: '(\w+)'/g)].map((match) => match[1]!));
    const entities = new Set([...text.matchAll(/entityType: '(\w+)'/g)].map((match) => match[1]!));
    expect(operations.size).toBeGreaterThan(10);
    expect([...operations].filter((name) => !(name in AUDIT_OPERATION_LABELS))).toEqual([]);
    expect([...entities].filter((name) => !(name in AUDIT_ENTITY_LABELS))).toEqual([]);
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
