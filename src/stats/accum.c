/*
 * accum.c
 *		The exact accumulation of rows into a circular_stats state: grid
 *		values, the per-row step and the transition and inverse transition
 *		functions (the hot path, in one file so that it inlines).
 *
 * Every row contributes w*sin(x), w*cos(x) and w (w = 1 when unweighted).
 * Each contribution is formed exactly as an integer product of the double
 * mantissas and rounded once, on its own, to a fixed-point grid whose unit
 * is 2^-144; the grid values are summed in 256-bit two's-complement
 * integers.  Integer addition is associative, so the sums, and therefore
 * every result, are bit-identical whatever the row order, the plan (serial,
 * parallel, merged rollups) or the window frame history: the inverse
 * transition is an exact integer subtraction.
 *
 * The unweighted row of a state that already has rows of its period takes
 * a fast path: a sine or cosine of magnitude at least 2^-28 (all but
 * about one row in 10^8 of spread data) is on the grid exactly, its grid
 * value is read off the bits of the double and added to the upper three
 * limbs in straight-line code; nothing is allocated or re-validated.  It
 * gives the same bits as the general path, which handles everything else
 * (first row, NaN, weights, tiny or zero terms, errors, and every row of
 * a version 2 state, whose terms of order q terms2.c adds).  Once the state of
 * an aggregate without GROUP BY or with sorted groups has 64 rows, it is
 * expanded and its rows of its period (finite values; for weighted rows,
 * valid nonzero weights, checked here) are only kept here: expanded.c
 * counts them and sums their terms, 256 unweighted or 128 weighted rows
 * at a time, to the same bits.  The grid arithmetic is numerics/grid.h,
 * inline here.
 *
 * The transition functions are not strict: a row with a NULL is skipped,
 * as by a strict function, and a NULL state starts a new one.
 */
#include "postgres.h"

#include <float.h>
#include <math.h>
#include <string.h>

#include "fmgr.h"
#include "nodes/execnodes.h"
#include "utils/date.h"
#include "utils/timestamp.h"

#include "circstats.h"
#include "errors.h"
#include "numerics/circular.h"
#include "numerics/grid.h"
#include "numerics/trig.h"

/* Nonzero weights must lie in [2^WEIGHT_MIN_EXP, 2^WEIGHT_MAX_EXP). */
#define WEIGHT_MIN_EXP (-80)
#define WEIGHT_MAX_EXP 100

StaticAssertDecl(sizeof(CircStats) == 128, "circular_stats is 128 bytes");

/* ---------- state handling and checks ---------- */

/* A copy of a state to update, for direct (non-aggregate) calls. */
static pg_noinline CircStats *
circ_state_copy(FunctionCallInfo fcinfo, int argno)
{
	CircStats  *st = PG_GETARG_CIRCSTATS(argno);
	CircStats  *copy = palloc(VARSIZE(st));

	memcpy(copy, st, VARSIZE(st));
	return copy;
}

/*
 * The transition state to update: in place when called as an aggregate
 * (the state is then our private copy), otherwise a fresh copy.  *ctx is
 * AggCheckCallContext()'s answer (0 for a copy) and *aggcxt the aggregate's
 * memory.
 */
static inline CircStats *
state_for_update_in(FunctionCallInfo fcinfo, int argno, int *ctx,
					MemoryContext *aggcxt)
{
	Pointer		p = DatumGetPointer(PG_GETARG_DATUM(argno));

	if (unlikely(PG_ARGISNULL(argno)))
	{
		*ctx = 0;				/* a NULL state: start one */
		return circ_stats_new();
	}
	if (likely(!VARATT_IS_EXTENDED(p)) &&
		(*ctx = AggCheckCallContext(fcinfo, aggcxt)) != 0)
		return (CircStats *) p;
	*ctx = 0;
	return circ_state_copy(fcinfo, argno);
}

/* state_for_update_in(), when the context does not matter. */
static inline CircStats *
state_for_update(FunctionCallInfo fcinfo, int argno)
{
	int			ctx;
	MemoryContext aggcxt;

	return state_for_update_in(fcinfo, argno, &ctx, &aggcxt);
}

/*
 * The state to update for the other files (agg.c, accum2.c): in place in
 * an aggregate, else a copy of the same version and size.
 */
