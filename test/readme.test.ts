/**
 * The README's command-line examples print, over the demo province, exactly
 * what the README shows (scripts/readme-examples.ts): the README cannot
 * drift from the program or the demo.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readmeExamples, readmePath, runExample, withOutputs } from '../scripts/readme-examples.js';
import { copyDemoInto } from './demo-template.js';

describe('the README', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gr-readme-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds its examples and puts outputs back where they were', () => {
    const text =
      'a\n```console\n$ npm run -s grassroots -- rules\nold\nlines\n$ npm run -s grassroots -- report --scope 33\nx\n```\nb\n';
    const examples = readmeExamples(text);
    expect(examples.map((e) => [e.args, e.output])).toEqual([
      [['rules'], 'old\nlines\n'],
      [['report', '--scope', '33'], 'x\n'],
    ]);
    expect(withOutputs(text, examples, ['new\n', 'y\nz\n'])).toBe(
      'a\n```console\n$ npm run -s grassroots -- rules\nnew\n$ npm run -s grassroots -- report --scope 33\ny\nz\n```\nb\n',
    );
  });

  it('shows what each of its commands prints over the demo province', { timeout: 900_000 }, async () => {
    const data = join(dir, 'data');
    await copyDemoInto(data);
    const readme = readFileSync(readmePath, 'utf8');
    const examples = readmeExamples(readme);
    expect(examples.length).toBeGreaterThan(0);
    const printed = examples.map((e) => runExample(e.args, data));
    // on a difference: `npx tsx scripts/readme-examples.ts --data DIR` over the demo writes the new output into README.md
    expect(examples.map((e, i) => ({ command: e.args.join(' '), output: printed[i] }))).toEqual(
      examples.map((e) => ({ command: e.args.join(' '), output: e.output })),
    );
  });
});
