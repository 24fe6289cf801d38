// Annotations for regressions (report/annotations.ts): the line of the project's own function whose time
// grew most, never the stdlib or site-packages; one per line of code; at most 10, the largest slowdowns first.
import { type ProfileDelta, type Row } from '../../src/model/row.js';
import { MAX_ANNOTATIONS, regressionAnnotations, repositoryLocation } from '../../src/report/annotations.js';
import { row } from '../helpers/report-fixture.js';

const delta = (fn: string, grew: number): ProfileDelta => ({
  function: fn,
  base: { ncalls: 1, tottime: 1e-5, cumtime: 2e-5 },
  head: { ncalls: 1, tottime: 1e-5 + grew, cumtime: 2e-5 + grew },
  tottimeDelta: grew,
});
const regressed = (name: string, ratio: number, ...top: ProfileDelta[]): Row => row(name, 'regression', { ratio, profile: { iterations: 10, top } });

describe('repositoryLocation', () => {
  it.each([
    ['src/calc.py:12(work)', { file: 'src/calc.py', line: 12, name: 'work' }],
    ['calc.py:3(<listcomp>)', { file: 'calc.py', line: 3, name: '<listcomp>' }],
    ['…/re.py:288(_compile)', undefined],
    ['~:0(<built-in method builtins.sum>)', undefined],
    ['.venv/lib/python3.12/site-packages/numpy/core.py:10(f)', undefined],
    ['/usr/lib/python3.12/json/decoder.py:1(decode)', undefined],
    ['../outside.py:1(f)', undefined],
    ['<string>:1(<module>)', undefined],
    ['not a profile entry', undefined],
  ])('%p → %p', (fn, expected) => expect(repositoryLocation(fn)).toEqual(expected));
});

describe('regressionAnnotations', () => {
  it("points at the project's function whose own time grew most, skipping the stdlib and builtins", () => {
    const rows = [
      regressed(
        'test_word_counts',
        1.3,
        delta('…/collections/__init__.py:600(update)', 5e-5),
        delta('~:0(<built-in method builtins.sorted>)', 4e-5),
        delta('src/textkit.py:12(word_counts)', 2e-5),
      ),
      row('test_same', 'unchanged', { profile: { iterations: 1, top: [delta('src/other.py:1(f)', 1e-5)] } }),
    ];
    expect(regressionAnnotations(rows)).toEqual([
      {
        file: 'src/textkit.py',
        startLine: 12,
        title: 'py-perf-guard: word_counts got slower',
        message:
          'test_word_counts is 30.0% slower on 3.12 (CI +20.0% to +40.0%). Under cProfile, word_counts grew most: 10 µs → 30 µs of its own time per benchmark call.',
      },
    ]);
  });

  it('leaves out regressions without a profile, or whose growth is all outside the repository', () => {
    expect(
      regressionAnnotations([row('a', 'regression'), regressed('b', 1.5, delta('…/re.py:1(f)', 1e-5)), regressed('c', 1.5, delta('src/c.py:1(f)', -1e-6))]),
    ).toEqual([]);
  });

  it('makes one annotation per line of code, naming every benchmark that points there', () => {
    const a = regressionAnnotations([regressed('t1', 1.2, delta('calc.py:5(work)', 1e-5)), regressed('t2', 1.4, delta('calc.py:5(work)', 1e-5))]);
    expect(a).toHaveLength(1);
    expect(a[0].message).toMatch(/^t2 is 40\.0% slower on 3\.12 .*; t1 is 20\.0% slower on 3\.12/);
  });

  it('gives at most 10, the largest slowdowns first', () => {
    const rows = Array.from({ length: 15 }, (_, i) => regressed(`t${i}`, 1.1 + i / 100, delta(`src/m${i}.py:${i + 1}(f${i})`, 1e-5)));
    const a = regressionAnnotations(rows);
    expect(MAX_ANNOTATIONS).toBe(10);
    expect(a).toHaveLength(10);
    expect(a[0]).toMatchObject({ file: 'src/m14.py', startLine: 15 });
    expect(a.map((x) => x.file)).not.toContain('src/m4.py');
  });
});
