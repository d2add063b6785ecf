import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** A page loaded on demand (its own chunk), whose chunk can also be asked for ahead of rendering. */
export type LazyPage = LazyExoticComponent<ComponentType> & { preload: () => Promise<unknown> };

export function lazyPage(load: () => Promise<{ default: ComponentType }>): LazyPage {
  let loading: Promise<{ default: ComponentType }> | undefined;
  const once = () => (loading ??= load());
  return Object.assign(lazy(once), { preload: once });
}
