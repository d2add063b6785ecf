import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { roles } from '../../../common/permissions.js';

export { roles, type Role } from '../../../common/permissions.js';

/**
 * A person who signs in. The scope is one unit, by code: the account sees and
 * changes that unit's subtree only (null: the whole register, for admins).
 */
export const accounts = pgTable(
  'accounts',
  {
    id: serial('id').primaryKey(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: roles }).notNull(),
    // a unit code, not an id: codes are the register's stable names (GSO codes), kept across rebuilds and restores
    scopeCode: text('scope_code'),
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'string' }),
    disabledAt: timestamp('disabled_at', { withTimezone: true, mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('accounts_username').on(sql`lower(${t.username})`)],
);

/**
 * A signed-in session. Only the SHA-256 of the cookie's token is kept, so a
 * copy of the database opens no session. Ended sessions stay for the record.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'string' }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true, mode: 'string' }),
    endedReason: text('ended_reason'),
  },
  (t) => [index('sessions_account').on(t.accountId)],
);

/**
 * Append-only record of every change and of every read of sensitive data or
 * export. Register tables write here through triggers in the same statement;
 * a trigger refuses UPDATE and DELETE on this table.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    actor: text('actor').notNull(),
    accountId: integer('account_id'),
    requestId: text('request_id'),
    reason: text('reason'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    personId: integer('person_id'),
    unitId: integer('unit_id'),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [
    index('audit_log_person').on(t.personId),
    index('audit_log_unit').on(t.unitId),
    index('audit_log_entity').on(t.entity, t.entityId),
  ],
);

/** Settings of this database, such as whether it holds the demo data set. */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
});
