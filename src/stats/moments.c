/*
 * moments.c
 *		The statistics of circular_stats states that need the sums of a
 *		second order (version 2 states, accum2.c): the p-th trigonometric
 *		moment about zero and about the mean, Fisher's (1993) circular
 *		skewness and kurtosis, and the large-sample confidence interval of
 *		the mean direction.  All are functions of the exact sums only, so
 *		they are the same bits for every plan.
 *
 * With S, C, W the first-order sums and weight, and Sq, Cq the sums of
 * order q: R-bar = |(C, S)| / W and mu = atan2(S, C); the q-th moment about
 * zero is (Cq, Sq) / W, of length rho_q and direction mu_q; about the mean
 * it is that vector turned by -q mu: a_q = rho_q cos(mu_q - q mu), b_q =
 * rho_q sin(mu_q - q mu), of the same length.  For q = 2 the turn is
 * algebraic: cos 2mu = (C^2 - S^2) / (C^2 + S^2), sin 2mu = 2SC / (C^2 +
 * S^2).  Skewness b_2 / (1 - R-bar)^(3/2), kurtosis (a_2 - R-bar^4) /
 * (1 - R-bar)^2; the interval mu +- asin(z sigma), sigma^2 = (1 - rho_2) /
 * (2 n R-bar^2) with n the total weight (README: "Moments, skewness,
 * kurtosis").
 */
#include "postgres.h"

#include <math.h>

#include "access/htup_details.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/float.h"

#include "circstats.h"
#include "errors.h"
#include "numerics/moments.h"
#include "numerics/trig.h"
#include "numerics/wide.h"

/* R-bar at or below this: the mean is undefined (as stats.c). */
#define RBAR_ZERO 1.7763568394002505e-15

/* 1 - R-bar at or below this (2^-49): no spread, skewness undefined. */
#define SPREAD_ZERO 1.7763568394002505e-15

/* The sums of a state as doubles, and what follows from them. */
typedef struct Moments
{
	double		s,
				c,
				w;				/* first-order sums and weight (grid units) */
	double		sq,
				cq;				/* sums of order p */
	double		rbar;			/* mean resultant length */
	double		rho;			/* length of the p-th moment */
	bool		mean_defined;	/* rbar > RBAR_ZERO */
	double		a,
				b;				/* the p-th moment about the mean */
} Moments;

/*
 * Error unless the state has sums of order p (p = 1: every state).  The
 * caller has checked that the state is not empty.
 */
static void
need_order(const CircStats *st, int64 p, const char *what)
{
	if (p == 1)
		return;
	if (CIRC_IS_V2(st) && ((const CircStats2 *) st)->order == p)
		return;
	if (!CIRC_IS_V2(st))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s needs a circular_stats state with sums of order " INT64_FORMAT, what, p),
				 errdetail("The state has format version 1, which keeps first-order sums only."),
				 errhint("Build the state with circular_stats_agg (angle 0.10.0 or later), or with circular_moment for order p.")));
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s needs a circular_stats state with sums of order " INT64_FORMAT, what, p),
			 errdetail("The state keeps the sums of orders 1 and " INT64_FORMAT " only.",
					   ((const CircStats2 *) st)->order)));
}

/* Evaluate the p-th moment of a nonempty state without NaN rows. */
static Moments
moments_eval(const CircStats *st, int64 p)
{
	Moments		m;
	double		r2;

	m.s = wide_to_double(&st->s);
	m.c = wide_to_double(&st->c);
	m.w = wide_to_double(&st->w);
	if (p == 1)
	{
		m.sq = m.s;
		m.cq = m.c;
	}
	else
	{
		m.sq = wide_to_double(&((const CircStats2 *) st)->sq);
		m.cq = wide_to_double(&((const CircStats2 *) st)->cq);
	}
	m.rbar = fmin(hypot(m.s, m.c) / m.w, 1.0);
	m.rho = fmin(hypot(m.sq, m.cq) / m.w, 1.0);
	m.mean_defined = m.rbar > RBAR_ZERO;
	m.a = m.b = 0.0;
	if (!m.mean_defined)
		return m;
	r2 = m.s * m.s + m.c * m.c;
	if (p == 1)
	{
		m.a = m.rbar;			/* exactly about the mean direction */
		m.b = 0.0;
	}
	else
	{
		double		cp,
					sp;

		if (p == 2)
		{
			cp = (m.c * m.c - m.s * m.s) / r2;
			sp = 2.0 * m.s * m.c / r2;
		}
		else
		{
			double		mu = atan2(m.s, m.c);

			cp = cos((double) p * mu);
			sp = sin((double) p * mu);
		}
		m.a = (m.cq * cp + m.sq * sp) / m.w;
		m.b = (m.sq * cp - m.cq * sp) / m.w;
	}
	return m;
}

