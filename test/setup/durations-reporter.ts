// A vitest reporter (added to the default one by vitest.config.ts): after the run, every test file's
// wall time in its worker — setup, import (collect) and tests — slowest first, with its project, so
// that CI's log shows which file a slow suite comes from (issue 26.6).
import type { Reporter, TestModule } from 'vitest/node';

export default class DurationsReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const rows = testModules.map((m) => {
      const d = m.diagnostic();
      const importMs = d.prepareDuration + d.setupDuration + d.collectDuration;
      return { file: m.relativeModuleId, project: m.project.name, tests: [...m.children.allTests()].length, importMs, testsMs: d.duration, totalMs: importMs + d.duration };
    });
    rows.sort((a, b) => b.totalMs - a.totalMs);
    const s = (ms: number) => (ms / 1000).toFixed(1).padStart(6);
    const lines = rows.map((r) => `${s(r.totalMs)} s ${s(r.importMs)} s ${s(r.testsMs)} s  ${r.project.padEnd(6)} ${r.file} (${r.tests})`);
    const sum = rows.reduce((t, r) => t + r.totalMs, 0);
    process.stdout.write(`\nPer-file durations, slowest first (total = setup and import + tests; files run ${rows.length > 1 ? 'in parallel workers' : 'alone'}):\n  total  import   tests  project file (tests)\n${lines.join('\n')}\n${s(sum)} s summed over ${rows.length} files\n\n`);
  }
}
