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

/*
 * The same for the sums of order q of two version 2 states of that order,
 * after circ_merge() of their first-order parts (which checked the
 * counts).  An emptied state is reset.
 */
static void
circ_merge2(CircStats2 *a, const CircStats2 *b, int sign)
{
	const char *why;

	if (sign > 0)
	{
		wide_add(&a->sq, &b->sq);
		wide_add(&a->cq, &b->cq);
		return;
	}
	wide_sub(&a->sq, &b->sq);
	wide_sub(&a->cq, &b->cq);
	if (a->base.n == 0)
		why = (wide_zero(&a->sq) && wide_zero(&a->cq)) ? NULL :
			"No row would remain, but the sums of order q would not be zero.";
	else
		why = circ_stats2_invalid(a);
	if (why != NULL)
		angle_error_bad_removal(why);
}

/* Drop the sums of order q: a becomes the version 1 state of its rows. */
static void
circ_to_v1(CircStats *a)
{
	a->version = CIRC_STATS_VERSION;
	SET_VARSIZE(a, CIRC_STATS_SIZE);
}

/*
 * Merge (sign 1) or remove (sign -1) state b into or from state a, which
 * is ours to update; returns the result, a or a new state.  Versions: the
 * result has sums of order q only if both states have them, for the same
 * q, or if one is empty and the other has them (an empty state's sums of
 * every order are known: zero).  Otherwise it is the version 1 state of
 * the rows, as if their second sums had never been kept.  An empty result
 * is the empty state of version 1.
 */
CircStats *
circ_merge_versions(CircStats *a, const CircStats *b, int sign)
{
	bool		v2a = CIRC_IS_V2(a),
				v2b = CIRC_IS_V2(b);

	if (v2a && v2b &&
		((const CircStats2 *) a)->order == ((const CircStats2 *) b)->order)
	{
		circ_merge(a, b, sign);
		if (b->n > 0)
			circ_merge2((CircStats2 *) a, (const CircStats2 *) b, sign);
		circ_canonical_empty(a);
		return a;
	}
	if (v2b && a->n == 0 && sign > 0 && b->n > 0)
	{
		/* an empty a takes b's version and order */
		CircStats2 *r = palloc(CIRC_STATS2_SIZE);

		memcpy(r, b, CIRC_STATS2_SIZE);
		return &r->base;
	}
	circ_merge(a, b, sign);
	if (v2a && b->n > 0)
		circ_to_v1(a);			/* also the emptied state */
	return a;
}

PG_FUNCTION_INFO_V1(circular_stats_combine);

/* Combine function: merge two states (parallel workers, rollups). */
Datum
circular_stats_combine(PG_FUNCTION_ARGS)
{
	CircStats  *a = circ_state_for_update(fcinfo, 0);
	CircStats  *b = PG_GETARG_CIRCSTATS(1);

	PG_RETURN_POINTER(circ_merge_versions(a, b, 1));
}

PG_FUNCTION_INFO_V1(circular_stats_combine_inv);

/* Inverse of circular_stats_combine, for moving windows of merged states. */
Datum
circular_stats_combine_inv(PG_FUNCTION_ARGS)
{
	CircStats  *a = circ_state_for_update(fcinfo, 0);
	CircStats  *b = PG_GETARG_CIRCSTATS(1);

	PG_RETURN_POINTER(circ_merge_versions(a, b, -1));
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
	copy = palloc(VARSIZE(st));
	memcpy(copy, st, VARSIZE(st));
	PG_RETURN_POINTER(copy);
}
