/*
 * stats.c
 *		The statistics of a circular_stats state: mean direction, mean
 *		resultant length, circular variance, standard deviation and angular
 *		deviation, as float8, time, interval or angle, and the accessors.
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"
#include "utils/date.h"
#include "utils/float.h"
#include "utils/timestamp.h"

#include "angle/angle.h"
#include "circstats.h"
#include "numerics/eft.h"
#include "numerics/trig.h"
#include "numerics/vector.h"

/*
 * A resultant length R-bar at or below this is indistinguishable from zero
 * (2^-49 = 8 DBL_EPSILON): each row's unit vector carries an error of at
 * most about (2 pi + 1) DBL_EPSILON from the rounding of the input value,
 * its conversion to degrees and sin/cos (README: "The undefined-mean
 * threshold").
 */
#define RBAR_ZERO 1.7763568394002505e-15

/* What a state says: R-bar and the mean as an angle in radians. */
typedef struct CircResult
{
	bool		empty;			/* no rows: every statistic is NULL */
	bool		nan;			/* a NaN row: every statistic is NaN */
	double		rbar;			/* mean resultant length, [0, 1] (see circ_eval) */
	double		s,
				c;				/* the resultant (scaled) */
	double		s_lo,
				c_lo;			/* s + s_lo and c + c_lo: the exact sums */
} CircResult;

/*
 * Evaluate a state.  For the mean alone (mean_only), R-bar is needed only
 * as zero or not: when the larger sum exceeds 2 RBAR_ZERO w, hypot(s, c) / w
 * is above RBAR_ZERO, so rbar is left at 1 and hypot() is not called.
 */
static CircResult
circ_eval(const CircStats *st, bool mean_only)
{
	CircResult	r = {false, false, 0.0, 0.0, 0.0, 0.0, 0.0};
	double		w;

	if (st->n == 0)
	{
		r.empty = true;
		return r;
	}
	if (st->nnan > 0)
	{
		r.nan = true;
		r.rbar = get_float8_nan();
		return r;
	}
	wide_to_dd(&st->s, &r.s, &r.s_lo);
	wide_to_dd(&st->c, &r.c, &r.c_lo);
	w = wide_to_double(&st->w);
	if (mean_only && fmax(fabs(r.s), fabs(r.c)) > 2.0 * RBAR_ZERO * w)
	{
		r.rbar = 1.0;			/* not zero; its value is not used */
		return r;
	}
	r.rbar = hypot(r.s, r.c) / w;
	if (r.rbar > 1.0)
		r.rbar = 1.0;
	if (r.rbar <= RBAR_ZERO)
		r.rbar = 0.0;
	return r;
}

/*
 * The mean as a fraction of the period scaled to 'unit', in [0, unit).  The
 * angle of the exact sums is taken as a double-double and, in degrees,
 * rounded once (after adding 360 to a negative angle).
 */
static double
circ_mean_in(const CircResult *r, double period, double unit)
{
	double		rh,
				rl,
				dh,
				dl,
				k,
				m;

	vec_atan2_dd(r->s, r->s_lo, r->c, r->c_lo, &rh, &rl);	/* (-pi, pi] */
	radians_dd_to_degrees(rh, rl, &dh, &dl);
	if (unit == 360.0)
	{
		if (dh < 0.0)
		{
			double		e;

			m = fast_two_sum(360.0, dh, &e);	/* exact error e */
			dl += e;
			dh = m;
		}
		m = dh + dl;
	}
	else if (unit == 2.0 * M_PI)
		m = rh + rl;
	else
	{
		/* degrees to the target unit, exactly for units dividing 360 */
		double		deg = dh + dl;

		k = 360.0 / unit;
		if (k * unit == 360.0 && k == rint(k))
			m = deg / k;
		else
			m = (deg / 360.0) * unit;
	}
	if (m < 0.0)
		m += unit;
	if (m >= unit)
		m = 0.0;
	return m + 0.0;				/* no -0 */
}

/* The stddev sqrt(-2 ln R) or angular deviation sqrt(2(1 - R)), radians. */
static double
circ_spread(const CircResult *r, bool angular)
{
	if (angular)
		return sqrt(2.0 * (1.0 - r->rbar));
	if (r->rbar == 0.0)
		return get_float8_infinity();
	return sqrt(-2.0 * log(r->rbar)) + 0.0;
}

/* Radians to 'unit' (a full turn = unit). */
static double
radians_to_unit(double x, double unit)
{
	if (unit == 2.0 * M_PI)
		return x;
	if (unit == 360.0)
		return radians_to_degrees(x);
	return x * (unit / (2.0 * M_PI));
}

/* Which statistic an accessor returns. */
typedef enum CircWhat
{
	CW_MEAN,
	CW_RBAR,
	CW_VAR,
	CW_STDDEV,
	CW_ANGDEV
} CircWhat;

/*
 * A statistic of a state as float8, in units where a full turn is 'unit'
 * (unit 0: the state's own period).  isnull is set for an empty state and
 * for the mean of a state with a zero resultant.
 */
