/*
 * corr_compare.c
 *		Equality, an arbitrary total order and hashing of
 *		circular_corr_state values, for =, <>, DISTINCT (also inside
 *		aggregates, which sorts), UNION and GROUP BY (0.11.0).
 *
 * Input accepts only states that rows could have built (corr_check), the
 * transition and combine functions keep the padding zero, and the sums are
 * exact, so two states of the same rows are the same bytes, in any order
 * of the rows or plan.  The one exception is the period of an empty state,
 * which input may give as -0: every empty state of a kind is equal, and
 * hashes by its kind alone.  The order (kind, row count, then the bytes
 * of the state) is consistent with equality and carries no statistical
 * meaning.
 */
#include "postgres.h"

#include <string.h>

#include "common/hashfn.h"
#include "fmgr.h"
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

#include "corr_datum.h"

#define DatumGetCorr(d) ((CorrDatum *) PG_DETOAST_DATUM(d))

/*
 * Three-way comparison: kind, row count, then (for states with rows) the
 * bytes of the counts, period and sums.  0 exactly for equal states: the
 * same kind, counts, period and sums, or two empty states of a kind.
 */
static int
corr_cmp(const CorrDatum *a, const CorrDatum *b)
{
	int			r;

	if (a->st.kind != b->st.kind)
		return a->st.kind < b->st.kind ? -1 : 1;
	if (a->st.n != b->st.n)
		return a->st.n < b->st.n ? -1 : 1;
	if (a->st.n == 0 || VARSIZE(a) != VARSIZE(b))
		return 0;				/* empty (any period sign); sizes follow kind */
	r = memcmp(&a->st, &b->st, VARSIZE(a) - offsetof(CorrDatum, st));
	return r < 0 ? -1 : r > 0 ? 1 : 0;
}

/* A comparison of the two state arguments, freed if detoasted copies. */
static int
corr_cmp_args(FunctionCallInfo fcinfo)
{
	CorrDatum  *a = DatumGetCorr(PG_GETARG_DATUM(0));
	CorrDatum  *b = DatumGetCorr(PG_GETARG_DATUM(1));
	int			r = corr_cmp(a, b);

	PG_FREE_IF_COPY(a, 0);
	PG_FREE_IF_COPY(b, 1);
	return r;
}

#define CORR_CMP_FN(name, expr) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	int			c = corr_cmp_args(fcinfo); \
\
	return (expr); \
}

/* <, <=, >, >= and the btree support function. */
CORR_CMP_FN(circular_corr_state_lt, BoolGetDatum(c < 0))
CORR_CMP_FN(circular_corr_state_le, BoolGetDatum(c <= 0))
CORR_CMP_FN(circular_corr_state_gt, BoolGetDatum(c > 0))
CORR_CMP_FN(circular_corr_state_ge, BoolGetDatum(c >= 0))
CORR_CMP_FN(circular_corr_state_cmp, Int32GetDatum(c))

/* = and <>. */
CORR_CMP_FN(circular_corr_state_eq, BoolGetDatum(c == 0))
CORR_CMP_FN(circular_corr_state_ne, BoolGetDatum(c != 0))

/* The hash of a state (seeded for the extended form), equal for equals. */
static uint64
corr_hash(const CorrDatum *d, uint64 seed)
{
	if (d->st.n == 0)
		return hash_bytes_uint32_extended((uint32) d->st.kind, seed);
	return hash_bytes_extended((const unsigned char *) &d->st,
							   VARSIZE(d) - offsetof(CorrDatum, st), seed);
}

/* Hash support function 1 of the hash operator class. */
PG_FUNCTION_INFO_V1(circular_corr_state_hash);
Datum
circular_corr_state_hash(PG_FUNCTION_ARGS)
{
	CorrDatum  *d = DatumGetCorr(PG_GETARG_DATUM(0));
	uint32		h = (uint32) corr_hash(d, 0);

	PG_FREE_IF_COPY(d, 0);
	PG_RETURN_UINT32(h);
}

/* Hash support function 2: the 64-bit hash with a seed. */
PG_FUNCTION_INFO_V1(circular_corr_state_hash_extended);
Datum
circular_corr_state_hash_extended(PG_FUNCTION_ARGS)
{
	CorrDatum  *d = DatumGetCorr(PG_GETARG_DATUM(0));
	uint64		h = corr_hash(d, (uint64) PG_GETARG_INT64(1));

	PG_FREE_IF_COPY(d, 0);
	PG_RETURN_UINT64(h);
}
