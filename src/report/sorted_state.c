/*
 * sorted_state.c
 *		The state of the sort-based report aggregates (circular_median,
 *		circular_quantile(s), circular_range and its endpoints): the rows'
 *		values, reduced into [0, period) exactly, in a growing array; the
 *		transition, combine, serial and deserial functions.  The finals are
 *		in sorted_final.c, the numerics in numerics/sorted.c.
 *
 * Memory: 8 bytes a row in the state (the array doubles as it grows), at
 * most REP_MAX_VALUES rows a group; a partial state crosses from a
 * parallel worker as one bytea of 8 bytes a row.
 */
#include "postgres.h"

#include <math.h>
#include <string.h>

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "utils/array.h"
#include "utils/date.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "errors.h"
#include "numerics/circular.h"
#include "report.h"

/* The aggregate memory context, or an error for a direct call. */
MemoryContext
rep_agg_context(FunctionCallInfo fcinfo, const char *name)
{
	MemoryContext ctx;

	if (!AggCheckCallContext(fcinfo, &ctx))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("%s called in non-aggregate context", name),
				 errdetail("It is a support function of an aggregate.")));
	return ctx;
}

/* Error for an infinite value (NaN is counted apart by the callers). */
void
rep_check_value(double x)
{
	if (isinf(x))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("input is out of range"),
				 errdetail("A value is infinite.")));
}

/* x reduced exactly into [0, p), -0 as 0. */
double
rep_reduce(double x, double p)
{
	return circ_wrap(x, p, 0.0) + 0.0;
}

/* A time of day as its exact number of microseconds. */
double
rep_time_value(Datum t)
{
	return (double) DatumGetTimeADT(t);
}

/* A result in [0, period) as the datum of its kind. */
Datum
rep_out(int kind, double v)
{
	if (kind == REP_TIME)
	{
		int64		us = (int64) rint(v);

		if (us >= (int64) REP_TIME_PERIOD)
			us -= (int64) REP_TIME_PERIOD;
		return TimeADTGetDatum(us);
	}
	return Float8GetDatum(v);
}

static RepState *
rep_new(MemoryContext ctx, int kind, double period)
{
	RepState   *st = MemoryContextAllocZero(ctx, sizeof(RepState));

	st->kind = kind;
	st->period = period;
	st->nfrac = -1;
	return st;
}

static void
rep_push(MemoryContext ctx, RepState *st, double x)
{
	if (st->n == st->cap)
	{
		int64		cap = st->cap == 0 ? 1024 : st->cap * 2;

		if (st->n >= REP_MAX_VALUES)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("too many rows for a sort-based circular statistic"),
					 errdetail("A group may hold at most %d rows.", REP_MAX_VALUES)));
		if (cap > REP_MAX_VALUES)
			cap = REP_MAX_VALUES;
		st->vals = st->vals == NULL
			? MemoryContextAllocHuge(ctx, cap * sizeof(double))
			: repalloc_huge(st->vals, cap * sizeof(double));
		st->cap = cap;
	}
	st->vals[st->n++] = x;
}

/* Error for a fraction outside [0, 1] or NaN (as percentile_cont, 22003). */
static void
check_fraction(double f)
{
	if (!(f >= 0.0 && f <= 1.0))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("fraction must be between 0 and 1"),
				 errdetail("The fraction is %s.", angle_double_text(f))));
}

/* Remember the fractions of the first row; later rows must repeat them. */
static void
set_fractions(MemoryContext ctx, RepState *st, const double *f, int nf, bool arr)
{
	int			i;

	if (st->nfrac < 0)
	{
		for (i = 0; i < nf; i++)
			check_fraction(f[i]);
		st->frac = MemoryContextAlloc(ctx, sizeof(double) * Max(nf, 1));
		memcpy(st->frac, f, sizeof(double) * nf);
		st->nfrac = nf;
		st->frac_array = arr;
		return;
	}
	if (st->nfrac != nf || memcmp(st->frac, f, sizeof(double) * nf) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("fraction must be the same for all rows of a group"),
				 errdetail("Two rows of one group gave different fractions.")));
}

