"""Reference values for py-perf-guard's statistics, computed with scipy/numpy.

Run:  python make_stats_reference.py > stats-reference.json
(any Python with scipy >= 1.11; the committed file came from the generator named in its "generator" field).
The unit tests in __tests__/unit/stats.test.ts compare the TypeScript implementation to these numbers.
"""
import json
import sys

import numpy as np
import scipy
from scipy import stats

rng = np.random.default_rng(20261125)


def floats(a):
    return [float(v) for v in a]


mwu_cases = []
datasets = [
    ("tiny no ties", [1.1, 2.3, 3.5, 4.2, 5.9], [2.0, 2.9, 3.1, 6.5, 7.7, 8.1, 0.3]),
    ("shifted n=10", floats(rng.lognormal(0, 0.2, 10) * 1.1), floats(rng.lognormal(0, 0.2, 10))),
    ("unequal 12 vs 9", floats(rng.normal(10, 1, 12)), floats(rng.normal(10.5, 1, 9))),
    ("equal 30", floats(rng.lognormal(-9, 0.25, 30)), floats(rng.lognormal(-9, 0.25, 30))),
    ("large shift 30", floats(rng.lognormal(-9, 0.1, 30) * 1.3), floats(rng.lognormal(-9, 0.1, 30))),
    ("all above", [5.0, 6.0, 7.0, 8.0], [1.0, 2.0, 3.0]),
]
for name, x, y in datasets:
    for alternative in ("greater", "less"):
        for method in ("exact", "asymptotic"):
            r = stats.mannwhitneyu(x, y, alternative=alternative, method=method)
            mwu_cases.append({"name": name, "x": x, "y": y, "alternative": alternative, "method": method,
                              "u": float(r.statistic), "p": float(r.pvalue)})
tied = [
    ("ties", [1, 2, 2, 3, 3, 3, 4, 5], [2, 3, 4, 4, 5, 5, 6]),
    ("ties many", floats(rng.integers(0, 5, 20)), floats(rng.integers(1, 6, 18))),
]
for name, x, y in tied:
    x = floats(x)
    y = floats(y)
    for alternative in ("greater", "less"):
        r = stats.mannwhitneyu(x, y, alternative=alternative, method="asymptotic")
        mwu_cases.append({"name": name, "x": x, "y": y, "alternative": alternative, "method": "asymptotic",
                          "u": float(r.statistic), "p": float(r.pvalue)})

normal_sf = [{"z": z, "sf": float(stats.norm.sf(z))} for z in [-6, -3.2, -1, -0.3, 0, 0.2, 0.49, 0.51, 1, 1.6449, 2.5, 3.9, 4.1, 6, 9]]

bh = []
for name, ps in [
    ("textbook", [0.01, 0.04, 0.03, 0.005, 0.2, 0.5, 0.9, 0.0001]),
    ("ties and ones", [0.05, 0.05, 1.0, 0.02, 1.0, 0.049]),
    ("random 40", floats(rng.uniform(0, 1, 40) ** 3)),
]:
    bh.append({"name": name, "p": ps, "q": floats(stats.false_discovery_control(ps, method="bh"))})

quantiles = []
for data in ([3.0, 1.0, 2.0], [5.0, 1.0, 4.0, 2.0], floats(rng.normal(0, 1, 11))):
    for q in (0.025, 0.25, 0.5, 0.975):
        quantiles.append({"data": data, "q": q, "value": float(np.quantile(data, q))})


def ratio_of_medians(h, b, axis=-1):
    return np.median(h, axis=axis) / np.median(b, axis=axis)


boot = []
for name, n, scale in [("n=10, +10%", 10, 1.10), ("n=20, equal", 20, 1.0), ("n=30, -20%", 30, 0.8)]:
    base = floats(rng.lognormal(-8, 0.15, n))
    head = floats(rng.lognormal(-8, 0.15, n) * scale)
    res = stats.bootstrap((head, base), ratio_of_medians, vectorized=True, paired=False,
                          n_resamples=200000, confidence_level=0.95, method="percentile", random_state=rng)
    boot.append({"name": name, "head": head, "base": base, "confidence": 0.95,
                 "low": float(res.confidence_interval.low), "high": float(res.confidence_interval.high)})

json.dump({"generator": f"scipy {scipy.__version__}, numpy {np.__version__}, Python {sys.version.split()[0]}",
           "mannwhitneyu": mwu_cases, "normal_sf": normal_sf, "bh": bh, "quantile": quantiles, "bootstrap": boot},
          sys.stdout, separators=(",", ":"))
sys.stdout.write("\n")
