/*
 * expanded.c
 *		The expanded form of a circular_stats transition state: up to
 *		CIRC_BATCH unweighted rows wait, are counted and have their terms
 *		summed together by the batch kernels (numerics/batch.c).
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

/* An expanded copy of st in a new child context of parent. */
Datum
circ_expand(const CircStats *st, MemoryContext parent)
{
	MemoryContext cxt = AllocSetContextCreate(parent, "circular_stats",
											  ALLOCSET_DEFAULT_SIZES);
	CircExpanded *e = MemoryContextAlloc(cxt, sizeof(CircExpanded));

	EOH_init_header(&e->hdr, &circ_expanded_methods, cxt);
	memcpy(&e->st, st, CIRC_STATS_SIZE);
	e->npending = 0;
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
	/* their count and weights (W stays in range: see circ_trans_slow()) */
	st->n += e->npending;
	wide_add_at_limb1(&st->w, UNIT_WEIGHTS(e->npending));
	circ_batch_sum(e->pending, e->npending, degrees, &st->s, &st->c);
	e->npending = 0;
	circ_rearm(e);
}

/*
 * Set the size of the next batch, so that n cannot pass 2^63 - 1 inside
 * it, and whether rows of 360 may take the shortest path into it.
 */
void
circ_rearm(CircExpanded *e)
{
	int64		room = PG_INT64_MAX - e->st.n;

	e->limit = room < CIRC_BATCH ? (int) room : CIRC_BATCH;
	e->fast_period = (e->limit > 0 && e->st.period == 360.0) ?
		360.0 : get_float8_nan();
}
