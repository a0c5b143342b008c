"""Reference values for StatisticsTests, computed ONCE with scipy 1.17 / numpy and committed as reference.json.

Run: python3 make_reference.py > reference.json. The tests read only reference.json; they never run this.
Each section is computed by scipy/numpy's own implementation where one exists (quantiles, variance,
chi-square tail, linregress, binomtest, Clopper–Pearson, normal quantile) and by a direct
transcription of the published formula where none does (Chapman, Chao's interval, change points).
"""
import json, math
import numpy as np
import scipy
from scipy import stats

levels = [0.025, 0.25, 0.5, 0.75, 0.975]
out = {"scipy": scipy.__version__, "numpy": np.__version__}

samples = {
    "mixed": [2, 6, 9, 9, 45, 33, 1, 0, 17, 4],
    "one": [7],
    "equal": [5, 5, 5, 5],
    "huge": [1e12, 2e12, 3e12 + 1, 7.5e11],
    "fractions": [0.5, 1.25, -3.0, 2.0, 8.5],
}
out["summaries"] = [
    {"name": k, "values": v, "sum": float(np.sum(v)), "mean": float(np.mean(v)),
     "median": float(np.median(v)), "quantiles": [float(np.quantile(v, q)) for q in levels],
     "sampleVariance": float(np.var(v, ddof=1)) if len(v) > 1 else None,
     "minimum": float(np.min(v)), "maximum": float(np.max(v))}
    for k, v in samples.items()
]

dispersion = {
    "poissonish": [3, 5, 4, 6, 2, 4, 5, 3, 4, 4],
    "bursty": [0, 0, 1, 0, 45, 2, 0, 0, 30, 1, 0, 0],
    "two": [1, 3],
    "huge": [1_000_000, 1_002_000, 998_500, 1_001_000],
}
out["dispersion"] = []
for name, x in dispersion.items():
    x = np.array(x, dtype=float)
    mean = x.mean(); var = x.var(ddof=1); stat = (len(x) - 1) * var / mean
    out["dispersion"].append({"name": name, "counts": x.tolist(), "index": var / mean, "statistic": stat,
                              "pValue": float(stats.chi2.sf(stat, len(x) - 1))})

trends = {
    "rising": ([0, 1, 2, 3, 4, 5, 6, 7], [1, 3, 2, 5, 4, 6, 9, 8]),
    "flat-noisy": ([10, 11, 12, 13, 14], [4, 0, 7, 1, 3]),
    "three": ([0, 1, 2], [5, 5, 6]),
}
out["trends"] = []
for name, (x, y) in trends.items():
    r = stats.linregress(x, y)
    t = stats.t.ppf(0.975, len(x) - 2)
    out["trends"].append({"name": name, "x": x, "y": y, "slope": r.slope, "intercept": r.intercept,
                          "standardError": r.stderr, "lower": r.slope - t * r.stderr,
                          "upper": r.slope + t * r.stderr, "pValue": r.pvalue})

out["heaping"] = []
for n, k in [(20, 4), (20, 10), (50, 20), (1, 1), (7, 0), (3000, 650), (1_000_000, 200_900), (100_000, 100_000)]:
    out["heaping"].append({"count": n, "heaped": k,
                           "pValue": float(stats.binomtest(k, n, 0.2, alternative="greater").pvalue)})

def ratio_bounds(a, b):
    if a + b == 0:
        return 0.0, None
    # Clopper-Pearson through scipy's (Boost's) beta quantile; binomtest(...).proportion_ci(method="exact")
    # agrees to 1e-6 for moderate counts but loses accuracy (1e-2) for (1, 4e9).
    p_lo = float(stats.beta.ppf(0.025, a, b + 1)) if a else 0.0
    p_hi = float(stats.beta.ppf(0.975, a + 1, b)) if b else 1.0
    lo = p_lo / (1 - p_lo)
    hi = None if p_hi >= 1 else p_hi / (1 - p_hi)   # None = +infinity
    return lo, hi
out["ratios"] = []
# Includes unbalanced and large pairs where GSL's own beta quantile fails, and two pairs above the
# exact limit (10^5 in both counts), where Tally switches to the log-normal interval (tolerance 1e-5).
for a, b in [(9, 32), (58, 150), (0, 12), (12, 0), (1, 1), (50_000, 107_000), (3, 40),
             (1, 4_000_000_000), (10, 999_990), (0, 4_000_000_000), (100_000, 100_000),
             (1_000_000, 1_000_000), (2_000_000, 1_000_000_000)]:
    lo, hi = ratio_bounds(a, b)
    out["ratios"].append({"numerator": a, "denominator": b, "lower": lo, "upper": hi})

# Poisson (Garwood) intervals, beyond the small table in PoissonIntervalTests: 1/2 chi2.ppf.
out["poisson"] = [{"count": k, "lower": float(stats.chi2.ppf(0.025, 2 * k) / 2) if k else 0.0,
                   "upper": float(stats.chi2.ppf(0.975, 2 * k + 2) / 2)}
                  for k in [0, 1, 5, 100_000, 100_001, 2_500_000, 10**9, 10**15]]