/* The fractions of a float8[] argument (no NULL elements). */
static double *
array_fractions(ArrayType *a, int *nf)
{
	if (ARR_NDIM(a) > 1 || ARR_HASNULL(a) || ARR_ELEMTYPE(a) != FLOAT8OID)
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("fractions must be a one-dimensional array without nulls")));
	*nf = ARR_NDIM(a) == 0 ? 0 : ARR_DIMS(a)[0];
	return (double *) ARR_DATA_PTR(a);
}

/*
 * The common transition: args (state, value [, fraction(s)] [, period]);
 * fmode 0 none, 1 scalar, 2 array.  A row with a NULL argument is skipped.
 */
static Datum
rep_accum(FunctionCallInfo fcinfo, int kind, int fmode)
{
	MemoryContext ctx = rep_agg_context(fcinfo, "circular_sorted_accum");
	RepState   *st = PG_ARGISNULL(0) ? NULL : (RepState *) PG_GETARG_POINTER(0);
	int			nargs = PG_NARGS(),
				i;
	double		p,
				x;

	for (i = 1; i < nargs; i++)
		if (PG_ARGISNULL(i))
		{
			if (st == NULL)
				PG_RETURN_NULL();
			PG_RETURN_POINTER(st);
		}
	if (kind == REP_FLOAT8)
	{
		p = PG_GETARG_FLOAT8(nargs - 1);
		if (!circ_period_ok(p))
			angle_error_invalid_period(p);
		x = PG_GETARG_FLOAT8(1);
	}
	else if (kind == REP_TIME)
	{
		p = REP_TIME_PERIOD;
		x = rep_time_value(PG_GETARG_DATUM(1));
	}
	else
	{
		p = 360.0;
		x = PG_GETARG_FLOAT8(1);
	}
	if (st == NULL)
		st = rep_new(ctx, kind, p);
	else if (st->period != p)
		angle_error_mixed_periods(st->period, p);
	if (fmode == 1)
	{
		double		f = PG_GETARG_FLOAT8(2);

		set_fractions(ctx, st, &f, 1, false);
	}
	else if (fmode == 2)
	{
		int			nf;
		double	   *f = array_fractions(PG_GETARG_ARRAYTYPE_P(2), &nf);

		set_fractions(ctx, st, f, nf, true);
	}
	if (isnan(x))
	{
		st->nnan++;
		PG_RETURN_POINTER(st);
	}
	rep_check_value(x);
	rep_push(ctx, st, rep_reduce(x, p));
	PG_RETURN_POINTER(st);
}

#define REP_ACCUM(name, kind, fmode) \
PG_FUNCTION_INFO_V1(name); \
Datum name(PG_FUNCTION_ARGS); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	return rep_accum(fcinfo, kind, fmode); \
}

/* Transition functions: add a row (value [, fraction(s)] [, period]). */
REP_ACCUM(circular_sorted_accum, REP_FLOAT8, 0)
REP_ACCUM(circular_sorted_accum_time, REP_TIME, 0)
REP_ACCUM(circular_sorted_accum_angle, REP_ANGLE, 0)
REP_ACCUM(circular_sorted_accum_q, REP_FLOAT8, 1)
REP_ACCUM(circular_sorted_accum_q_time, REP_TIME, 1)
REP_ACCUM(circular_sorted_accum_q_angle, REP_ANGLE, 1)
REP_ACCUM(circular_sorted_accum_qs, REP_FLOAT8, 2)
REP_ACCUM(circular_sorted_accum_qs_time, REP_TIME, 2)
REP_ACCUM(circular_sorted_accum_qs_angle, REP_ANGLE, 2)

PG_FUNCTION_INFO_V1(circular_sorted_combine);

