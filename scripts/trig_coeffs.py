#!/usr/bin/python3
"""Coefficients of the sine and cosine kernels of src/trig.c.

On x in [0, pi/4] (the octant the kernels see):
  sin x = x + x^3 S(x^2),   S(z) = (sin sqrt(z) - sqrt(z)) / z^(3/2)
  cos x = 1 - x^2/2 + x^4 C(z),   C(z) = (cos sqrt(z) - 1 + z/2) / z^2
S and C are fitted by Chebyshev interpolation (mpmath.chebyfit, near
minimax) at 200 bits, S of degree 6 and C of degree 5, and rounded to
doubles.  Prints the C declarations and the fit errors, which are far
below an ULP of the results once multiplied by x^3 and x^4.

  /usr/bin/python3 scripts/trig_coeffs.py
"""
import mpmath as mp

mp.mp.prec = 200
ZMAX = (mp.pi / 4) ** 2


def s_rest(z):
    if z == 0:
        return mp.mpf(-1) / 6
    r = mp.sqrt(z)
    return (mp.sin(r) - r) / (z * r)


def c_rest(z):
    if z == 0:
        return mp.mpf(1) / 24
    r = mp.sqrt(z)
    return (mp.cos(r) - 1 + z / 2) / (z * z)


for name, f, deg in (("SIN", s_rest, 6), ("COS", c_rest, 5)):
    poly, err = mp.chebyfit(f, [0, ZMAX], deg + 1, error=True)
    coeffs = [float(c) for c in poly[::-1]]
    print("/* %s kernel: fit error %s */" % (name.lower(), mp.nstr(err, 3)))
    for i, c in enumerate(coeffs):
        print("#define %s_%d %r" % (name, i, c))
