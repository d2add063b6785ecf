import type { AppRoute } from './appRoute';
import { dashboardRoute } from '../modules/dashboard/route';
import { villagesRoute } from '../modules/villages/route';
import { peopleRoute } from '../modules/people/route';
import { orgsRoute } from '../modules/orgs/route';
import { transferRoute } from '../modules/transfer/route';
import { admissionsRoute } from '../modules/admissions/route';
import { cellsRoute } from '../modules/cells/route';
import { electionsRoute } from '../modules/elections/route';
import { checksRoute } from '../modules/checks/route';
import { targetsRoute } from '../modules/targets/route';
import { rulesRoute } from '../modules/rules/route';
import { accountsRoute } from '../modules/accounts/route';
import { reportsRoute } from '../modules/reports/route';
import { portalRoute } from '../modules/portal/route';

/** Every screen, in menu order. A new screen is a new module folder and one line here. */
export const appRoutes: AppRoute[] = [
  dashboardRoute,
  reportsRoute,
  villagesRoute,
  peopleRoute,
  orgsRoute,
  transferRoute,
  admissionsRoute,
  cellsRoute,
  electionsRoute,
  targetsRoute,
  checksRoute,
  portalRoute,
  rulesRoute,
  accountsRoute,
];
