/**
 * The whole tree is formatted and passes the linter (biome.jsonc): Biome's
 * `ci` command checks both and changes nothing. `npx biome check --write .`
 * formats and applies the safe fixes.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { root } from './process.js';

it('is formatted and passes the linter', () => {
  const run = spawnSync(join(root, 'node_modules/.bin/biome'), ['ci', '--reporter=summary', '--colors=off', '.'], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(run.error).toBeUndefined();
  expect({ status: run.status, output: run.status === 0 ? '' : `${run.stdout}${run.stderr}` }).toEqual({
    status: 0,
    output: '',
  });
});
