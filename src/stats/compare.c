/*
 * compare.c
 *		Equality, a total order and hashing of circular_stats states, for
 *		=, <>, DISTINCT, UNION, GROUP BY and indexes.
 *
 * A state has one representation only: input accepts only states that the
 * aggregates could have built (state.c), an empty state is all zeros but
 * its version, and the period is a positive finite double or +0.  So two
 * states are equal exactly when their bytes are: the same counts, period
 * and exact sums (and, for version 2, order and sums of order q).  The
 * order (period, count, NaN count, then the sums of sines, cosines and
 * weights as signed integers, then version 1 before 2, the order q and the
 * sums of order q) is arbitrary but total
 * and consistent with equality; it carries no statistical meaning.
 */
#include "postgres.h"

#include <string.h>

#include "common/hashfn.h"
#include "fmgr.h"

#include "circstats.h"

/* The bytes that identify a state: everything after the header. */
#define STATE_BODY(st) (((const unsigned char *) (st)) + offsetof(CircStats, period))
#define STATE_BODY_LEN(st) ((int) VARSIZE(st) - (int) offsetof(CircStats, period))

/* Do two states have the same size and body? */
#define STATE_SAME(a, b) (VARSIZE(a) == VARSIZE(b) && \
	memcmp(STATE_BODY(a), STATE_BODY(b), STATE_BODY_LEN(a)) == 0)

/* Signed comparison of two 256-bit two's-complement integers. */
static int
wide_cmp_signed(const Wide *a, const Wide *b)
{
	bool		na = wide_neg(a),
				nb = wide_neg(b);

	if (na != nb)
		return na ? -1 : 1;
	return wide_cmp(a, b);		/* same sign: the limbs order them */
}

/* Three-way comparison of two states. */
static int
circ_stats_cmp_internal(const CircStats *a, const CircStats *b)
{
	int			r;

	if (a->period != b->period)
		return a->period < b->period ? -1 : 1;
	if (a->n != b->n)
		return a->n < b->n ? -1 : 1;
	if (a->nnan != b->nnan)
		return a->nnan < b->nnan ? -1 : 1;
	if ((r = wide_cmp_signed(&a->s, &b->s)) != 0)
		return r;
	if ((r = wide_cmp_signed(&a->c, &b->c)) != 0)
		return r;
	if ((r = wide_cmp_signed(&a->w, &b->w)) != 0)
		return r;
	/* then version 1 before version 2, by order and sums of order q */
	if (CIRC_IS_V2(a) != CIRC_IS_V2(b))
		return CIRC_IS_V2(a) ? 1 : -1;
	if (CIRC_IS_V2(a))
	{
		const CircStats2 *a2 = (const CircStats2 *) a,
				   *b2 = (const CircStats2 *) b;

		if (a2->order != b2->order)
			return a2->order < b2->order ? -1 : 1;
		if ((r = wide_cmp_signed(&a2->sq, &b2->sq)) != 0)
			return r;
		return wide_cmp_signed(&a2->cq, &b2->cq);
	}
	return 0;
}

/* The comparison of the two state arguments. */
static int
cmp_args(FunctionCallInfo fcinfo)
{
	return circ_stats_cmp_internal(PG_GETARG_CIRCSTATS(0),
								   PG_GETARG_CIRCSTATS(1));
}

/* Implementation of = on circular_stats: the same exact state. */
PG_FUNCTION_INFO_V1(circular_stats_eq);
Datum
circular_stats_eq(PG_FUNCTION_ARGS)
{
	const CircStats *a = PG_GETARG_CIRCSTATS(0),
			   *b = PG_GETARG_CIRCSTATS(1);

	PG_RETURN_BOOL(STATE_SAME(a, b));
}

/* Implementation of <> on circular_stats. */
PG_FUNCTION_INFO_V1(circular_stats_ne);
Datum
circular_stats_ne(PG_FUNCTION_ARGS)
{
	const CircStats *a = PG_GETARG_CIRCSTATS(0),
			   *b = PG_GETARG_CIRCSTATS(1);

	PG_RETURN_BOOL(!STATE_SAME(a, b));
}

/* Implementation of < on circular_stats (the btree order). */
PG_FUNCTION_INFO_V1(circular_stats_lt);
Datum
circular_stats_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo) < 0);
}

/* Implementation of <= on circular_stats. */
PG_FUNCTION_INFO_V1(circular_stats_le);
Datum
circular_stats_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo) <= 0);
}

/* Implementation of > on circular_stats. */
PG_FUNCTION_INFO_V1(circular_stats_gt);
Datum
circular_stats_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo) > 0);
}

/* Implementation of >= on circular_stats. */
PG_FUNCTION_INFO_V1(circular_stats_ge);
Datum
circular_stats_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo) >= 0);
}

/* Btree comparison support: -1, 0 or 1. */
PG_FUNCTION_INFO_V1(circular_stats_cmp);
Datum
circular_stats_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(cmp_args(fcinfo));
}

/* Hash support: a hash of the bytes that identify the state. */
PG_FUNCTION_INFO_V1(circular_stats_hash);
Datum
circular_stats_hash(PG_FUNCTION_ARGS)
{
	const CircStats *a = PG_GETARG_CIRCSTATS(0);

	return hash_any(STATE_BODY(a), STATE_BODY_LEN(a));
}

/* Extended hash support, with a seed. */
PG_FUNCTION_INFO_V1(circular_stats_hash_extended);
Datum
circular_stats_hash_extended(PG_FUNCTION_ARGS)
{
	const CircStats *a = PG_GETARG_CIRCSTATS(0);

	return hash_any_extended(STATE_BODY(a), STATE_BODY_LEN(a),
							 PG_GETARG_INT64(1));
}