/* An angle in radians as a fraction of the period, in [0, period). */
static double
to_period(double rad, double period)
{
	double		x;

	if (period == 360.0)
		x = radians_to_degrees(rad);
	else if (period == 2.0 * M_PI)
		x = rad;
	else
		x = rad * (period / (2.0 * M_PI));
	x = fmod(x, period);
	if (x < 0.0)
		x += period;
	if (x >= period)
		x = 0.0;
	return x + 0.0;
}

/* An angle in radians in (-pi, pi] as a signed fraction of the period. */
static double
to_period_signed(double rad, double period)
{
	double		x = to_period(rad, period);

	return (x > period / 2.0 ? x - period : x) + 0.0;
}

/*
 * The trigonometric_moment of order p of a state, as a composite: length,
 * direction, cos, sin (about zero) and central_direction, central_cos,
 * central_sin (about the mean).  NULL for an empty state; NaN fields for
 * NaN rows; the directions NULL when the length is zero and the central
 * fields NULL when the mean is undefined.
 */
static Datum
moment_datum(FunctionCallInfo fcinfo, const CircStats *st, int64 p)
{
	TupleDesc	desc;
	Datum		v[7];
	bool		isnull[7] = {false, false, false, false, false, false, false};
	Moments		m;

	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("function returning a record called in a context that cannot accept it")));
	desc = BlessTupleDesc(desc);
	if (st->nnan > 0)
	{
		for (int i = 0; i < 7; i++)
			v[i] = Float8GetDatum(get_float8_nan());
		return HeapTupleGetDatum(heap_form_tuple(desc, v, isnull));
	}
	m = moments_eval(st, p);
	v[0] = Float8GetDatum(m.rho);
	isnull[1] = !(m.rho > RBAR_ZERO);
	v[1] = Float8GetDatum(isnull[1] ? 0.0 : to_period(atan2(m.sq, m.cq), st->period));
	v[2] = Float8GetDatum(m.cq / m.w);
	v[3] = Float8GetDatum(m.sq / m.w);
	isnull[4] = isnull[1] || !m.mean_defined;
	v[4] = Float8GetDatum(isnull[4] ? 0.0 :
						  to_period_signed(atan2(m.b, m.a), st->period));
	isnull[5] = isnull[6] = !m.mean_defined;
	v[5] = Float8GetDatum(m.a);
	v[6] = Float8GetDatum(m.b);
	return HeapTupleGetDatum(heap_form_tuple(desc, v, isnull));
}

/* Accessor: the p-th trigonometric moment of a state. */
PG_FUNCTION_INFO_V1(circular_moment_stats);
Datum
circular_moment_stats(PG_FUNCTION_ARGS)
{
	CircStats  *st = PG_GETARG_CIRCSTATS(0);
	int64		p = PG_GETARG_INT32(1);

	if (p < 1 || p > CIRC_MAX_ORDER)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("moment order must be between 1 and %d", CIRC_MAX_ORDER),
				 errdetail("The order p was " INT64_FORMAT ".", p)));
	if (st->n == 0)
		PG_RETURN_NULL();
	need_order(st, p, "circular_moment");
	return moment_datum(fcinfo, st, p);
}

/* Final function of circular_moment: the moment of the state's order. */
PG_FUNCTION_INFO_V1(circular_moment_final);
Datum
circular_moment_final(PG_FUNCTION_ARGS)
{
	CircStats  *st = PG_GETARG_CIRCSTATS(0);

	if (st->n == 0)
		PG_RETURN_NULL();
	return moment_datum(fcinfo, st,
						CIRC_IS_V2(st) ? ((CircStats2 *) st)->order : 1);
}

