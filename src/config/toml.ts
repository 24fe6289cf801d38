// The one TOML error policy: a file that does not parse yields an error naming the file and where
// (`line 3, column 1: <what>`; the parser's code frame is dropped). Each caller decides what that means:
// a timeit suite fails on its side, an invalid pyproject.toml stops the run (exit 2).
import { parse } from 'smol-toml';

export type TomlDocument = Record<string, unknown>;

/** A smol-toml parse error as one line that says where: `line 3, column 1: <what>`. */
export function describeTomlError(e: unknown): string {
  const err = e as { message?: string; line?: number; column?: number };
  const what = (err.message ?? String(e)).split('\n')[0].replace(/^Invalid TOML document: /, '');
  return err.line ? `line ${err.line}, column ${err.column ?? 1}: ${what}` : what;
}

export function parseTomlFile(text: string, file: string): { doc: TomlDocument } | { error: string } {
  try {
    return { doc: parse(text) as TomlDocument };
  } catch (e) {
    return { error: `${file}: is not valid TOML: ${describeTomlError(e)}` };
  }
}
