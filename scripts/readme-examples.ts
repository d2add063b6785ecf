/**
 * The README's examples of the command line over the demo province. A
 * ```console block holds commands, each on a line `$ npm run -s grassroots --
 * <args>`, and below each what it prints. test/readme.test.ts runs every one
 * over a copy of the demo and fails when the README shows anything else;
 * `npx tsx scripts/readme-examples.ts --data DIR` (DIR: a data directory
 * holding the demo province, as `npm run -s grassroots -- demo --data DIR`
 * makes) writes their output into README.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cli } from '../test/process.js';

const root = fileURLToPath(new URL('..', import.meta.url));
export const readmePath = `${root}/README.md`;

const prompt = '$ npm run -s grassroots -- ';

export interface Example {
  /** The command's arguments, after `grassroots`. */
  args: string[];
  /** What the README shows it prints. */
  output: string;
  /** Where the output stands in the README: [start, end) of its text. */
  span: [number, number];
}

/** Every example of the README, in order. */
export function readmeExamples(readme: string): Example[] {
  const examples: Example[] = [];
  for (const block of readme.matchAll(/^```console\n([\s\S]*?)^```$/gm)) {
    let offset = block.index + '```console\n'.length;
    const lines = block[1].split('\n').slice(0, -1);
    let current: Example | null = null;
    for (const line of lines) {
      if (line.startsWith(prompt)) {
        const command = line.slice(prompt.length);
        if (/["'\\]/.test(command)) throw new Error(`a README example must be plain words, without quotes: ${line}`);
        current = {
          args: command.split(/\s+/).filter(Boolean),
          output: '',
          span: [offset + line.length + 1, offset + line.length + 1],
        };
        examples.push(current);
      } else if (current) {
        current.output += `${line}\n`;
        current.span[1] = offset + line.length + 1;
      } else {
        throw new Error(`a README console block must start with "${prompt}…": ${line}`);
      }
      offset += line.length + 1;
    }
  }
  return examples;
}

/** What an example prints over the data directory `data` (its standard output; it must succeed). */
export function runExample(args: string[], data: string): string {
  const r = cli([...args, '--data', data]);
  if (r.status !== 0) throw new Error(`grassroots ${args.join(' ')} exited with ${r.status}: ${r.stderr}`);
  return r.stdout.endsWith('\n') ? r.stdout : `${r.stdout}\n`;
}

/** The README with each example's output replaced by `outputs`, in order. */
export function withOutputs(readme: string, examples: Example[], outputs: string[]): string {
  let text = readme;
  for (let i = examples.length - 1; i >= 0; i--)
    text = text.slice(0, examples[i].span[0]) + outputs[i] + text.slice(examples[i].span[1]);
  return text;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--data');
  const data = at > 0 ? process.argv[at + 1] : undefined;
  if (!data)
    throw new Error(
      'usage: npx tsx scripts/readme-examples.ts --data DIR (a data directory holding the demo province)',
    );
  const readme = readFileSync(readmePath, 'utf8');
  const examples = readmeExamples(readme);
  writeFileSync(
    readmePath,
    withOutputs(
      readme,
      examples,
      examples.map((e) => runExample(e.args, data)),
    ),
  );
  process.stdout.write(`README.md: ${examples.length} examples\n`);
}
