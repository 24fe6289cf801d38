// Reading untrusted JSON field by field: each accessor checks one field's type and bounds and, when it does
// not hold, throws an Error naming the field by its path (`benchmarks[3].ratio`). Pure.

export class JsonFieldError extends Error {
  constructor(
    readonly field: string,
    expected: string,
    got: unknown,
  ) {
    super(`field '${field}' must be ${expected} (it is ${describe(got)})`);
    this.name = 'JsonFieldError';
  }
}

function describe(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return `an array of ${v.length}`;
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v).slice(0, 40)}`;
}

const isObject = (v: unknown): v is Record<string, unknown> => Boolean(v) && typeof v === 'object' && !Array.isArray(v);

/** Bounds that keep a forged file from making rendering or recomputing slow. */
export const LIMITS = { text: 4000, list: 100_000 } as const;

/** One JSON object and where it sits in the file. */
export class Fields {
  private constructor(
    private readonly o: Record<string, unknown>,
    readonly path: string,
  ) {}

  static of(value: unknown, path: string): Fields {
    if (!isObject(value)) throw new JsonFieldError(path || '(top level)', 'an object', value);
    return new Fields(value, path);
  }

  private at(key: string): string {
    return this.path ? `${this.path}.${key}` : key;
  }

  has(key: string): boolean {
    return this.o[key] !== undefined && this.o[key] !== null;
  }

  raw(key: string): unknown {
    return this.o[key];
  }

  str(key: string, max: number = LIMITS.text): string {
    const v = this.o[key];
    if (typeof v !== 'string' || v.length > max) throw new JsonFieldError(this.at(key), `a string of at most ${max} characters`, v);
    return v;
  }

  optStr(key: string, max: number = LIMITS.text): string | undefined {
    return this.has(key) ? this.str(key, max) : undefined;
  }

  num(key: string, min = -Infinity, max = Infinity): number {
    const v = this.o[key];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max)
      throw new JsonFieldError(this.at(key), `a finite number${min > -Infinity || max < Infinity ? ` from ${min} to ${max}` : ''}`, v);
    return v;
  }

  optNum(key: string, min = -Infinity, max = Infinity): number | undefined {
    return this.has(key) ? this.num(key, min, max) : undefined;
  }

  int(key: string, min = 0, max = Number.MAX_SAFE_INTEGER): number {
    const v = this.num(key, min, max);
    if (!Number.isInteger(v)) throw new JsonFieldError(this.at(key), 'a whole number', v);
    return v;
  }

  optInt(key: string, min = 0, max = Number.MAX_SAFE_INTEGER): number | undefined {
    return this.has(key) ? this.int(key, min, max) : undefined;
  }

  bool(key: string): boolean {
    const v = this.o[key];
    if (typeof v !== 'boolean') throw new JsonFieldError(this.at(key), 'true or false', v);
    return v;
  }

  choice<T extends string>(key: string, choices: readonly T[]): T {
    const v = this.o[key];
    if (typeof v !== 'string' || !(choices as readonly string[]).includes(v)) throw new JsonFieldError(this.at(key), `one of ${choices.join(', ')}`, v);
    return v as T;
  }

  optChoice<T extends string>(key: string, choices: readonly T[]): T | undefined {
    return this.has(key) ? this.choice(key, choices) : undefined;
  }

  obj(key: string): Fields {
    return Fields.of(this.o[key], this.at(key));
  }

  optObj(key: string): Fields | undefined {
    return this.has(key) ? this.obj(key) : undefined;
  }

  /** An array of objects, each read by `read`. */
  list<T>(key: string, read: (item: Fields) => T, max: number = LIMITS.list): T[] {
    const v = this.o[key];
    if (!Array.isArray(v) || v.length > max) throw new JsonFieldError(this.at(key), `an array of at most ${max} items`, v);
    return v.map((item, i) => read(Fields.of(item, `${this.at(key)}[${i}]`)));
  }

  /** An array of finite numbers (raw measurements: pair estimates, samples). */
  numbers(key: string, max: number = LIMITS.list, min = -Infinity): number[] {
    const v = this.o[key];
    if (!Array.isArray(v) || v.length > max) throw new JsonFieldError(this.at(key), `an array of at most ${max} numbers`, v);
    v.forEach((x, i) => {
      if (typeof x !== 'number' || !Number.isFinite(x) || x < min) throw new JsonFieldError(`${this.at(key)}[${i}]`, 'a finite number', x);
    });
    return v as number[];
  }

  /** `[low, high]`, two finite numbers with low ≤ high. */
  interval(key: string): [number, number] {
    const v = this.numbers(key, 2);
    if (v.length !== 2 || v[0] > v[1]) throw new JsonFieldError(this.at(key), 'two numbers [low, high]', this.o[key]);
    return [v[0], v[1]];
  }
}
