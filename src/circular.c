/*
 * circular.c
 *		Exact circular arithmetic on float8 and on time of day.
 *
 * Reduction by the period uses remainder(), which is exact, and sums that
 * cannot be exact are formed from error-free transformations (TwoSum) and
 * rounded once, so a result is exact whenever the true result is a double
 * and correctly rounded otherwise.  x - p * floor(x / p) is never used: it
 * loses everything for large x and can return p itself.
 */
#include "postgres.h"

#include <float.h>
#include <math.h>

#include "fmgr.h"
#include "datatype/timestamp.h"
#include "utils/date.h"
#include "utils/float.h"
#include "utils/timestamp.h"

#include "angle.h"

/* Microseconds in a day and in half a day. */
#define USECS_DAY	INT64CONST(86400000000)
#define USECS_HALF	INT64CONST(43200000000)

/* Raise 22023 unless p is a positive finite period. */
void
circ_check_period(double p)
{
	if (!(p > 0.0) || isinf(p))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("period must be a positive finite number"),
				 errdetail("The period is %s.", float8out_internal(p))));
}

/* Raise 22003 for an infinite angle argument. */
static void
circ_infinite_angle(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("angle must be finite"),
			 errdetail("An infinite angle has no position on the circle.")));
}

/* s + t == a + b exactly, s = fl(a + b) (Knuth's TwoSum). */
static inline void
two_sum(double a, double b, double *s, double *t)
{
	double		x = a + b;
	double		bv = x - a;
	double		av = x - bv;

	*s = x;
	*t = (a - av) + (b - bv);
}

/*
 * Correctly rounded sum of n doubles (n <= 4), as Python's math.fsum: the
 * partials are kept exactly and rounded once, ties to even.
 */
static double
exact_sum(const double *x, int n)
{
	double		part[4];
	int			np = 0,
				i,
				j;
	double		hi = 0.0,
				lo = 0.0;

	for (i = 0; i < n; i++)
	{
		double		v = x[i];
		int			k = 0;

		for (j = 0; j < np; j++)
		{
			double		s,
						t;

			two_sum(v, part[j], &s, &t);
			if (t != 0.0)
				part[k++] = t;
			v = s;
		}
		part[k++] = v;
		np = k;
	}
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
	two_sum(ra, -rb, &s, &e);	/* s + e == ra - rb exactly, |s| <= p */

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

		two_sum(rx, -rl, &s, &e);	/* d = rx - rl exactly, in [-p, p] */
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

/* Read the float8 angle arguments of a circular function. */
static inline bool
circ_args(FunctionCallInfo fcinfo, double *a, double *b, double *p)
{
	*a = PG_GETARG_FLOAT8(0);
	*b = PG_GETARG_FLOAT8(1);
	*p = PG_GETARG_FLOAT8(2);
	circ_check_period(*p);
	if (isinf(*a) || isinf(*b))
		circ_infinite_angle();
	return !(isnan(*a) || isnan(*b));
}

PG_FUNCTION_INFO_V1(angle_diff);

/*
 * Signed shortest difference a - b in [-p/2, p/2).  The common case
 * |a - b| < p is done inline: at most one period is added or subtracted,
 * exactly (Sterbenz), and the rounding error of a - b is added back once.
 */
Datum
angle_diff(PG_FUNCTION_ARGS)
{
	double		a = PG_GETARG_FLOAT8(0);
	double		b = PG_GETARG_FLOAT8(1);
	double		p = PG_GETARG_FLOAT8(2);
	double		s = a - b;

	/* also rejects NaN, infinities and bad periods */
	if (likely(p >= 2.0 * DBL_MIN && p <= DBL_MAX && s > -p && s < p))
	{
		double		h = p * 0.5;	/* exact: p >= 2 DBL_MIN */
		double		bv,
					e,
					r;

		if (s > -h && s < h)
			PG_RETURN_FLOAT8(s + 0.0);	/* no wrap: fl(a - b) is the answer */
		bv = s - a;
		e = (a - (s - bv)) + (-b - bv); /* s + e == a - b exactly */
		if (s > h)
		{
			r = (s - p) + e;	/* s - p exact, true result in (-h, 0) */
			PG_RETURN_FLOAT8(r + 0.0);
		}
		if (s < -h)
		{
			r = (s + p) + e;	/* true result in [0, h) */
			if (r < h)
				PG_RETURN_FLOAT8(r + 0.0);
		}
	}
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
				p;

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
	PG_RETURN_FLOAT8(circ_cosine_loss(circ_diff(a, b, p), p));
}

PG_FUNCTION_INFO_V1(angle_wrap);

/* x wrapped into [low, low + p). */
Datum
angle_wrap(PG_FUNCTION_ARGS)
{
	double		x = PG_GETARG_FLOAT8(0);
	double		p = PG_GETARG_FLOAT8(1);
	double		low = PG_GETARG_FLOAT8(2);

	circ_check_period(p);
	if (isinf(low) || isnan(low))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("low must be a finite number"),
				 errdetail("The lower bound is %s.", float8out_internal(low))));
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
