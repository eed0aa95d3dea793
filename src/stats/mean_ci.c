/*
 * mean_ci.c
 *		The circular_mean_ci aggregates: the large-sample confidence
 *		interval of the mean direction (moments.c) over the rows, at a
 *		level given with them.
 *
 * A circular_stats state cannot keep the level, so the internal state is
 * the level and a version 2 state of order 2 (the sums of accum2.c, kept
 * in place, or the empty state of version 1).  The level must be the
 * same on every row of a group, as the order p of circular_moment.
 * Combining adds the exact sums (agg.c), so the interval is the same bits
 * in every plan: serial, parallel (serial and deserial functions) and
 * moving windows (the inverse transition removes a row exactly).
 */
#include "postgres.h"

#include <math.h>
#include <string.h>

#include "fmgr.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/date.h"
#include "utils/float.h"
#include "utils/timestamp.h"

#include "circstats.h"
#include "errors.h"

extern Datum circular_stats_send(PG_FUNCTION_ARGS);
extern Datum circular_stats_recv(PG_FUNCTION_ARGS);

#define CI_SERIAL_VERSION 1

typedef struct CiState
{
	double		level;			/* NaN until a row has given one */
	union
	{
		CircStats	v1;			/* the empty state */
		CircStats2	v2;			/* rows: a version 2 state of order 2 */
	}			st;
} CiState;

/* 0A000 for a support function called outside an aggregate. */
static void
ci_agg_context(FunctionCallInfo fcinfo, MemoryContext *cxt, const char *name)
{
	if (!AggCheckCallContext(fcinfo, cxt))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("%s called in non-aggregate context", name),
				 errdetail("It is a support function of an aggregate.")));
}

/* A state of no rows and no level, in the given context. */
static CiState *
ci_new(MemoryContext cxt)
{
	CiState    *ci = MemoryContextAllocZero(cxt, sizeof(CiState));

	ci->level = get_float8_nan();
	SET_VARSIZE(&ci->st.v1, CIRC_STATS_SIZE);
	ci->st.v1.version = CIRC_STATS_VERSION;
	return ci;
}

/* Keep the level of a row: checked, and the same as the earlier rows'. */
static void
ci_set_level(CiState *ci, double level)
{
	circ_check_level(level);
	if (isnan(ci->level))
		ci->level = level;
	else if (ci->level != level)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot mix confidence levels %s and %s",
						angle_double_text(ci->level), angle_double_text(level)),
				 errdetail("All rows of a group must give the same level.")));
}

/*
 * Add or remove one row of the level in argument nlevel.  A row with a
 * NULL argument is skipped; a NULL state becomes an empty one (never
 * NULL, as a moving aggregate's inverse must not return NULL).
 */
static Datum
ci_row(FunctionCallInfo fcinfo, int nlevel, double x, double w, double period,
	   bool remove)
{
	MemoryContext cxt;
	CiState    *ci;

	ci_agg_context(fcinfo, &cxt, "circular_mean_ci transition");
	ci = PG_ARGISNULL(0) ? ci_new(cxt) : (CiState *) PG_GETARG_POINTER(0);
	if (circ_row_has_null(fcinfo))
		PG_RETURN_POINTER(ci);
	ci_set_level(ci, PG_GETARG_FLOAT8(nlevel));
	if (ci->st.v1.n == 0 && !CIRC_IS_V2(&ci->st.v1))
	{
		/* an empty state starts the sums of order 2 (accum2.c) */
		CircStats2 *empty = circ_stats2_new(2);

		memcpy(&ci->st.v2, empty, CIRC_STATS2_SIZE);
		pfree(empty);
	}
	circ_add_row(&ci->st.v1, x, w, period, remove);
	circ_canonical_empty(&ci->st.v1);
	PG_RETURN_POINTER(ci);
}

#define F8(n) (PG_ARGISNULL(n) ? 0.0 : PG_GETARG_FLOAT8(n))
#define TIMEH(n) (PG_ARGISNULL(n) ? 0.0 : circ_time_hours(PG_GETARG_TIMEADT(n)))

/* A transition function: level argument, value, weight and period. */
#define CI_TRANS_FN(name, nlevel, valexpr, wexpr, perexpr, remove) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	return ci_row(fcinfo, (nlevel), (valexpr), (wexpr), (perexpr), (remove)); \
}

CI_TRANS_FN(circular_mean_ci_accum, 3, F8(1), 1.0, F8(2), false)
CI_TRANS_FN(circular_mean_ci_accum_weighted, 4, F8(1), F8(2), F8(3), false)
CI_TRANS_FN(circular_mean_ci_accum_time, 2, TIMEH(1), 1.0, 24.0, false)
CI_TRANS_FN(circular_mean_ci_accum_time_weighted, 3, TIMEH(1), F8(2), 24.0, false)
CI_TRANS_FN(circular_mean_ci_accum_angle, 2, F8(1), 1.0, 360.0, false)
CI_TRANS_FN(circular_mean_ci_accum_angle_weighted, 3, F8(1), F8(2), 360.0, false)
CI_TRANS_FN(circular_mean_ci_inv, 3, F8(1), 1.0, F8(2), true)
CI_TRANS_FN(circular_mean_ci_inv_weighted, 4, F8(1), F8(2), F8(3), true)
CI_TRANS_FN(circular_mean_ci_inv_time, 2, TIMEH(1), 1.0, 24.0, true)
CI_TRANS_FN(circular_mean_ci_inv_time_weighted, 3, TIMEH(1), F8(2), 24.0, true)
CI_TRANS_FN(circular_mean_ci_inv_angle, 2, F8(1), 1.0, 360.0, true)
CI_TRANS_FN(circular_mean_ci_inv_angle_weighted, 3, F8(1), F8(2), 360.0, true)

