import type { FastifyRequest } from 'fastify';
import type { Db } from '../../platform/db.js';
import { requestLang } from '../../platform/http.js';
import { personInScope, unitWritableOn } from '../auth/scope.js';
import type { Writer } from './records.service.js';

/** The signed-in account of a request as the writer of a change: its actor, language and scope checks. */
export function writerOf(db: Db, req: FastifyRequest): Writer {
  const account = req.signedIn();
  return {
    actor: req.actor(),
    scopeCode: account.scopeCode,
    lang: requestLang(req),
    unitInScope: (id, at) => unitWritableOn(db, account, id, at),
    personInScope: (id) => personInScope(db, account, id),
  };
}
