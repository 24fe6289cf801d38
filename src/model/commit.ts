// A commit as the report names it.
export interface CommitInfo {
  /** The ref as given or derived (`main`, `HEAD^`). */
  ref: string;
  sha: string;
}
