/*
 * trig.h
 *		Exact period reduction and the sine and cosine of degrees, inline
 *		for the aggregates' per-row step; trig.c exports them as sincosd()
 *		and circ_sincos(), with the conversions between degrees and
 *		radians.  Callers compile them in an ANGLE_FMA_CLONES function, so
 *		that fma() is one instruction where the CPU has it.
 *
 * Angles are reduced by the period exactly (as remainder() does, with a
 * fast path for values already within one period or so) and then expressed
 * in degrees, folded exactly into [0, 45] and handed to polynomial kernels:
 * exact at multiples of 30 and 90 degrees, as core's sind/cosd are.
 */
#ifndef ANGLE_TRIG_H
#define ANGLE_TRIG_H

#include <math.h>

#include "bits.h"
#include "eft.h"

/* 180/pi and pi/180 as unevaluated sums hi + lo of two doubles */
#define DEG_PER_RAD_HI	57.29577951308232
#define DEG_PER_RAD_LO	(-1.9878495670576283e-15)
#define RAD_PER_DEG_HI	0.017453292519943295
#define RAD_PER_DEG_LO	2.9486522708701687e-19

/*
 * Coefficients of the kernels: sin x = x + x^3 S(x^2) and cos x = 1 - x^2/2
 * + x^4 C(x^2) on [0, pi/4], near-minimax fits made and checked by
 * scripts/trig_coeffs.py (fit errors 1.2e-20 and 1.3e-18).
 */
#define SIN_0 -0.16666666666666666
#define SIN_1 0.008333333333333331
#define SIN_2 -0.00019841269841265065
#define SIN_3 2.7557319219339167e-06
#define SIN_4 -2.5052106232447578e-08
#define SIN_5 1.6058531618986147e-10
#define SIN_6 -7.586697117706918e-13
#define COS_0 0.041666666666666664
#define COS_1 -0.0013888888888887398
#define COS_2 2.480158729876569e-05
#define COS_3 -2.7557317271729793e-07
#define COS_4 2.08761462684032e-09
#define COS_5 -1.1382632425521717e-11

/* cos(30 deg) = sqrt(3)/2 and sin(45 deg) = sqrt(1/2), correctly rounded */
#define COS_30 0.8660254037844386
#define SIN_45 0.7071067811865476

/*
 * remainder(x, p) for p > 0: x - n p with n the integer nearest x / p (ties
 * to even), exact.  Values within half a period are returned as they are,
 * and values within 3/2 periods have p taken off directly: by Sterbenz's
 * lemma |x| - p is exact for p/2 <= |x| <= 2p, and if |x| > 2p it is at
 * least p, so the test |d| < p/2 also rejects the inexact case.  The ties
 * (|x| = 3p/2) and everything else go to remainder().  The sign of a zero
 * result is that of x, as with remainder().  No branch on the common path.
 */
ANGLE_ALWAYS_INLINE double
reduce_exact(double x, double p)
{
	double		ax = fabs(x);
	double		y = select_double(ax * 2.0 <= p, ax, ax - p);

	/* one test for both (an exact tie |x| = p/2 goes the slow way too) */
	if (ANGLE_UNLIKELY(fabs(y) * 2.0 >= p || isnan(y)))
		return remainder(x, p);
	return copysign(1.0, x) * y;
}

/*
 * Sine and cosine of u degrees, 0 <= u <= 45, within about 0.8 ULP: the
 * argument in radians as an unevaluated sum xh + xl, and the kernels with
 * the rounding errors of xh^2 and of 1 - xh^2/2 carried along.  The
 * polynomials are evaluated in Estrin's scheme for a short dependency
 * chain: this is on every aggregated row's critical path.
 */
ANGLE_ALWAYS_INLINE void
sincos_octant(double u, double *s, double *c)
{
	double		xl,
				zl;
	double		xh = two_prod(u, RAD_PER_DEG_HI, &xl);
	double		z = two_prod(xh, xh, &zl);
	double		z2 = z * z;
	double		ps,
				pc,
				hz,
				w;

	xl += u * RAD_PER_DEG_LO;

	ps = fma(z2, fma(z2, fma(z2, SIN_6, fma(z, SIN_5, SIN_4)),
					 fma(z, SIN_3, SIN_2)),
			 fma(z, SIN_1, SIN_0));
	pc = fma(z2, fma(z2, fma(z, COS_5, COS_4), fma(z, COS_3, COS_2)),
			 fma(z, COS_1, COS_0));
	/* sin(xh + xl) = sin xh + xl cos xh, cos xh = 1 - z/2 to first order */
	*s = xh + fma(xh * z, ps, xl * (1.0 - 0.5 * z));
	/* cos: w = 1 - z/2 and its exact error (1 - w) - z/2 (Fast2Sum) */
	hz = 0.5 * z;
	w = 1.0 - hz;
	*c = w + fma(z2, pc, ((1.0 - w) - hz) - fma(0.5, zl, xh * xl));
}