/* Combine two partial states: the same level, the exact sums added. */
PG_FUNCTION_INFO_V1(circular_mean_ci_combine);
Datum
circular_mean_ci_combine(PG_FUNCTION_ARGS)
{
	MemoryContext cxt,
				old;
	CiState    *a = PG_ARGISNULL(0) ? NULL : (CiState *) PG_GETARG_POINTER(0);
	CiState    *b = PG_ARGISNULL(1) ? NULL : (CiState *) PG_GETARG_POINTER(1);
	CircStats  *m;

	ci_agg_context(fcinfo, &cxt, "circular_mean_ci_combine");
	if (b == NULL)
	{
		if (a == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(a);
	}
	if (a == NULL)
		a = ci_new(cxt);
	if (!isnan(b->level))
		ci_set_level(a, b->level);
	old = MemoryContextSwitchTo(cxt);
	m = circ_merge_versions(&a->st.v1, &b->st.v1, 1);
	if (m != &a->st.v1)
	{
		/* a was empty: it takes b's version 2 state */
		memcpy(&a->st, m, VARSIZE(m));
		pfree(m);
	}
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(a);
}

/* Serial form: version byte, the level (NaN: none yet), the state's. */
PG_FUNCTION_INFO_V1(circular_mean_ci_serial);
Datum
circular_mean_ci_serial(PG_FUNCTION_ARGS)
{
	CiState    *ci = (CiState *) PG_GETARG_POINTER(0);
	StringInfoData buf;
	bytea	   *b;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, CI_SERIAL_VERSION);
	pq_sendfloat8(&buf, ci->level);
	b = DatumGetByteaPP(DirectFunctionCall1(circular_stats_send,
											PointerGetDatum(&ci->st.v1)));
	pq_sendbytes(&buf, VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* 22P03 for a serial state that the aggregate could not have written. */
static pg_noinline void
ci_bad_state(const char *why)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid serialized circular_mean_ci state"),
			 errdetail("%s", why)));
}

/* The state of serial bytes, in the current context, checked first. */
static CiState *
ci_deserialize(bytea *b)
{
	StringInfoData buf,
				rest;
	CiState    *ci = ci_new(CurrentMemoryContext);
	CircStats  *st;

	buf.data = VARDATA_ANY(b);
	buf.len = VARSIZE_ANY_EXHDR(b);
	buf.maxlen = buf.len;
	buf.cursor = 0;
	if (buf.len < 9)
		ci_bad_state("The state is shorter than its header.");
	if (pq_getmsgbyte(&buf) != CI_SERIAL_VERSION)
		ci_bad_state("The format version is not 1.");
	ci->level = pq_getmsgfloat8(&buf);
	if (!isnan(ci->level) && !(ci->level > 0.0 && ci->level < 1.0))
		ci_bad_state("The level does not lie strictly between 0 and 1.");
	rest.data = buf.data + buf.cursor;
	rest.len = buf.len - buf.cursor;
	rest.maxlen = rest.len;
	rest.cursor = 0;
	/* circular_stats_recv validates the state and its length (22P03) */
	st = (CircStats *) DatumGetPointer(DirectFunctionCall1(circular_stats_recv,
														   PointerGetDatum(&rest)));
	if (st->n > 0 && !(CIRC_IS_V2(st) && ((CircStats2 *) st)->order == 2))
		ci_bad_state("A state with rows must have the sums of order 2.");
	if (st->n > 0 && isnan(ci->level))
		ci_bad_state("A state with rows has no level.");
	if (st->n == 0)
		circ_canonical_empty(st);
	memcpy(&ci->st, st, VARSIZE(st));
	return ci;
}

/* Deserial function (not strict: its dummy second argument is not read). */
PG_FUNCTION_INFO_V1(circular_mean_ci_deserial);
Datum
circular_mean_ci_deserial(PG_FUNCTION_ARGS)
{
	MemoryContext cxt;

	ci_agg_context(fcinfo, &cxt, "circular_mean_ci_deserial");
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	PG_RETURN_POINTER(ci_deserialize(PG_GETARG_BYTEA_PP(0)));
}

/* The interval of a state, or NULL when no row was counted. */
static Datum
ci_result(FunctionCallInfo fcinfo, const CiState *ci)
{
	if (ci == NULL || ci->st.v1.n == 0)
		PG_RETURN_NULL();
	return circ_mean_ci_datum(fcinfo, &ci->st.v1, ci->level);
}

/* Final function: (lower, upper), NULL for a group of no rows. */
PG_FUNCTION_INFO_V1(circular_mean_ci_final);
Datum
circular_mean_ci_final(PG_FUNCTION_ARGS)
{
	return ci_result(fcinfo, PG_ARGISNULL(0) ? NULL :
					 (const CiState *) PG_GETARG_POINTER(0));
}

/* The interval of a serialized state (as a parallel worker sends it). */
PG_FUNCTION_INFO_V1(circular_mean_ci_from_serial);
Datum
circular_mean_ci_from_serial(PG_FUNCTION_ARGS)
{
	return ci_result(fcinfo, ci_deserialize(PG_GETARG_BYTEA_PP(0)));
}
