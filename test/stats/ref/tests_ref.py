#!/usr/bin/python3
"""References of astropy, mpmath and Monte Carlo for test/stats/tests_ref.sh.

Reads the samples of tests_ref.R (s, group, degrees) and appends to the
references (s, kind, value):
  astropy_rayleigh  astropy.stats.rayleightest (the series, not clamped)
  astropy_vtest     astropy.stats.vtest with mu = 40 degrees (Edgeworth)
  astropy_kappa     astropy.stats.vonmisesmle's kappa (A1inv)
  exact_kappa       the exact root of I1/I0 = R-bar (mpmath, 40 digits;
                    R-bar from exactly summed sines and cosines)
Then writes Monte Carlo samples: for n = 2..20, 50, 200, M = 200000
sets of n uniform directions; the sets at 12 quantiles of R (Rayleigh)
and of V = sum cos (V-test, mu = 0) become samples 10000+ with kinds
mc_rayleigh / mc_vtest (the fraction of the M sets with R, or V, at least
as large), mc_n and mc_m.
Usage: tests_ref.py samples.csv refs.csv"""
import csv
import math
import sys
from collections import defaultdict

import mpmath as mp
import numpy as np
from astropy.stats import rayleightest, vonmisesmle, vtest

mp.mp.dps = 40
samples, refs = sys.argv[1], sys.argv[2]
data = defaultdict(list)
with open(samples) as f:
    for s, g, x in csv.reader(f):
        data[int(s)].append(float(x))


def exact_kappa(r):
    if r <= 0:
        return mp.mpf(0)
    d = 1 - r
    a1 = lambda k: mp.besseli(1, k) / mp.besseli(0, k)
    if d < mp.mpf('1e-4'):
        return mp.findroot(lambda k: (1 - a1(k)) - d, 1 / (2 * d))
    return mp.findroot(lambda k: a1(k) - r, 2 * r if r < 0.5 else 1 / (2 * d))


out = open(refs, 'a')
for s in sorted(data):
    if s > 132:
        break
    x = np.radians(np.array(data[s]))
    out.write('%d,astropy_rayleigh,%.17g\n' % (s, rayleightest(x)))
    out.write('%d,astropy_vtest,%.17g\n' % (s, vtest(x, mu=math.radians(40))))
    out.write('%d,astropy_kappa,%.17g\n' % (s, vonmisesmle(x)[1]))
    c = mp.fsum(mp.cos(mp.radians(mp.mpf(v))) for v in data[s])
    sn = mp.fsum(mp.sin(mp.radians(mp.mpf(v))) for v in data[s])
    r = mp.sqrt(c * c + sn * sn) / len(data[s])
    out.write('%d,exact_kappa,%s\n' % (s, mp.nstr(exact_kappa(r), 25)))
rng = np.random.default_rng(20261202)
xs = open(samples, 'a')
s = 10000
M = 200000
for n in list(range(2, 21)) + [50, 200]:
    th = rng.uniform(0, 2 * np.pi, (M, n))
    R = np.hypot(np.cos(th).sum(1), np.sin(th).sum(1))
    V = np.cos(th).sum(1)
    for stat, kind in ((R, 'mc_rayleigh'), (V, 'mc_vtest')):
        order = np.argsort(stat)
        sorted_stat = stat[order]
        for q in (0.02, 0.05, 0.1, 0.2, 0.35, 0.5, 0.65, 0.8, 0.9, 0.95, 0.98, 0.995):
            i = order[int(q * M)]
            p = (M - np.searchsorted(sorted_stat, stat[i], side='left')) / M
            s += 1
            for v in th[i]:
                xs.write('%d,0,%.17g\n' % (s, math.degrees(v)))
            out.write('%d,%s,%.17g\n%d,mc_n,%d\n%d,mc_m,%d\n' % (s, kind, p, s, n, s, M))
