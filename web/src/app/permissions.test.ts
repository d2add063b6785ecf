import { describe, expect, it } from 'vitest';
import { permissions as server } from '../../../src/modules/auth/scope.js';
import { can, permissions } from './permissions';

describe('the roles the web app knows', () => {
  it('are the server\'s, permission by permission', () => {
    expect(permissions).toEqual(server);
  });

  it('hide personal data from the portal editor and keep figures for everyone', () => {
    expect(can('editor', 'register.read')).toBe(false);
    expect(can('editor', 'figures.read')).toBe(true);
    expect(can('viewer', 'register.write')).toBe(false);
    expect(can(undefined, 'figures.read')).toBe(false);
  });
});
