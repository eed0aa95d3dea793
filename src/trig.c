/*
 * trig.c
 *		Exact period reduction and sine/cosine of angles given in any period.
 *
 * Angles are reduced by the period exactly (as remainder() does, with a
 * fast path for values already within one period or so) and then expressed
 * in degrees so that sine and cosine can be computed the way core's
 * sind/cosd do it: exact at multiples of 30 and 45 degrees.
 */
#include "postgres.h"

#include <math.h>
#include <string.h>

#include "angle.h"

/* 180/pi and pi/180 as unevaluated sums hi + lo of two doubles */
#define DEG_PER_RAD_HI	57.29577951308232
#define DEG_PER_RAD_LO	(-1.9878495670576283e-15)
#define RAD_PER_DEG_HI	0.017453292519943295
#define RAD_PER_DEG_LO	2.9486522708701687e-19

/* sin(30 deg) and 1 - cos(60 deg) as computed by libm, for normalisation */
static double sin_30 = 0.0;
static double one_minus_cos_60 = 0.0;

/* Radians per degree, as core's RADIANS_PER_DEGREE. */
#define RAD_PER_DEG (M_PI / 180.0)

/*
 * Sine and cosine of the same radian argument with one libm call where the
 * C library has sincos().  glibc's sincos() returns exactly the bits of its
 * sin() and cos() (checked on 1.2e8 arguments in [0, pi/6], the range
 * where sincosd uses it), so sincosd's results are the same either way.
 */
static inline void
sin_cos(double r, double *s, double *c)
{
#if defined(__GLIBC__) && defined(_GNU_SOURCE)
	sincos(r, s, c);
#else
	*s = sin(r);
	*c = cos(r);
#endif
}

/* Compute the normalisation constants once. */
static void
trig_init(void)
{
	volatile double thirty = 30.0 * RAD_PER_DEG;
	volatile double sixty = 60.0 * RAD_PER_DEG;
	double		unused;

	/*
	 * sin(30) is taken with sin_cos(), which computes it at run time (first
	 * octant of sincosd), and cos(60) with cos(), likewise (second octant):
	 * so 30 and 60 stay exact even on a libm whose sincos() differed from
	 * sin() and cos().
	 */
	sin_cos(thirty, &sin_30, &unused);
	one_minus_cos_60 = 1.0 - cos(sixty);
}

/* sin(x degrees) for 0 <= x <= 30, exactly 0.5 at 30, from r = sin(x rad). */
static inline double
sind_0_to_30(double r)
{
	return (r / sin_30) * 0.5;
}

/* cos(x degrees) for 0 <= x <= 60, exactly 0.5 at 60, from r = cos(x rad). */
static inline double
cosd_0_to_60(double r)
{
	return 1.0 - ((1.0 - r) / one_minus_cos_60) * 0.5;
}

/* c ? a : b, without a branch (the conditions below depend on the data). */
static inline double
select_double(bool c, double a, double b)
{
	uint64		ua,
				ub,
				m = (uint64) 0 - (uint64) c;

	memcpy(&ua, &a, sizeof(ua));
	memcpy(&ub, &b, sizeof(ub));
	ua = (ua & m) | (ub & ~m);
	memcpy(&a, &ua, sizeof(a));
	return a;
}

/* -x if c, else x (flips the sign bit, also of zeros), without a branch. */
static inline double
negate_if(bool c, double x)
{
	uint64		u;

	memcpy(&u, &x, sizeof(u));
	u ^= (uint64) c << 63;
	memcpy(&x, &u, sizeof(x));
	return x;
}

/*
 * remainder(x, p) for p > 0: x - n p with n the integer nearest x / p (ties
 * to even), exact.  Values within half a period are returned as they are,
 * and values within 3/2 periods have p taken off directly: by Sterbenz's
 * lemma |x| - p is exact for p/2 <= |x| <= 2p, and if |x| > 2p it is at
 * least p, so the test |d| < p/2 also rejects the inexact case.  The ties
 * (|x| = 3p/2) and everything else go to remainder().  The sign of a zero
 * result is that of x, as with remainder().  No branch on the common path.
 */
static inline double
reduce_exact(double x, double p)
{
	double		ax = fabs(x);
	double		y = select_double(ax * 2.0 <= p, ax, ax - p);

	/* one test for both (an exact tie |x| = p/2 goes the slow way too) */
	if (unlikely(fabs(y) * 2.0 >= p || isnan(y)))
		return remainder(x, p);
	return copysign(1.0, x) * y;
}

