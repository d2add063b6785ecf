/**
 * Mutants that cannot change what the program does (equivalent mutants):
 * Stryker leaves them out of the run and out of the score, as "Ignored" with
 * the reason below. Each entry names its file, the exact code of the node
 * whose mutants are equivalent, and why.
 */
import { readFileSync } from 'node:fs';
import { PluginKind, declareValuePlugin } from '@stryker-mutator/api/plugin';

export const equivalent = [
  {
    file: 'src/modules/rules/working-days.ts',
    code: 'if (cached) return cached;',
    why: 'a cache of a pure function: without it the same set is computed again',
  },
  {
    file: 'src/modules/rules/working-days.ts',
    code: '[...holidays].sort()',
    why: "date-holidays lists a year's holidays in date order and 3/9 is added last, after every other one: the set is already sorted (checked for 1990-2200)",
  },
  {
    file: 'src/modules/reports/reports.narrative.ts',
    code: "'en'",
    why: "ratio() writes English for any language but 'vi': another string there gives the same text",
  },
];

const sources = new Map();
const sourceOf = (file) => {
  if (!sources.has(file)) sources.set(file, readFileSync(file, 'utf8'));
  return sources.get(file);
};

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'equivalent', {
    shouldIgnore(path) {
      const { node } = path;
      const file = node.loc?.filename ?? path.hub?.file?.opts?.filename;
      if (!file || node.start == null || node.end == null) return undefined;
      const here = equivalent.filter((e) => file.replaceAll('\\', '/').endsWith(e.file));
      if (here.length === 0) return undefined;
      const code = sourceOf(file).slice(node.start, node.end);
      return here.find((e) => e.code === code)?.why && `equivalent: ${here.find((e) => e.code === code).why}`;
    },
  }),
];
