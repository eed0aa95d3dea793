/*
 * circstats.c
 *		Circular statistics aggregates and the storable circular_stats state.
 *
 * Every row contributes w*sin(x), w*cos(x) and w (w = 1 when unweighted).
 * Each contribution is formed exactly as an integer product of the double
 * mantissas and rounded once, on its own, to a fixed-point grid whose unit
 * is 2^-144; the grid values are summed in 256-bit two's-complement
 * integers.  Integer addition is associative, so the sums, and therefore
 * every result, are bit-identical whatever the row order, the plan (serial,
 * parallel, merged rollups) or the window frame history: the inverse
 * transition is an exact integer subtraction.
 *
 * The aggregate state is the SQL type circular_stats itself (a 128-byte
 * varlena), so partial aggregation needs no serialisation functions, and
 * the same value can be stored in rollup tables and merged later.
 */
#include "postgres.h"

#include <math.h>
#include <string.h>

#include "common/int.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/float.h"
#include "utils/timestamp.h"

#include "angle.h"

#ifndef HAVE_INT128
#error "the circular statistics aggregates need a 128-bit integer type"
#endif

/* Unit of the fixed-point grid: 2^-GRID_SHIFT. */
#define GRID_SHIFT 144

/* Nonzero weights must lie in [2^WEIGHT_MIN_EXP, 2^WEIGHT_MAX_EXP). */
#define WEIGHT_MIN_EXP (-80)
#define WEIGHT_MAX_EXP 100

/*
 * A resultant length R-bar at or below this is indistinguishable from zero
 * (2^-49 = 8 DBL_EPSILON): each row's unit vector carries an error of at
 * most about (2 pi + 1) DBL_EPSILON from the rounding of the input value,
 * its conversion to degrees and sin/cos; see docs/aggregates.md.
 */
#define RBAR_ZERO 1.7763568394002505e-15

#define CIRC_STATS_VERSION 1

/* A 256-bit two's-complement integer, least significant limb first. */
typedef struct Wide
{
	uint64		l[4];
} Wide;

/* The circular_stats type and aggregate state (fixed 128-byte varlena). */
typedef struct CircStats
{
	int32		vl_len_;		/* varlena header (do not touch directly) */
	uint8		version;		/* CIRC_STATS_VERSION */
	uint8		pad[3];			/* always zero */
	float8		period;			/* 0 while no row has been counted */
	int64		n;				/* rows counted (weight > 0), NaN rows too */
	int64		nnan;			/* rows whose value was NaN */
	Wide		s;				/* sum of w sin x, in units of 2^-144 */
	Wide		c;				/* sum of w cos x */
	Wide		w;				/* sum of w */
} CircStats;

#define CIRC_STATS_SIZE ((int) sizeof(CircStats))

StaticAssertDecl(sizeof(CircStats) == 128, "circular_stats is 128 bytes");

#define DatumGetCircStats(d) ((CircStats *) PG_DETOAST_DATUM(d))
#define PG_GETARG_CIRCSTATS(n) DatumGetCircStats(PG_GETARG_DATUM(n))

/* ---------- 256-bit integer helpers ---------- */

/* a += b */
static inline void
wide_add(Wide *a, const Wide *b)
{
	uint64		carry = 0;

	for (int i = 0; i < 4; i++)
	{
		uint64		x = a->l[i] + carry;
		uint64		c1 = x < carry;

		a->l[i] = x + b->l[i];
		carry = c1 + (a->l[i] < x);
	}
}

/* a -= b */
static inline void
wide_sub(Wide *a, const Wide *b)
{
	uint64		borrow = 0;

	for (int i = 0; i < 4; i++)
	{
		uint64		x = a->l[i];
		uint64		y = b->l[i] + borrow;
		uint64		b1 = y < borrow;

		a->l[i] = x - y;
		borrow = b1 + (x < y);
	}
}

/* Is a negative? */
static inline bool
wide_neg(const Wide *a)
{
	return (int64) a->l[3] < 0;
}

/* Is a zero? */
static inline bool
wide_zero(const Wide *a)
{
	return (a->l[0] | a->l[1] | a->l[2] | a->l[3]) == 0;
}

/* -a */
static Wide
wide_negate(const Wide *a)
{
	Wide		z = {{0, 0, 0, 0}};

	wide_sub(&z, a);
	return z;
}

