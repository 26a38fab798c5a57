/** One thing wrong in a lesson file, where it is and why, in words an author can act on. */
export interface Problem {
  /** Path from the project root, e.g. `lessons/mld-vs-ald/index.md`. */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** Starts with the offending key when there is one: `sim.set.pulseAS: 20 is out of range …`. */
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}

/** Collects the problems of one file; `at(line, message)` is the only way to add one. */
export class FileProblems {
  readonly list: Problem[] = [];
  constructor(readonly file: string) {}

  at(line: number, message: string): void {
    this.list.push({ file: this.file, line, message });
  }
}

/** Thrown by the build when any lesson has a problem; the message lists them all, one a line. */
export class LessonBuildError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the lessons:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'LessonBuildError';
    // The list is the whole story; a stack trace into the build code would only bury it.
    this.stack = `${this.name}: ${this.message}`;
  }
}
