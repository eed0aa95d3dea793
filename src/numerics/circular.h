/*
 * circular.h
 *		Exact circular arithmetic on doubles (circular.c).
 */
#ifndef ANGLE_CIRCULAR_H
#define ANGLE_CIRCULAR_H

#include <float.h>
#include <math.h>
#include <stdbool.h>

#include "bits.h"
#include "eft.h"

/* Is p a valid period: a positive finite number? */
static inline bool
circ_period_ok(double p)
{
	return p > 0.0 && !isinf(p);
}

/* Signed shortest difference a - b in [-p/2, p/2) (finite a, b). */
extern double circ_diff(double a, double b, double p);

/*
 * The common case of circ_diff, inline and without a branch on the data:
 * true, with *r = circ_diff(a, b, p), when the period is in [2 DBL_MIN,
 * DBL_MAX / 4], |fl(a - b)| <= 4 p and the result is inside (-p/2, p/2);
 * false otherwise (also for NaN and infinities), and then the caller
 * checks the arguments and calls circ_diff.  With s + e = a - b exactly
 * (TwoSum), k = 0, -+p or -+2p is added to s, exactly (Sterbenz: s - p for
 * s in [p/2, 2p], s - 2p for s in [p, 4p]), and (s + k) + e is rounded
 * once.  A result v strictly inside (-p/2, p/2) means the exact value is
 * too, so v is its correct rounding; anything else (a result that rounds
 * to -+p/2) goes the exact way.  With k = 0, s itself is returned (as
 * circ_diff does: -0 for a = -0, b = 0).  The wrap is chosen by selects,
 * not branches: for spread-out angles it is a coin toss, and a
 * mispredicted branch cost more than the whole function.
 */
ANGLE_ALWAYS_INLINE bool
circ_diff_try(double a, double b, double p, double *r)
{
	double		s = a - b;
	double		h = p * 0.5;	/* exact when p >= 2 DBL_MIN */
	double		t = p * 1.5;	/* a threshold, need not be exact */
	double		e,
				k,
				v;

	(void) two_sum(a, -b, &e);
	k = select_double(s > h, -p, select_double(s < -h, p, 0.0));
	k = select_double(s > t, -2.0 * p, select_double(s < -t, 2.0 * p, k));
	v = (s + k) + e;
	*r = select_double(k == 0.0, s, v);
	return (p >= 2.0 * DBL_MIN) & (p <= DBL_MAX / 4) &
		(fabs(s) <= 4.0 * p) & (v > -h) & (v < h);
}

/* circ_diff(a, b, p) for finite a, b and a valid p, its common case inline. */
ANGLE_ALWAYS_INLINE double
circ_diff_inline(double a, double b, double p)
{
	double		r;

	return ANGLE_LIKELY(circ_diff_try(a, b, p, &r)) ? r : circ_diff(a, b, p);
}

/* x wrapped into [low, low + p), never low + p itself. */
extern double circ_wrap(double x, double p, double low);

/* 1 - cos(2 pi (a - b) / p) from the exact fraction (a - b) / p, within 1 ulp. */
extern double circ_cosine_loss(double a, double b, double p);

#endif							/* ANGLE_CIRCULAR_H */
