/*
 * ww.c
 *		The Watson-Williams test of equal mean directions of k groups, as
 *		an aggregate over the groups' circular_stats states.
 *
 * Its internal state keeps the number of groups, the exact sum of the
 * groups' resultant lengths R_i = n_i R-bar_i (as non-overlapping
 * partials, eft.h) and the merge of the group states (circular_stats_
 * combine, exact), so that any order of groups and any partial
 * aggregation give the same bits: the sum is rounded once at the end.
 * States are read only through the functions of sums.c, stats.c, agg.c
 * and state.c, never by their fields.
 */
#include "postgres.h"

#include <math.h>
#include <string.h>

#include "access/htup_details.h"
#include "common/int.h"
#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/float.h"

#include "numerics/eft.h"
#include "numerics/tests.h"

extern Datum circular_stats_count(PG_FUNCTION_ARGS);
extern Datum mean_resultant_length_stats(PG_FUNCTION_ARGS);
extern Datum circular_stats_combine(PG_FUNCTION_ARGS);
extern Datum circular_stats_send(PG_FUNCTION_ARGS);
extern Datum circular_stats_recv(PG_FUNCTION_ARGS);

/* A sum of non-negative doubles below 2^127 needs fewer partials. */
#define WW_MAXPART 48

typedef struct WWState
{
	int64		k;				/* groups counted (states of >= 1 row) */
	bool		nan;			/* a group counted a NaN row */
	int			np;
	double		part[WW_MAXPART];	/* sum of R_i, exactly */
	Datum		merged;			/* circular_stats of every group; k > 0 */
} WWState;

/* Add the partials of b (nb of them) into st. */
static void
ww_add_partials(WWState *st, const double *b, int nb)
{
	double		x[2 * WW_MAXPART];

	memcpy(x, st->part, st->np * sizeof(double));
	memcpy(x + st->np, b, nb * sizeof(double));
	st->np = exact_partials(x, st->np + nb, x);
	if (st->np > WW_MAXPART)	/* cannot happen for values below 2^127 */
		elog(ERROR, "watson_williams_test: too many partials");
	memcpy(st->part, x, st->np * sizeof(double));
}

/* Merge state b into st->merged (a new value in the current context). */
static void
ww_merge(WWState *st, Datum b)
{
	if (st->k == 0)
		st->merged = PointerGetDatum(PG_DETOAST_DATUM_COPY(b));
	else
	{
		Datum		m = DirectFunctionCall2(circular_stats_combine, st->merged, b);

		if (m != st->merged)
			pfree(DatumGetPointer(st->merged));
		st->merged = m;
	}
}

/* 0A000 for a support function called outside an aggregate. */
static void
ww_agg_context(FunctionCallInfo fcinfo, MemoryContext *cxt, const char *name)
{
	if (!AggCheckCallContext(fcinfo, cxt))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("%s called in non-aggregate context", name),
				 errdetail("It is a support function of an aggregate.")));
}

static WWState *
ww_new(void)
{
	return palloc0(sizeof(WWState));
}

