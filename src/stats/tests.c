/*
 * tests.c
 *		Tests of direction from a circular_stats state: the Rayleigh test,
 *		the V-test and the maximum-likelihood von Mises kappa, as accessors
 *		(the final functions of their aggregates), and the transition
 *		functions of the V-test aggregates.
 *
 * A state is read only through the functions of sums.c and stats.c (row
 * count, period, mean resultant length, mean cosine and sine), never by
 * its fields, so that these statistics do not depend on its format.  The
 * sample size of a test is the number of rows counted (n); for a weighted
 * state R-bar is the weighted one (README: "Tests of direction").
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"
#include "utils/date.h"
#include "utils/float.h"

#include "numerics/tests.h"

/* sums.c, stats.c and accum.c (fmgr functions read through DirectFunctionCall) */
extern Datum circular_stats_count(PG_FUNCTION_ARGS);
extern Datum circular_stats_period(PG_FUNCTION_ARGS);
extern Datum circular_stats_mean_cos(PG_FUNCTION_ARGS);
extern Datum circular_stats_mean_sin(PG_FUNCTION_ARGS);
extern Datum mean_resultant_length_stats(PG_FUNCTION_ARGS);
extern Datum circular_stats_accum(PG_FUNCTION_ARGS);
extern Datum circular_stats_inv(PG_FUNCTION_ARGS);
extern Datum circular_stats_accum_time(PG_FUNCTION_ARGS);
extern Datum circular_stats_inv_time(PG_FUNCTION_ARGS);
extern Datum circular_stats_accum_angle(PG_FUNCTION_ARGS);
extern Datum circular_stats_inv_angle(PG_FUNCTION_ARGS);

/*
 * An R-bar within this of 1 is 1 (2^-49, as the zero threshold of
 * stats.c): kappa is +Infinity.
 */
#define RBAR_ONE_TOL 1.7763568394002505e-15

/* What a test needs from a state. */
typedef struct TestSums
{
	int64		n;				/* rows */
	bool		nan;			/* a NaN row was counted */
	double		period;
	double		rbar;			/* mean resultant length (stats.c) */
	double		cbar,
				sbar;			/* mean resultant vector (sums.c) */
} TestSums;

/* Read a state: false when it counted no row. */
static bool
read_state(Datum d, TestSums *t)
{
	t->n = DatumGetInt64(DirectFunctionCall1(circular_stats_count, d));
	if (t->n == 0)
		return false;
	t->period = DatumGetFloat8(DirectFunctionCall1(circular_stats_period, d));
	t->rbar = DatumGetFloat8(DirectFunctionCall1(mean_resultant_length_stats, d));
	t->cbar = DatumGetFloat8(DirectFunctionCall1(circular_stats_mean_cos, d));
	t->sbar = DatumGetFloat8(DirectFunctionCall1(circular_stats_mean_sin, d));
	t->nan = isnan(t->rbar);
	return true;
}

/* 22023 for a reference direction that is not finite. */
static void
check_mu(double mu)
{
	if (isnan(mu) || isinf(mu))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("mean direction of the V-test must be finite"),
				 errdetail("The reference direction mu is %s.",
						   isnan(mu) ? "NaN" : "infinite")));
}

/* Rayleigh test of a state: the p-value of uniformity, z = n R-bar^2. */
PG_FUNCTION_INFO_V1(rayleigh_test_stats);
Datum
rayleigh_test_stats(PG_FUNCTION_ARGS)
{
	TestSums	t;

	if (!read_state(PG_GETARG_DATUM(0), &t))
		PG_RETURN_NULL();
	if (t.nan)
		PG_RETURN_FLOAT8(get_float8_nan());
	PG_RETURN_FLOAT8(rayleigh_p(t.n, t.rbar));
}

/* p-value of the V-test from n and V/n = R-bar cos(mean - mu). */
static double
vtest_from(const TestSums *t, double vbar)
{
	if (t->nan || isnan(vbar))
		return get_float8_nan();
	return vtest_p(t->n, sqrt(2.0 * (double) t->n) * vbar);
}

/* V-test of a state against the direction mu (in the state's period). */
PG_FUNCTION_INFO_V1(v_test_stats);
Datum
v_test_stats(PG_FUNCTION_ARGS)
{
	double		mu = PG_GETARG_FLOAT8(1),
				a;
	TestSums	t;

	check_mu(mu);
	if (!read_state(PG_GETARG_DATUM(0), &t))
		PG_RETURN_NULL();
	a = 2.0 * M_PI * (fmod(mu, t.period) / t.period);
	PG_RETURN_FLOAT8(vtest_from(&t, t.cbar * cos(a) + t.sbar * sin(a)));
}

/*
 * Final function of the v_test aggregates, whose rows were rotated by -mu:
 * V/n is the mean cosine.
 */
PG_FUNCTION_INFO_V1(v_test_final);
Datum
v_test_final(PG_FUNCTION_ARGS)
{
	TestSums	t;

	if (!read_state(PG_GETARG_DATUM(0), &t))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(vtest_from(&t, t.cbar));
}

