/*
 * uniformity.c
 *		Final functions of the sort-based tests of circular uniformity
 *		(kuiper_test, watson_test, rao_spacing_test, hodges_ajne_test): the
 *		state of sorted_state.c, sorted in place (FINALFUNC_MODIFY =
 *		SHAREABLE), then the numerics of numerics/uniformity.c.  Each
 *		returns a circular_uniformity_test row; one C function per test
 *		serves the float8, time and angle forms.
 */
#include "postgres.h"

#include <math.h>

#include "access/htup_details.h"
#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/float.h"

#include "numerics/report.h"
#include "numerics/uniformity.h"
#include "report.h"

/* Fewer values than this give a NULL test. */
#define UNI_MIN_N 2

#define TEST_KUIPER 0
#define TEST_WATSON 1
#define TEST_RAO 2
#define TEST_HODGES_AJNE 3

static const char *const test_names[] = {"kuiper", "watson", "rao_spacing", "hodges_ajne"};
static const char *const method_names[] = {"asymptotic", "exact", "normal approximation"};

static void
uni_interrupts(void)
{
	CHECK_FOR_INTERRUPTS();
}

/* The row (test, n, statistic, modified, p_value, method). */
static Datum
uni_row(FunctionCallInfo fcinfo, int test, int64 n, const UniTest *r, bool nan)
{
	TupleDesc	td;
	Datum		v[6];
	bool		isnull[6] = {false, false, false, false, false, false};

	if (get_call_result_type(fcinfo, NULL, &td) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("function returning record called in context that cannot accept type record")));
	td = BlessTupleDesc(td);
	v[0] = CStringGetTextDatum(test_names[test]);
	v[1] = Int64GetDatum(n);
	if (nan)
	{
		v[2] = v[3] = v[4] = Float8GetDatum(get_float8_nan());
		isnull[5] = true;
		v[5] = (Datum) 0;
	}
	else
	{
		v[2] = Float8GetDatum(r->statistic);
		v[3] = Float8GetDatum(r->modified);
		v[4] = Float8GetDatum(r->p_value);
		v[5] = CStringGetTextDatum(method_names[r->method]);
	}
	return HeapTupleGetDatum(heap_form_tuple(td, v, isnull));
}

/*
 * The common final: NULL for fewer than UNI_MIN_N values, NaN statistics
 * when a NaN row was seen, else the test on the sorted values.
 */
static Datum
uni_final(FunctionCallInfo fcinfo, int test)
{
	RepState   *st = PG_ARGISNULL(0) ? NULL : (RepState *) PG_GETARG_POINTER(0);
	UniTest		r;
	double	   *tmp;
	size_t		n;

	if (st == NULL || st->n + st->nnan == 0)
		PG_RETURN_NULL();
	if (st->nnan > 0)
		return uni_row(fcinfo, test, st->n + st->nnan, NULL, true);
	if (st->n < UNI_MIN_N)
		PG_RETURN_NULL();
	n = (size_t) st->n;
	rep_interrupt_hook = uni_interrupts;
	tmp = palloc_extended(sizeof(double) * n, MCXT_ALLOC_HUGE);
	rep_sort(st->vals, tmp, n);
	pfree(tmp);
	switch (test)
	{
		case TEST_KUIPER:
			uni_kuiper(st->vals, n, st->period, &r);
			break;
		case TEST_WATSON:
			uni_watson(st->vals, n, st->period, &r);
			break;
		case TEST_RAO:
			tmp = palloc_extended(sizeof(double) * UNI_RAO_WORK(n), MCXT_ALLOC_HUGE);
			uni_rao(st->vals, n, st->period, &r, tmp);
			pfree(tmp);
			/* a time's U in hours rather than microseconds */
			if (st->kind == REP_TIME)
				r.statistic /= 3600e6;
			break;
		default:
			uni_hodges_ajne(st->vals, n, st->period, &r);
			break;
	}
	return uni_row(fcinfo, test, st->n, &r, false);
}

PG_FUNCTION_INFO_V1(kuiper_test_final);
PG_FUNCTION_INFO_V1(watson_test_final);
PG_FUNCTION_INFO_V1(rao_spacing_test_final);
PG_FUNCTION_INFO_V1(hodges_ajne_test_final);

/* Final function of kuiper_test: Kuiper's V and its asymptotic p. */
Datum
kuiper_test_final(PG_FUNCTION_ARGS)
{
	return uni_final(fcinfo, TEST_KUIPER);
}

/* Final function of watson_test: Watson's U² and its asymptotic p. */
Datum
watson_test_final(PG_FUNCTION_ARGS)
{
	return uni_final(fcinfo, TEST_WATSON);
}

/* Final function of rao_spacing_test: Rao's U and its exact p. */
Datum
rao_spacing_test_final(PG_FUNCTION_ARGS)
{
	return uni_final(fcinfo, TEST_RAO);
}

/* Final function of hodges_ajne_test: the Hodges-Ajne m and its exact p. */
Datum
hodges_ajne_test_final(PG_FUNCTION_ARGS)
{
	return uni_final(fcinfo, TEST_HODGES_AJNE);
}