/* Transition: add one group's state (NULL and empty states are skipped). */
PG_FUNCTION_INFO_V1(watson_williams_accum);
Datum
watson_williams_accum(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt,
				old;
	WWState    *st;
	Datum		g;
	int64		n;
	double		rbar,
				ri;

	ww_agg_context(fcinfo, &aggcxt, "watson_williams_accum");
	st = PG_ARGISNULL(0) ? NULL : (WWState *) PG_GETARG_POINTER(0);
	if (PG_ARGISNULL(1))
	{
		if (st == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(st);
	}
	g = PG_GETARG_DATUM(1);
	n = DatumGetInt64(DirectFunctionCall1(circular_stats_count, g));
	old = MemoryContextSwitchTo(aggcxt);
	if (st == NULL)
		st = ww_new();
	if (n > 0)
	{
		rbar = DatumGetFloat8(DirectFunctionCall1(mean_resultant_length_stats, g));
		ww_merge(st, g);
		st->k++;
		if (isnan(rbar))
			st->nan = true;
		else
		{
			ri = (double) n * rbar;
			ww_add_partials(st, &ri, 1);
		}
	}
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(st);
}

/* Combine two partial states (parallel aggregation). */
PG_FUNCTION_INFO_V1(watson_williams_combine);
Datum
watson_williams_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt,
				old;
	WWState    *a = PG_ARGISNULL(0) ? NULL : (WWState *) PG_GETARG_POINTER(0);
	WWState    *b = PG_ARGISNULL(1) ? NULL : (WWState *) PG_GETARG_POINTER(1);

	ww_agg_context(fcinfo, &aggcxt, "watson_williams_combine");
	if (b == NULL || b->k == 0)
	{
		if (a == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(a);
	}
	old = MemoryContextSwitchTo(aggcxt);
	if (a == NULL)
		a = ww_new();
	ww_merge(a, b->merged);
	if (pg_add_s64_overflow(a->k, b->k, &a->k))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("too many groups in watson_williams_test")));
	a->nan |= b->nan;
	ww_add_partials(a, b->part, b->np);
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(a);
}

/* Serial form: k (8 bytes), nan (1), np (4), np float8, the merged state. */
PG_FUNCTION_INFO_V1(watson_williams_serial);
Datum
watson_williams_serial(PG_FUNCTION_ARGS)
{
	WWState    *st = (WWState *) PG_GETARG_POINTER(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint64(&buf, st->k);
	pq_sendbyte(&buf, st->nan ? 1 : 0);
	pq_sendint32(&buf, st->np);
	for (int i = 0; i < st->np; i++)
		pq_sendfloat8(&buf, st->part[i]);
	if (st->k > 0)
	{
		bytea	   *m = DatumGetByteaPP(DirectFunctionCall1(circular_stats_send,
															st->merged));

		pq_sendbytes(&buf, VARDATA_ANY(m), VARSIZE_ANY_EXHDR(m));
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* 22P03 for a serial state that the aggregate could not have written. */
static pg_noinline void
ww_bad_state(const char *why)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid serialized watson_williams_test state"),
			 errdetail("%s", why)));
}

/* The state of serial bytes: every length and value is checked first. */
static WWState *
ww_deserialize(bytea *b)
{
	StringInfoData buf;
	WWState    *st = ww_new();
	int			nan;
	double		sum;
	int64		n;

	buf.data = VARDATA_ANY(b);
	buf.len = VARSIZE_ANY_EXHDR(b);
	buf.maxlen = buf.len;
	buf.cursor = 0;
	if (buf.len < 13)
		ww_bad_state("The state is shorter than its header.");
	st->k = pq_getmsgint64(&buf);
	nan = pq_getmsgbyte(&buf);
	st->np = pq_getmsgint(&buf, 4);
	if (st->k < 0 || (nan != 0 && nan != 1))
		ww_bad_state("The group count or NaN flag is invalid.");
	st->nan = nan;
	if (st->np < 0 || st->np > WW_MAXPART || buf.len - buf.cursor < 8 * st->np)
		ww_bad_state("The number of partial sums is invalid.");
	for (int i = 0; i < st->np; i++)
	{
		st->part[i] = pq_getmsgfloat8(&buf);
		if (!isfinite(st->part[i]))
			ww_bad_state("A partial sum is not finite.");
	}
	if (st->k == 0)
	{
		if (st->np != 0 || nan != 0 || buf.cursor != buf.len)
			ww_bad_state("A state of no groups has sums.");
		return st;
	}
	if (buf.cursor == buf.len)
		ww_bad_state("The merged state is missing.");
	{
		StringInfoData rest;

		rest.data = buf.data + buf.cursor;
		rest.len = buf.len - buf.cursor;
		rest.maxlen = rest.len;
		rest.cursor = 0;
		/* circular_stats_recv validates the state (22P03) */
		st->merged = DirectFunctionCall1(circular_stats_recv,
										 PointerGetDatum(&rest));
		if (rest.cursor != rest.len)
			ww_bad_state("Bytes follow the merged state.");
	}
	n = DatumGetInt64(DirectFunctionCall1(circular_stats_count, st->merged));
	sum = partials_round(st->part, st->np);
	if (n < st->k || !(sum >= 0.0) || sum > (double) n)
		ww_bad_state("The sums do not fit the merged state.");
	return st;
}

