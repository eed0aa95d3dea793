/*
 * circular.c
 *		SQL-callable circular arithmetic on float8 and on time of day: the
 *		argument checks around numerics/circular.c, and the exact integer
 *		clock arithmetic of times of day.
 */
#include "postgres.h"

#include <float.h>
#include <math.h>

#include "fmgr.h"
#include "datatype/timestamp.h"
#include "utils/date.h"
#include "utils/float.h"
#include "utils/timestamp.h"

#include "errors.h"
#include "numerics/circular.h"
#include "numerics/eft.h"

/* Microseconds in a day and in half a day. */
#define USECS_DAY	INT64CONST(86400000000)
#define USECS_HALF	INT64CONST(43200000000)

/* Raise 22003 for an infinite angle argument. */
static void
circ_infinite_angle(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("angle must be finite"),
			 errdetail("An infinite angle has no position on the circle.")));
}

/* Read the float8 angle arguments of a circular function. */
static inline bool
circ_args(FunctionCallInfo fcinfo, double *a, double *b, double *p)
{
	*a = PG_GETARG_FLOAT8(0);
	*b = PG_GETARG_FLOAT8(1);
	*p = PG_GETARG_FLOAT8(2);
	if (!circ_period_ok(*p))
		angle_error_invalid_period(*p);
	if (isinf(*a) || isinf(*b))
		circ_infinite_angle();
	return !(isnan(*a) || isnan(*b));
}

PG_FUNCTION_INFO_V1(angle_diff);

/*
 * Signed shortest difference a - b in [-p/2, p/2).  The common case is
 * inline and branch-free (circ_diff_try); the rest checks the arguments.
 */
Datum
angle_diff(PG_FUNCTION_ARGS)
{
	double		a = PG_GETARG_FLOAT8(0);
	double		b = PG_GETARG_FLOAT8(1);
	double		p = PG_GETARG_FLOAT8(2);
	double		r;

	if (likely(circ_diff_try(a, b, p, &r)))
		PG_RETURN_FLOAT8(r + 0.0);	/* no -0 */
	if (!circ_args(fcinfo, &a, &b, &p))
		PG_RETURN_FLOAT8(get_float8_nan());
	PG_RETURN_FLOAT8(circ_diff(a, b, p));
}

PG_FUNCTION_INFO_V1(angle_dist);

/* Circular distance between a and b, in [0, p/2]. */
Datum
angle_dist(PG_FUNCTION_ARGS)
{
	double		a,
				b,
				p,
				r;

	a = PG_GETARG_FLOAT8(0);
	b = PG_GETARG_FLOAT8(1);
	p = PG_GETARG_FLOAT8(2);
	if (likely(circ_diff_try(a, b, p, &r)))
		PG_RETURN_FLOAT8(fabs(r));
	if (!circ_args(fcinfo, &a, &b, &p))
		PG_RETURN_FLOAT8(get_float8_nan());
	PG_RETURN_FLOAT8(fabs(circ_diff(a, b, p)));
}

PG_FUNCTION_INFO_V1(angle_cosine_loss);

/* 1 - cos(2 pi (a - b) / p): the circular analogue of squared error. */
Datum
angle_cosine_loss(PG_FUNCTION_ARGS)
{
	double		a,
				b,
				p;

	if (!circ_args(fcinfo, &a, &b, &p))
		PG_RETURN_FLOAT8(get_float8_nan());
	PG_RETURN_FLOAT8(circ_cosine_loss(a, b, p));
}

PG_FUNCTION_INFO_V1(angle_wrap);

/* x wrapped into [low, low + p). */
Datum
angle_wrap(PG_FUNCTION_ARGS)
{
	double		x = PG_GETARG_FLOAT8(0);
	double		p = PG_GETARG_FLOAT8(1);
	double		low = PG_GETARG_FLOAT8(2);

	if (!circ_period_ok(p))
		angle_error_invalid_period(p);
	if (isinf(low) || isnan(low))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("low must be a finite number"),
				 errdetail("The lower bound is %s.", angle_double_text(low))));
	if (isinf(x))
		circ_infinite_angle();
	if (isnan(x))
		PG_RETURN_FLOAT8(x);
	if (isinf(low + p))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("low + period is out of range"),
				 errdetail("The upper bound of the range overflows double precision.")));
	PG_RETURN_FLOAT8(circ_wrap(x, p, low));
}

/* Shortest signed gap a - b between two times of day, in [-12h, 12h). */
static int64
time_gap(TimeADT a, TimeADT b)
{
	int64		d = (a - b) % USECS_DAY;

	if (d >= USECS_HALF)
		d -= USECS_DAY;
	else if (d < -USECS_HALF)
		d += USECS_DAY;
	return d;
}

/* An interval of the given number of microseconds. */
static Datum
usecs_interval(int64 us)
{
	Interval   *r = (Interval *) palloc(sizeof(Interval));

	r->time = us;
	r->day = 0;
	r->month = 0;
	PG_RETURN_INTERVAL_P(r);
}

PG_FUNCTION_INFO_V1(angle_diff_time);

/* Signed clock difference a - b as an interval in [-12:00, 12:00). */
Datum
angle_diff_time(PG_FUNCTION_ARGS)
{
	return usecs_interval(time_gap(PG_GETARG_TIMEADT(0), PG_GETARG_TIMEADT(1)));
}

PG_FUNCTION_INFO_V1(angle_dist_time);

/* Clock distance between two times of day, in [00:00, 12:00]. */
Datum
angle_dist_time(PG_FUNCTION_ARGS)
{
	int64		d = time_gap(PG_GETARG_TIMEADT(0), PG_GETARG_TIMEADT(1));

	return usecs_interval(d < 0 ? -d : d);
}
