import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Agency } from '../agencies/agency.entity.js';

export enum UserRole {
  CENTER_ADMIN = 'CENTER_ADMIN',
  CENTER_OPERATOR = 'CENTER_OPERATOR',
  AGENCY_OFFICIAL = 'AGENCY_OFFICIAL',
  PRESS_SERVICE = 'PRESS_SERVICE',
}

/** A person who signs in; an AGENCY_OFFICIAL is bound to exactly one agency. */
@Entity({ tableName: 'app_user' })
export class User {
  [OptionalProps]?: 'active' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Stored lower-cased so that sign-in ignores letter case. */
  @Unique()
  @Property({ type: 'text' })
  email!: string;

  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Property({ type: 'text' })
  fullName!: string;

  @Enum({ items: () => UserRole, nativeEnumName: 'user_role' })
  role!: UserRole;

  @ManyToOne(() => Agency, { nullable: true, deleteRule: 'restrict' })
  agency?: Agency | null;

  @Property({ type: 'boolean' })
  active: boolean = true;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

/** A sign-in session; only the SHA-256 of the token is stored, so a database dump reveals no token. */
@Entity({ tableName: 'session' })
export class Session {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Unique()
  @Property({ type: 'string', length: 64 })
  tokenHash!: string;

  @Index()
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;
}