/* Unsigned comparison of two nonnegative values: <0, 0, >0. */
static int
wide_cmp(const Wide *a, const Wide *b)
{
	for (int i = 3; i >= 0; i--)
	{
		if (a->l[i] != b->l[i])
			return a->l[i] < b->l[i] ? -1 : 1;
	}
	return 0;
}

/* |a| <= b, for b >= 0. */
static bool
wide_abs_le(const Wide *a, const Wide *b)
{
	Wide		m = wide_neg(a) ? wide_negate(a) : *a;

	return wide_cmp(&m, b) <= 0;
}

/* The value p * 2^k as a Wide, for |p| < 2^127 and 0 <= k, no overflow. */
static Wide
wide_shifted(int128 p, int k)
{
	uint64		src[4];
	Wide		r = {{0, 0, 0, 0}};
	int			q = k / 64,
				b = k % 64;
	uint64		ext = p < 0 ? ~(uint64) 0 : 0;

	src[0] = (uint64) p;
	src[1] = (uint64) (p >> 64);
	src[2] = ext;
	src[3] = ext;
	for (int i = 3; i >= q; i--)
	{
		uint64		v = src[i - q] << b;

		if (b > 0 && i - q - 1 >= 0)
			v |= src[i - q - 1] >> (64 - b);
		r.l[i] = v;
	}
	return r;
}

/* The value of a as a double (rounded; deterministic). */
static double
wide_to_double(const Wide *a)
{
	Wide		m = wide_neg(a) ? wide_negate(a) : *a;
	double		r;

	r = ldexp((double) m.l[3], 192) + ldexp((double) m.l[2], 128);
	r += ldexp((double) (((uint128) m.l[1] << 64) | m.l[0]), 0);
	return wide_neg(a) ? -r : r;
}

/* Split a finite double into d = m * 2^e with |m| < 2^53. */
static inline void
split_double(double d, int64 *m, int *e)
{
	uint64		bits;
	int			ex;
	int64		frac;

	memcpy(&bits, &d, sizeof(bits));
	ex = (int) ((bits >> 52) & 0x7ff);
	frac = (int64) (bits & ((UINT64CONST(1) << 52) - 1));
	if (ex == 0)
		*e = -1074;
	else
	{
		frac |= INT64CONST(1) << 52;
		*e = ex - 1075;
	}
	*m = (bits >> 63) ? -frac : frac;
}

/*
 * ms * 2^es * mw * 2^ew rounded to the grid (ties away from zero, so that
 * the rounding is odd-symmetric) as a Wide.  The product is exact in int128.
 */
static inline Wide
grid_term(int64 ms, int es, int64 mw, int ew)
{
	int128		p = (int128) ms * mw;
	int			k = es + ew + GRID_SHIFT;

	if (k >= 0)
		return wide_shifted(p, k);
	else
	{
		int			sh = -k;
		uint128		mag = p < 0 ? (uint128) (-p) : (uint128) p;
		int128		q;

		if (sh >= 120)
			q = 0;
		else
			q = (int128) ((mag + ((uint128) 1 << (sh - 1))) >> sh);
		return wide_shifted(p < 0 ? -q : q, 0);
	}
}

/* ---------- state handling ---------- */

/* A fresh empty state in the current memory context. */
static CircStats *
circ_stats_new(void)
{
	CircStats  *st = palloc0(CIRC_STATS_SIZE);

	SET_VARSIZE(st, CIRC_STATS_SIZE);
	st->version = CIRC_STATS_VERSION;
	return st;
}

/*
 * The transition state to update: in place when called as an aggregate
 * (the state is then our private copy), otherwise a fresh copy.
 */
static CircStats *
circ_state_for_update(FunctionCallInfo fcinfo, int argno)
{
	CircStats  *st = PG_GETARG_CIRCSTATS(argno);

	if (!AggCheckCallContext(fcinfo, NULL) ||
		(Pointer) st != DatumGetPointer(PG_GETARG_DATUM(argno)))
	{
		CircStats  *copy = palloc(CIRC_STATS_SIZE);

		memcpy(copy, st, CIRC_STATS_SIZE);
		st = copy;
	}
	return st;
}

