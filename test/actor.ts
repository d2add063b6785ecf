import type { AuditActor } from '../src/platform/audit.js';

/** The actor of writes made by tests: every audited change needs one. */
export const testActor: AuditActor = { actor: 'system:test' };
