#!/usr/bin/python3
"""References for test/report/uniformity_ref.sh, independent of the C code.

  uniformity_mc.py brute REF.CSV OUT.CSV
      The Hodges-Ajne m of every sample of R's reference file by brute
      force in exact rationals: the values reduced exactly into [0, p), and
      the count of the closed half circle [t, t + p/2] at a point t inside
      every gap between the values and their antipodes (where the count is
      constant).  Writes: sample, m.

  uniformity_mc.py mc SAMPLES.CSV TAILS.CSV
      Monte Carlo null distributions (numpy, fixed seed) of Kuiper's V*,
      Watson's U²*, Rao's U and the Hodges-Ajne m (brute force at gap
      midpoints) for n = 2..20 (10^5 draws each) and n = 50, 200 (10^5
      draws; m only to n = 50), and test samples (uniform and von Mises,
      kappa 0.5 to 3) with their Monte Carlo p-values: P(T >= t), for m
      P(m <= m_obs).  Writes SAMPLES: sample, n, value; TAILS: sample, n,
      test, p.
"""
import csv
import sys
from fractions import Fraction

import numpy as np


def brute_m(xs, p):
    h = p / 2
    xs = [x % p for x in xs]
    br = sorted(set(xs) | {(x - h) % p for x in xs})
    best = len(xs)
    for i, b in enumerate(br):
        nb = br[i + 1] if i + 1 < len(br) else br[0] + p
        t = (b + nb) / 2
        c = sum(1 for x in xs if (x - t) % p <= h)
        best = min(best, c)
    return best


def brute(ref, out):
    data = {}
    per = {}
    with open(ref) as f:
        for row in csv.reader(f):
            if row[2] == 'x':
                s = int(row[0])
                data.setdefault(s, []).append(Fraction(float(row[3])))
                per[s] = Fraction(float(row[1]))
    with open(out, 'w') as f:
        for s in sorted(data):
            f.write('%d,%d\n' % (s, brute_m(data[s], per[s])))


def stats(u):
    """Kuiper V*, Watson U²*, Rao U (fraction) of sorted rows u in [0, 1)."""
    n = u.shape[1]
    i = np.arange(1, n + 1)
    dp = (i / n - u).max(axis=1)
    dm = (u - (i - 1) / n).max(axis=1)
    rn = np.sqrt(n)
    v = (dp + dm) * (rn + 0.155 + 0.24 / rn)
    ub = u.mean(axis=1, keepdims=True)
    u2 = ((u - ub - (2 * i - 1) / (2 * n) + 0.5) ** 2).sum(axis=1) + 1 / (12 * n)
    u2 = (u2 - 0.1 / n + 0.1 / n ** 2) * (1 + 0.8 / n)
    sp = np.diff(np.concatenate([u, u[:, :1] + 1], axis=1), axis=1)
    r = 0.5 * np.abs(sp - 1 / n).sum(axis=1)
    return v, u2, r


def ha_m(u):
    """Brute-force m of rows u (continuous data), at the gap midpoints."""
    n = u.shape[1]
    br = np.sort(np.concatenate([u, (u - 0.5) % 1.0], axis=1), axis=1)
    nxt = np.concatenate([br[:, 1:], br[:, :1] + 1], axis=1)
    t = ((br + nxt) / 2) % 1.0
    d = (u[:, None, :] - t[:, :, None]) % 1.0
    return (d <= 0.5).sum(axis=2).min(axis=1)


def mc(samples_out, tails_out):
    rng = np.random.default_rng(20261202)
    ns = list(range(2, 21)) + [50, 200]
    sid = 0
    with open(samples_out, 'w') as fs, open(tails_out, 'w') as ft:
        for n in ns:
            draws = 100000
            null = np.sort(rng.random((draws, n)), axis=1)
            nv, nu, nr = stats(null)
            nm = None
            if n <= 50:
                nm = np.concatenate([ha_m(null[j:j + 10000]) for j in range(0, draws, 10000)])
            nv.sort()
            nu.sort()
            nr.sort()
            for kappa in (0, 0, 0.5, 1, 2, 3):
                for rep in range(2):
                    sid += 1
                    if kappa == 0:
                        x = rng.random(n) * 360
                    else:
                        x = (rng.vonmises(0.0, kappa, n) / (2 * np.pi) * 360) % 360
                    # whole multiples of 2^-20 degrees: exact in float8 and text
                    x = np.floor(x * 2 ** 20) / 2 ** 20
                    x = x % 360
                    for v in x:
                        fs.write('%d,%d,%.17g\n' % (sid, n, v))
                    u = np.sort(x / 360)[None, :]
                    v, u2, r = stats(u)
                    # upper tails P(T >= t)
                    for name, arr, t in (('kuiper', nv, v[0]), ('watson', nu, u2[0]), ('rao', nr, r[0])):
                        ft.write('%d,%d,%s,%.6g\n' % (sid, n, name, (draws - np.searchsorted(arr, t, 'left')) / draws))
                    if nm is not None:
                        m = ha_m(u)[0]
                        ft.write('%d,%d,hodges_ajne,%.6g\n' % (sid, n, (nm <= m).mean()))


if __name__ == '__main__':
    if sys.argv[1] == 'brute':
        brute(sys.argv[2], sys.argv[3])
    else:
        mc(sys.argv[2], sys.argv[3])
