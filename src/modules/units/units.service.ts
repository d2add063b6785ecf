import { AppError } from '../errors.js';
import type { Db } from '../../platform/db.js';
import { findUnitByCode, subtreeAt, unitValidAt } from './units.repository.js';
import type { TreeResponse, UnitNode } from './units.schema.js';

/** The unit tree valid at `at`, rooted at `scope` (a unit code) or at every root unit. */
export async function unitTree(db: Db, at: string, scope?: string, depth = 4): Promise<TreeResponse> {
  let rootId: number | null = null;
  if (scope) {
    const unit = await findUnitByCode(db, scope);
    if (!unit) throw new AppError('UNIT_NOT_FOUND', { code: scope });
    if (!(await unitValidAt(db, unit.id, at))) throw new AppError('UNIT_NOT_VALID_AT', { code: scope, at });
    rootId = unit.id;
  }
  const flat = await subtreeAt(db, at, rootId, depth);
  const nodes = new Map<number, UnitNode>();
  for (const r of flat)
    nodes.set(r.id, { code: r.code, name: r.name, level: r.level, subtype: r.subtype, children: [] });
  const roots: UnitNode[] = [];
  for (const r of flat) {
    const parent = r.parentId === null ? undefined : nodes.get(r.parentId);
    if (parent && !(rootId !== null && r.id === rootId)) parent.children.push(nodes.get(r.id)!);
    else roots.push(nodes.get(r.id)!);
  }
  return { at, units: roots };
}
