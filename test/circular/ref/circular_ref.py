#!/usr/bin/python3
"""Independent reference values for test/circular/tap/circular_ref.sql.

Computes angle_diff, angle_dist, angle_wrap, angle_cosine_loss and the
angle type's unit conversions with exact rational arithmetic (fractions)
and mpmath, rounds once to the nearest double, and writes pgTAP assertions
that compare the extension's results bit for bit (float8send).

Run with Debian's python (it has mpmath):
    /usr/bin/python3 test/circular/ref/circular_ref.py > test/circular/tap/circular_ref.sql
"""
import math
import random
from fractions import Fraction as F

import mpmath

mpmath.mp.prec = 400
TWO_PI = 2 * math.pi              # the float8 default period


def lit(x):
    """A float8 SQL literal that reads back as exactly x."""
    if x != x:
        return "'NaN'::float8"
    return "'%r'::float8" % x


def rnd(q):
    """Nearest double to the rational q (ties to even)."""
    return float(q)


def ref_diff(a, b, p):
    """Exact a - b reduced into [-p/2, p/2), then rounded, never p/2."""
    a, b, p = F(a), F(b), F(p)
    d = (a - b) - p * math.floor((a - b) / p + F(1, 2))
    assert -p / 2 <= d < p / 2
    r = rnd(d)
    if r >= float(p) / 2:
        r = math.nextafter(float(p) / 2, 0)
    return r + 0.0


def ref_wrap(x, p, low):
    """Exact x reduced into [low, low + p), rounded, below fl(low + p)."""
    t = F(low) + (F(x) - F(low)) % F(p)
    r = rnd(t)
    up = low + p
    if r >= up:
        r = math.nextafter(up, -math.inf)
    if r < low:
        r = low
    return r + 0.0


def ref_loss(a, b, p):
    """1 - cos(2 pi d / p) for the exact reduced difference d."""
    a, b, p = F(a), F(b), F(p)
    d = (a - b) - p * math.floor((a - b) / p + F(1, 2))
    x = 2 * mpmath.pi * mpmath.mpf(d.numerator) / d.denominator \
        / (mpmath.mpf(p.numerator) / p.denominator)
    return float(1 - mpmath.cos(x))


out = []
n = 0


def check(sql, want, desc):
    """Bit-exact comparison of a float8 expression with want."""
    global n
    n += 1
    out.append("SELECT is(float8send(%s), float8send(%s), %s);"
               % (sql, lit(want), "'" + desc.replace("'", "''") + "'"))


def check_near(sql, want, ulps, desc):
    """Comparison within ulps units in the last place of want."""
    global n
    n += 1
    tol = ulps * math.ulp(want) if want != 0 else 1e-300
    out.append("SELECT ok(abs(%s - %s) <= %r, %s);"
               % (sql, lit(want), tol, "'" + desc.replace("'", "''") + "'"))


# Hand-picked cases: the examples, ties, huge and tiny values.
diff_cases = [
    (359, 1, 360), (1, 359, 360), (180, 0, 360), (0, 180, 360),
    (-180, 0, 360), (540, 0, 360), (1e20, 0, 360), (0, 1e20, 360),
    (1e300, -1e300, 360), (10, 10, 360), (0.1, 0.2, 360),
    (-1e-20, 0, 360), (1e-20, 0, 360), (359.9999999999999, 0, 360),
    (23, 1, 24), (1, 23, 24), (12, 0, 24), (1e16, 3, 24),
    (math.pi, -math.pi, TWO_PI), (3.0, -3.0, TWO_PI), (7.0, 0, TWO_PI),
    (1e10, 0, TWO_PI), (0.5, 0.25, 1), (5e-324, 0, 360),
    (1.5, 0, 3), (-1.5, 0, 3), (1e308, 0, 1e308 * 1.7),
    (1, 0, 5e-324 * 3), (100, 0.1, 0.3),
    # the inline path's edges: fl(a - b) = -p/2 with a - b below it, and a
    # wrap whose rounding reaches p/2 (both go the exact way)
    (-180.0, 1e-30, 360), (-180.00000000000003, -2.0 ** -46, 360),
    (180.0, -1e-30, 360), (-1e-30, 180.0, 360), (359.0, -1.0, 360),
    (700, -10, 360), (-700, 10, 360), (539.9999999999999, 0, 360),
    (-540.0000000000001, 0, 360), (900, -539, 360), (1439, 0, 360),
    (1440, 0, 360), (-1441, 0, 360), (720, 1e-30, 360), (-720, 1e-30, 360),
]
wrap_cases = [
    (-1e-20, 360, 0), (-5e-324, 360, 0), (360, 360, 0), (720, 360, 0),
    (-360, 360, 0), (1e20, 360, 0), (-1e20, 360, 0), (-0.0, 360, 0),
    (370, 360, -180), (180, 360, -180), (-180, 360, -180),
    (-180.00000000000003, 360, -180), (-1e-300, TWO_PI, 0),
    (-1e-16, TWO_PI, 0), (100, TWO_PI, 0), (-100, TWO_PI, 0),
    (7, TWO_PI, -math.pi), (-math.pi, TWO_PI, -math.pi),
    (math.pi, TWO_PI, -math.pi), (25, 24, 0), (-0.5, 24, 0),
    (1e20, 360, 1e20), (5, 360, 0.1), (0.1, 360, 0.1),
    (0.1 - 1e-17, 360, 0.1), (360.1, 360, 0.1), (-1e-20, 360, 1e-20),
    (1, 1, -0.5), (0.3, 0.1, 0.25),
]

