// What is wrong with a bulk file, line by line, in words an editor can act on. Every problem names the line of
// the file (as a spreadsheet or text editor numbers it, the header being line 1) and, where it can, the column.

export type BulkProblem = { line: number | null; column: string | null; message: string };

/** "Line 3, column instruction: “abstian” is not one of aye, no, abstain, free"; a problem of the whole file alone. */
export function describeBulkProblem(problem: BulkProblem): string {
  if (problem.line === null) return problem.column === null ? problem.message : `Column ${problem.column}: ${problem.message}`;
  return problem.column === null ? `Line ${problem.line}: ${problem.message}` : `Line ${problem.line}, column ${problem.column}: ${problem.message}`;
}

/** Problems in the order of the file: by line, then by column as the header lists them (whole-line ones first), then as found. */
export function sortProblems(problems: ReadonlyArray<BulkProblem>, columns: ReadonlyArray<string> = []): BulkProblem[] {
  const columnIndex = (p: BulkProblem) => (p.column === null ? -1 : columns.includes(p.column) ? columns.indexOf(p.column) : columns.length);
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.line ?? 0) - (b.p.line ?? 0) || columnIndex(a.p) - columnIndex(b.p) || a.i - b.i)
    .map(({ p }) => p);
}
