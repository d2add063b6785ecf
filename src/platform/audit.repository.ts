/**
 * The audit log's SQL: the transaction-local settings its triggers read, the
 * events appended to it, and the rows read back about a person or a unit.
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { rows, type Db } from './db.js';
import { primaryOf } from './replica.js';

/**
 * Who makes a change. Register tables are audited by triggers (migration
 * 0003_audit_triggers) that read these values from transaction-local settings
 * and refuse a change made without an actor.
 */
export interface AuditActor {
  /** `account:<username>` for a signed-in user, `cli:<os user>` for the local administrator, `system:<what>` otherwise. */
  actor: string;
  accountId?: number | null;
  requestId?: string | null;
  reason?: string | null;
}

/** Sets the actor of the current transaction; every audited change after it in the transaction is attributed to it. */
export async function setAuditActor(tx: Db, a: AuditActor): Promise<void> {
  await tx.execute(sql`select set_config('grassroots.actor', ${a.actor}, true),
    set_config('grassroots.account_id', ${a.accountId == null ? '' : String(a.accountId)}, true),
    set_config('grassroots.request_id', ${a.requestId ?? ''}, true),
    set_config('grassroots.reason', ${a.reason ?? ''}, true)`);
}

/** An event that is not a row change: a sign-in, a read of sensitive data, an export. */
export interface AuditEvent {
  action: string;
  entity: string;
  entityId?: string | null;
  personId?: number | null;
  unitId?: number | null;
  detail?: unknown;
}

/** Appends an event to the audit log (in the caller's transaction when `db` is one). */
export async function recordEvent(db: Db, a: AuditActor, e: AuditEvent): Promise<void> {
  // a route that reads from a replica still writes its events to the primary
  await primaryOf(
    db,
  ).execute(sql`insert into audit_log (actor, account_id, request_id, reason, action, entity, entity_id, person_id, unit_id, after)
    values (${a.actor}, ${a.accountId ?? null}, ${a.requestId ?? null}, ${a.reason ?? null}, ${e.action}, ${e.entity},
            ${e.entityId ?? null}, ${e.personId ?? null}, ${e.unitId ?? null}, ${e.detail === undefined ? null : JSON.stringify(e.detail)}::jsonb)`);
}

/** One line of a timeline's history. */
export const auditEntry = z
  .object({
    at: z.string(),
    actor: z.string().describe('Who: account:<user name>, cli:<system user>'),
    action: z.string().describe('insert, update, delete, or an event (read-sensitive, export, …)'),
    entity: z.string().describe('The table'),
    entityId: z.string().nullable(),
    reason: z.string().nullable().describe('The reason given with the change'),
    before: z.unknown().describe('The row before the change (null for an insert)'),
    after: z.unknown().describe('The row after the change (null for a delete)'),
  })
  .meta({ id: 'AuditEntry', description: 'One recorded change or event, from the audit log' });
export type AuditEntry = z.infer<typeof auditEntry>;

/** The audit rows about a person or a unit, oldest first (the latest `limit`), unmasked. */
export async function auditRows(
  db: Db,
  about: { personId?: number; unitId?: number },
  limit: number,
): Promise<AuditEntry[]> {
  const where =
    about.personId !== undefined ? sql`person_id = ${about.personId}` : sql`unit_id = ${about.unitId ?? -1}`;
  const r = await rows<AuditEntry & { id?: number }>(
    db,
    sql`select * from (
          select to_char(at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD"T"HH24:MI:SS') as "at", actor, action, entity,
                 entity_id as "entityId", reason, before, after, id
          from audit_log where ${where} order by id desc limit ${limit}
        ) x order by id`,
  );
  return r.map(({ id: _id, ...e }) => e);
}
