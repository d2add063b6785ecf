import { BaseSequencer, type TestSpecification } from 'vitest/node';

const drivesChromium = (f: TestSpecification) => f.moduleId.endsWith('.browser.test.ts');

/**
 * The order test files start in: vitest's own (the slowest first, by the last
 * run's times), with the files that drive Chromium spread among the others,
 * so that rarely more than one worker runs a browser and its server at once:
 * three of them side by side on two cores answer too slowly for the pages'
 * timeouts. The quick files are left for the end.
 */
export default class SpreadBrowsers extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const browsers = sorted.filter(drivesChromium);
    const others = sorted.filter((f) => !drivesChromium(f));
    const gap = Math.ceil(others.length / (2 * Math.max(1, browsers.length)));
    const order: TestSpecification[] = [];
    for (const b of browsers) order.push(b, ...others.splice(0, gap));
    return [...order, ...others];
  }
}