static double
circ_stat(const CircStats *st, CircWhat what, double unit, bool *isnull)
{
	CircResult	r = circ_eval(st, what == CW_MEAN);

	*isnull = false;
	if (unit == 0.0)
		unit = st->period;
	if (r.empty)
	{
		*isnull = true;
		return 0.0;
	}
	if (r.nan)
		return get_float8_nan();
	switch (what)
	{
		case CW_MEAN:
			if (r.rbar == 0.0)
			{
				*isnull = true;
				return 0.0;
			}
			return circ_mean_in(&r, st->period, unit);
		case CW_RBAR:
			return r.rbar;
		case CW_VAR:
			return 1.0 - r.rbar;
		case CW_STDDEV:
			return radians_to_unit(circ_spread(&r, false), unit);
		case CW_ANGDEV:
			return radians_to_unit(circ_spread(&r, true), unit);
	}
	return 0.0;					/* keep compiler quiet */
}

/* Error for a NaN statistic that a time or angle result cannot hold. */
static pg_noinline void
circ_nan_result(bool as_time)
{
	if (as_time)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("cannot express a NaN circular statistic as a time"),
				 errdetail("The aggregated values included NaN.")));
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("cannot express a NaN circular statistic as an angle"),
			 errdetail("The aggregated values included NaN.")));
}

#define CIRC_FLOAT_FN(name, what, unit) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	bool		isnull; \
	double		v = circ_stat(PG_GETARG_CIRCSTATS(0), (what), (unit), &isnull); \
	if (isnull) \
		PG_RETURN_NULL(); \
	PG_RETURN_FLOAT8(v); \
}

/* Mean direction of a state, in [0, period). */
CIRC_FLOAT_FN(circular_mean_stats, CW_MEAN, 0.0)
/* Mean resultant length of a state. */
CIRC_FLOAT_FN(mean_resultant_length_stats, CW_RBAR, 0.0)
/* Circular variance 1 - R of a state. */
CIRC_FLOAT_FN(circular_var_stats, CW_VAR, 0.0)
/* Circular standard deviation sqrt(-2 ln R) of a state, in period units. */
CIRC_FLOAT_FN(circular_stddev_stats, CW_STDDEV, 0.0)
/* Angular deviation sqrt(2(1 - R)) of a state, in period units. */
CIRC_FLOAT_FN(angular_deviation_stats, CW_ANGDEV, 0.0)

/*
 * A statistic of a state in degrees as an angle, which must be finite: an
 * infinite standard deviation (R-bar = 0) is NULL, as for intervals, and a
 * NaN (a state of float8 NaN rows) is an error.
 */
#define CIRC_ANGLE_FN(name, what) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	bool		isnull; \
	double		v = circ_stat(PG_GETARG_CIRCSTATS(0), (what), 360.0, &isnull); \
	if (isnull || isinf(v)) \
		PG_RETURN_NULL(); \
	if (isnan(v)) \
		circ_nan_result(false); \
	PG_RETURN_ANGLE(v); \
}

/* Mean direction of a state as an angle in [0, 360). */
CIRC_ANGLE_FN(circular_mean_angle, CW_MEAN)
/* Circular standard deviation of a state as an angle. */
CIRC_ANGLE_FN(circular_stddev_angle, CW_STDDEV)
/* Angular deviation of a state as an angle. */
CIRC_ANGLE_FN(angular_deviation_angle, CW_ANGDEV)

/* A statistic of a state in hours, as a number of microseconds. */
static bool
circ_stat_usecs(FunctionCallInfo fcinfo, CircWhat what, int64 *usecs)
{
	bool		isnull;
	double		h = circ_stat(PG_GETARG_CIRCSTATS(0), what, 24.0, &isnull);

	if (isnull || isinf(h))
		return false;
	if (isnan(h))
		circ_nan_result(true);
	*usecs = (int64) rint(h * (double) USECS_PER_HOUR);
	return true;
}

/* Mean of a state as a time of day (the period maps onto 24 hours). */
PG_FUNCTION_INFO_V1(circular_mean_time);
Datum
circular_mean_time(PG_FUNCTION_ARGS)
{
	int64		us;

	if (!circ_stat_usecs(fcinfo, CW_MEAN, &us))
		PG_RETURN_NULL();
	if (us >= USECS_PER_DAY)
		us = 0;
	PG_RETURN_TIMEADT(us);
}

/* An interval of the given microseconds. */
static Datum
usecs_interval(int64 us)
{
	Interval   *iv = palloc(sizeof(Interval));

	iv->time = us;
	iv->day = 0;
	iv->month = 0;
	return PointerGetDatum(iv);
}

/* Circular standard deviation of a state as an interval (24 h circle). */
PG_FUNCTION_INFO_V1(circular_stddev_interval);
Datum
circular_stddev_interval(PG_FUNCTION_ARGS)
{
	int64		us;

	if (!circ_stat_usecs(fcinfo, CW_STDDEV, &us))
		PG_RETURN_NULL();
	return usecs_interval(us);
}

/* Angular deviation of a state as an interval (24 h circle). */
PG_FUNCTION_INFO_V1(angular_deviation_interval);
Datum
angular_deviation_interval(PG_FUNCTION_ARGS)
{
	int64		us;

	if (!circ_stat_usecs(fcinfo, CW_ANGDEV, &us))
		PG_RETURN_NULL();
	return usecs_interval(us);
}

/* Number of rows counted in a state. */
PG_FUNCTION_INFO_V1(circular_stats_count);
Datum
circular_stats_count(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(PG_GETARG_CIRCSTATS(0)->n);
}

/* Period of a state (NULL when empty). */
PG_FUNCTION_INFO_V1(circular_stats_period);
Datum
circular_stats_period(PG_FUNCTION_ARGS)
{
	CircStats  *st = PG_GETARG_CIRCSTATS(0);

	if (st->n == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(st->period);
}
