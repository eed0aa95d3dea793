#!/usr/bin/python3
"""Compare circular_corr / circular_linear_corr (ours.csv) with R circular
(ref.csv, from corr_ref.R), astropy's circcorrcoef and mpmath at 50
digits.  Usage: corr_compare.py DIR (data.csv, ref.csv, ours.csv, astropy.csv
in DIR).  Prints TAP lines (no plan)."""
import csv
import math
import sys

import mpmath
import numpy as np
from astropy.stats import circcorrcoef

mpmath.mp.dps = 50
d = sys.argv[1]


def num(v):
    return None if v == '' else float(v)


data = {}
for s, p, a, b, x in csv.reader(open(d + '/data.csv')):
    data.setdefault(int(s), (float(p), []))[1].append((float(a), num(b), num(x)))
ref = {int(r[0]): (r[1], int(r[2]), num(r[3]), num(r[4]), num(r[5]))
       for r in csv.reader(open(d + '/ref.csv'))}
ours = {int(r[0]): (r[1], int(r[2]), num(r[3]), num(r[4]), num(r[5]))
        for r in csv.reader(open(d + '/ours.csv'))}
n = 0


def tap(ok, what):
    global n
    n += 1
    print(('ok' if ok else 'not ok') + ' %d - %s' % (n, what))


tap(len(ref) >= 100 and set(ref) == set(ours),
    'corr vs R: %d samples (R) and %d (ours)' % (len(ref), len(ours)))
for kind, name in (('cc', 'circular_corr vs R cor.circular(test = TRUE)'),
                   ('cl', 'circular_linear_corr vs Mardia from R cor()')):
    worst = [0.0, 0.0, 0.0]
    nulls = bad = count = 0
    for s, (k, rn, rr, rz, rp) in ref.items():
        if k != kind:
            continue
        count += 1
        o = ours[s]
        if o[1] != rn or (rr is None) != (o[2] is None):
            bad += 1
            continue
        if rr is None:
            nulls += 1
            continue
        worst[0] = max(worst[0], abs(o[2] - rr))
        worst[1] = max(worst[1], abs(o[3] - rz) / max(1.0, abs(rz)))
        worst[2] = max(worst[2], abs(o[4] - rp))
    tap(bad == 0 and worst[0] <= 1e-12 and worst[1] <= 1e-10 and worst[2] <= 1e-12,
        '%s: %d samples, %d NULL in both, %d disagree on n or NULL; worst |dr| %.2g, '
        'relative |dstatistic| %.2g, |dp| %.2g' % (name, count, nulls, bad, *worst))

# astropy: the 21 pairs of its tests, and every circular-circular sample
a21 = [356, 97, 211, 232, 343, 292, 157, 302, 335, 302, 324, 85, 324, 340, 157,
       238, 254, 146, 232, 122, 329]
b21 = [119, 162, 221, 259, 270, 29, 97, 292, 40, 313, 94, 45, 47, 108, 221, 270,
       119, 248, 270, 45, 23]
ast = [r for r in csv.reader(open(d + '/astropy.csv'))]
r21 = float(ast[0][0])
tap(abs(r21 - 0.2704648826748831) <= 1e-15 and
    abs(r21 - float(circcorrcoef(np.radians(a21), np.radians(b21)))) <= 1e-15,
    'circular_corr of astropy\'s 21 test pairs: r = %r (anchors.md 0.2704648826748831)' % r21)
worst = 0.0
for s, (k, rn, rr, rz, rp) in ours.items():
    if k != 'cc' or rr is None:
        continue
    p, rows = data[s]
    a = np.array([t[0] for t in rows]) / p * 2 * np.pi
    b = np.array([t[1] for t in rows]) / p * 2 * np.pi
    worst = max(worst, abs(float(circcorrcoef(a, b)) - rr))
tap(worst <= 1e-12, 'circular_corr vs astropy circcorrcoef on the R samples: worst |dr| %.2g' % worst)


def mp_cc(p, rows):
    a = [2 * mpmath.pi * mpmath.mpf(t[0]) / p for t in rows]
    b = [2 * mpmath.pi * mpmath.mpf(t[1]) / p for t in rows]
    ma = mpmath.atan2(sum(map(mpmath.sin, a)), sum(map(mpmath.cos, a)))
    mb = mpmath.atan2(sum(map(mpmath.sin, b)), sum(map(mpmath.cos, b)))
    u = [mpmath.sin(t - ma) for t in a]
    v = [mpmath.sin(t - mb) for t in b]
    num = sum(x * y for x, y in zip(u, v))
    r = num / mpmath.sqrt(sum(x * x for x in u) * sum(y * y for y in v))
    z = num / mpmath.sqrt(sum(x * x * y * y for x, y in zip(u, v)))
    return r, z, mpmath.erfc(abs(z) / mpmath.sqrt(2))


def mp_cl(p, rows):
    t = [2 * mpmath.pi * mpmath.mpf(r[0]) / p for r in rows]
    x = [mpmath.mpf(r[2]) for r in rows]
    c = [mpmath.cos(v) for v in t]
    s = [mpmath.sin(v) for v in t]
    m = len(rows)

    def cor(u, w):
        mu, mw = sum(u) / m, sum(w) / m
        return (sum((i - mu) * (j - mw) for i, j in zip(u, w)) /
                mpmath.sqrt(sum((i - mu) ** 2 for i in u) * sum((j - mw) ** 2 for j in w)))
    rxc, rxs, rcs = cor(x, c), cor(x, s), cor(c, s)
    r2 = (rxc ** 2 + rxs ** 2 - 2 * rxc * rxs * rcs) / (1 - rcs ** 2)
    return mpmath.sqrt(r2), m * r2, mpmath.exp(-m * r2 / 2)


# mpmath, from the data, at the smallest and the largest n of each kind
for kind, fn in (('cc', mp_cc), ('cl', mp_cl)):
    ss = sorted((o[1], s) for s, o in ours.items() if o[0] == kind and o[2] is not None)
    pick = [s for _, s in ss[:6] + ss[-4:]]
    worst = [0.0, 0.0, 0.0]
    for s in pick:
        p, rows = data[s]
        r, z, pv = fn(p, rows)
        o = ours[s]
        worst[0] = max(worst[0], float(abs(o[2] - r)))
        worst[1] = max(worst[1], float(abs(o[3] - z) / max(1, abs(z))))
        worst[2] = max(worst[2], float(abs(o[4] - pv) / pv))
    tap(worst[0] <= 1e-13 and worst[1] <= 1e-12 and worst[2] <= 1e-11,
        '%s vs mpmath (50 digits) at n = %s: worst |dr| %.2g, relative |dstatistic| %.2g, '
        'relative |dp| %.2g' % ('circular_corr' if kind == 'cc' else 'circular_linear_corr',
                                ', '.join(str(ours[s][1]) for s in pick), *worst))
allp = [o[4] for o in ours.values() if o[4] is not None]
tap(all(0.0 <= v <= 1.0 for v in allp) and min(allp) < 1e-30,
    'every p-value in [0, 1]: %d, the smallest %.3g' % (len(allp), min(allp)))
