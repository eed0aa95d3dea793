/*
 * moments.c
 *		The argument whose sine and cosine are those of q times an angle,
 *		for the sums of order q of a version 2 circular_stats state, and the
 *		upper quantile of the standard normal distribution.
 *
 * The terms of order q must be a function of the row alone (deterministic
 * doubles), so that their grid sums, like the first-order ones, do not
 * depend on the plan.  They are the sine and cosine (trig.h) of one
 * double: in degrees, q r with r = remainder(u, 360) exact, formed as the
 * exact sum hi + lo (fma) and reduced exactly by 360 before the one
 * rounding; for q = 2 that is the exact 2r.  In radians (a period of
 * 2 pi), where no exact reduction exists, it is the product q u, rounded
 * once.
 */
#include <math.h>

#include "moments.h"
#include "trig.h"

/* The argument (degrees, or radians if not degrees) of q times u. */
ANGLE_FMA_CLONES double
circ_multiple_argument(double u, int64_t q, bool degrees)
{
	double		r,
				hi,
				lo,
				dq = (double) q;	/* exact: q <= CIRC_MAX_ORDER */

	if (q == 1)
		return u;				/* the first-order argument itself */
	if (!degrees)
		return dq * u;
	r = reduce_exact(u, 360.0); /* [-180, 180] */
	if (q == 2)
		return 2.0 * r;			/* exact */
	hi = dq * r;
	lo = fma(dq, r, -hi);		/* hi + lo = q r exactly */
	return remainder(hi, 360.0) + lo;
}

/* Sine and cosine of q times the circ_argument() u. */
ANGLE_FMA_CLONES void
circ_sincos_multiple(double u, int64_t q, bool degrees, double *s, double *c)
{
	sincos_argument(circ_multiple_argument(u, q, degrees), degrees, s, c);
}

/*
 * The z with P(Z > z) = t for a standard normal Z, 0 < t <= 1/2 (z >= 0).
 * For t <= 1/4, Newton's method on log Q(z) = log(erfc(z / sqrt 2) / 2), whose slope is
 * -phi(z) / Q(z), from z = sqrt(-2 log t) (an upper bound for t <= 1/2, so
 * that the concave log Q brings the iterates down monotonically onto the
 * root).  erfc() keeps its relative accuracy in the tail, so t down to
 * 2^-54 (a level of 1 - 2^-53) is solved to a few ULPs.
 */
double
normal_upper_quantile(double t)
{
	double		z;

	if (!(t > 0.0) || !(t <= 0.5))
		return NAN;
	if (t == 0.5)
		return 0.0;
	if (t > 0.25)
	{
		/*
		 * Near the centre, Newton's method on erf(z / sqrt 2) = 1 - 2t
		 * (exact), slope 2 phi(z), from z = 0: well conditioned where
		 * log Q would cancel.
		 */
		double		target = 1.0 - 2.0 * t;

		z = 0.0;
		for (int i = 0; i < 100; i++)
		{
			double		step = (target - erf(z * M_SQRT1_2)) /
				(2.0 * 0.3989422804014327 * exp(-0.5 * z * z));

			z += step;
			if (fabs(step) <= 1e-17 * z)
				break;
		}
		return z;
	}
	z = sqrt(-2.0 * log(t));
	for (int i = 0; i < 100; i++)
	{
		double		q = 0.5 * erfc(z * M_SQRT1_2);
		double		phi = exp(-0.5 * z * z) * 0.3989422804014327;
		double		step = (log(q) - log(t)) * q / phi;

		z += step;
		if (fabs(step) <= 1e-17 * z)
			break;
	}
	return z;
}