for a, b, p in diff_cases:
    want = ref_diff(a, b, p)
    check("angle_diff(%s, %s, %s)" % (lit(a), lit(b), lit(p)), want,
          "angle_diff(%r, %r, %r) = %r" % (a, b, p, want))
    check("angle_dist(%s, %s, %s)" % (lit(a), lit(b), lit(p)), abs(want),
          "angle_dist(%r, %r, %r) = %r" % (a, b, p, abs(want)))
    if p == 360:                    # the angle type's, inline as well
        check("degrees(angle_diff(angle(%s, 'deg'), angle(%s, 'deg')))"
              % (lit(a), lit(b)), want,
              "angle_diff(%r°, %r°) = %r" % (a, b, want))
        check("degrees(angle(%s, 'deg') <-> angle(%s, 'deg'))"
              % (lit(a), lit(b)), abs(want),
              "%r° <-> %r° = %r" % (a, b, abs(want)))
for x, p, low in wrap_cases:
    want = ref_wrap(x, p, low)
    check("angle_wrap(%s, %s, %s)" % (lit(x), lit(p), lit(low)), want,
          "angle_wrap(%r, %r, %r) = %r" % (x, p, low, want))

# Random cases over many magnitudes, seeded for reproducibility.
rng = random.Random(20261121)


def rand_double():
    e = rng.choice([-30, -8, -1, 0, 1, 2, 3, 5, 10, 16, 20, 60, 300])
    return rng.choice([-1, 1]) * rng.random() * 10.0 ** e


for i in range(60):
    a, b = rand_double(), rand_double()
    p = rng.choice([360.0, TWO_PI, 24.0, 1.0, 0.1, 7.5])
    want = ref_diff(a, b, p)
    check("angle_diff(%s, %s, %s)" % (lit(a), lit(b), lit(p)), want,
          "random angle_diff #%d" % i)
for i in range(60):
    x, low = rand_double(), rand_double() / 1e3
    p = rng.choice([360.0, TWO_PI, 24.0, 1.0, 0.1, 7.5])
    want = ref_wrap(x, p, low)
    check("angle_wrap(%s, %s, %s)" % (lit(x), lit(p), lit(low)), want,
          "random angle_wrap #%d" % i)

# The range the inline path takes (|a - b| <= 4 periods), spread out.
for i in range(200):
    p = rng.choice([360.0, TWO_PI, 24.0, 1.0, 0.1, 7.5, 1e-300, 1e300])
    a = rng.uniform(-2, 2) * p
    b = rng.choice([rng.uniform(-2, 2) * p, rng.uniform(-1e-3, 1e-3) * p])
    want = ref_diff(a, b, p)
    check("angle_diff(%s, %s, %s)" % (lit(a), lit(b), lit(p)), want,
          "angle_diff within 4 periods #%d" % i)

# Cosine loss: within 1 ulp, including tiny differences.
for a, b, p in [(90, 0, 360), (180, 0, 360), (60, 0, 360), (1e-6, 0, 360),
                (1e-10, 0, TWO_PI), (1, 0, TWO_PI), (359, 1, 360),
                (6, 0, 24), (0.001, 0, 24), (45, 0, 360), (100, 0, 360)]:
    want = ref_loss(a, b, p)
    check_near("angle_cosine_loss(%s, %s, %s)" % (lit(a), lit(b), lit(p)),
               want, 1, "angle_cosine_loss(%r, %r, %r) ~ %r" % (a, b, p, want))

# Exactly 0, 1 and 2 at a difference of 0, a quarter and a half of the
# period, for every period: a quarter is p/4 as a rational number, a double
# for every p except periods below 4 DBL_MIN with low bits set (there no
# two doubles differ by p/4).  pi()/2 is exactly a quarter of 2 * pi().
loss_periods = [360.0, TWO_PI, math.pi, math.pi / 2, 24.0, 1.0, 0.1, 0.3,
                7.5, 1.0 / 3, 100.0, 1e-300, 1e300, 1.7976931348623157e308,
                5e-324 * 4, 5e-324 * 1024, 2.2250738585072014e-308 * 4,
                math.e, 2.0 ** 0.5, 86400.0, 1e-5]