/* kappa of a state, Best-Fisher corrected if asked (NULL then for n < 2). */
static Datum
kappa_of(FunctionCallInfo fcinfo, bool corrected)
{
	TestSums	t;
	double		k;

	if (!read_state(PG_GETARG_DATUM(0), &t))
		PG_RETURN_NULL();
	if (t.nan)
		PG_RETURN_FLOAT8(get_float8_nan());
	/* R-bar is known to about 8 ulp (stats.c): within 2^-49 of 1 is 1 */
	k = (1.0 - t.rbar <= RBAR_ONE_TOL) ? get_float8_infinity() : vm_kappa(t.rbar);
	if (corrected)
	{
		if (t.n < 2)
			PG_RETURN_NULL();
		k = vm_kappa_corrected(k, t.n);
	}
	PG_RETURN_FLOAT8(k);
}

/* Maximum-likelihood von Mises kappa of a state: A1(kappa) = R-bar. */
PG_FUNCTION_INFO_V1(von_mises_kappa_stats);
Datum
von_mises_kappa_stats(PG_FUNCTION_ARGS)
{
	return kappa_of(fcinfo, false);
}

/* von Mises kappa of a state, optionally bias-corrected. */
PG_FUNCTION_INFO_V1(von_mises_kappa_stats_corrected);
Datum
von_mises_kappa_stats_corrected(PG_FUNCTION_ARGS)
{
	return kappa_of(fcinfo, PG_GETARG_BOOL(1));
}

/*
 * Call the circular_stats transition fn on (state, value [, period]) in
 * the caller's aggregate context; isnull: the row is skipped.
 */
static Datum
pass_row(FunctionCallInfo fcinfo, PGFunction fn, Datum value, bool isnull,
		 int period_arg)
{
	LOCAL_FCINFO(fc, 3);
	int			nargs = period_arg > 0 ? 3 : 2;
	Datum		r;

	InitFunctionCallInfoData(*fc, fcinfo->flinfo, nargs, fcinfo->fncollation,
							 fcinfo->context, NULL);
	fc->args[0] = fcinfo->args[0];
	fc->args[1].value = value;
	fc->args[1].isnull = isnull;
	if (period_arg > 0)
		fc->args[2] = fcinfo->args[period_arg];
	r = fn(fc);
	fcinfo->isnull = fc->isnull;
	return r;
}

/* A float8 or angle row (value, mu [, period]) as value - mu. */
static Datum
vtest_row(FunctionCallInfo fcinfo, PGFunction fn, int period_arg)
{
	double		x;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		return pass_row(fcinfo, fn, (Datum) 0, true, period_arg);
	check_mu(PG_GETARG_FLOAT8(2));
	x = PG_GETARG_FLOAT8(1) - PG_GETARG_FLOAT8(2);
	return pass_row(fcinfo, fn, Float8GetDatum(x), false, period_arg);
}

/* A time row (value, mu) as the time of day value - mu. */
static Datum
vtest_row_time(FunctionCallInfo fcinfo, PGFunction fn)
{
	TimeADT		d;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		return pass_row(fcinfo, fn, (Datum) 0, true, 0);
	d = PG_GETARG_TIMEADT(1) - PG_GETARG_TIMEADT(2);
	if (d < 0)
		d += USECS_PER_DAY;
	return pass_row(fcinfo, fn, TimeADTGetDatum(d), false, 0);
}

/* Transition of v_test(float8, mu, period): add value - mu. */
PG_FUNCTION_INFO_V1(v_test_accum);
Datum
v_test_accum(PG_FUNCTION_ARGS)
{
	return vtest_row(fcinfo, circular_stats_accum, 3);
}

/* Inverse transition of v_test(float8, mu, period). */
PG_FUNCTION_INFO_V1(v_test_inv);
Datum
v_test_inv(PG_FUNCTION_ARGS)
{
	return vtest_row(fcinfo, circular_stats_inv, 3);
}

/* Transition of v_test(angle, mu angle). */
PG_FUNCTION_INFO_V1(v_test_accum_angle);
Datum
v_test_accum_angle(PG_FUNCTION_ARGS)
{
	return vtest_row(fcinfo, circular_stats_accum_angle, 0);
}

/* Inverse transition of v_test(angle, mu angle). */
PG_FUNCTION_INFO_V1(v_test_inv_angle);
Datum
v_test_inv_angle(PG_FUNCTION_ARGS)
{
	return vtest_row(fcinfo, circular_stats_inv_angle, 0);
}

/* Transition of v_test(time, mu time). */
PG_FUNCTION_INFO_V1(v_test_accum_time);
Datum
v_test_accum_time(PG_FUNCTION_ARGS)
{
	return vtest_row_time(fcinfo, circular_stats_accum_time);
}

/* Inverse transition of v_test(time, mu time). */
PG_FUNCTION_INFO_V1(v_test_inv_time);
Datum
v_test_inv_time(PG_FUNCTION_ARGS)
{
	return vtest_row_time(fcinfo, circular_stats_inv_time);
}