/* Reject a period that is not a positive finite number. */
static inline void
check_period(double period)
{
	if (unlikely(!(period > 0.0) || isinf(period)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("period must be a positive finite number"),
				 errdetail("The period argument was %g.", period)));
}

/* Error for rows or states of different periods in one group. */
static void
mixed_periods(double a, double b)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("period must be the same for all rows of a group"),
			 errdetail("Periods %.17g and %.17g were aggregated together.",
					   a, b)));
}

/* Error for a W sum that would leave its range. */
static void
weight_overflow(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("total weight is out of range"),
			 errdetail("The sum of the weights of a group must be less than 2^110.")));
}

/* W is at most 2^254 - 1: its top limb is below 2^62. */
static inline void
check_w_range(const CircStats *st)
{
	if (unlikely(st->w.l[3] >= (UINT64CONST(1) << 62)))
		weight_overflow();
}

/* Validate a weight; returns false when the row must be ignored (w = 0). */
static inline bool
check_weight(double w)
{
	if (unlikely(isnan(w) || isinf(w) || w < 0.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("weight must be a nonnegative finite number"),
				 errdetail("The weight argument was %g.", w)));
	if (w == 0.0)
		return false;
	if (unlikely(w < ldexp(1.0, WEIGHT_MIN_EXP) ||
				 w >= ldexp(1.0, WEIGHT_MAX_EXP)))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("weight is out of range"),
				 errdetail("Nonzero weights must lie between 2^-80 and 2^100, but %g was given.", w)));
	return true;
}

/*
 * Add (sign = +1) or remove (sign = -1) one row of value x (in a circle of
 * the given period) and weight w (w = 1.0 for unweighted aggregates).
 */
static void
circ_step(CircStats *st, double x, double w, double period, int sign)
{
	double		s,
				c;
	int64		ms,
				mc,
				mw;
	int			es,
				ec,
				ew;
	Wide		ts,
				tc,
				tw;

	if (unlikely(isinf(x)))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("input is out of range"),
				 errdetail("Circular statistics need finite values, but %g was given.", x)));
	if (st->n > 0 && st->period != period)
		mixed_periods(st->period, period);

	if (isnan(x))
	{
		st->nnan += sign;
		st->n += sign;
	}
	else
	{
		/* for 360, sincosd alone reduces exactly: same bits, one remainder */
		if (period == 360.0)
			sincosd(x, &s, &c);
		else
			circ_sincos(x, period, &s, &c);
		split_double(w, &mw, &ew);
		split_double(s, &ms, &es);
		split_double(c, &mc, &ec);
		ts = grid_term(ms, es, mw, ew);
		tc = grid_term(mc, ec, mw, ew);
		tw = grid_term(1, 0, mw, ew);
		if (sign > 0)
		{
			wide_add(&st->s, &ts);
			wide_add(&st->c, &tc);
			wide_add(&st->w, &tw);
			check_w_range(st);
		}
		else
		{
			wide_sub(&st->s, &ts);
			wide_sub(&st->c, &tc);
			wide_sub(&st->w, &tw);
		}
		st->n += sign;
	}
	if (st->n > 0)
		st->period = period;
	else
	{
		/* the frame is empty again: forget everything */
		memset(((char *) st) + offsetof(CircStats, period), 0,
			   CIRC_STATS_SIZE - offsetof(CircStats, period));
	}
}

/* A time of day as hours, for the 24-hour circle. */
static inline double
time_to_hours(TimeADT t)
{
	return (double) t / (double) USECS_PER_HOUR;
}

/* ---------- transition and inverse transition functions ---------- */

#define CIRC_TRANS_FN(name, valexpr, wexpr, perexpr, sign) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	CircStats  *st = circ_state_for_update(fcinfo, 0); \
	double		period = (perexpr); \
	double		w = (wexpr); \
	check_period(period); \
	if (w == 1.0 || check_weight(w)) \
		circ_step(st, (valexpr), w, period, (sign)); \
	PG_RETURN_POINTER(st); \
}

/* Transition: add a float8 value with a period. */
CIRC_TRANS_FN(circular_stats_accum, PG_GETARG_FLOAT8(1), 1.0,
			  PG_GETARG_FLOAT8(2), 1)
/* Transition: add a weighted float8 value with a period. */
CIRC_TRANS_FN(circular_stats_accum_weighted, PG_GETARG_FLOAT8(1),
			  PG_GETARG_FLOAT8(2), PG_GETARG_FLOAT8(3), 1)
