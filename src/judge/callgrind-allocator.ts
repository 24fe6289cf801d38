// CPython's allocator at a fixed price. What one call of pymalloc costs depends on the heap, not on the code:
// whether the block's pool is one block from full (then every alloc unlinks it and every free relinks it),
// which half of its 1 MiB arena window the pool sits in (address_in_range's short-circuit), whether glibc
// reallocs in place. On bench/fixture that moved a loop's count by 1.5% from one call to the next and made a
// +1% loop read +0.42%. So each call into the allocator from outside it counts a fixed price instead of the
// instructions it took: the count follows how many allocations the code makes, not where they land. Pure.

/**
 * Instructions charged per call: about the fast path of CPython 3.12's pymalloc (measured: malloc 43, free 64,
 * with the thread-state lookup). Realloc's copy and calloc's zeroing are priced in, as their cost (in place or
 * moved, fresh pages or reused) is the allocator's too. The same in 3.10–3.13, where these functions exist.
 */
export const ALLOCATOR_PRICES: Readonly<Record<string, number>> = {
  _PyObject_Malloc: 43,
  _PyObject_Calloc: 50,
  _PyObject_Realloc: 100,
  _PyObject_Free: 64,
};

const priced = (name: string | undefined) => name !== undefined && Object.hasOwn(ALLOCATOR_PRICES, name);

/**
 * Priced minus counted instructions of one callgrind dump (`Ir`): for every call record into a priced function
 * from a function that is not one (calls inside realloc are part of its price), price × calls − the inclusive
 * cost recorded. 0 when the dump names no allocator function (a stripped interpreter): then counts stay raw.
 * Reads the callgrind format's `events:`/`positions:` headers, `fn=`/`cfn=` with compressed `(id) name`
 * names, and `calls=<n> <target>` followed by the line of the call's inclusive cost.
 */
export function allocatorAdjustment(text: string): number {
  let irColumn = 0;
  let positions = 1;
  const names = new Map<string, string>();
  let fn: string | undefined;
  let cfn: string | undefined;
  let calls: number | undefined;
  let adjustment = 0;
  const name = (spec: string) => {
    const m = /^\((\d+)\)(?:\s+(.*))?$/.exec(spec.trim());
    if (!m) return spec.trim();
    if (m[2] !== undefined) names.set(m[1]!, m[2]);
    return names.get(m[1]!);
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('events:')) irColumn = Math.max(0, line.slice(7).trim().split(/\s+/).indexOf('Ir'));
    else if (line.startsWith('positions:')) positions = line.slice(10).trim().split(/\s+/).length;
    else if (line.startsWith('fn=')) fn = name(line.slice(3));
    else if (line.startsWith('cfn=')) cfn = name(line.slice(4));
    else if (line.startsWith('calls=')) calls = Number(line.slice(6).trim().split(/\s+/)[0]);
    else if (calls !== undefined && /^[\d+\-*]/.test(line)) {
      if (priced(cfn) && !priced(fn)) adjustment += ALLOCATOR_PRICES[cfn!]! * calls - Number(line.trim().split(/\s+/)[positions + irColumn] ?? 0);
      calls = undefined;
    }
  }
  return adjustment;
}