/*
 * Sine and cosine of x degrees, for finite x.  Exact at multiples of 30
 * and 90 degrees, and sin(45) == cos(45).
 *
 * With r = remainder(x, 360) in [-180, 180], the sine takes the sign of r
 * and the cosine is negative beyond 90; in the folded angle a in [0, 90]
 * (a = |r| or 180 - |r|, exact) sine and cosine are
 *   a <= 30:       sind_0_to_30(sin a),  cosd_0_to_60(cos a)
 *   30 < a <= 60:  cosd_0_to_60(cos(90 - a)),  cosd_0_to_60(cos a)
 *   a > 60:        cosd_0_to_60(cos(90 - a)),  sind_0_to_30(sin(90 - a))
 * (core's sind/cosd choice of formula), so the first and the last third
 * need the sine and cosine of one argument u: one sincos() call, and the
 * two results trade places.  The signs and the folding are applied without
 * branches, which the data would make unpredictable.  (Multiplying by the
 * sign +-1, as before, gives the same bits as flipping the sign bit; a zero
 * result is +0 either way after the final + 0.0.)
 */
void
sincosd(double x, double *s, double *c)
{
	double		r,
				ar,
				a,
				u,
				rs,
				rc,
				p,
				q,
				sv,
				cv;
	bool		cneg,
				lo;

	if (unlikely(sin_30 == 0.0))
		trig_init();

	r = reduce_exact(x, 360.0); /* [-180, 180], exact */
	ar = fabs(r);
	cneg = ar > 90.0;
	a = select_double(cneg, 180.0 - ar, ar);	/* exact */
	/* 30 < a <= 60 as one test (a - 45 is exact there) */
	if (likely(!(fabs(a - 45.0) < 15.0) && a != 60.0))
	{
		lo = a <= 30.0;
		u = select_double(lo, a, 90.0 - a);	/* exact */
		sin_cos(u * RAD_PER_DEG, &rs, &rc);
		p = sind_0_to_30(rs);
		q = cosd_0_to_60(rc);
		sv = select_double(lo, p, q);
		cv = select_double(lo, q, p);
	}
	else
	{
		sv = cosd_0_to_60(cos((90.0 - a) * RAD_PER_DEG));
		cv = cosd_0_to_60(cos(a * RAD_PER_DEG));
	}
	/* signs; avoid -0 */
	*s = negate_if(signbit(r) != 0, sv) + 0.0;
	*c = negate_if(cneg, cv) + 0.0;
}

/*
 * Sine and cosine of angle x measured in a circle of the given period
 * (finite, > 0).  For 360 and for periods that divide 360 evenly, such as
 * 24 hours, the special angles stay exact as with core's sind/cosd.
 */
void
circ_sincos(double x, double period, double *s, double *c)
{
	double		r = reduce_exact(x, period);	/* exact, in [-p/2, p/2] */
	double		k;

	if (period == 360.0)
	{
		sincosd(r, s, c);
		return;
	}
	if (period == 24.0)
	{
		sincosd(r * 15.0, s, c);	/* as below, k = 15 */
		return;
	}
	if (period == 2.0 * M_PI)
	{
		*s = sin(r);
		*c = cos(r);
		return;
	}
	k = 360.0 / period;
	if (k * period == 360.0 && k == rint(k))
		sincosd(r * k, s, c);
	else
		sincosd((r / period) * 360.0, s, c);
}

/*
 * Radians to degrees, nearly correctly rounded (within about 0.5 ULP plus
 * 2^-100 relative), so the radian doubles nearest 30, 45, 60, 90 and 180
 * degrees convert to exactly those numbers.
 */
double
radians_to_degrees(double r)
{
	double		hi = r * DEG_PER_RAD_HI;

	if (!isfinite(hi))
		return hi;
	return hi + (fma(r, DEG_PER_RAD_HI, -hi) + r * DEG_PER_RAD_LO);
}

/* Degrees to radians, nearly correctly rounded. */
double
degrees_to_radians(double deg)
{
	double		hi = deg * RAD_PER_DEG_HI;

	if (!isfinite(hi))
		return hi;
	return hi + (fma(deg, RAD_PER_DEG_HI, -hi) + deg * RAD_PER_DEG_LO);
}
