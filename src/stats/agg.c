/*
 * agg.c
 *		Combine, inverse combine and final functions of the circular
 *		statistics aggregates.
 *
 * The aggregate state is the SQL type circular_stats itself (a 128-byte
 * varlena), so partial aggregation needs no serialisation functions, and
 * the same value can be stored in rollup tables and merged later.  Merging
 * adds the exact sums, so it gives the same bits as aggregating the rows
 * at once.
 */
#include "postgres.h"

#include <string.h>

#include "common/int.h"
#include "fmgr.h"

#include "circstats.h"
#include "errors.h"

/* Add (sign 1) or subtract (sign -1) state b into state a. */
static void
circ_merge(CircStats *a, const CircStats *b, int sign)
{
	if (b->n == 0)
		return;
	if (a->n > 0 && a->period != b->period)
		angle_error_mixed_periods(a->period, b->period);
	if (sign > 0)
	{
		if (pg_add_s64_overflow(a->n, b->n, &a->n) ||
			pg_add_s64_overflow(a->nnan, b->nnan, &a->nnan))
			angle_error_row_count();
		wide_add(&a->s, &b->s);
		wide_add(&a->c, &b->c);
		wide_add(&a->w, &b->w);
		circ_check_w_range(a);
		a->period = b->period;
	}
	else
	{
		/*
		 * Removing what was added before gives a valid state; the counts
		 * are checked first so that they cannot wrap.
		 */
		if (b->n > a->n || b->nnan > a->nnan || a->n == 0)
			angle_error_bad_removal("The state to remove counts more rows than the state it is removed from.");
		a->n -= b->n;
		a->nnan -= b->nnan;
		wide_sub(&a->s, &b->s);
		wide_sub(&a->c, &b->c);
		wide_sub(&a->w, &b->w);
		/* sums that were not part of a (direct calls only) are refused */
		circ_check_removal(a);
		if (a->n == 0)
			circ_reset(a);
	}
}

PG_FUNCTION_INFO_V1(circular_stats_combine);

/* Combine function: merge two states (parallel workers, rollups). */
Datum
circular_stats_combine(PG_FUNCTION_ARGS)
{
	CircStats  *a = circ_state_for_update(fcinfo, 0);
	CircStats  *b = PG_GETARG_CIRCSTATS(1);

	circ_merge(a, b, 1);
	PG_RETURN_POINTER(a);
}

PG_FUNCTION_INFO_V1(circular_stats_combine_inv);

/* Inverse of circular_stats_combine, for moving windows of merged states. */
Datum
circular_stats_combine_inv(PG_FUNCTION_ARGS)
{
	CircStats  *a = circ_state_for_update(fcinfo, 0);
	CircStats  *b = PG_GETARG_CIRCSTATS(1);

	circ_merge(a, b, -1);
	PG_RETURN_POINTER(a);
}

PG_FUNCTION_INFO_V1(circular_stats_final);

/* Final function of circular_stats_agg: NULL for an empty group. */
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
