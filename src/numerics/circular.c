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

	return partials_round(part, exact_partials(x, n, part));
}

/*
 * The shortest difference a - b exactly, as s + *e in [-p/2, p/2], for
 * finite a and b and a period p >= 2 DBL_MIN (so that p/2 is exact).
 */
static double
reduced_difference(double a, double b, double p, double *e)
{
	double		h = p * 0.5;
	double		ra = remainder(a, p);	/* exact, in [-p/2, p/2] */
	double		rb = remainder(b, p);
	double		s = two_sum(ra, -rb, e);	/* s + e == ra - rb, |s| <= p */

	if (s > h || (s == h && *e >= 0.0))
		s -= p;					/* exact (Sterbenz): s in [p/2, p] */
	else if (s < -h || (s == -h && *e < 0.0))
		s += p;					/* exact (Sterbenz) */
	return s;
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
	double		s,
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

	s = reduced_difference(a, b, p, &e);
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

/* pi and 2 pi in long double (64 bits on x86, 113 where it is binary128) */
#define PI_L	3.14159265358979323846264338327950288L
#define TWO_PI_L 6.28318530717958647692528676655900577L

/*
 * 1 - cos(2 pi f) for the fraction of the period f = (a - b) / p, reduced
 * exactly: f = (s + e) / p from the exact difference s + e, as the double
 * f = s / p plus (fma(-f, p, s) + e) / p, the exact remainder of that
 * division.  With g = |f| in [0, 1/2], folded exactly (Sterbenz) so that
 * no cancellation is left:
 *   g <= 1/8:        2 sin^2(pi g)
 *   1/8 < g <= 3/8:  1 + sin(2 pi (g - 1/4))
 *   g > 3/8:         1 + cos(2 pi (1/2 - g))
 * each in long double (an error near 2^-63 relative, against 2^-53 of a
 * double) and rounded once: within 1 ulp, and correctly rounded except
 * when the true value is within about 2^-10 ulp of a rounding boundary.
 * A difference of exactly a quarter of the period, 0, a half, gives
 * exactly 1, 0, 2 for every period: a quarter of a period p is p/4 as a
 * rational number, so with p = 2 * pi() a difference of pi()/2 is one (a
 * double's p/4 is exact for p >= 4 DBL_MIN; below, a difference is scaled
 * by 2^54 with the period, so p/4 is exact there too).
 */
double
circ_cosine_loss(double a, double b, double p)
{
	double		s,
				e,
				fh,
				fl,
				gh,
				gl;
	long double r;

	if (p < 2.0 * DBL_MIN)		/* scale exactly, as circ_diff does */
		return circ_cosine_loss(ldexp(remainder(a, p), 54),
								ldexp(remainder(b, p), 54), ldexp(p, 54));
	s = reduced_difference(a, b, p, &e);
	fh = s / p;
	fl = (fma(-fh, p, s) + e) / p;
	gh = fabs(fh);
	gl = fh < 0.0 ? -fl : fl;
	if (gh <= 0.125)
	{
		long double x = sinl(PI_L * ((long double) gh + gl));

		r = 2.0L * x * x;
	}
	else if (gh <= 0.375)
		r = 1.0L + sinl(TWO_PI_L * ((long double) (gh - 0.25) + gl));
	else
		r = 1.0L + cosl(TWO_PI_L * ((long double) (0.5 - gh) - gl));
	return (double) r;
}
