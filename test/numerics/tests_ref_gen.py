#!/usr/bin/env python3
"""Write test/numerics/tests_ref.txt: mpmath references (40 digits) for the
numerics of the tests of direction (src/numerics/tests.c):
  kappa RBAR K      the exact root K of I1(K)/I0(K) = RBAR (130 values:
                    random, and near 0 and 1 down to 1 - 2^-52)
  a1 K A Q          A = I1(K)/I0(K) and Q = 1 - A (K from 1e-10 to 1e15)
  fsf F D1 D2 P     P = P(F >= F) on (D1, D2) degrees, regularized beta
Usage: tests_ref_gen.py > test/numerics/tests_ref.txt   (takes ~1 minute)"""
import random
import mpmath as mp

mp.mp.dps = 40


def ratio(k):
    k = mp.mpf(k)
    return mp.besseli(1, k) / mp.besseli(0, k)


def q_of(k):
    k = mp.mpf(k)
    if k > 1e4:  # 1 - A1 from the exp-scaled asymptotic series, 40 terms
        s0 = s1 = t0 = t1 = mp.mpf(1)
        for j in range(1, 40):
            o = (2 * j - 1) ** 2
            t0 *= mp.mpf(o) / (8 * j * k)
            t1 *= mp.mpf(o - 4) / (8 * j * k)
            s0 += t0
            s1 += t1
        return (s0 - s1) / s0
    return 1 - ratio(k)


def root(r):
    """Newton (mpmath findroot) from 2r below 1/2, from 1/(2(1 - r)) above."""
    r = mp.mpf(r)
    d = 1 - r
    tol = mp.mpf(10) ** -35
    if d < mp.mpf('1e-3'):
        return mp.findroot(lambda k: q_of(k) - d, 1 / (2 * d), tol=tol)
    return mp.findroot(lambda k: ratio(k) - r, 2 * r if r < 0.5 else 1 / (2 * d), tol=tol)


random.seed(20261202)
rs = [random.random() for _ in range(100)]
rs += [1e-300, 1e-100, 1e-15, 1e-10, 1e-6, 1e-3, 0.01, 0.1, 0.25, 0.4999, 0.5, 0.5001,
       0.53, 0.6, 0.7, 0.85, 0.9, 0.95, 0.99, 0.999, 0.9999, 1 - 1e-6, 1 - 1e-8, 1 - 1e-9,
       1 - 1e-10, 1 - 1e-12, 1 - 1e-13, 1 - 1e-14, 1 - 2 ** -50, 1 - 2 ** -52]
for r in rs:
    print('kappa %r %s' % (r, mp.nstr(root(r), 30)))
for e in range(-10, 16):
    for m in (1.0, 2.5, 7.0):
        k = m * 10.0 ** e
        q = q_of(k)
        print('a1 %r %s %s' % (k, mp.nstr(1 - q, 30), mp.nstr(q, 30)))
for f, d1, d2 in [(8.7329, 1, 18), (8.732862145378817, 1, 18), (0.5, 1, 1), (3.1, 2, 30),
                  (0.01, 5, 7), (30, 3, 7), (1.0, 10, 10), (2.0, 1, 1000), (4.0, 1, 100000),
                  (1.2, 50, 200), (0.9, 200, 50), (5.5, 4, 2), (100, 2, 3), (1e-6, 1, 2),
                  (2.45, 599, 2100), (1.01, 1000, 10000), (3.0, 20, 20), (0.2, 3, 3)]:
    p = mp.betainc(mp.mpf(d2) / 2, mp.mpf(d1) / 2, 0, mp.mpf(d2) / (d2 + d1 * mp.mpf(f)),
                   regularized=True)
    print('fsf %r %r %r %s' % (f, d1, d2, mp.nstr(p, 30)))
