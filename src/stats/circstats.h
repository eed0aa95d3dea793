/*
 * circstats.h
 *		The circular_stats state shared by the files of src/stats/.
 *
 * accum.c: the accumulation of rows: the per-row step and the transition /
 *		inverse transition functions (the hot path, kept in one file so that
 *		it inlines; the grid arithmetic is numerics/grid.h);
 * expanded.c: the expanded form of a transition state, which sums the
 *		terms of its rows in batches (numerics/batch.c, and wbatch.c for
 *		weighted rows);
 * agg.c: combine, inverse combine and final functions;
 * state.c: validation and text/binary I/O of the type;
 * stats.c: the statistics of a state and its accessors;
 * sums.c: the total weight and the mean resultant vector;
 * compare.c: equality, order and hashing of states;
 * zone.c: the transition functions of timestamps in a named time zone;
 * accum2.c: the transition functions that build version 2 states (with
 *		the sums of one more order, for moments, skewness and kurtosis);
 * terms2.c: a row's terms of order q;
 * moments.c: the statistics that need them (trigonometric moments,
 *		skewness, kurtosis, confidence interval of the mean direction);
 * mean_ci.c: the circular_mean_ci aggregates, whose internal state is a
 *		version 2 state and the confidence level.
 * The 256-bit sums are numerics/wide.c.
 */
#ifndef CIRCSTATS_H
#define CIRCSTATS_H

#include "fmgr.h"
#include "access/detoast.h"
#include "datatype/timestamp.h"
#include "utils/date.h"
#include "utils/expandeddatum.h"

#include "numerics/grid.h"
#include "numerics/wide.h"

#ifndef HAVE_INT128
#error "the circular statistics aggregates need a 128-bit integer type"
#endif

#define CIRC_STATS_VERSION 1
#define CIRC_STATS_VERSION2 2

/* The largest order q of the sums of a version 2 state. */
#define CIRC_MAX_ORDER 1000000

/* The circular_stats type and aggregate state (fixed 128-byte varlena). */
typedef struct CircStats
{
	int32		vl_len_;		/* varlena header (do not touch directly) */
	uint8		version;		/* CIRC_STATS_VERSION */
	uint8		pad[3];			/* always zero */
	float8		period;			/* 0 while no row has been counted */
	int64		n;				/* rows counted (weight > 0), NaN rows too */
	int64		nnan;			/* rows whose value was NaN */
	Wide		s;				/* sum of w sin x, in units of 2^-144 */
	Wide		c;				/* sum of w cos x */
	Wide		w;				/* sum of w */
} CircStats;

#define CIRC_STATS_SIZE ((int) sizeof(CircStats))

/*
 * A version 2 state (a 200-byte varlena): a version 1 state, with version
 * 2, followed by the exact sums of w sin qx and w cos qx of the same rows,
 * on the same grid, for one order q (2 for circular_stats_agg, p for
 * circular_moment).  The transition functions of accum2.c start them from
 * an empty state; every row added to or removed from one (by any
 * transition function: accum.c sends their rows to the general step)
 * updates the sums of order q (terms2.c).  A state has them only if every
 * row it counts had them (agg.c); an empty state is always version 1.
 */
typedef struct CircStats2
{
	CircStats	base;			/* base.version is CIRC_STATS_VERSION2 */
	int64		order;			/* q, in [1, CIRC_MAX_ORDER] */
	Wide		sq;				/* sum of w sin qx, in units of 2^-144 */
	Wide		cq;				/* sum of w cos qx */
} CircStats2;

#define CIRC_STATS2_SIZE ((int) sizeof(CircStats2))

/* Is a (detoasted) state of version 2? */
#define CIRC_IS_V2(st) ((st)->version == CIRC_STATS_VERSION2)

#define DatumGetCircStats(d) ((CircStats *) PG_DETOAST_DATUM(d))
#define PG_GETARG_CIRCSTATS(n) DatumGetCircStats(PG_GETARG_DATUM(n))

/*
 * A transition state in the memory of a plain aggregate, as an expanded
 * object: up to CIRC_BATCH unweighted rows, or CIRC_WBATCH weighted ones
 * (as pairs of argument and weight), wait to be counted and summed
 * together.
 * Flattening sums them first, so the flat form is the same bits as if every
 * row had been added on its own.  The object fits in the first block of a
 * default-sized memory context (8 kB, recycled by PostgreSQL's freelist of
 * contexts), and there is only one at a time per aggregate.
 */
