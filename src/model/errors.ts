// The errors that end a run before any verdict, each with the exit code it maps to.

/** A failure of the run as a whole: reported as verdict `error` with this exit code. */
export abstract class RunError extends Error {
  abstract readonly exitCode: 1 | 2;
}

/** A bad input: names the input, quotes the value, says what is accepted. Exit code 2. */
export class ConfigError extends RunError {
  readonly exitCode = 2;
  constructor(
    readonly source: string,
    readonly value: string,
    readonly expected: string,
  ) {
    super(`${source} is ${JSON.stringify(value)}: expected ${expected}`);
    this.name = 'ConfigError';
  }
}

/** Something around the run is unusable (unknown commit, no interpreter): nothing could be measured. Exit code 2. */
export class EnvironmentError extends RunError {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'EnvironmentError';
  }
}
