/*
 * trig.c
 *		Exact period reduction and sine/cosine of angles given in any period.
 *
 * Angles are reduced by the period with remainder(), which is exact, and
 * then expressed in degrees so that sine and cosine can be computed the way
 * core's sind/cosd do it: exact at multiples of 30 and 45 degrees.
 */
#include "postgres.h"

#include <math.h>

#include "angle.h"

/* 180/pi and pi/180 as unevaluated sums hi + lo of two doubles */
#define DEG_PER_RAD_HI	57.29577951308232
#define DEG_PER_RAD_LO	(-1.9878495670576283e-15)
#define RAD_PER_DEG_HI	0.017453292519943295
#define RAD_PER_DEG_LO	2.9486522708701687e-19

/* sin(30 deg) and 1 - cos(60 deg) as computed by libm, for normalisation */
static double sin_30 = 0.0;
static double one_minus_cos_60 = 0.0;

/* Compute the normalisation constants once. */
static void
trig_init(void)
{
	volatile double thirty = 30.0 * (M_PI / 180.0);
	volatile double sixty = 60.0 * (M_PI / 180.0);

	sin_30 = sin(thirty);
	one_minus_cos_60 = 1.0 - cos(sixty);
}

/* sin(x degrees) for 0 <= x <= 30, exactly 0.5 at 30. */
static double
sind_0_to_30(double x)
{
	double		r = sin(x * (M_PI / 180.0));

	return (r / sin_30) * 0.5;
}

/* cos(x degrees) for 0 <= x <= 60, exactly 0.5 at 60. */
static double
cosd_0_to_60(double x)
{
	double		r = 1.0 - cos(x * (M_PI / 180.0));

	return 1.0 - (r / one_minus_cos_60) * 0.5;
}

/* sin(x degrees) for 0 <= x <= 90. */
static double
sind_q1(double x)
{
	return x <= 30.0 ? sind_0_to_30(x) : cosd_0_to_60(90.0 - x);
}

/* cos(x degrees) for 0 <= x <= 90. */
static double
cosd_q1(double x)
{
	return x <= 60.0 ? cosd_0_to_60(x) : sind_0_to_30(90.0 - x);
}

/*
 * Sine and cosine of x degrees, for finite x.  Exact at multiples of 30
 * and 90 degrees, and sin(45) == cos(45).
 */
void
sincosd(double x, double *s, double *c)
{
	double		a;
	int			ssign = 1,
				csign = 1;

	if (sin_30 == 0.0)
		trig_init();

	/* into (-180, 180], exactly */
	x = remainder(x, 360.0);
	if (x < 0.0)
	{
		x = -x;
		ssign = -1;
	}
	/* now 0 <= x <= 180 */
	if (x > 90.0)
	{
		a = 180.0 - x;			/* exact */
		csign = -1;
	}
	else
		a = x;
	*s = ssign * sind_q1(a);
	*c = csign * cosd_q1(a);
	/* avoid -0 */
	*s += 0.0;
	*c += 0.0;
}

/*
 * Sine and cosine of angle x measured in a circle of the given period
 * (finite, > 0).  For 360 and for periods that divide 360 evenly, such as
 * 24 hours, the special angles stay exact as with core's sind/cosd.
 */
void
circ_sincos(double x, double period, double *s, double *c)
{
	double		r = remainder(x, period);	/* exact, in [-p/2, p/2] */
	double		k;

	if (period == 360.0)
	{
		sincosd(r, s, c);
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