#define CIRC_BATCH 256

/* Weighted rows in a batch: pairs in the same array. */
#define CIRC_WBATCH (CIRC_BATCH / 2)

/* A plain aggregate's state is expanded once it has this many rows. */
#define CIRC_EXPAND_AFTER 64

typedef struct CircExpanded
{
	ExpandedObjectHeader hdr;
	CircStats	st;				/* the rows before the pending ones */
	double		fast_period;	/* the period of the unweighted rows that
								 * go straight to the batch, else NaN */
	double		wperiod;		/* the same for weighted rows */
	bool		weighted;		/* does the batch take weighted rows? */
	int			limit;			/* rows in the batch that trigger its sum:
								 * CIRC_BATCH (CIRC_WBATCH if weighted),
								 * or fewer when n is near its limit */
	int			npending;
	double		pending[CIRC_BATCH];	/* circ_argument() of those rows, or
										 * pairs of it and the weight */
} CircExpanded;

/* A time of day as hours, for the 24-hour circle. */
static inline double
circ_time_hours(TimeADT t)
{
	return (double) t / (double) USECS_PER_HOUR;
}

/*
 * Is an argument other than the state NULL?  (A transition function then
 * skips the row, as a strict one would.)
 */
static pg_attribute_always_inline bool
circ_row_has_null(FunctionCallInfo fcinfo)
{
	for (int i = 1; i < PG_NARGS(); i++)
		if (PG_ARGISNULL(i))
			return true;
	return false;
}

/* accum.c */
extern CircStats *circ_state_for_update(FunctionCallInfo fcinfo, int argno);
extern void circ_check_w_range(const CircStats *st);
extern void circ_reset(CircStats *st);
extern void circ_add_row(CircStats *st, double x, double w, double period,
						 bool remove);

/* expanded.c */
extern const ExpandedObjectMethods circ_expanded_methods;
extern Datum circ_expand(const CircStats *st, MemoryContext parent,
						 bool weighted);
extern void circ_flush(CircExpanded *e);
extern void circ_rearm(CircExpanded *e);

/* Our expanded state, if d is a read-write pointer to one, else NULL. */
static inline CircExpanded *
circ_expanded_rw(Datum d)
{
	Pointer		p = DatumGetPointer(d);

	if (VARATT_IS_EXTERNAL_EXPANDED_RW(p))
	{
		varatt_expanded ptr;

		/* DatumGetEOHP(), inline */
		VARATT_EXTERNAL_GET_POINTER(ptr, p);
		if (ptr.eohptr->eoh_methods == &circ_expanded_methods)
			return (CircExpanded *) ptr.eohptr;
	}
	return NULL;
}

/* state.c */
extern CircStats *circ_stats_new(void);
extern void circ_check_removal(const CircStats *st);
extern Datum circ_skip_null_row(FunctionCallInfo fcinfo);
extern const char *circ_stats2_invalid(const CircStats2 *st);
extern CircStats2 *circ_stats2_new(int64 order);
extern void circ_canonical_empty(CircStats *st);

/* terms2.c */
extern void circ_row_q(CircStats *st, double x, double w, double period,
					   bool remove);

/* agg.c */
extern CircStats *circ_merge_versions(CircStats *a, const CircStats *b,
									  int sign);

/* moments.c */
extern void circ_check_level(double level);
extern Datum circ_mean_ci_datum(FunctionCallInfo fcinfo, const CircStats *st,
								double level);

/* accum2.c: the time-of-day transition functions, for zone.c */
extern Datum circular_stats2_accum_time(PG_FUNCTION_ARGS);
extern Datum circular_stats2_accum_time_weighted(PG_FUNCTION_ARGS);
extern Datum circular_stats2_inv_time(PG_FUNCTION_ARGS);
extern Datum circular_stats2_inv_time_weighted(PG_FUNCTION_ARGS);

/* accum.c: the time-of-day transition functions, for zone.c */
extern Datum circular_stats_accum_time(PG_FUNCTION_ARGS);
extern Datum circular_stats_accum_time_weighted(PG_FUNCTION_ARGS);
extern Datum circular_stats_inv_time(PG_FUNCTION_ARGS);
extern Datum circular_stats_inv_time_weighted(PG_FUNCTION_ARGS);

#endif							/* CIRCSTATS_H */
