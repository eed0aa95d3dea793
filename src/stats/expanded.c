/*
 * expanded.c
 *		The expanded form of a circular_stats transition state: up to
 *		CIRC_BATCH unweighted rows (or CIRC_WBATCH weighted ones) wait, are
 *		counted and have their terms summed together by the batch kernels
 *		(numerics/batch.c, numerics/wbatch.c).
 *
 * A plain aggregate's state becomes an expanded object in the aggregate's
 * memory once it has CIRC_EXPAND_AFTER rows (accum.c).  The kernels add
 * the same grid values as the per-row step, and integer sums do not depend
 * on the order: every result is the same bits as without batching.
 */
#include "postgres.h"

#include <math.h>

#include "utils/float.h"
#include "utils/memutils.h"

#include "circstats.h"
#include "numerics/batch.h"
#include "numerics/trig.h"

StaticAssertDecl(sizeof(CircExpanded) <= 4096,
				 "an expanded circular_stats fits a 4 kB chunk");

static Size circ_get_flat_size(ExpandedObjectHeader *eohptr);
static void circ_flatten_into(ExpandedObjectHeader *eohptr,
							  void *result, Size allocated_size);

const ExpandedObjectMethods circ_expanded_methods = {
	circ_get_flat_size,
	circ_flatten_into
};

/*
 * An expanded copy of st in a new child context of parent, whose batch
 * takes weighted rows or else unweighted ones.
 */
Datum
circ_expand(const CircStats *st, MemoryContext parent, bool weighted)
{
	MemoryContext cxt = AllocSetContextCreate(parent, "circular_stats",
											  ALLOCSET_DEFAULT_SIZES);
	CircExpanded *e = MemoryContextAlloc(cxt, sizeof(CircExpanded));

	EOH_init_header(&e->hdr, &circ_expanded_methods, cxt);
	memcpy(&e->st, st, CIRC_STATS_SIZE);
	e->npending = 0;
	e->weighted = weighted;
	circ_rearm(e);
	return EOHPGetRWDatum(&e->hdr);
}

/* The flat size of an expanded state. */
static Size
circ_get_flat_size(ExpandedObjectHeader *eohptr)
{
	return CIRC_STATS_SIZE;
}

/* Flatten an expanded state, summing its pending terms first. */
static void
circ_flatten_into(ExpandedObjectHeader *eohptr, void *result,
				  Size allocated_size)
{
	CircExpanded *e = (CircExpanded *) eohptr;

	Assert(allocated_size == CIRC_STATS_SIZE);
	circ_flush(e);
	memcpy(result, &e->st, CIRC_STATS_SIZE);
	SET_VARSIZE(result, CIRC_STATS_SIZE);
}



/* Count an expanded state's pending rows and sum their terms. */
void
circ_flush(CircExpanded *e)
{
	bool		degrees = circ_period_in_degrees(e->st.period);
	CircStats  *st = &e->st;

	if (e->npending == 0)
		return;
	/* their count and weights (W stays in range: see circ_rearm()) */
	st->n += e->npending;
	if (e->weighted)
		circ_batch_weighted(e->pending, e->npending, degrees,
							&st->s, &st->c, &st->w);
	else
	{
		wide_add_at_limb1(&st->w, UNIT_WEIGHTS(e->npending));
		circ_batch_sum(e->pending, e->npending, degrees, &st->s, &st->c);
	}
	e->npending = 0;
	circ_rearm(e);
}

/*
 * Set the size of the next batch, so that n cannot pass 2^63 - 1 inside
 * it, and which rows may take the shortest path into it: those of the
 * state's period, unweighted or weighted as the batch is.  A weighted
 * batch needs W < 2^253 (top limb below 2^61): its CIRC_WBATCH terms are
 * each below 2^244 grid units (weights below 2^100), so W stays below
 * 2^253 + 2^251 < 2^254 and the per-row range check could not fail inside
 * it; a larger W sends every weighted row to the checked per-row step.
 * (Unweighted batches add 2^152 at most, and n bounds their number.)
 */
void
circ_rearm(CircExpanded *e)
{
	int64		room = PG_INT64_MAX - e->st.n;
	int			size = e->weighted ? CIRC_WBATCH : CIRC_BATCH;
	bool		open = room > 0 && e->st.n > 0;

	e->limit = room < size ? (int) room : size;
	e->fast_period = (open && !e->weighted) ?
		e->st.period : get_float8_nan();
	e->wperiod = (open && e->weighted &&
				  e->st.w.l[3] < (UINT64CONST(1) << 61)) ?
		e->st.period : get_float8_nan();
}
