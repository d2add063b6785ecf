import { rulesAt } from '../../../common/rules.js';
import type { OrgNode } from './orgs.schema.js';

/**
 * An org as the API shows it at a date: a cell with as many official members
 * as the rules in force then ask for a cell committee (9) should elect one.
 */
export function withCommitteeDue<O extends Omit<OrgNode, 'committeeDue'>>(
  o: O,
  at: string,
): O & { committeeDue: boolean } {
  return {
    ...o,
    committeeDue: o.kind === 'cell' && o.members.official >= rulesAt(at).cells.committeeFromOfficialMembers,
  };
}