/* Transition: add a time of day (period 24 hours). */
CIRC_TRANS_FN(circular_stats_accum_time, time_to_hours(PG_GETARG_TIMEADT(1)),
			  1.0, 24.0, 1)
/* Transition: add a weighted time of day. */
CIRC_TRANS_FN(circular_stats_accum_time_weighted,
			  time_to_hours(PG_GETARG_TIMEADT(1)), PG_GETARG_FLOAT8(2), 24.0, 1)
/* Transition: add an angle (a float8 datum of degrees, period 360). */
CIRC_TRANS_FN(circular_stats_accum_angle, PG_GETARG_FLOAT8(1), 1.0, 360.0, 1)
/* Transition: add a weighted angle. */
CIRC_TRANS_FN(circular_stats_accum_angle_weighted, PG_GETARG_FLOAT8(1),
			  PG_GETARG_FLOAT8(2), 360.0, 1)

/* Inverse transition: remove a float8 value with a period. */
CIRC_TRANS_FN(circular_stats_inv, PG_GETARG_FLOAT8(1), 1.0,
			  PG_GETARG_FLOAT8(2), -1)
/* Inverse transition: remove a weighted float8 value. */
CIRC_TRANS_FN(circular_stats_inv_weighted, PG_GETARG_FLOAT8(1),
			  PG_GETARG_FLOAT8(2), PG_GETARG_FLOAT8(3), -1)
/* Inverse transition: remove a time of day. */
CIRC_TRANS_FN(circular_stats_inv_time, time_to_hours(PG_GETARG_TIMEADT(1)),
			  1.0, 24.0, -1)
/* Inverse transition: remove a weighted time of day. */
CIRC_TRANS_FN(circular_stats_inv_time_weighted,
			  time_to_hours(PG_GETARG_TIMEADT(1)), PG_GETARG_FLOAT8(2), 24.0, -1)
/* Inverse transition: remove an angle. */
CIRC_TRANS_FN(circular_stats_inv_angle, PG_GETARG_FLOAT8(1), 1.0, 360.0, -1)
/* Inverse transition: remove a weighted angle. */
CIRC_TRANS_FN(circular_stats_inv_angle_weighted, PG_GETARG_FLOAT8(1),
			  PG_GETARG_FLOAT8(2), 360.0, -1)

/* Add (sign 1) or subtract (sign -1) state b into state a. */
static void
circ_merge(CircStats *a, const CircStats *b, int sign)
{
	if (b->n == 0)
		return;
	if (a->n > 0 && a->period != b->period)
		mixed_periods(a->period, b->period);
	if (sign > 0)
	{
		if (pg_add_s64_overflow(a->n, b->n, &a->n) ||
			pg_add_s64_overflow(a->nnan, b->nnan, &a->nnan))
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("row count is out of range"),
					 errdetail("A group can count at most 2^63 - 1 rows.")));
		wide_add(&a->s, &b->s);
		wide_add(&a->c, &b->c);
		wide_add(&a->w, &b->w);
		check_w_range(a);
		a->period = b->period;
	}
	else
	{
		/* removing what was added before: the result is a valid state */
		if (b->n > a->n || b->nnan > a->nnan || a->n == 0)
			ereport(ERROR,
					(errcode(ERRCODE_DATA_EXCEPTION),
					 errmsg("cannot remove a circular_stats value that was not added")));
		a->n -= b->n;
		a->nnan -= b->nnan;
		wide_sub(&a->s, &b->s);
		wide_sub(&a->c, &b->c);
		wide_sub(&a->w, &b->w);
		if (a->n == 0)
			memset(((char *) a) + offsetof(CircStats, period), 0,
				   CIRC_STATS_SIZE - offsetof(CircStats, period));
	}
}

/* Combine function: merge two states (parallel workers, rollups). */
PG_FUNCTION_INFO_V1(circular_stats_combine);
Datum
circular_stats_combine(PG_FUNCTION_ARGS)
{
	CircStats  *a = circ_state_for_update(fcinfo, 0);
	CircStats  *b = PG_GETARG_CIRCSTATS(1);

	circ_merge(a, b, 1);
	PG_RETURN_POINTER(a);
}

