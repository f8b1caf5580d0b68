import type { TestSpecification } from 'vitest/node'
import { BaseSequencer } from 'vitest/node'

// The files that take longest, slowest first. Without vitest's results cache (CI starts from a
// clean clone) files run largest first, and the eval test is a small file that checks all eval plans (310 now,
// ~250-275 s CPU): it would start last and run on one core while the other worker sat idle. (Since 2026-12-06
// its plans are checked in one child process per core, packages/eval/lib/children.ts; started first, those
// children share the cores with the other worker's files instead of ending the run alone.) The order follows the
// per-file durations of a fresh CI run (2026-12-05); the example builds are shared per run since then, and
// changes-since, fix and odt read the Hoogeveen agenda instead of the whole example since 2026-12-06
// (each ~40-80 s at load 15, where they were 220-270 s and timed out). Started first, the
// long files overlap with the many short ones.
const slowest = [
  // Its timing child runs ~20 s beside the eval test, instead of alone before the suite.
  'test/rules/linear.test.ts',
  'test/eval/eval.test.ts',
  'test/install/tarballs.test.ts',
  'test/examples/publish.test.ts',
  'test/render-html/axe.test.ts',
  'test/cli/changes-since.test.ts',
  'test/render-pdf/timeline.test.ts',
  'test/import/roundtrip.test.ts',
  'test/render-pdf/hoogeveen.test.ts',
  'test/render-docx/docx.test.ts',
  'test/import/odt.test.ts',
  'test/corpus/corpus.test.ts',
  'test/render-pdf/render-pdf.test.ts',
  'test/cli/fix.test.ts'
]

const rank = (spec: TestSpecification): number => {
  const at = slowest.findIndex((file) => spec.moduleId.endsWith(file))
  return at === -1 ? slowest.length : at
}

/** Vitest's order (projects in turn, cached durations when there are any), the known slow files first. */
export class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    // Projects keep vitest's order and still run in turn; within one, the slow files go first.
    const projects = [...new Set(sorted.map((spec) => spec.project.name))]
    const project = (spec: TestSpecification): number => projects.indexOf(spec.project.name)
    return sorted
      .map((spec, index) => ({ spec, index }))
      .sort((a, b) => project(a.spec) - project(b.spec) || rank(a.spec) - rank(b.spec) || a.index - b.index)
      .map(({ spec }) => spec)
  }
}