z = float(stats.norm.ppf(0.975))
out["captureRecapture"] = []
for n1, n2, m in [(40, 35, 20), (12, 9, 9), (30, 25, 0), (200, 150, 90), (5, 5, 1)]:
    S = n1 + n2 - m
    chap = (n1 + 1) * (n2 + 1) / (m + 1) - 1
    var = (n1 + 1) * (n2 + 1) * (n1 - m) * (n2 - m) / ((m + 1) ** 2 * (m + 2))
    f0 = chap - S
    if f0 > 0:
        C = math.exp(z * math.sqrt(math.log(1 + var / f0 ** 2)))
        lo, hi = S + f0 / C, S + f0 * C
    else:
        lo = hi = S
    out["captureRecapture"].append({"first": n1, "second": n2, "both": m,
                                    "lincolnPetersen": n1 * n2 / m if m else None,
                                    "chapman": chap, "variance": var, "lower": lo, "upper": hi})

# Monte Carlo: numpy's MT19937 with the legacy init_genrand seeding is GSL's gsl_rng_mt19937 after
# gsl_rng_set(seed); gsl_rng_uniform is the raw 32-bit output / 2^32.
def uniforms(seed, count):
    bg = np.random.MT19937(0)
    bg._legacy_seeding(seed if seed != 0 else 4357)
    return bg.random_raw(count).astype(np.float64) / 2.0 ** 32

def inverse(lo, best, hi, shape, u):
    w = hi - lo
    if w <= 0:
        return lo
    if shape == "uniform":
        return lo + u * w
    if u < (best - lo) / w:
        return lo + math.sqrt(u * w * (best - lo))
    return hi - math.sqrt((1 - u) * w * (hi - best))

ranges = [[2, 2, 2], [9, 9, 12], [30, 33, 45], [40, 40, None], [0, 1, 3], [100, 150, 220]]
out["monteCarlo"] = {"ranges": ranges, "openUpperFactor": 2.0, "cases": []}
for shape, seed, draws in [("uniform", 20200227, 10000), ("triangular", 20200227, 10000), ("triangular", 7, 2001)]:
    closed = [(lo, b, hi if hi is not None else max(lo, 2.0 * b)) for lo, b, hi in ranges]
    u = uniforms(seed, draws * len(closed)).reshape(draws, len(closed))
    totals = np.array([sum(inverse(*closed[i], shape, row[i]) for i in range(len(closed))) for row in u])
    out["monteCarlo"]["cases"].append({"shape": shape, "seed": seed, "draws": draws,
                                       "firstUniforms": u[0, :3].tolist(),
                                       "percentiles": [float(np.percentile(totals, q)) for q in (2.5, 50, 97.5)]})

def change_points(x, alpha=0.05, minimum=3, maximum=5, phi=1.0):
    x = np.asarray(x, dtype=float)
    def ll(seg):
        s = seg.sum()
        return s * math.log(s / len(seg)) - s if s > 0 else 0.0
    segments = [(0, len(x))]
    found = []
    while len(found) < maximum:
        best = None
        for si, (a, b) in enumerate(segments):
            if b - a < 2 * minimum:
                continue
            whole = ll(x[a:b])
            cands = [(2 * (ll(x[a:t]) + ll(x[t:b]) - whole) / phi, -t) for t in range(a + minimum, b - minimum + 1)]
            g, negt = max(cands)
            if g > stats.chi2.ppf(1 - alpha / (b - a - 1), 1) and (best is None or g > best[0]):
                best = (g, si, -negt)
        if best is None:
            break
        g, si, t = best
        a, b = segments[si]
        segments[si:si + 1] = [(a, t), (t, b)]
        found.append((t, g))
    result = []
    for t, g in sorted(found):
        a = [s for s in segments if s[1] == t][0]; b = [s for s in segments if s[0] == t][0]
        result.append({"index": t, "meanBefore": float(x[a[0]:a[1]].mean()),
                       "meanAfter": float(x[b[0]:b[1]].mean()), "statistic": g})
    return result

cp_series = {
    "step": [1, 2, 1, 0, 2, 1, 1, 9, 12, 8, 10, 11, 9, 10],
    "flat": [4, 5, 3, 4, 6, 4, 5, 3, 4, 5],
    "up-down": [0, 1, 0, 0, 1, 0, 20, 25, 18, 22, 21, 1, 0, 2, 1, 0],
    "zeros": [0] * 12,
    "short": [0, 50, 0, 50, 0],
}
out["changePoints"] = [{"name": k, "counts": v, "dispersion": 1.0, "changes": change_points(v)} for k, v in cp_series.items()]
# Quasi-Poisson: the same series with the likelihood ratios divided by a dispersion index.
out["changePoints"] += [{"name": k + "/phi", "counts": v, "dispersion": phi, "changes": change_points(v, phi=phi)}
                        for k, v, phi in [("step", cp_series["step"], 4.0), ("up-down", cp_series["up-down"], 9.5)]]

print(json.dumps(out, indent=1))