/* Inverse of circular_stats_combine, for moving windows of merged states. */
PG_FUNCTION_INFO_V1(circular_stats_combine_inv);
Datum
circular_stats_combine_inv(PG_FUNCTION_ARGS)
{
	CircStats  *a = circ_state_for_update(fcinfo, 0);
	CircStats  *b = PG_GETARG_CIRCSTATS(1);

	circ_merge(a, b, -1);
	PG_RETURN_POINTER(a);
}

/* Final function of circular_stats_agg: NULL for an empty group. */
PG_FUNCTION_INFO_V1(circular_stats_final);
Datum
circular_stats_final(PG_FUNCTION_ARGS)
{
	CircStats  *st = PG_GETARG_CIRCSTATS(0);
	CircStats  *copy;

	if (st->n == 0)
		PG_RETURN_NULL();
	copy = palloc(CIRC_STATS_SIZE);
	memcpy(copy, st, CIRC_STATS_SIZE);
	PG_RETURN_POINTER(copy);
}

/* ---------- statistics of a state ---------- */

/* What a state says: R-bar and the mean as an angle in radians. */
typedef struct CircResult
{
	bool		empty;			/* no rows: every statistic is NULL */
	bool		nan;			/* a NaN row: every statistic is NaN */
	double		rbar;			/* mean resultant length, [0, 1] */
	double		s,
				c;				/* the resultant (scaled) */
} CircResult;

/* Evaluate a state. */
static CircResult
circ_eval(const CircStats *st)
{
	CircResult	r = {false, false, 0.0, 0.0, 0.0};
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
	r.s = wide_to_double(&st->s);
	r.c = wide_to_double(&st->c);
	w = wide_to_double(&st->w);
	r.rbar = hypot(r.s, r.c) / w;
	if (r.rbar > 1.0)
		r.rbar = 1.0;
	if (r.rbar <= RBAR_ZERO)
		r.rbar = 0.0;
	return r;
}

