import { describe, expect, it } from 'vitest';
import { escapeHtml } from './html';

describe('escapeHtml', () => {
  it('makes a unit name with markup plain text', () => {
    expect(escapeHtml('Xã <img src=x onerror="alert(1)"> & \'Một\'')).toBe(
      'Xã &lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;Một&#39;',
    );
    expect(escapeHtml('Phường Phố Hiến')).toBe('Phường Phố Hiến');
  });
});
