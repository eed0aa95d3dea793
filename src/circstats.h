/*
 * circstats.h
 *		The circular_stats state shared by the circ_*.c files.
 *
 * circ_wide.c: 256-bit integer arithmetic;
 * circ_accum.c: the fixed-point accumulation of rows: the per-row step and
 *		the transition / inverse transition functions (the hot path, kept in
 *		one file so that it inlines);
 * circ_batch.c: the expanded form of a transition state, which sums the
 *		sines and cosines of its rows in batches;
 * circ_agg.c: combine, inverse combine and final functions;
 * circ_state.c: validation and text/binary I/O of the type;
 * circ_stats.c: the statistics of a state and its accessors.
 */
#ifndef CIRCSTATS_H
#define CIRCSTATS_H

#include "fmgr.h"
#include "access/detoast.h"
#include "utils/expandeddatum.h"

#ifndef HAVE_INT128
#error "the circular statistics aggregates need a 128-bit integer type"
#endif

/* Unit of the fixed-point grid: 2^-GRID_SHIFT. */
#define GRID_SHIFT 144

#define CIRC_STATS_VERSION 1

/* A 256-bit two's-complement integer, least significant limb first. */
typedef struct Wide
{
	uint64		l[4];
} Wide;

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

#define DatumGetCircStats(d) ((CircStats *) PG_DETOAST_DATUM(d))
#define PG_GETARG_CIRCSTATS(n) DatumGetCircStats(PG_GETARG_DATUM(n))

/*
 * A transition state in the memory of a plain aggregate, as an expanded
 * object: up to CIRC_BATCH unweighted rows wait to be counted and summed
 * together.
 * Flattening sums them first, so the flat form is the same bits as if every
 * row had been added on its own.  The object fits in the first block of a
 * default-sized memory context (8 kB, recycled by PostgreSQL's freelist of
 * contexts), and there is only one at a time per aggregate.
 */
#define CIRC_BATCH 256

/* A plain aggregate's state is expanded once it has this many rows. */
#define CIRC_EXPAND_AFTER 64

typedef struct CircExpanded
{
	ExpandedObjectHeader hdr;
	CircStats	st;				/* the rows before the pending ones */
	double		fast_period;	/* 360 if rows of 360 go straight to the
								 * batch, else NaN */
	int			limit;			/* rows in the batch that trigger its sum:
								 * CIRC_BATCH, or fewer when n is near
								 * its limit */
	int			npending;
	double		pending[CIRC_BATCH];	/* circ_argument() of those rows */
} CircExpanded;

/* Is a negative? */
#define wide_neg(a) ((int64) (a)->l[3] < 0)
/* Is a zero? */
#define wide_zero(a) (((a)->l[0] | (a)->l[1] | (a)->l[2] | (a)->l[3]) == 0)

/*
 * a += t 2^64, for a signed 128-bit t: limbs 1 to 3, where a term of unit
 * weight and a count of unit weights land (circ_accum.c, circ_batch.c).
 */
static inline void
wide_add_at_limb1(Wide *a, int128 t)
{
	uint128		mid = ((uint128) a->l[2] << 64) | a->l[1];
	uint128		sum = mid + (uint128) t;

	a->l[1] = (uint64) sum;
	a->l[2] = (uint64) (sum >> 64);
	/* the carry, plus the sign extension of t */
	a->l[3] += (uint64) (sum < mid) + (t < 0 ? ~UINT64CONST(0) : 0);
}

/* k weights of 1 (2^144 grid units each, 2^80 at limb 1) as an int128. */
#define UNIT_WEIGHTS(k) ((int128) (k) * ((int128) 1 << (GRID_SHIFT - 64)))

/* circ_wide.c */
extern void wide_add(Wide *a, const Wide *b);
extern void wide_sub(Wide *a, const Wide *b);
extern Wide wide_negate(const Wide *a);
extern Wide wide_shifted(int128 p, int k);
extern double wide_to_double(const Wide *a);
extern void wide_to_dd(const Wide *a, double *hi, double *lo);
extern int	wide_cmp(const Wide *a, const Wide *b);
extern bool wide_abs_le(const Wide *a, const Wide *b);

/* circ_accum.c */
extern CircStats *circ_state_for_update(FunctionCallInfo fcinfo, int argno);
extern void circ_mixed_periods(double a, double b);
extern void circ_check_w_range(const CircStats *st);
extern void circ_reset(CircStats *st);

extern void circ_batch_scalar(const double *u, int n, bool degrees,
							  Wide *s, Wide *c);

/* circ_batch.c */
extern const ExpandedObjectMethods circ_expanded_methods;
extern Datum circ_expand(const CircStats *st, MemoryContext parent);
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

/* circ_state.c */
extern CircStats *circ_stats_new(void);
extern void circ_check_removal(const CircStats *st);

#endif							/* CIRCSTATS_H */
