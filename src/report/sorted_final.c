/*
 * sorted_final.c
 *		Final functions of the sort-based report aggregates: the circular
 *		median, quantiles, and the smallest arc (width and endpoints).  Each
 *		serves the float8, time and angle forms: the state knows its kind.
 *		The state is sorted in place (FINALFUNC_MODIFY = SHAREABLE), which
 *		every final of one shared state tolerates.
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/float.h"
#include "utils/lsyscache.h"
#include "utils/timestamp.h"

#include "numerics/report.h"
#include "report.h"

static void
rep_interrupts(void)
{
	CHECK_FOR_INTERRUPTS();
}

/*
 * The state of a final function, sorted, or NULL when no row counts; *nan
 * is set when a NaN row makes every statistic NaN.
 */
static RepState *
final_state(FunctionCallInfo fcinfo, bool *nan)
{
	RepState   *st = PG_ARGISNULL(0) ? NULL : (RepState *) PG_GETARG_POINTER(0);
	double	   *tmp;

	*nan = false;
	if (st == NULL || (st->n == 0 && st->nnan == 0))
		return NULL;
	if (st->nnan > 0)
	{
		*nan = true;
		return st;
	}
	rep_interrupt_hook = rep_interrupts;
	tmp = palloc_extended(sizeof(double) * st->n, MCXT_ALLOC_HUGE);
	rep_sort(st->vals, tmp, st->n);
	pfree(tmp);
	return st;
}

PG_FUNCTION_INFO_V1(circular_median_final);

/* Final function of circular_median: float8, time or angle. */
Datum
circular_median_final(PG_FUNCTION_ARGS)
{
	bool		nan;
	RepState   *st = final_state(fcinfo, &nan);
	double		med;

	if (st == NULL)
		PG_RETURN_NULL();
	if (nan)
		PG_RETURN_FLOAT8(get_float8_nan());
	if (!rep_median(st->vals, st->n, st->period, &med))
		PG_RETURN_NULL();
	return rep_out(st->kind, med);
}

/* The quantiles of the state's fractions into out[]; false if undefined. */
static bool
quantiles(RepState *st, double *out)
{
	double		med,
			   *d,
			   *tmp;
	int			i;

	if (!rep_median(st->vals, st->n, st->period, &med))
		return false;
	d = palloc_extended(sizeof(double) * st->n, MCXT_ALLOC_HUGE);
	tmp = palloc_extended(sizeof(double) * st->n, MCXT_ALLOC_HUGE);
	rep_center(st->vals, st->n, st->period, med, d, tmp);
	for (i = 0; i < st->nfrac; i++)
		out[i] = rep_quantile(d, st->n, st->period, med, st->frac[i]);
	pfree(d);
	pfree(tmp);
	return true;
}

PG_FUNCTION_INFO_V1(circular_quantile_final);

/* Final function of circular_quantile: one fraction. */
Datum
circular_quantile_final(PG_FUNCTION_ARGS)
{
	bool		nan;
	RepState   *st = final_state(fcinfo, &nan);
	double		q;

	if (st == NULL)
		PG_RETURN_NULL();
	if (nan)
		PG_RETURN_FLOAT8(get_float8_nan());
	if (!quantiles(st, &q))
		PG_RETURN_NULL();
	return rep_out(st->kind, q);
}

PG_FUNCTION_INFO_V1(circular_quantiles_final);

/* Final function of circular_quantiles: an array, one per fraction. */
Datum
circular_quantiles_final(PG_FUNCTION_ARGS)
{
	bool		nan;
	RepState   *st = final_state(fcinfo, &nan);
	Oid			elem = get_element_type(get_fn_expr_rettype(fcinfo->flinfo));
	int16		len;
	bool		byval;
	char		align;
	Datum	   *d;
	double	   *q;
	int			i;

	if (st == NULL || !OidIsValid(elem))
		PG_RETURN_NULL();
	q = palloc(sizeof(double) * Max(st->nfrac, 1));
	d = palloc(sizeof(Datum) * Max(st->nfrac, 1));
	if (nan)
		for (i = 0; i < st->nfrac; i++)
			q[i] = get_float8_nan();
	else if (!quantiles(st, q))
		PG_RETURN_NULL();
	for (i = 0; i < st->nfrac; i++)
		d[i] = nan ? Float8GetDatum(q[i]) : rep_out(st->kind, q[i]);
	get_typlenbyvalalign(elem, &len, &byval, &align);
	PG_RETURN_ARRAYTYPE_P(construct_array(d, st->nfrac, elem, len, byval, align));
}

/* The smallest arc: which = 0 width, 1 start, 2 end. */
static Datum
range_final(FunctionCallInfo fcinfo, int which)
{
	bool		nan;
	RepState   *st = final_state(fcinfo, &nan);
	double		w,
				a,
				b;

	if (st == NULL)
		PG_RETURN_NULL();
	if (nan)
		PG_RETURN_FLOAT8(get_float8_nan());
	rep_range(st->vals, st->n, st->period, &w, &a, &b);
	if (which == 0 && st->kind == REP_TIME)
	{
		Interval   *iv = palloc0(sizeof(Interval));

		iv->time = (int64) w;	/* an exact number of microseconds */
		PG_RETURN_INTERVAL_P(iv);
	}
	if (which == 0)
		PG_RETURN_FLOAT8(w);
	return rep_out(st->kind, which == 1 ? a : b);
}

PG_FUNCTION_INFO_V1(circular_range_final);
PG_FUNCTION_INFO_V1(circular_range_start_final);
PG_FUNCTION_INFO_V1(circular_range_end_final);

/* Final function of circular_range: the width of the smallest arc. */
Datum
circular_range_final(PG_FUNCTION_ARGS)
{
	return range_final(fcinfo, 0);
}

/* Final function of circular_range_start: where the smallest arc starts. */
Datum
circular_range_start_final(PG_FUNCTION_ARGS)
{
	return range_final(fcinfo, 1);
}

/* Final function of circular_range_end: where the smallest arc ends. */
Datum
circular_range_end_final(PG_FUNCTION_ARGS)
{
	return range_final(fcinfo, 2);
}