/* The mean as a fraction of the period scaled to 'unit', in [0, unit). */
static double
circ_mean_in(const CircResult *r, double period, double unit)
{
	double		deg = radians_to_degrees(atan2(r->s, r->c));	/* [-180, 180] */
	double		k,
				m;

	/* degrees to the target unit, exactly for units dividing 360 */
	if (unit == 360.0)
		m = deg;
	else if (unit == 2.0 * M_PI)
		m = atan2(r->s, r->c);
	else
	{
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
	CircResult	r = circ_eval(st);

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
/* Mean direction of a state in degrees (an angle datum). */
CIRC_FLOAT_FN(circular_mean_angle, CW_MEAN, 360.0)
/* Circular standard deviation of a state in degrees (an angle datum). */
CIRC_FLOAT_FN(circular_stddev_angle, CW_STDDEV, 360.0)
/* Angular deviation of a state in degrees (an angle datum). */
CIRC_FLOAT_FN(angular_deviation_angle, CW_ANGDEV, 360.0)

/* A statistic of a state in hours, as a number of microseconds. */
static bool
circ_stat_usecs(FunctionCallInfo fcinfo, CircWhat what, int64 *usecs)
{
	bool		isnull;
	double		h = circ_stat(PG_GETARG_CIRCSTATS(0), what, 24.0, &isnull);

	if (isnull || isinf(h))
		return false;
	if (isnan(h))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("cannot express a NaN circular statistic as a time"),
				 errdetail("The aggregated values included NaN.")));
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

/* ---------- validation and I/O ---------- */

/*
 * Check that a state read from outside is one the aggregates could have
 * built; returns NULL if so, else the reason.
 */
static const char *
circ_stats_invalid(const CircStats *st)
{
	int64		live;
	Wide		minw;

	if (st->version != CIRC_STATS_VERSION)
		return "The format version is not 1.";
	if (st->pad[0] || st->pad[1] || st->pad[2])
		return "The padding bytes are not zero.";
	if (st->n < 0 || st->nnan < 0 || st->nnan > st->n)
		return "The row counts are inconsistent.";
	if (st->n == 0)
	{
		if (st->period != 0.0 || !wide_zero(&st->s) || !wide_zero(&st->c) ||
			!wide_zero(&st->w))
			return "An empty state must have zero period and sums.";
		return NULL;
	}
	if (!(st->period > 0.0) || isinf(st->period))
		return "The period is not a positive finite number.";
	if (wide_neg(&st->w) || st->w.l[3] >= (UINT64CONST(1) << 62))
		return "The total weight is out of range.";
	live = st->n - st->nnan;
	/* each counted row adds at least 2^64 grid units of weight */
	minw = wide_shifted((int128) live, 64);
	if (wide_cmp(&st->w, &minw) < 0)
		return "The total weight is too small for the row count.";
	if (live == 0)
	{
		if (!wide_zero(&st->s) || !wide_zero(&st->c))
			return "A state of NaN rows only must have zero sums.";
		return NULL;
	}
	if (!wide_abs_le(&st->s, &st->w) || !wide_abs_le(&st->c, &st->w))
		return "A sine or cosine sum exceeds the total weight.";
	if (hypot(wide_to_double(&st->s), wide_to_double(&st->c)) >
		wide_to_double(&st->w) * (1.0 + ldexp(1.0, -40)))
		return "The resultant exceeds the total weight.";
	return NULL;
}

/* Append a Wide as signed hexadecimal. */
static void
wide_out(StringInfo buf, const Wide *a)
{
	Wide		m = *a;
	bool		started = false;

	if (wide_neg(a))
	{
		appendStringInfoChar(buf, '-');
		m = wide_negate(a);
	}
	appendStringInfoString(buf, "0x");
	for (int i = 3; i >= 0; i--)
	{
		if (started)
			appendStringInfo(buf, "%016llx", (unsigned long long) m.l[i]);
		else if (m.l[i] != 0 || i == 0)
		{
			appendStringInfo(buf, "%llx", (unsigned long long) m.l[i]);
			started = true;
		}
	}
}

/* Parse a signed hexadecimal Wide of magnitude < 2^255 at *p. */
static bool
wide_in(const char **p, Wide *a)
{
	const char *s = *p;
	bool		neg = false;
	int			ndig = 0;
	Wide		r = {{0, 0, 0, 0}};

	if (*s == '-')
	{
		neg = true;
		s++;
	}
	if (s[0] != '0' || (s[1] != 'x' && s[1] != 'X'))
		return false;
	s += 2;
	for (;;)
	{
		int			d;

		if (*s >= '0' && *s <= '9')
			d = *s - '0';
		else if (*s >= 'a' && *s <= 'f')
			d = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'F')
			d = *s - 'A' + 10;
		else
			break;
		if (r.l[3] >> 59)		/* would reach 2^255 */
			return false;
		for (int i = 3; i > 0; i--)
			r.l[i] = (r.l[i] << 4) | (r.l[i - 1] >> 60);
		r.l[0] = (r.l[0] << 4) | (uint64) d;
		ndig++;
		s++;
	}
	if (ndig == 0 || ndig > 64)
		return false;
	*a = neg ? wide_negate(&r) : r;
	*p = s;
	return true;
}

/* Parse a signed decimal int64 at *p. */
static bool
int64_in(const char **p, int64 *v)
{
	char	   *end;
	long long	x;

	if (!(**p == '-' || (**p >= '0' && **p <= '9')))
		return false;
	errno = 0;
	x = strtoll(*p, &end, 10);
	if (errno != 0 || end == *p)
		return false;
	*v = (int64) x;
	*p = end;
	return true;
}

/* Expect character ch at *p. */
static bool
expect_char(const char **p, char ch)
{
	if (**p != ch)
		return false;
	(*p)++;
	return true;
}

/*
 * Text input: (version,n,nnan,period,S,C,W) with S, C, W in signed hex
 * units of 2^-144.
 */
PG_FUNCTION_INFO_V1(circular_stats_in);
Datum
circular_stats_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	const char *p = str;
	CircStats  *st = circ_stats_new();
	int64		version;
	const char *why;
	char	   *end;

	while (*p == ' ')
		p++;
	if (!expect_char(&p, '(') || !int64_in(&p, &version) ||
		!expect_char(&p, ',') || !int64_in(&p, &st->n) ||
		!expect_char(&p, ',') || !int64_in(&p, &st->nnan) ||
		!expect_char(&p, ','))
		goto syntax;
	errno = 0;
	if (!((*p >= '0' && *p <= '9') || *p == '.'))
		goto syntax;
	st->period = strtod(p, &end);
	if (end == p || errno != 0)
		goto syntax;
	p = end;
	if (!expect_char(&p, ',') || !wide_in(&p, &st->s) ||
		!expect_char(&p, ',') || !wide_in(&p, &st->c) ||
		!expect_char(&p, ',') || !wide_in(&p, &st->w) ||
		!expect_char(&p, ')'))
		goto syntax;
	while (*p == ' ')
		p++;
	if (*p != '\0')
		goto syntax;
	if (version < 0 || version > 255)
		why = "The format version is not 1.";
	else
	{
		st->version = (uint8) version;
		why = circ_stats_invalid(st);
	}
	if (why == NULL)
		PG_RETURN_POINTER(st);
