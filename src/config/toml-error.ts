// A smol-toml parse error as one line that says where: `line 3, column 1: <what>`.

export function describeTomlError(e: unknown): string {
  const err = e as { message?: string; line?: number; column?: number };
  const what = (err.message ?? String(e)).split('\n')[0].replace(/^Invalid TOML document: /, '');
  return err.line ? `line ${err.line}, column ${err.column ?? 1}: ${what}` : what;
}
