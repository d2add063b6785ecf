/** Names for the codes a record holds (villages, cells), from the unit tree and the organisations of today. */
import { Link } from 'react-router';
import { todayIso } from '../../lib/format';
import { useUnitTree, type UnitNode } from '../../lib/units';
import { useOrgs, type OrgsList } from './data';

const unitNames = new WeakMap<UnitNode[], Map<string, string>>();
const orgNames = new WeakMap<OrgsList, Map<string, string>>();

function unitMap(units: UnitNode[]): Map<string, string> {
  let m = unitNames.get(units);
  if (!m) {
    const names = new Map<string, string>();
    const walk = (list: UnitNode[]): void => {
      for (const u of list) {
        names.set(u.code, u.name);
        walk(u.children);
      }
    };
    walk(units);
    unitNames.set(units, (m = names));
  }
  return m;
}

function orgMap(list: OrgsList): Map<string, string> {
  let m = orgNames.get(list);
  if (!m) orgNames.set(list, (m = new Map(list.orgs.map((o) => [o.code, o.name]))));
  return m;
}

/** name(code) for units and organisations the account can see today; undefined for others (a code of the past, say). */
export function useNames() {
  const today = todayIso();
  const tree = useUnitTree(today).data;
  const orgs = useOrgs(today).data;
  return {
    unit: (code: string) => (tree ? unitMap(tree.units).get(code) : undefined),
    org: (code: string) => (orgs ? orgMap(orgs).get(code) : undefined),
  };
}

/** A link to a village's page, named when the name is known (the code on hover). */
export function VillageLink({ code }: { code: string }) {
  const name = useNames().unit(code);
  return (
    <Link to={`/villages/${code}`} title={code}>
      {name ?? code}
    </Link>
  );
}

/** A link to a committee's or cell's page, named when the name is known. */
export function OrgLink({ code, at }: { code: string; at?: string }) {
  const name = useNames().org(code);
  return (
    <Link to={at ? `/orgs/${code}?at=${at}` : `/orgs/${code}`} title={code}>
      {name ?? code}
    </Link>
  );
}