/* Combine function: append the values of the second state to the first. */
Datum
circular_sorted_combine(PG_FUNCTION_ARGS)
{
	MemoryContext ctx = rep_agg_context(fcinfo, "circular_sorted_combine");
	RepState   *a = PG_ARGISNULL(0) ? NULL : (RepState *) PG_GETARG_POINTER(0);
	RepState   *b = PG_ARGISNULL(1) ? NULL : (RepState *) PG_GETARG_POINTER(1);
	int64		i;

	if (b == NULL)
	{
		if (a == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(a);
	}
	if (a == NULL)
		a = rep_new(ctx, b->kind, b->period);
	else if (a->period != b->period)
		angle_error_mixed_periods(a->period, b->period);
	if (b->nfrac >= 0)
		set_fractions(ctx, a, b->frac, b->nfrac, b->frac_array);
	a->nnan += b->nnan;
	for (i = 0; i < b->n; i++)
		rep_push(ctx, a, b->vals[i]);
	PG_RETURN_POINTER(a);
}

/* The serial form: a header of fixed size, the fractions, the values. */
typedef struct RepWire
{
	int32		kind;
	int32		nfrac;
	int32		frac_array;
	int32		pad;
	double		period;
	int64		n;
	int64		nnan;
} RepWire;

PG_FUNCTION_INFO_V1(circular_sorted_serial);

/* Serial function: the state as a bytea (parallel workers). */
Datum
circular_sorted_serial(PG_FUNCTION_ARGS)
{
	RepState   *st = (RepState *) PG_GETARG_POINTER(0);
	int			nf = Max(st->nfrac, 0);
	Size		len = sizeof(RepWire) + sizeof(double) * (nf + st->n);
	bytea	   *out;
	RepWire		w;
	char	   *p;

	if (VARHDRSZ + len > MaxAllocSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many rows for a parallel sort-based circular statistic"),
				 errdetail("A partial state may hold at most %d rows.",
						   (int) ((MaxAllocSize - 1024) / sizeof(double)))));
	out = palloc(VARHDRSZ + len);
	p = VARDATA(out);
	SET_VARSIZE(out, VARHDRSZ + len);
	memset(&w, 0, sizeof(w));
	w.kind = st->kind;
	w.nfrac = st->nfrac;
	w.frac_array = st->frac_array;
	w.period = st->period;
	w.n = st->n;
	w.nnan = st->nnan;
	memcpy(p, &w, sizeof(w));
	p += sizeof(w);
	if (nf > 0)
		memcpy(p, st->frac, sizeof(double) * nf);
	p += sizeof(double) * nf;
	if (st->n > 0)
		memcpy(p, st->vals, sizeof(double) * st->n);
	PG_RETURN_BYTEA_P(out);
}

PG_FUNCTION_INFO_V1(circular_sorted_deserial);

/* Deserial function: a state from circular_sorted_serial's bytea. */
Datum
circular_sorted_deserial(PG_FUNCTION_ARGS)
{
	MemoryContext ctx = rep_agg_context(fcinfo, "circular_sorted_deserial");
	bytea	   *in = PG_GETARG_BYTEA_P(0);
	const char *p = VARDATA(in);
	RepWire		w;
	RepState   *st;
	int			nf;

	memcpy(&w, p, sizeof(w));
	p += sizeof(w);
	nf = Max(w.nfrac, 0);
	if (VARSIZE(in) - VARHDRSZ != sizeof(w) + sizeof(double) * (nf + w.n))
		elog(ERROR, "invalid circular_sorted state");
	st = rep_new(ctx, w.kind, w.period);
	st->nnan = w.nnan;
	if (w.nfrac >= 0)
		set_fractions(ctx, st, (const double *) p, w.nfrac, w.frac_array);
	p += sizeof(double) * nf;
	if (w.n > 0)
	{
		st->vals = MemoryContextAllocHuge(ctx, sizeof(double) * w.n);
		memcpy(st->vals, p, sizeof(double) * w.n);
	}
	st->n = st->cap = w.n;
	PG_RETURN_POINTER(st);
}
