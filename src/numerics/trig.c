/*
 * trig.c
 *		Exported forms of the inline sine, cosine and reduction of trig.h,
 *		and the conversions between degrees and radians.
 */
#include <math.h>

#include "trig.h"

/* Sine and cosine of x degrees (trig.h). */
ANGLE_FMA_CLONES void
sincosd(double x, double *s, double *c)
{
	sincosd_inline(x, s, c);
}

/* Sine and cosine of x in a circle of the given period (trig.h). */
ANGLE_FMA_CLONES void
circ_sincos(double x, double period, double *s, double *c)
{
	circ_sincos_inline(x, period, s, c);
}

/*
 * Radians hi + lo (a double-double) to degrees as a double-double (cloned:
 * two_prod's fma() is then one instruction, with the same bits).
 */
ANGLE_FMA_CLONES void
radians_dd_to_degrees(double hi, double lo, double *dh, double *dl)
{
	double		e,
				p = two_prod(hi, DEG_PER_RAD_HI, &e);

	*dh = p;
	*dl = e + (hi * DEG_PER_RAD_LO + lo * DEG_PER_RAD_HI);
}

/*
 * Radians to degrees, nearly correctly rounded (within about 0.5 ULP plus
 * 2^-100 relative), so the radian doubles nearest 30, 45, 60, 90 and 180
 * degrees convert to exactly those numbers.
 */
double
radians_to_degrees(double r)
{
	double		dh,
				dl;

	radians_dd_to_degrees(r, 0.0, &dh, &dl);
	if (!isfinite(dh))
		return dh;
	return dh + dl;
}

/* Degrees to radians, nearly correctly rounded. */
double
degrees_to_radians(double deg)
{
	double		e,
				hi = two_prod(deg, RAD_PER_DEG_HI, &e);

	if (!isfinite(hi))
		return hi;
	return hi + (e + deg * RAD_PER_DEG_LO);
}
