/*
 * sums.c
 *		The exact sums of a circular_stats state as numbers: the total
 *		weight and the mean resultant vector (C-bar, S-bar).
 *
 * The sums are 256-bit integers in units of 2^-144 (accum.c).  Each is
 * converted to a double-double, which holds it to a relative 2^-106; the
 * weight is then rounded once, and a mean component is the quotient of two
 * double-doubles, rounded once from a remainder computed with fma: both
 * are within one unit in the last place of the exact value, and nearly
 * always correctly rounded.
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"
#include "utils/float.h"

#include "circstats.h"
#include "numerics/eft.h"

/* Total weight of a state, in [0, 2^110): 0 when no finite row. */
PG_FUNCTION_INFO_V1(circular_stats_weight);
Datum
circular_stats_weight(PG_FUNCTION_ARGS)
{
	CircStats  *st = PG_GETARG_CIRCSTATS(0);
	double		hi,
				lo;

	wide_to_dd(&st->w, &hi, &lo);
	PG_RETURN_FLOAT8(ldexp(hi + lo, -144));
}

/*
 * sum / W: NULL when the state is empty, NaN when it counted a NaN row
 * (as the other statistics), else the quotient of the exact sums.
 */
static Datum
mean_component(FunctionCallInfo fcinfo, bool sine)
{
	CircStats  *st = PG_GETARG_CIRCSTATS(0);
	double		nh,
				nl,
				wh,
				wl,
				q,
				r;

	if (st->n == 0)
		PG_RETURN_NULL();
	if (st->nnan > 0)
		PG_RETURN_FLOAT8(get_float8_nan());
	wide_to_dd(sine ? &st->s : &st->c, &nh, &nl);
	wide_to_dd(&st->w, &wh, &wl);
	/* q + (n - q w) / w, with n - q w exact to the last term */
	q = nh / wh;
	r = fma(-q, wh, nh) + nl - q * wl;
	q += r / wh;
	if (q > 1.0)
		q = 1.0;
	else if (q < -1.0)
		q = -1.0;
	PG_RETURN_FLOAT8(q + 0.0);	/* no -0 */
}

/* Mean cosine C-bar = sum(w cos x) / sum(w) of a state. */
PG_FUNCTION_INFO_V1(circular_stats_mean_cos);
Datum
circular_stats_mean_cos(PG_FUNCTION_ARGS)
{
	return mean_component(fcinfo, false);
}

/* Mean sine S-bar = sum(w sin x) / sum(w) of a state. */
PG_FUNCTION_INFO_V1(circular_stats_mean_sin);
Datum
circular_stats_mean_sin(PG_FUNCTION_ARGS)
{
	return mean_component(fcinfo, true);
}