/*
 * Deserial function (not strict: its dummy second argument is never
 * read).
 */
PG_FUNCTION_INFO_V1(watson_williams_deserial);
Datum
watson_williams_deserial(PG_FUNCTION_ARGS)
{
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	PG_RETURN_POINTER(ww_deserialize(PG_GETARG_BYTEA_PP(0)));
}

/*
 * Final: (f, df1, df2, p_value), df1 = k - 1, df2 = N - k, or NULL for
 * fewer than 2 groups or N <= k.  F = g (N - k)(sum R_i - R) /
 * ((k - 1)(N - sum R_i)), g = 1 + 3/(8 kappa), kappa the exact ML
 * estimate from the pooled R-bar = R/N (as R circular, which uses A1inv);
 * f and p_value are NULL when kappa = 0, NaN when a row was NaN.
 */
static Datum
ww_result(FunctionCallInfo fcinfo, WWState *st)
{
	TupleDesc	td;
	Datum		v[4];
	bool		isnull[4] = {false, false, false, false};
	int64		n;
	double		rbar,
				sr,
				kappa,
				num,
				den,
				f;

	if (st == NULL || st->k < 2)
		PG_RETURN_NULL();
	n = DatumGetInt64(DirectFunctionCall1(circular_stats_count, st->merged));
	if (n <= st->k)
		PG_RETURN_NULL();
	if (get_call_result_type(fcinfo, NULL, &td) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "watson_williams_final: return type must be a row type");
	td = BlessTupleDesc(td);
	v[1] = Int64GetDatum(st->k - 1);
	v[2] = Int64GetDatum(n - st->k);
	rbar = DatumGetFloat8(DirectFunctionCall1(mean_resultant_length_stats,
											  st->merged));
	if (st->nan || isnan(rbar))
	{
		v[0] = v[3] = Float8GetDatum(get_float8_nan());
		PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(td, v, isnull)));
	}
	sr = partials_round(st->part, st->np);
	kappa = vm_kappa(rbar);
	num = sr - (double) n * rbar;
	den = (double) n - sr;
	if (num < 0.0)
		num = 0.0;				/* sum R_i >= R: only rounding */
	if (kappa == 0.0 || (den <= 0.0 && num == 0.0))
	{
		isnull[0] = isnull[3] = true;
		v[0] = v[3] = (Datum) 0;
		PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(td, v, isnull)));
	}
	if (den <= 0.0)
		f = get_float8_infinity();
	else
		f = (1.0 + 3.0 / (8.0 * kappa)) * ((double) (n - st->k) * num)
			/ ((double) (st->k - 1) * den);
	v[0] = Float8GetDatum(f);
	v[3] = Float8GetDatum(f_sf(f, (double) (st->k - 1), (double) (n - st->k)));
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(td, v, isnull)));
}

/* Final function. */
PG_FUNCTION_INFO_V1(watson_williams_final);
Datum
watson_williams_final(PG_FUNCTION_ARGS)
{
	return ww_result(fcinfo, PG_ARGISNULL(0) ? NULL : (WWState *) PG_GETARG_POINTER(0));
}

/* The result of a serialized partial state (its bytes validated). */
PG_FUNCTION_INFO_V1(watson_williams_from_serial);
Datum
watson_williams_from_serial(PG_FUNCTION_ARGS)
{
	return ww_result(fcinfo, ww_deserialize(PG_GETARG_BYTEA_PP(0)));
}
