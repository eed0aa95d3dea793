#!/usr/bin/python3
"""Stored references for the trig checks of numerics_test.c.

The sine and cosine of x degrees from mpmath at 200 bits (independent of
the C code), for random x in the classes of test/ref/trig_ref.py plus the
multiples of 15 degrees up to two turns either way.  One line per x:

    class x sin_hi sin_lo cos_hi cos_lo

in C99 hexadecimal floats, hi the double nearest the exact value and lo
the residual.  numerics_test.c checks sincosd() within 1 ULP of hi + lo
(the kernel's design bound is about 0.8 ULP) and exactly hi at multiples
of 30 and 90 degrees.

    /usr/bin/python3 test/numerics/trig_ref_gen.py > test/numerics/trig_ref.txt
"""
import random

import mpmath as mp

mp.mp.prec = 200
rng = random.Random(20261201)
N = 200

classes = {
    "octant": lambda: rng.uniform(0, 45),
    "turn": lambda: rng.uniform(-360, 360),
    "near30": lambda: 30 + rng.uniform(-1e-3, 1e-3),
    "near45": lambda: 45 + rng.uniform(-1e-6, 1e-6),
    "near60": lambda: 60 + rng.uniform(-1e-9, 1e-9),
    "tiny": lambda: rng.uniform(0, 1e-6) * rng.choice((1, -1)),
    "huge": lambda: rng.uniform(-1e7, 1e7),
    "small": lambda: rng.uniform(0, 1) * 1e-300,
}


def dd(v):
    """v as the nearest double and the residual."""
    hi = float(v)
    return hi, float(v - mp.mpf(hi))


def line(cls, x):
    r = mp.mpf(x) * mp.pi / 180
    sh, sl = dd(mp.sin(r))
    ch, cl = dd(mp.cos(r))
    return "%s %s %s %s %s %s" % (cls, x.hex(), sh.hex(), sl.hex(),
                                  ch.hex(), cl.hex())


for cls, gen in classes.items():
    for _ in range(N):
        print(line(cls, gen()))
for k in range(-48, 49):
    x = 15.0 * k
    # exact zeros: the residual of sin(180 k) is not representable usefully
    r = mp.mpf(x) * mp.pi / 180
    s, c = mp.sin(r), mp.cos(r)
    sh, sl = (0.0, 0.0) if k % 12 == 0 else dd(s)
    ch, cl = (0.0, 0.0) if k % 12 == 6 else dd(c)
    print("mult15 %s %s %s %s %s" % (x.hex(), sh.hex(), sl.hex(), ch.hex(),
                                     cl.hex()))
