// vitest's file order (issue 26.6): with two workers, a long file that starts last leaves one core
// idle while it finishes. vitest orders by the last run's durations when it has them (a developer's
// node_modules/.vite cache) and otherwise — a fresh clone, as CI runs — by file size, which puts
// add-operation (39 s, 12 KB) behind dozens of quick larger files. Without durations, the files that
// the durations report (test/setup/durations-reporter.ts) shows slowest go first; the rest keep
// vitest's order. A list of names, not a rule: when another file turns slow, CI's log shows it.
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Slowest first, from the per-file durations of a whole `npm test` (bench/NOTES.md). */
export const SLOW_FILES = [
  'test/hardening/validators-hostile.test.ts',
  'test/package.test.ts',
  'test/docs-site.test.ts',
  'test/add-operation.test.ts',
  'test/hardening/mock-stores.test.ts',
  'test/add-event.test.ts',
  'test/hardening/mock-load.test.ts',
  'test/check-breaking.test.ts',
  'test/hardening/validators.property.test.ts',
  'test/cli.test.ts',
  'test/diff-cli.test.ts',
  'test/hardening/mock-rate-limit.test.ts',
  'test/generators.test.ts',
  'test/json-schema.test.ts',
  'test/bundle-tools.test.ts',
];

export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const key = (f: TestSpecification) => path.relative(this.ctx.config.root, f.moduleId).split(path.sep).join('/');
    // The last run's durations, when vitest has them for every file, order better than any list.
    if (sorted.every((f) => this.ctx.cache.getFileTestResults(`${f.project.name}:${key(f)}`))) return sorted;
    const rank = (f: TestSpecification) => {
      const i = SLOW_FILES.indexOf(key(f));
      return i < 0 ? SLOW_FILES.length : i;
    };
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}
