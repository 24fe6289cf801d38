// The one TOML error policy: a file that does not parse yields an error naming the file and the parser's
// first line (the rest is a code frame). Each caller decides what that means: a timeit suite fails, a
// pyproject.toml is ignored (with a warning where the run can give one).
import { parse } from 'smol-toml';

export type TomlDocument = Record<string, unknown>;

export function parseTomlFile(text: string, file: string): { doc: TomlDocument } | { error: string } {
  try {
    return { doc: parse(text) as TomlDocument };
  } catch (e) {
    return { error: `${file} is not valid TOML: ${(e as Error).message.split('\n')[0]}` };
  }
}