/*
 * Sine and cosine of x degrees, for finite x, within about 0.8 ULP.
 * Exact at multiples of 30 and 90 degrees, and sin(45) == cos(45).
 *
 * |r|, r = remainder(x, 360) in [-180, 180], is min(|x|, 360 - |x|) for
 * |x| <= 360; the sine takes the sign of r and the cosine is negative
 * beyond 90.  The folded angle a = min(|r|, 180 - |r|) is in [0, 90], and
 * u = min(a, 90 - a) in [0, 45], whose sine and cosine trade places when
 * a > 45.  Each difference that is taken is exact by Sterbenz's lemma.
 * u = 30 and u = 45 take the correctly rounded values, 0.5 being exact.
 * The folding is a chain of minimums and the signs are applied last, so
 * that no branch depends on the data (except that rare one).
 */
ANGLE_ALWAYS_INLINE void
sincosd_inline(double x, double *s, double *c)
{
	double		ax = fabs(x),
				ar,
				a,
				u,
				ps,
				pc,
				sv,
				cv;
	bool		sneg,
				cneg,
				hi;

	if (ANGLE_LIKELY(ax <= 360.0))
	{
		ar = min_double(ax, 360.0 - ax);
		sneg = (x < 0.0) != (ax > 180.0);
	}
	else
	{
		double		r = remainder(x, 360.0);

		ar = fabs(r);
		sneg = signbit(r) != 0;
	}
	cneg = ar > 90.0;
	a = min_double(ar, 180.0 - ar);
	hi = a > 45.0;
	u = min_double(a, 90.0 - a);
	sincos_octant(u, &ps, &pc);
	if (ANGLE_UNLIKELY(u == 30.0 || u == 45.0))
	{
		ps = u == 30.0 ? 0.5 : SIN_45;
		pc = u == 30.0 ? COS_30 : SIN_45;
	}
	sv = select_double(hi, pc, ps);
	cv = select_double(hi, ps, pc);
	/* signs; avoid -0 */
	*s = negate_if(sneg, sv) + 0.0;
	*c = negate_if(cneg, cv) + 0.0;
}

/* Is the circle of this period handed to the sine and cosine of degrees? */
ANGLE_ALWAYS_INLINE bool
circ_period_in_degrees(double period)
{
	return period != 2.0 * M_PI;
}

/*
 * The argument whose sine and cosine are those of angle x in a circle of
 * the given period (finite, > 0): in degrees, or, when the period is 2 pi,
 * in radians.  For 360 and for periods that divide 360 evenly, such as 24
 * hours, the special angles stay exact as with core's sind/cosd.
 */
ANGLE_ALWAYS_INLINE double
circ_argument(double x, double period)
{
	double		r,
				k;

	/* sincosd reduces by 360 exactly itself: one reduction */
	if (period == 360.0)
		return x;
	r = reduce_exact(x, period);	/* exact, in [-p/2, p/2] */
	if (period == 24.0)
		return r * 15.0;		/* as below, k = 15 */
	if (!circ_period_in_degrees(period))
		return r;
	k = 360.0 / period;
	if (k * period == 360.0 && k == rint(k))
		return r * k;
	return (r / period) * 360.0;
}

/* Sine and cosine of a circ_argument() u, in degrees or else radians. */
ANGLE_ALWAYS_INLINE void
sincos_argument(double u, bool degrees, double *s, double *c)
{
	if (ANGLE_LIKELY(degrees))
		sincosd_inline(u, s, c);
	else
	{
		*s = sin(u);
		*c = cos(u);
	}
}

/* Sine and cosine of angle x measured in a circle of the given period. */
ANGLE_ALWAYS_INLINE void
circ_sincos_inline(double x, double period, double *s, double *c)
{
	sincos_argument(circ_argument(x, period), circ_period_in_degrees(period),
					s, c);
}

/* trig.c */
/* Sine and cosine of x degrees, exact at multiples of 30 and 90. */
extern void sincosd(double x, double *s, double *c);

/* Sine and cosine of x in a circle of the given period. */
extern void circ_sincos(double x, double period, double *s, double *c);

/* Radians to degrees and back, nearly correctly rounded. */
extern double radians_to_degrees(double r);
extern double degrees_to_radians(double deg);
extern void radians_dd_to_degrees(double hi, double lo, double *dh,
								  double *dl);

#endif							/* ANGLE_TRIG_H */
