import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Account } from './auth';
import type { LazyPage } from './lazyPage';
import type { Permission } from '../../../common/permissions';

/**
 * One screen of the app. Each module folder exports its own (modules/<name>/route.tsx);
 * routes.tsx lists them. The page itself is React.lazy, so each screen is its own chunk.
 */
export interface AppRoute {
  key: string;
  /** Path under /admin/, without a leading slash; '' is the home page. */
  path: string;
  /** i18n key of the menu entry. */
  labelKey: string;
  icon: ReactNode;
  /** The menu shows the entry, and the route renders, only for roles with this permission. */
  permission: Permission;
  element: ReactNode;
  /** Its pages, loaded on demand: the app asks for them at start when the address is this route's. */
  pages: LazyPage[];
  /** What its first view will ask the API for, asked at start as soon as the account is known (beside the pages' code). */
  prefetch?: (client: QueryClient, account: Account, params: URLSearchParams) => void;
}