for i in range(20):
    loss_periods.append(rng.random() * 10.0 ** rng.choice([-200, -5, 0, 2, 6, 200]))
for p in loss_periods:
    q, hp = p / 4, p / 2                 # exact: p >= 4 DBL_MIN
    assert F(q) == F(p) / 4 and F(hp) == F(p) / 2
    for a, b, want in [(q, 0.0, 1.0), (0.0, q, 1.0), (-q, 0.0, 1.0),
                       (hp, 0.0, 2.0), (0.0, hp, 2.0), (p, 0.0, 0.0),
                       (q, q, 0.0), (q, hp, 1.0),
                       # 3p/4 and 3p + p/4 where those sums are doubles
                       (hp + q if F(hp + q) == 3 * F(q) else q, 0.0, 1.0),
                       (3 * p + q if p < 1e300 and F(3 * p + q) == 13 * F(q) else q,
                        0.0, 1.0)]:
        assert ref_loss(a, b, p) == want, (a, b, p, want, ref_loss(a, b, p))
        check("angle_cosine_loss(%s, %s, %s)" % (lit(a), lit(b), lit(p)), want,
              "angle_cosine_loss(%r, %r, %r) = %r" % (a, b, p, want))
# 2 pi() as the period and pi()/2 as computed by SQL: exactly 1 and 2
check("angle_cosine_loss(0, pi() / 2, 2 * pi())", 1.0,
      "angle_cosine_loss(0, pi()/2, 2 pi()) = 1")
check("angle_cosine_loss(pi() / 2, 0, 2 * pi())", 1.0,
      "angle_cosine_loss(pi()/2, 0, 2 pi()) = 1")
check("angle_cosine_loss(pi(), 0, 2 * pi())", 2.0,
      "angle_cosine_loss(pi(), 0, 2 pi()) = 2")
check("angle_cosine_loss(pi() / 4, 0, pi())", 1.0,
      "angle_cosine_loss(pi()/4, 0, pi()) = 1")

# Random differences over many periods and magnitudes: within 1 ulp of
# mpmath (of the exact reduced fraction of the period).
loss_exact = 0
for i in range(300):
    p = rng.choice(loss_periods)
    a = rng.choice([-1, 1]) * rng.random() * p * rng.choice([0.5, 1, 3, 1e6, 1e-9])
    b = rng.choice([0.0, rng.random() * p, -rng.random() * p * 100])
    if math.isinf(a) or math.isinf(b):
        continue
    want = ref_loss(a, b, p)
    check_near("angle_cosine_loss(%s, %s, %s)" % (lit(a), lit(b), lit(p)),
               want, 1, "random angle_cosine_loss #%d ~ %r" % (i, want))


# Unit conversions of the angle type's input and constructor.
def rad_ref(x):
    return float(mpmath.mpf(x) * 180 / mpmath.pi)


for x in [1.0, 0.5, math.pi, math.pi / 2, math.pi / 4, 2.5, 1e-5, 1e300]:
    want = rad_ref(x)
    check("degrees(angle(%s, 'rad'))" % lit(x), want,
          "%r rad = %r degrees" % (x, want))
    check("degrees('%rrad'::angle)" % x, want,
          "'%rrad' = %r degrees" % (x, want))
for x in [1.0, 100.0, 0.1, 33.3, 1e-3]:
    want = rnd(F(x) * F(9, 10))
    check("degrees('%r grad'::angle)" % x, want,
          "%r grad = %r degrees" % (x, want))
for text, q in [("12°30'15\"", F(12) + F(30, 60) + F(15, 3600)),
                ("12d30m15.5s", F(12) + F(30, 60) + F(155, 36000)),
                ("-0°0'0.1\"", -F(1, 36000)),
                ("359°59′59.999″", F(359) + F(59, 60) + F(59999, 3600000)),
                ("1000000°1'", F(1000000) + F(1, 60)),
                ("17'", F(17, 60)), ("0.5\"", F(1, 7200))]:
    want = rnd(q)
    if text.startswith("-0") and q == 0:
        want = -0.0
    check("degrees(%s::angle)" % ("'" + text.replace("'", "''") + "'"), want,
          "%s = %r degrees" % (text, want))

print("-- Generated by test/circular/ref/circular_ref.py: do not edit by hand.")
print("-- Every expected value is computed there with exact rationals or")
print("-- mpmath and rounded once; comparisons are bit for bit.")
print("BEGIN;")
print("SET client_min_messages = warning;")
print("CREATE EXTENSION IF NOT EXISTS angle CASCADE;")
print("CREATE EXTENSION IF NOT EXISTS pgtap;")
print("RESET client_min_messages;")
print("SELECT plan(%d);" % n)
print("\n".join(out))
print("SELECT * FROM finish();")
print("ROLLBACK;")
