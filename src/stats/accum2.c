/*
 * accum2.c
 *		The transition functions that build version 2 circular_stats
 *		states: the first-order sums of accum.c, plus the exact sums of
 *		w sin qx and w cos qx for one order q (2 for circular_stats_agg and
 *		the skewness and kurtosis aggregates, p for circular_moment).
 *
 * The terms of order q are added by terms2.c (which every transition
 * function calls for a version 2 state).  These functions do not batch:
 * the aggregates that need first-order sums only keep the fast paths of
 * accum.c.
 *
 * A NULL or empty state becomes an empty version 2 state of order q; a
 * version 1 state with rows stays version 1 (its earlier rows have no
 * sums of order q), and only its first-order sums are updated.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/date.h"
#include "utils/timestamp.h"

#include "circstats.h"
#include "errors.h"

/* Reject an order outside [1, CIRC_MAX_ORDER]. */
static void
check_order(int64 q)
{
	if (q < 1 || q > CIRC_MAX_ORDER)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("moment order must be between 1 and %d", CIRC_MAX_ORDER),
				 errdetail("The order p was " INT64_FORMAT ".", q)));
}

/*
 * The state to update for a row of order q: argument 0 in place or a
 * copy (circ_state_for_update), made a version 2 state of order q if it
 * is empty.
 */
static CircStats *
state2_for_update(FunctionCallInfo fcinfo, int64 q)
{
	CircStats  *st = circ_state_for_update(fcinfo, 0);

	check_order(q);
	if (CIRC_IS_V2(st))
	{
		CircStats2 *st2 = (CircStats2 *) st;

		if (st2->order != q)
		{
			if (st->n > 0)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("cannot mix moment orders " INT64_FORMAT " and " INT64_FORMAT,
								st2->order, q),
						 errdetail("All rows of a group must give the same order p.")));
			st2->order = q;
		}
		return st;
	}
	if (st->n == 0)
		return &circ_stats2_new(q)->base;
	return st;
}

/* Add or remove one row: first-order terms and, for version 2, of order q. */
static inline void
row2(CircStats *st, double x, double w, double period, bool remove)
{
	circ_add_row(st, x, w, period, remove);
}

/*
 * A transition function of version 2 states: order q, value, weight and
 * period from the arguments; a row with a NULL argument is skipped.
 */
#define CIRC_TRANS2_FN(name, qexpr, valexpr, wexpr, perexpr, remove) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	CircStats  *st; \
	if (circ_row_has_null(fcinfo)) \
		return circ_skip_null_row(fcinfo); \
	st = state2_for_update(fcinfo, (qexpr)); \
	row2(st, (valexpr), (wexpr), (perexpr), (remove)); \
	circ_canonical_empty(st);	/* rows of weight 0 only */ \
	PG_RETURN_POINTER(st); \
}

#define F8(n) PG_GETARG_FLOAT8(n)
#define TIMEH(n) circ_time_hours(PG_GETARG_TIMEADT(n))
#define P(n) ((int64) PG_GETARG_INT32(n))

/* Order 2: circular_stats_agg, circular_skewness, circular_kurtosis. */
CIRC_TRANS2_FN(circular_stats2_accum, 2, F8(1), 1.0, F8(2), false)
CIRC_TRANS2_FN(circular_stats2_accum_weighted, 2, F8(1), F8(2), F8(3), false)
CIRC_TRANS2_FN(circular_stats2_accum_time, 2, TIMEH(1), 1.0, 24.0, false)
CIRC_TRANS2_FN(circular_stats2_accum_time_weighted, 2, TIMEH(1), F8(2), 24.0, false)
CIRC_TRANS2_FN(circular_stats2_accum_angle, 2, F8(1), 1.0, 360.0, false)
CIRC_TRANS2_FN(circular_stats2_accum_angle_weighted, 2, F8(1), F8(2), 360.0, false)
CIRC_TRANS2_FN(circular_stats2_inv, 2, F8(1), 1.0, F8(2), true)
CIRC_TRANS2_FN(circular_stats2_inv_weighted, 2, F8(1), F8(2), F8(3), true)
CIRC_TRANS2_FN(circular_stats2_inv_time, 2, TIMEH(1), 1.0, 24.0, true)
CIRC_TRANS2_FN(circular_stats2_inv_time_weighted, 2, TIMEH(1), F8(2), 24.0, true)
CIRC_TRANS2_FN(circular_stats2_inv_angle, 2, F8(1), 1.0, 360.0, true)
CIRC_TRANS2_FN(circular_stats2_inv_angle_weighted, 2, F8(1), F8(2), 360.0, true)

/* Order p (an argument): circular_moment. */
CIRC_TRANS2_FN(circular_moment_accum, P(2), F8(1), 1.0, F8(3), false)
CIRC_TRANS2_FN(circular_moment_accum_weighted, P(3), F8(1), F8(2), F8(4), false)
CIRC_TRANS2_FN(circular_moment_accum_time, P(2), TIMEH(1), 1.0, 24.0, false)
CIRC_TRANS2_FN(circular_moment_accum_time_weighted, P(3), TIMEH(1), F8(2), 24.0, false)
CIRC_TRANS2_FN(circular_moment_accum_angle, P(2), F8(1), 1.0, 360.0, false)
CIRC_TRANS2_FN(circular_moment_accum_angle_weighted, P(3), F8(1), F8(2), 360.0, false)
CIRC_TRANS2_FN(circular_moment_inv, P(2), F8(1), 1.0, F8(3), true)
CIRC_TRANS2_FN(circular_moment_inv_weighted, P(3), F8(1), F8(2), F8(4), true)
CIRC_TRANS2_FN(circular_moment_inv_time, P(2), TIMEH(1), 1.0, 24.0, true)
CIRC_TRANS2_FN(circular_moment_inv_time_weighted, P(3), TIMEH(1), F8(2), 24.0, true)
CIRC_TRANS2_FN(circular_moment_inv_angle, P(2), F8(1), 1.0, 360.0, true)
CIRC_TRANS2_FN(circular_moment_inv_angle_weighted, P(3), F8(1), F8(2), 360.0, true)
