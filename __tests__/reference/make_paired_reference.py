"""Reference values for the paired method's statistics (src/stats/sign-test.ts, wilcoxon.ts, cluster-bootstrap.ts).

Run:  python make_paired_reference.py > paired-reference.json
(any Python with scipy >= 1.11; the committed file came from the generator named in its "generator" field).
__tests__/unit/paired-stats.test.ts compares the TypeScript implementation to these numbers:
- sign test: scipy.stats.binomtest(k, n, 0.5, alternative='greater'), k = values above 0, zeros dropped;
- Wilcoxon signed-rank: scipy.stats.wilcoxon(x, alternative=..., method='exact' / 'asymptotic');
- median CI: scipy.stats.quantile_test(x, q=median).confidence_interval(confidence) (order statistics);
- cluster bootstrap: a plain numpy two-stage percentile bootstrap (pairs with replacement, then duels with
  replacement inside each drawn pair; statistic: median over pairs of the pair medians), 200,000 replicates.
"""
import json
import sys

import numpy as np
import scipy
from scipy import stats

rng = np.random.default_rng(20261201)


def floats(a):
    return [float(v) for v in a]


samples = [
    ("6 all above", [0.011, 0.02, 0.005, 0.03, 0.017, 0.009]),
    ("9 one below", [0.06, 0.055, 0.07, 0.058, 0.061, -0.32, 0.066, 0.052, 0.071]),
    ("12 null", floats(rng.normal(0, 0.01, 12))),
    ("13 one far below", floats(np.r_[rng.normal(0.06, 0.01, 12), [-0.3]])),
    ("16 small shift", floats(rng.normal(0.004, 0.01, 16))),
    ("with a zero", [0.0, 0.01, -0.004, 0.02, 0.013, 0.008, -0.001]),
    ("30 heavy tails", floats(rng.standard_t(2, 30) * 0.01 + 0.003)),
    ("60 null", floats(rng.normal(0, 0.02, 60))),
]

sign = []
for name, x in samples:
    for alternative in ("greater", "less"):
        nz = [v for v in x if v != 0]
        k = sum(1 for v in nz if (v > 0 if alternative == "greater" else v < 0))
        r = stats.binomtest(k, len(nz), 0.5, alternative="greater")
        sign.append({"name": name, "x": x, "alternative": alternative, "k": k, "n": len(nz), "p": float(r.pvalue)})

wilcoxon = []
for name, x in samples:
    methods = ["asymptotic"] + (["exact"] if 0 not in x and len(x) <= 50 else [])
    for alternative in ("greater", "less"):
        for method in methods:
            r = stats.wilcoxon(x, alternative=alternative, method=method)
            wilcoxon.append({"name": name, "x": x, "alternative": alternative, "method": method,
                             "statistic": float(r.statistic), "p": float(r.pvalue)})
tied = [0.01, 0.01, 0.02, -0.01, 0.03, 0.02, 0.04, -0.02, 0.05, 0.01]
for alternative in ("greater", "less"):
    r = stats.wilcoxon(tied, alternative=alternative, method="asymptotic")
    wilcoxon.append({"name": "ties", "x": tied, "alternative": alternative, "method": "asymptotic",
                     "statistic": float(r.statistic), "p": float(r.pvalue)})


median_ci = []
for name, x in samples + [("5 too few", [0.01, -0.02, 0.03, 0.0, 0.02])]:
    for confidence in (0.95, 0.9):
        ci = stats.quantile_test(x, q=float(np.median(x))).confidence_interval(confidence)
        bounded = bool(np.isfinite(ci.low) and np.isfinite(ci.high))
        median_ci.append({"name": name, "x": x, "confidence": confidence, "bounded": bounded,
                          "low": float(ci.low) if bounded else None, "high": float(ci.high) if bounded else None})


def cluster_bootstrap(pairs, resamples, confidence):
    n = len(pairs)
    arrays = [np.asarray(p) for p in pairs]
    out = np.empty(resamples)
    for start in range(0, resamples, 10000):
        stop = min(resamples, start + 10000)
        m = stop - start
        which = rng.integers(0, n, (m, n))
        centres = np.empty((m, n))
        for i, a in enumerate(arrays):
            mask = which == i
            count = int(mask.sum())
            if count:
                draws = a[rng.integers(0, len(a), (count, len(a)))]
                centres[mask] = np.median(draws, axis=1)
        out[start:stop] = np.median(centres, axis=1)
    tail = (1 - confidence) / 2
    return float(np.quantile(out, tail)), float(np.quantile(out, 1 - tail))


cluster = []
for name, n_pairs, duels, shift, odd in [("6 pairs x 20, null", 6, 20, 0.0, None),
                                         ("9 pairs x 31, +5%", 9, 31, np.log(1.05), None),
                                         ("12 pairs x 30, one far-off pair", 12, 30, 0.0, -0.3)]:
    pairs = []
    for i in range(n_pairs):
        centre = shift + rng.normal(0, 0.008) + (odd if odd is not None and i == n_pairs - 1 else 0)
        core = centre + rng.laplace(0, 0.03, duels)
        wild = rng.random(duels) < 0.1  # load switching mid-duel: a few wild values
        core[wild] += rng.choice([-0.5, 0.5], int(wild.sum()))
        pairs.append(floats(core))
    low, high = cluster_bootstrap(pairs, 200000, 0.95)
    cluster.append({"name": name, "pairs": pairs, "confidence": 0.95, "low": low, "high": high})

json.dump({"generator": f"scipy {scipy.__version__}, numpy {np.__version__}, Python {sys.version.split()[0]}",
           "sign_test": sign, "wilcoxon": wilcoxon, "median_ci": median_ci, "cluster_bootstrap": cluster}, sys.stdout, separators=(",", ":"))
sys.stdout.write("\n")