/* Skewness (true) or kurtosis (false) of a state; NULL when undefined. */
static Datum
shape_stat(FunctionCallInfo fcinfo, bool skewness)
{
	CircStats  *st = PG_GETARG_CIRCSTATS(0);
	Moments		m;
	double		spread;

	if (st->n == 0)
		PG_RETURN_NULL();
	need_order(st, 2, skewness ? "circular_skewness" : "circular_kurtosis");
	if (st->nnan > 0)
		PG_RETURN_FLOAT8(get_float8_nan());
	m = moments_eval(st, 2);
	spread = 1.0 - m.rbar;
	if (!m.mean_defined || spread <= SPREAD_ZERO)
		PG_RETURN_NULL();
	if (skewness)
		PG_RETURN_FLOAT8(m.b / (spread * sqrt(spread)) + 0.0);
	PG_RETURN_FLOAT8((m.a - (m.rbar * m.rbar) * (m.rbar * m.rbar)) /
					 (spread * spread) + 0.0);
}

/* Fisher's circular skewness of a state (version 2). */
PG_FUNCTION_INFO_V1(circular_skewness_stats);
Datum
circular_skewness_stats(PG_FUNCTION_ARGS)
{
	return shape_stat(fcinfo, true);
}

/* Fisher's circular kurtosis of a state (version 2). */
PG_FUNCTION_INFO_V1(circular_kurtosis_stats);
Datum
circular_kurtosis_stats(PG_FUNCTION_ARGS)
{
	return shape_stat(fcinfo, false);
}

/* Reject a confidence level outside (0, 1) (22023). */
void
circ_check_level(double level)
{
	if (!(level > 0.0 && level < 1.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("confidence level must lie strictly between 0 and 1"),
				 errdetail("The level was %s.", angle_double_text(level))));
}

/*
 * The confidence interval of the mean direction of a nonempty state at a
 * checked level in (0, 1), as a composite (lower, upper) in units of the
 * period, counterclockwise from lower to upper.  NULL for an undefined
 * mean, or when z sigma > 1 (the large-sample interval does not exist);
 * NaN for NaN rows.  Also the final function of the circular_mean_ci
 * aggregates (mean_ci.c).
 */
Datum
circ_mean_ci_datum(FunctionCallInfo fcinfo, const CircStats *st, double level)
{
	TupleDesc	desc;
	Datum		v[2];
	bool		isnull[2] = {false, false};
	Moments		m;
	double		n,
				sigma,
				arg,
				mu,
				d;

	need_order(st, 2, "circular_mean_ci");
	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("function returning a record called in a context that cannot accept it")));
	desc = BlessTupleDesc(desc);
	if (st->nnan > 0)
	{
		v[0] = v[1] = Float8GetDatum(get_float8_nan());
		PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(desc, v, isnull)));
	}
	m = moments_eval(st, 2);
	if (!m.mean_defined)
		PG_RETURN_NULL();
	n = ldexp(m.w, -GRID_SHIFT);	/* the total weight */
	sigma = sqrt((1.0 - m.rho) / (2.0 * n * m.rbar * m.rbar));
	arg = normal_upper_quantile((1.0 - level) / 2.0) * sigma;
	if (arg > 1.0)
		PG_RETURN_NULL();
	mu = atan2(m.s, m.c);
	d = asin(arg);
	v[0] = Float8GetDatum(to_period(mu - d, st->period));
	v[1] = Float8GetDatum(to_period(mu + d, st->period));
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(desc, v, isnull)));
}

/*
 * Accessor: the confidence interval of the mean direction of a state at a
 * level in (0, 1); NULL for an empty state.
 */
PG_FUNCTION_INFO_V1(circular_mean_ci_stats);
Datum
circular_mean_ci_stats(PG_FUNCTION_ARGS)
{
	CircStats  *st = PG_GETARG_CIRCSTATS(0);
	double		level = PG_GETARG_FLOAT8(1);

	circ_check_level(level);
	if (st->n == 0)
		PG_RETURN_NULL();
	return circ_mean_ci_datum(fcinfo, st, level);
}