CircStats *
circ_state_for_update(FunctionCallInfo fcinfo, int argno)
{
	Pointer		p = DatumGetPointer(PG_GETARG_DATUM(argno));
	MemoryContext aggcxt;
	CircStats  *st,
			   *copy;

	if (PG_ARGISNULL(argno))
		return circ_stats_new();
	if (!VARATT_IS_EXTENDED(p) && AggCheckCallContext(fcinfo, &aggcxt) != 0)
		return (CircStats *) p;
	st = PG_GETARG_CIRCSTATS(argno);
	copy = palloc(VARSIZE(st));
	memcpy(copy, st, VARSIZE(st));
	return copy;
}

/* Forget everything: the state of no rows. */
void
circ_reset(CircStats *st)
{
	memset(((char *) st) + offsetof(CircStats, period), 0,
		   CIRC_STATS_SIZE - offsetof(CircStats, period));
}

/* Reject a period that is not a positive finite number. */
static inline void
check_period(double period)
{
	if (unlikely(!circ_period_ok(period)))
		angle_error_invalid_period(period);
}

/* Error for a W sum that would leave its range. */
static pg_noinline void
weight_overflow(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("total weight is out of range"),
			 errdetail("The sum of the weights of a group must be less than 2^110.")));
}

/* W is at most 2^254 - 1: its top limb is below 2^62. */
static inline void
check_w_range(const CircStats *st)
{
	if (unlikely(st->w.l[3] >= (UINT64CONST(1) << 62)))
		weight_overflow();
}

/* check_w_range for the other files. */
void
circ_check_w_range(const CircStats *st)
{
	check_w_range(st);
}

/* Validate a weight; returns false when the row must be ignored (w = 0). */
static inline bool
check_weight(double w)
{
	if (unlikely(isnan(w) || isinf(w) || w < 0.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("weight must be a nonnegative finite number"),
				 errdetail("The weight argument was %s.", angle_double_text(w))));
	if (w == 0.0)
		return false;
	if (unlikely(w < ldexp(1.0, WEIGHT_MIN_EXP) ||
				 w >= ldexp(1.0, WEIGHT_MAX_EXP)))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("weight is out of range"),
				 errdetail("Nonzero weights must lie between 2^-80 and 2^100, but %s was given.",
						   angle_double_text(w))));
	return true;
}

/*
 * Is w a valid nonzero weight, in [2^WEIGHT_MIN_EXP, 2^WEIGHT_MAX_EXP)?  Its
 * bits' sign and biased exponent, in one unsigned comparison: true exactly
 * when check_weight() would return true (NaN and infinities have exponent
 * 2047, negative numbers the sign bit).
 */
static pg_attribute_always_inline bool
weight_in_range(double w)
{
	uint64		bits;

	memcpy(&bits, &w, sizeof(bits));
	return (bits >> 52) - (uint64) (1023 + WEIGHT_MIN_EXP) <
		(uint64) (WEIGHT_MAX_EXP - WEIGHT_MIN_EXP);
}

/* ---------- the per-row step ---------- */

#define ADD_ROW ((uint64) 0)
#define REMOVE_ROW (~(uint64) 0)

/*
 * Add (flip = 0) or remove (flip all ones) one row of value x (in a circle
 * of the given period) and weight w: the general path, with every check.
 */
static pg_noinline void
circ_step_body(CircStats *st, double x, double w, double period, uint64 flip)
{
	int64		sign = (int64) (flip | 1);
	double		s,
				c;
	int64_t		ms,
				mc,
				mw;
	int			es,
				ec,
				ew;
	uint64		t[4],
				neg;

	check_period(period);
	if (w != 1.0 && !check_weight(w))
		return;
	if (unlikely(isinf(x)))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("input is out of range"),
				 errdetail("Circular statistics need finite values, but %s was given.",
						   angle_double_text(x))));
	if (st->n > 0 && st->period != period)
		angle_error_mixed_periods(st->period, period);
	if (unlikely(!flip && st->n == PG_INT64_MAX))
		angle_error_row_count();

	if (isnan(x))
		st->nnan += sign;
	else
	{
		circ_sincos_inline(x, period, &s, &c);
		split_double(w, &mw, &ew);
		split_double(s, &ms, &es);
		split_double(c, &mc, &ec);
		neg = grid_term(ms, es, mw, ew, t);
		wide_add_limbs(&st->s, t[0], t[1], t[2], t[3], neg ^ flip);
		neg = grid_term(mc, ec, mw, ew, t);
		wide_add_limbs(&st->c, t[0], t[1], t[2], t[3], neg ^ flip);
		neg = grid_term(1, 0, mw, ew, t);
		wide_add_limbs(&st->w, t[0], t[1], t[2], t[3], neg ^ flip);
		if (!flip)
			check_w_range(st);
	}
	st->n += sign;
	if (flip)
		circ_check_removal(st);
	if (st->n > 0)
		st->period = period;
	else
		circ_reset(st);			/* the frame is empty again */
}

