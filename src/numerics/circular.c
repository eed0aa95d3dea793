/*
 * circular.c
 *		Exact circular arithmetic on doubles: the shortest difference, the
 *		wrap into a range and the cosine loss (SQL glue: circular/).
 *
 * Reduction by the period uses remainder(), which is exact, and sums that
 * cannot be exact are formed from error-free transformations (TwoSum) and
 * rounded once, so a result is exact whenever the true result is a double
 * and correctly rounded otherwise.  x - p * floor(x / p) is never used: it
 * loses everything for large x and can return p itself.
 */
#include <float.h>
#include <math.h>

#include "circular.h"
#include "eft.h"
#include "trig.h"

/*
 * Correctly rounded sum of n doubles (n <= 4), as Python's math.fsum: the
 * partials are kept exactly and rounded once, ties to even.
 */
static double
exact_sum(const double *x, int n)
{
	double		part[4];
	int			np = exact_partials(x, n, part);
	double		hi = 0.0,
				lo = 0.0;

	if (np == 0)
		return 0.0;
	np--;
	hi = part[np];
	while (np > 0)
	{
		double		y = part[--np];
		double		h = hi + y;

		lo = y - (h - hi);
		hi = h;
		if (lo != 0.0)
			break;
	}
	/* half-way case: the rest decides the rounding direction */
	if (np > 0 && ((lo < 0.0 && part[np - 1] < 0.0) ||
				   (lo > 0.0 && part[np - 1] > 0.0)))
	{
		double		y = lo * 2.0;
		double		h = hi + y;

		if (y == h - hi)
			hi = h;
	}
	return hi;
}

/*
 * Signed shortest difference a - b in [-p/2, p/2), for finite a and b and a
 * valid period.  Exact when the true result is a double, else correctly
 * rounded, except that a result that would round up to p/2 is returned as
 * the largest double below p/2.
 */
double
circ_diff(double a, double b, double p)
{
	double		h;
	double		ra,
				rb,
				s,
				e,
				r;

	/*
	 * Below 2 DBL_MIN, p / 2 may not be a double (p = 5e-324 gave -5e-324
	 * for diff(1, 2, p) instead of 0): scale the exact remainders and the
	 * period by 2^54, which is exact, and scale the exact result back.
	 */
	if (p < 2.0 * DBL_MIN)
		return ldexp(circ_diff(ldexp(remainder(a, p), 54),
							   ldexp(remainder(b, p), 54),
							   ldexp(p, 54)), -54);
	h = p * 0.5;

	/* no wrap needed: a - b is the answer, rounded once */
	s = a - b;
	if (s > -h && s < h && h * 2.0 == p)
		return s;

	ra = remainder(a, p);		/* exact, in [-p/2, p/2] */
	rb = remainder(b, p);
	s = two_sum(ra, -rb, &e);	/* s + e == ra - rb exactly, |s| <= p */

	if (s > h || (s == h && e >= 0.0))
		s -= p;					/* exact (Sterbenz): s in [p/2, p] */
	else if (s < -h || (s == -h && e < 0.0))
		s += p;					/* exact (Sterbenz) */
	r = s + e;
	if (r >= h)
		r = nextafter(h, 0.0);
	return r + 0.0;				/* no -0 */
}

/*
 * x wrapped into [low, low + p): exact when the true result is a double,
 * else correctly rounded, but never low + p itself.
 */
double
circ_wrap(double x, double p, double low)
{
	double		rx = remainder(x, p);	/* exact, in [-p/2, p/2] */
	double		r,
				up;

	if (low == 0.0)
	{
		if (rx >= 0.0)
			return rx + 0.0;
		r = rx + p;				/* one rounding of the exact sum */
		if (r >= p)
			r = nextafter(p, 0.0);
		return r;
	}
	else
	{
		double		rl = remainder(low, p);
		double		s,
					e,
					t[4];

		s = two_sum(rx, -rl, &e);	/* d = rx - rl exactly, in [-p, p] */
		t[0] = low;
		t[1] = s;
		t[2] = e;
		t[3] = 0.0;
		if (s < 0.0)
			t[3] = p;			/* d < 0: add a period */
		else if (s == p && e == 0.0)
			return low;			/* d == p: x is low + k p */
		r = exact_sum(t, 4);
	}
	up = low + p;
	if (r >= up)
		r = nextafter(up, -HUGE_VAL);
	if (r < low)
		r = low;				/* p below half an ulp of low */
	return r + 0.0;
}

/*
 * 1 - cos(2 pi d / p) for a difference d in [-p/2, p/2], accurate to a few
 * ulp also for tiny d (half-angle form), exact at quarter and half periods.
 */
double
circ_cosine_loss(double d, double p)
{
	double		s,
				c,
				h;

	circ_sincos(d, p, &s, &c);
	if (c <= 0.5)
		return 1.0 - c;			/* >= 0.5: no cancellation */

	/* 2 sin^2(pi d / p) */
	if (p == 360.0)
		sincosd(d * 0.5, &h, &c);
	else if (p == 2.0 * M_PI)
		h = sin(d * 0.5);
	else
		sincosd((d / p) * 180.0, &h, &c);
	return 2.0 * h * h;
}

