// A small Python project whose head commit makes one function 30% slower (more real work, not sleeps),
// one 30% faster, breaks one, adds one and leaves one alone, with a pytest-benchmark and a timeit suite.

const work = `
def work(n):
    total = 0
    for i in range(n):
        total += i * i
    return total
`;

export const CALC_BASE: Record<string, string> = {
  'calc.py': `${work}
def slow_target():
    return work(3000)


def fast_target():
    return work(3000)


def steady():
    return work(3000)


def fragile():
    return work(100)
`,
  'benchmarks/test_calc.py': `import calc


def test_slow(benchmark):
    benchmark(calc.slow_target)


def test_fast(benchmark):
    benchmark(calc.fast_target)


def test_steady(benchmark):
    benchmark(calc.steady)


def test_fragile(benchmark):
    benchmark(calc.fragile)
`,
  'benchmarks/micro.toml': `[defaults]
setup = "import calc"

[[benchmark]]
name = "slow"
stmt = "calc.slow_target()"

[[benchmark]]
name = "fast"
stmt = "calc.fast_target()"

[[benchmark]]
name = "steady"
stmt = "calc.steady()"
`,
};

export const CALC_HEAD: Record<string, string> = {
  'calc.py': `${work}
def slow_target():
    return work(3900)


def fast_target():
    return work(2100)


def steady():
    return work(3000)


def fragile():
    return 1 / 0


def brand_new():
    return work(10)
`,
  'benchmarks/test_new.py': `import calc


def test_brand_new(benchmark):
    benchmark(calc.brand_new)
`,
};