/*
 * The general step; for a version 2 state (whose rows all come here), then
 * the row's terms of order q (terms2.c).  The common case is a tail call.
 */
static pg_noinline void
circ_step(CircStats *st, double x, double w, double period, uint64 flip)
{
	if (unlikely(CIRC_IS_V2(st)))
	{
		circ_step_body(st, x, w, period, flip);
		circ_row_q(st, x, w, period, flip != 0);
		return;
	}
	circ_step_body(st, x, w, period, flip);
}

/*
 * One row: the fast path for an unweighted finite value of the state's
 * period (and, when removing, a state that stays nonempty), else the
 * general step.  Both give the same bits.
 */
static pg_attribute_always_inline void
circ_row(CircStats *st, double x, double w, double period, uint64 flip)
{
	double		s,
				c;

	if (likely(w == 1.0 && period == st->period &&
			   st->n > (flip ? 1 : 0) && st->n < PG_INT64_MAX &&
			   fabs(x) <= DBL_MAX && !CIRC_IS_V2(st)))
	{
		circ_sincos_inline(x, period, &s, &c);
		grid_add_unit(&st->s, s, flip);
		grid_add_unit(&st->c, c, flip);
		wide_add_at_limb1(&st->w, UNIT_WEIGHTS(flip ? -1 : 1));
		if (!flip)
			check_w_range(st);
		st->n += (int64) (flip | 1);
		/* only a direct call can remove a row that was never added */
		if (flip)
			circ_check_removal(st);
	}
	else
		circ_step(st, x, w, period, flip);
}

/*
 * circ_row() for accum2.c: add or remove one row, with its terms of order
 * q for a version 2 state (which always takes the general step).
 */
ANGLE_FMA_CLONES void
circ_add_row(CircStats *st, double x, double w, double period, bool remove)
{
	circ_row(st, x, w, period, remove ? REMOVE_ROW : ADD_ROW);
}

/* ---------- transition and inverse transition functions ---------- */

#define ADD ((uint64) 0)
#define REMOVE (~(uint64) 0)

/*
 * Does the aggregate calling us keep one group's state at a time (no GROUP
 * BY, or sorted groups)?  A hash table keeps all groups, and expanding
 * thousands of them would multiply its memory and its cache misses.
 */
static bool
one_live_group(FunctionCallInfo fcinfo)
{
	AggState   *agg = (AggState *) fcinfo->context;

	return IsA(agg, AggState) &&
		(agg->aggstrategy == AGG_PLAIN || agg->aggstrategy == AGG_SORTED);
}

/*
 * A row of weight w (weighted: from a weighted transition function) into
 * a flat state, or, when e is not NULL, into an expanded state that cannot
 * batch it.  A plain or sorted aggregate's flat state that has grown to
 * CIRC_EXPAND_AFTER rows comes back expanded, in the aggregate's memory,
 * where later rows find it; window aggregates stay flat, as their final
 * functions read the state after every row.  Out of line, with an FMA clone
 * for the sine and cosine of window rows.
 */
