#!/usr/bin/env python3
"""Write test/numerics/tests_ref.txt: mpmath references (40 digits) for the
numerics of the tests of direction (src/numerics/tests.c):
  kappa RBAR K      the exact root K of I1(K)/I0(K) = RBAR (130 values:
                    random, and near 0 and 1 down to 1 - 2^-52)
  a1 K A Q          A = I1(K)/I0(K) and Q = 1 - A (K from 1e-10 to 1e15)
  fsf F D1 D2 P     P = P(F >= F) on (D1, D2) degrees, regularized beta
  walk_r N R P      P = P(R_N >= R), R_N the length of the sum of N unit
                    vectors in uniform directions (the Rayleigh test):
                    N = 3, 4 by mpmath, integrating the density of R_(N-1)
                    (N = 2: 2/(pi sqrt(4 - x^2)); N = 3: the closed form of
                    Borwein, Straub, Wan and Zudilin 2012,
                    (2 sqrt3/pi) x/(3 + x^2) 2F1(1/3, 2/3; 1;
                    x^2 (9 - x^2)^2/(3 + x^2)^3)) against
                    P(|x + e^(i phi)| >= R) = acos(clamp((R^2 - x^2 - 1)/(2x)))/pi;
                    N = 10, 20, 30 by the Fourier series of the density
                    periodized on a square of side L = 2N + 2 (exact: the
                    support fits), P(R_N < R) = pi R^2/L^2 + (2 pi R/L^2)
                    sum_(k != 0) J0(w)^N J1(w R)/w, w = 2 pi |k|/L, |k| <= M
                    (truncation below 1e-13)
  walk_v N V P      P = P(V_N >= V), V_N the sum of N cos(theta) (the
                    V-test): N = 2 by mpmath, (1/pi) int_0^pi H1(V - cos t)
                    dt, H1 = acos/pi; N = 3 by mpmath against the density of
                    V_2, K(1 - y^2/4)/pi^2; N = 6, 10, 20, 30 by the Fourier
                    series of the periodized density, 1/2 - V/L -
                    sum_(k >= 1) J0(2 pi k/L)^N sin(2 pi k V/L)/(pi k),
                    L = 2N + 2, k <= 200000
Usage: tests_ref_gen.py > test/numerics/tests_ref.txt   (takes ~1 minute)"""
import random
import mpmath as mp
import numpy as np
from scipy.special import j0, j1

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


# The random walks (src/numerics/walk.c), 30 digits.
mp.mp.dps = 30
pi = mp.pi


def past(r, x):
    """P(|x + e^(i phi)| >= r), phi uniform."""
    c = (r * r - x * x - 1) / (2 * x)
    return mp.mpf(1) if c <= -1 else (mp.mpf(0) if c >= 1 else mp.acos(c) / pi)


def p3(x):
    z = min(x * x * (9 - x * x) ** 2 / (3 + x * x) ** 3, 1 - mp.mpf(10) ** (2 - mp.mp.dps))
    return 2 * mp.sqrt(3) * x / (pi * (3 + x * x)) * mp.hyp2f1(mp.mpf(1) / 3, mp.mpf(2) / 3, 1, z)


def h1(y):
    return mp.mpf(1) if y <= -1 else (mp.mpf(0) if y >= 1 else mp.acos(y) / pi)


def cuts(lo, hi, pts):
    return [lo] + sorted(set(p for p in pts if lo < p < hi)) + [hi]


def walk_r(n, r):
    r = mp.mpf(r)
    dens, top = ((lambda x: 2 / (pi * mp.sqrt(4 - x * x))), 2) if n == 3 else (p3, 3)
    return mp.quad(lambda x: dens(x) * past(r, x), cuts(0, top, [1, abs(r - 1), r + 1]))


def walk_v(n, v):
    v = mp.mpf(v)
    if n == 2:
        return mp.quad(lambda t: h1(v - mp.cos(t)),
                       cuts(0, pi, [mp.acos(c) for c in (v - 1, v + 1) if abs(c) < 1])) / pi
    # the density of V_2: K(m = 1 - y^2/4)/pi^2, K = pi/(2 agm(1, y/2))
    g2 = lambda y: mp.mpf(0) if abs(y) >= 2 else 1 / (2 * pi * mp.agm(1, abs(y) / 2))
    return mp.quad(lambda y: g2(y) * h1(v - y), cuts(-2, 2, [0, v - 1, v + 1]))


def fourier_v(n, v, K=200000):
    L = 2.0 * n + 2.0
    k = np.arange(1, K + 1, dtype=np.float64)
    w = 2 * np.pi * k / L
    return 0.5 - v / L - np.sum(j0(w) ** n * np.sin(w * v) / (np.pi * k))


def lattice_r(n, r, M):
    L = 2.0 * n + 2.0
    i = np.arange(-M, M + 1, dtype=np.float64)
    q = np.hypot(*np.meshgrid(i, i))
    q = q[(q > 0) & (q <= M)]
    w = 2 * np.pi * q / L
    return 1.0 - (np.pi * r * r / L ** 2 + 2 * np.pi * r / L ** 2 * np.sum(j0(w) ** n * j1(w * r) / w))


for r in (0.1, 0.5, 0.9, 0.99, 1.0, 1.01, 1.5, 2.0, 2.5, 2.9):
    print('walk_r 3 %r %s' % (r, mp.nstr(walk_r(3, r), 25)))
for r in (0.05, 0.5, 0.999, 1.0, 1.3, 2.0, 2.2, 3.0, 3.5, 3.9):
    print('walk_r 4 %r %s' % (r, mp.nstr(walk_r(4, r), 25)))
for n, M in ((10, 600), (20, 150), (30, 80)):
    for f in (0.05, 0.2, 0.35, 0.5, 0.7):
        print('walk_r %d %r %.17g' % (n, n * f, lattice_r(n, n * f, M)))
for v in (-1.9, -0.5, 0.0, 0.001, 0.3, 1.0, 1.5, 1.99):
    print('walk_v 2 %r %s' % (v, mp.nstr(walk_v(2, v), 25)))
for v in (-2.5, -1.0, 0.2, 0.999, 1.0, 1.001, 2.0, 2.9):
    print('walk_v 3 %r %s' % (v, mp.nstr(walk_v(3, v), 25)))
for n in (6, 10, 20, 30):
    for f in (-0.3, 0.0, 0.1, 0.25, 0.45):
        print('walk_v %d %r %.17g' % (n, n * f, fourier_v(n, n * f)))