#if PG_VERSION_NUM >= 160000
	ereturn(fcinfo->context, (Datum) 0,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid circular_stats value: \"%s\"", str),
			 errdetail("%s", why)));
#else
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid circular_stats value: \"%s\"", str),
			 errdetail("%s", why)));
#endif

syntax:
#if PG_VERSION_NUM >= 160000
	ereturn(fcinfo->context, (Datum) 0,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type circular_stats: \"%s\"", str),
			 errdetail("The expected form is (version,count,nan_count,period,sin_sum,cos_sum,weight_sum) with hexadecimal sums.")));
#else
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type circular_stats: \"%s\"", str),
			 errdetail("The expected form is (version,count,nan_count,period,sin_sum,cos_sum,weight_sum) with hexadecimal sums.")));
#endif
	PG_RETURN_NULL();
}

/* Text output. */
PG_FUNCTION_INFO_V1(circular_stats_out);
Datum
circular_stats_out(PG_FUNCTION_ARGS)
{
	CircStats  *st = PG_GETARG_CIRCSTATS(0);
	StringInfoData buf;
	char	   *per = float8out_internal(st->period);

	initStringInfo(&buf);
	appendStringInfo(&buf, "(%d," INT64_FORMAT "," INT64_FORMAT ",%s,",
					 st->version, st->n, st->nnan, per);
	wide_out(&buf, &st->s);
	appendStringInfoChar(&buf, ',');
	wide_out(&buf, &st->c);
	appendStringInfoChar(&buf, ',');
	wide_out(&buf, &st->w);
	appendStringInfoChar(&buf, ')');
	PG_RETURN_CSTRING(buf.data);
}

/* Binary output: version byte, n, nnan, period, then 12 limbs. */
PG_FUNCTION_INFO_V1(circular_stats_send);
Datum
circular_stats_send(PG_FUNCTION_ARGS)
{
	CircStats  *st = PG_GETARG_CIRCSTATS(0);
	StringInfoData buf;
	const Wide *ws[3] = {&st->s, &st->c, &st->w};

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, st->version);
	pq_sendint64(&buf, st->n);
	pq_sendint64(&buf, st->nnan);
	pq_sendfloat8(&buf, st->period);
	for (int k = 0; k < 3; k++)
		for (int i = 3; i >= 0; i--)
			pq_sendint64(&buf, (int64) ws[k]->l[i]);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* Length of the binary form. */
#define CIRC_STATS_WIRE_SIZE (1 + 8 + 8 + 8 + 12 * 8)

/* Binary input, validated like text input. */
PG_FUNCTION_INFO_V1(circular_stats_recv);
Datum
circular_stats_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	CircStats  *st = circ_stats_new();
	Wide	   *ws[3] = {&st->s, &st->c, &st->w};
	const char *why;

	if (buf->len - buf->cursor != CIRC_STATS_WIRE_SIZE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary circular_stats value"),
				 errdetail("The value has %d bytes instead of %d.",
						   buf->len - buf->cursor, CIRC_STATS_WIRE_SIZE)));
	st->version = (uint8) pq_getmsgbyte(buf);
	st->n = pq_getmsgint64(buf);
	st->nnan = pq_getmsgint64(buf);
	st->period = pq_getmsgfloat8(buf);
	for (int k = 0; k < 3; k++)
		for (int i = 3; i >= 0; i--)
			ws[k]->l[i] = (uint64) pq_getmsgint64(buf);
	why = circ_stats_invalid(st);
	if (why != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary circular_stats value"),
				 errdetail("%s", why)));
	PG_RETURN_POINTER(st);
}