static ANGLE_FMA_CLONES_NOINLINE Datum
circ_trans_slow(FunctionCallInfo fcinfo, CircExpanded *e, double x,
				double w, double period, bool weighted)
{
	MemoryContext aggcxt;
	CircStats  *st;
	int			ctx;

	if (e != NULL)
	{
		circ_flush(e);
		circ_row(&e->st, x, w, period, ADD);
		e->weighted = weighted;	/* the next batch takes rows like this one */
		circ_rearm(e);			/* n has moved */
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	st = state_for_update_in(fcinfo, 0, &ctx, &aggcxt);
	circ_row(st, x, w, period, ADD);
	/* W < 2^253: the batches' unchecked weights cannot reach 2^254 */
	if (ctx == AGG_CONTEXT_AGGREGATE && st->n >= CIRC_EXPAND_AFTER &&
		!CIRC_IS_V2(st) &&
		st->w.l[3] < (UINT64CONST(1) << 61) && one_live_group(fcinfo))
		return circ_expand(st, aggcxt, weighted);
	PG_RETURN_POINTER(st);
}

/* Keep a row's circ_argument() in the batch; is the batch now full? */
static pg_attribute_always_inline bool
batch_push(CircExpanded *e, double u)
{
	e->pending[e->npending++] = u;
	return e->npending == e->limit;
}

/* Keep a weighted row's circ_argument() and weight; is the batch full? */
static pg_attribute_always_inline bool
batch_push_weighted(CircExpanded *e, double u, double w)
{
	e->pending[2 * e->npending] = u;
	e->pending[2 * e->npending + 1] = w;
	return ++e->npending == e->limit;
}

/*
 * Keep a batchable row of a period given at run time other than 360 (w is
 * NaN for an unweighted row), then d: out of line and a tail call, so that
 * the transition functions stay leaves for 360.
 */
static pg_noinline Datum
circ_push_other(CircExpanded *e, Datum d, double x, double w, double period)
{
	double		u = circ_argument(x, period);

	if (isnan(w) ? batch_push(e, u) : batch_push_weighted(e, u, w))
		circ_flush(e);
	return d;
}

/*
 * Is the period of a batchable row one that the transition function must
 * hand to circ_push_other()?  A constant period (24, 360) is reduced
 * inline by circ_argument(), which folds to a few instructions.
 */
#define PERIOD_OUT_OF_LINE(period) \
	(!__builtin_constant_p(period) && unlikely((period) != 360.0))

/* circ_argument() of a row whose period is constant or 360. */
#define INLINE_ARGUMENT(x, period) \
	(__builtin_constant_p(period) ? circ_argument((x), (period)) : (x))

/* circ_flush(), then d: a tail call for the transition functions. */
static pg_noinline Datum
circ_flush_datum(CircExpanded *e, Datum d)
{
	circ_flush(e);
	return d;
}

/*
 * The transition function of an unweighted aggregate.  Its common path, a
 * row of the state's period into an expanded state's batch, is a leaf that
 * only checks the value and keeps its circ_argument() (x itself for 360):
 * circ_flush() counts and sums the batch.
 */
#define CIRC_TRANS_UNIT_FN(name, valexpr, perexpr) \
PG_FUNCTION_INFO_V1(name); \
ANGLE_FMA_CLONES Datum \
name(PG_FUNCTION_ARGS) \
{ \
	Datum		d = PG_GETARG_DATUM(0); \
	CircExpanded *e; \
	double		x, \
				period; \
\
	if (unlikely(circ_row_has_null(fcinfo))) \
		return circ_skip_null_row(fcinfo); \
	e = PG_ARGISNULL(0) ? NULL : circ_expanded_rw(d); \
	x = (valexpr); \
	period = (perexpr); \
	if (likely(e != NULL)) \
	{ \
		if (likely(period == e->fast_period && fabs(x) <= DBL_MAX)) \
		{ \
			if (PERIOD_OUT_OF_LINE(period)) \
				return circ_push_other(e, d, x, NAN, period); \
			if (unlikely(batch_push(e, INLINE_ARGUMENT(x, period)))) \
				return circ_flush_datum(e, d); \
			return d; \
		} \
	} \
	return circ_trans_slow(fcinfo, e, x, 1.0, period, false); \
}

/*
 * The transition function of a weighted aggregate.  Its common path, a row
 * of the state's period into an expanded state's batch, checks that the
 * weight is valid and nonzero and the value finite and keeps the pair of
 * its circ_argument() and the weight.  A zero weight ignores the row, as
 * the step does (the period is valid, being the state's); anything else
 * takes the step, with its errors.
 */
#define CIRC_TRANS_W_FN(name, valexpr, wexpr, perexpr) \
PG_FUNCTION_INFO_V1(name); \
ANGLE_FMA_CLONES Datum \
name(PG_FUNCTION_ARGS) \
{ \
	Datum		d = PG_GETARG_DATUM(0); \
	CircExpanded *e; \
	double		x, \
				w, \
				period; \
\
	if (unlikely(circ_row_has_null(fcinfo))) \
		return circ_skip_null_row(fcinfo); \
	e = PG_ARGISNULL(0) ? NULL : circ_expanded_rw(d); \
	x = (valexpr); \
	w = (wexpr); \
	period = (perexpr); \
	if (likely(e != NULL && period == e->wperiod)) \
	{ \
		if (likely(weight_in_range(w) && fabs(x) <= DBL_MAX)) \
		{ \
			if (PERIOD_OUT_OF_LINE(period)) \
				return circ_push_other(e, d, x, w, period); \
			if (unlikely(batch_push_weighted(e, INLINE_ARGUMENT(x, period), \
											 w))) \
				return circ_flush_datum(e, d); \
			return d; \
		} \
		if (w == 0.0) \
			return d; \
	} \
	return circ_trans_slow(fcinfo, e, x, w, period, true); \
}

/* An inverse transition function, on flat states. */
#define CIRC_TRANS_FN(name, valexpr, wexpr, perexpr, flip) \
PG_FUNCTION_INFO_V1(name); \
ANGLE_FMA_CLONES Datum \
name(PG_FUNCTION_ARGS) \
{ \
	CircStats  *st; \
	if (unlikely(circ_row_has_null(fcinfo))) \
		return circ_skip_null_row(fcinfo); \
	st = state_for_update(fcinfo, 0); \
	circ_row(st, (valexpr), (wexpr), (perexpr), (flip)); \
	PG_RETURN_POINTER(st); \
}

/* Transition: add a float8 value with a period. */
CIRC_TRANS_UNIT_FN(circular_stats_accum, PG_GETARG_FLOAT8(1),
				   PG_GETARG_FLOAT8(2))
/* Transition: add a weighted float8 value with a period. */
CIRC_TRANS_W_FN(circular_stats_accum_weighted, PG_GETARG_FLOAT8(1),
				PG_GETARG_FLOAT8(2), PG_GETARG_FLOAT8(3))
/* Transition: add a time of day (period 24 hours). */
CIRC_TRANS_UNIT_FN(circular_stats_accum_time,
				   circ_time_hours(PG_GETARG_TIMEADT(1)), 24.0)
/* Transition: add a weighted time of day. */
CIRC_TRANS_W_FN(circular_stats_accum_time_weighted,
				circ_time_hours(PG_GETARG_TIMEADT(1)), PG_GETARG_FLOAT8(2), 24.0)
/* Transition: add an angle (a float8 datum of degrees, period 360). */
CIRC_TRANS_UNIT_FN(circular_stats_accum_angle, PG_GETARG_FLOAT8(1), 360.0)
/* Transition: add a weighted angle. */
CIRC_TRANS_W_FN(circular_stats_accum_angle_weighted, PG_GETARG_FLOAT8(1),
				PG_GETARG_FLOAT8(2), 360.0)

/* Inverse transition: remove a float8 value with a period. */
CIRC_TRANS_FN(circular_stats_inv, PG_GETARG_FLOAT8(1), 1.0,
			  PG_GETARG_FLOAT8(2), REMOVE)
/* Inverse transition: remove a weighted float8 value. */
CIRC_TRANS_FN(circular_stats_inv_weighted, PG_GETARG_FLOAT8(1),
			  PG_GETARG_FLOAT8(2), PG_GETARG_FLOAT8(3), REMOVE)
/* Inverse transition: remove a time of day. */
CIRC_TRANS_FN(circular_stats_inv_time, circ_time_hours(PG_GETARG_TIMEADT(1)),
			  1.0, 24.0, REMOVE)
/* Inverse transition: remove a weighted time of day. */
CIRC_TRANS_FN(circular_stats_inv_time_weighted,
			  circ_time_hours(PG_GETARG_TIMEADT(1)), PG_GETARG_FLOAT8(2), 24.0,
			  REMOVE)
/* Inverse transition: remove an angle. */
CIRC_TRANS_FN(circular_stats_inv_angle, PG_GETARG_FLOAT8(1), 1.0, 360.0,
			  REMOVE)
/* Inverse transition: remove a weighted angle. */
CIRC_TRANS_FN(circular_stats_inv_angle_weighted, PG_GETARG_FLOAT8(1),
			  PG_GETARG_FLOAT8(2), 360.0, REMOVE)
