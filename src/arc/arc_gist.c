/*
 * arc_gist.c
 *		GiST support for angle and time columns (keys: covering arcs of
 *		their canonical positions; a leaf is a one-point arc) and for arc
 *		and timearc columns (a leaf is the arc itself).
 *
 * An internal key is an arc covering every arc below it (arc_cover2),
 * with ARC_HAS_EMPTY when an empty arc is below.  Every leaf test is the
 * operator's own exact test, so nothing is rechecked; leaf distances are
 * computed exactly as the operators compute them, and internal distances
 * are lower bounds (see key_distance).
 */
#include "postgres.h"

#include <math.h>

#include "access/gist.h"
#include "access/stratnum.h"
#include "fmgr.h"
#include "utils/date.h"
#include "utils/sortsupport.h"

#include "angle/angle.h"
#include "arc/arc_glue.h"
#include "numerics/circular.h"

/* Strategy numbers of the opclasses (sql/source/60_arc.sql). */
#define S_OVERLAP		RTOverlapStrategyNumber		/* 3: arc && arc */
#define S_SAME			RTSameStrategyNumber		/* 6: arc = arc */
#define S_CONTAINS		RTContainsStrategyNumber	/* 7: arc @> arc */
#define S_WITHIN		RTContainedByStrategyNumber /* 8: x <@ arc */
#define S_DIST_POINT	15		/* x <-> point */
#define S_DIST_ARC		16		/* x <-> arc */
#define S_CONTAINS_PT	17		/* arc @> point */

#define KEY(e)		DatumGetArcP((e)->key)

/*
 * A leaf key of an angle or time column keeps the stored value itself in
 * lo (for index-only scans, fetch) and its canonical position in hi,
 * flagged ARC_RAW (never seen outside the index: binary input refuses
 * the bit).  key_of gives every key as an arc: such a leaf as the point
 * at hi.
 */
#define ARC_RAW		0x10

/* The leaf key of a stored value x. */
static Datum
point_key(double x, double p)
{
	Arc			a = {x, arc_pos(x, p), ARC_HI_INC | ARC_RAW, 0};

	return PointerGetDatum(arc_copy(a));
}

/* A key as an arc (see ARC_RAW). */
static inline Arc
key_of(Datum d)
{
	Arc			a = *DatumGetArcP(d);

	if (a.flags & ARC_RAW)
	{
		a.lo = a.hi;
		a.flags = ARC_HI_INC;
	}
	return a;
}

/* compress: the leaf key of an angle or time column. */
#define POINT_COMPRESS(NAME, EXPR, PER) \
PG_FUNCTION_INFO_V1(NAME); \
Datum \
NAME(PG_FUNCTION_ARGS) \
{ \
	GISTENTRY  *e = (GISTENTRY *) PG_GETARG_POINTER(0); \
	GISTENTRY  *r; \
	if (!e->leafkey) \
		PG_RETURN_POINTER(e); \
	r = (GISTENTRY *) palloc(sizeof(GISTENTRY)); \
	gistentryinit(*r, point_key(EXPR, PER), e->rel, e->page, e->offset, false); \
	PG_RETURN_POINTER(r); \
}

POINT_COMPRESS(angle_gist_compress, DatumGetFloat8(e->key), ARC_DEG)
POINT_COMPRESS(time_gist_compress, (double) DatumGetTimeADT(e->key), ARC_USEC)

/* fetch: the stored value back from a leaf key (index-only scans). */
#define POINT_FETCH(NAME, MAKE) \
PG_FUNCTION_INFO_V1(NAME); \
Datum \
NAME(PG_FUNCTION_ARGS) \
{ \
	GISTENTRY  *e = (GISTENTRY *) PG_GETARG_POINTER(0); \
	GISTENTRY  *r = (GISTENTRY *) palloc(sizeof(GISTENTRY)); \
	double		v = KEY(e)->lo; \
	gistentryinit(*r, MAKE, e->rel, e->page, e->offset, false); \
	PG_RETURN_POINTER(r); \
}

POINT_FETCH(angle_gist_fetch, Float8GetDatum(v))
POINT_FETCH(time_gist_fetch, TimeADTGetDatum((TimeADT) v))

/* Rough width of a key in plain doubles (penalties need no exactness). */
static inline double
rough_width(const Arc *a, double p)
{
	double		w;

	if (a->flags & ARC_EMPTY)
		return 0.0;
	if (a->flags & ARC_FULL)
		return p;
	w = a->hi - a->lo;
	while (w < 0.0)
		w += p;
	return w;
}

/*
 * Penalty of adding key n under key o: the growth of o's width, 0 when o
 * already covers n.  Computed roughly: it only steers the tree.
 */
static float
penalty(const Arc *o, const Arc *n, double p)
{
	Arc			u;

	if (arc_contains(o, n, p))
		return 0.0f;
	u = arc_cover2(o, n, p);
	return (float) (rough_width(&u, p) - rough_width(o, p));
}

/* Sorted build (sortsupport): keys by start, empties first. */
static int
sort_keys(const Arc *x, const Arc *y, double p)
{
	int			ex = (x->flags & ARC_EMPTY) != 0,
				ey = (y->flags & ARC_EMPTY) != 0;

	if (ex != ey)
		return ey - ex;
	return arc_pos_cmp(x->lo, y->lo, p);
}

/* Comparators of canonical-start order for each period. */
static int
sort_cmp_deg(Datum a, Datum b, SortSupport ssup)
{
	Arc			x = key_of(a),
				y = key_of(b);

	return sort_keys(&x, &y, ARC_DEG);
}

static int
sort_cmp_usec(Datum a, Datum b, SortSupport ssup)
{
	Arc			x = key_of(a),
				y = key_of(b);

	return sort_keys(&x, &y, ARC_USEC);
}

/* The covering key of entries 0 .. n-1 of v. */
static Arc
cover_entries(GISTENTRY *v, OffsetNumber *idx, int n, double p)
{
	Arc			r = key_of(v[idx[0]].key);
	int			i;

	for (i = 1; i < n; i++)
	{
		Arc			k = key_of(v[idx[i]].key);

		r = arc_cover2(&r, &k, p);
	}
	return r;
}

/* Sort keys for picksplit: empties first, then by start position. */
typedef struct SplitItem
{
	OffsetNumber off;
	Arc			key;
} SplitItem;

static double split_period;

/* qsort comparator of SplitItems (split_period is set around the sort). */
static int
split_cmp(const void *a, const void *b)
{
	return sort_keys(&((const SplitItem *) a)->key,
					 &((const SplitItem *) b)->key, split_period);
}

/* union, penalty, picksplit and same of one period. */
#define KEY_SUPPORT(SUFFIX, PER) \
PG_FUNCTION_INFO_V1(arc_gist_union_##SUFFIX); \
Datum \
arc_gist_union_##SUFFIX(PG_FUNCTION_ARGS) \
{ \
	GistEntryVector *ev = (GistEntryVector *) PG_GETARG_POINTER(0); \
	int		   *size = (int *) PG_GETARG_POINTER(1); \
	Arc			r = key_of(ev->vector[0].key); \
	int			i; \
	for (i = 1; i < ev->n; i++) \
	{ \
		Arc			k = key_of(ev->vector[i].key); \
		r = arc_cover2(&r, &k, PER); \
	} \
	*size = sizeof(Arc); \
	PG_RETURN_ARC_P(arc_copy(r)); \
} \
PG_FUNCTION_INFO_V1(arc_gist_penalty_##SUFFIX); \
Datum \
arc_gist_penalty_##SUFFIX(PG_FUNCTION_ARGS) \
{ \
	Arc			o = key_of(((GISTENTRY *) PG_GETARG_POINTER(0))->key); \
	Arc			n = key_of(((GISTENTRY *) PG_GETARG_POINTER(1))->key); \
	float	   *pen = (float *) PG_GETARG_POINTER(2); \
	*pen = penalty(&o, &n, PER); \
	PG_RETURN_POINTER(pen); \
} \
PG_FUNCTION_INFO_V1(arc_gist_picksplit_##SUFFIX); \
Datum \
arc_gist_picksplit_##SUFFIX(PG_FUNCTION_ARGS) \
{ \
	GistEntryVector *ev = (GistEntryVector *) PG_GETARG_POINTER(0); \
	GIST_SPLITVEC *v = (GIST_SPLITVEC *) PG_GETARG_POINTER(1); \
	PG_RETURN_POINTER(picksplit(ev, v, PER)); \
} \
PG_FUNCTION_INFO_V1(arc_gist_sortsupport_##SUFFIX); \
Datum \
arc_gist_sortsupport_##SUFFIX(PG_FUNCTION_ARGS) \
{ \
	SortSupport ssup = (SortSupport) PG_GETARG_POINTER(0); \
	ssup->comparator = sort_cmp_##SUFFIX; \
	PG_RETURN_VOID(); \
} \
PG_FUNCTION_INFO_V1(arc_gist_same_##SUFFIX); \
Datum \
arc_gist_same_##SUFFIX(PG_FUNCTION_ARGS) \
{ \
	bool	   *res = (bool *) PG_GETARG_POINTER(2); \
	*res = arc_equal(PG_GETARG_ARC_P(0), PG_GETARG_ARC_P(1)); \
	PG_RETURN_POINTER(res); \
}

/* Split sorted by start: the first half left, the rest right. */
static GIST_SPLITVEC *
picksplit(GistEntryVector *ev, GIST_SPLITVEC *v, double p)
{
	int			n = ev->n - FirstOffsetNumber,
				i,
				half;
	SplitItem  *items = (SplitItem *) palloc(sizeof(SplitItem) * n);
	Arc			l,
				r;

	for (i = 0; i < n; i++)
	{
		items[i].off = FirstOffsetNumber + i;
		items[i].key = key_of(ev->vector[FirstOffsetNumber + i].key);
	}
	split_period = p;
	qsort(items, n, sizeof(SplitItem), split_cmp);
	half = n / 2;
	v->spl_left = (OffsetNumber *) palloc(sizeof(OffsetNumber) * n);
	v->spl_right = (OffsetNumber *) palloc(sizeof(OffsetNumber) * n);
	v->spl_nleft = v->spl_nright = 0;
	for (i = 0; i < n; i++)
	{
		if (i < half)
			v->spl_left[v->spl_nleft++] = items[i].off;
		else
			v->spl_right[v->spl_nright++] = items[i].off;
	}
	l = cover_entries(ev->vector, v->spl_left, v->spl_nleft, p);
	r = cover_entries(ev->vector, v->spl_right, v->spl_nright, p);
	v->spl_ldatum = PointerGetDatum(arc_copy(l));
	v->spl_rdatum = PointerGetDatum(arc_copy(r));
	return v;
}

KEY_SUPPORT(deg, ARC_DEG)
KEY_SUPPORT(usec, ARC_USEC)

/*
 * May key k (a leaf when leaf) hold a match for the query q (an arc) or
 * x (a canonical position) under the strategy?  Exact at leaves.
 */
static bool
key_consistent(const Arc *k, bool leaf, int strategy, const Arc *q, double x,
			   double p)
{
	bool		empties = (k->flags & (ARC_EMPTY | ARC_HAS_EMPTY)) != 0;

	switch (strategy)
	{
		case S_OVERLAP:
			return arc_overlaps(k, q, p);
		case S_SAME:
			if (leaf)
				return arc_equal(k, q);
			return arc_contains(k, q, p) && (empties || !(q->flags & ARC_EMPTY));
		case S_CONTAINS:
			return arc_contains(k, q, p);
		case S_WITHIN:
			if (leaf)
				return arc_contains(q, k, p);
			return empties || arc_overlaps(k, q, p);
		case S_CONTAINS_PT:
			return arc_contains_pos(k, x, p);
		default:
			elog(ERROR, "unrecognized arc GiST strategy number: %d", strategy);
			return false;
	}
}

/*
 * Distance from key raw to the query, for ordering.  At a leaf, what
 * the operator computes: fabs(circ_diff(stored, point)) for angle <->
 * angle, on the stored value itself, or arc_dist_pos; +inf for an empty leaf, whose operator value is NULL.
 * Inside, a lower bound: the distance to the covering arc, the nearer
 * end when outside, each rounded once, which is monotone except just
 * below p/2 (circ_diff rounds -p/2 + tiny to -p/2 but p/2 - tiny below
 * p/2): the bound is held below p/2 there.
 */
static double
key_distance(const Arc *raw, bool leaf, bool point_keys, int strategy,
			 const Arc *q, double x, double p)
{
	Arc			kv = key_of(PointerGetDatum(raw));
	const Arc  *k = &kv;
	double		d,
				d2;

	if (k->flags & ARC_EMPTY)
		return HUGE_VAL;
	if (strategy == S_DIST_ARC)
	{
		if (q->flags & ARC_EMPTY)
			return HUGE_VAL;
		if (arc_overlaps(k, q, p))
			return 0.0;
		d = arc_dist_pos(q, k->lo, p);
		d2 = arc_dist_pos(q, k->hi, p);
		d = d < d2 ? d : d2;
	}
	else if (leaf && point_keys)
		return fabs(circ_diff(raw->lo, x, p));	/* as angle <-> angle */
	else
		d = arc_dist_pos(k, arc_pos(x, p), p);
	if (!leaf && d >= p * 0.5)
		d = nextafter(p * 0.5, 0.0);
	return d;
}

/* consistent and distance of one column type. */
#define COLUMN_SUPPORT(COL, PER, POINT_KEYS, PT_EXPR) \
PG_FUNCTION_INFO_V1(COL##_gist_consistent); \
Datum \
COL##_gist_consistent(PG_FUNCTION_ARGS) \
{ \
	GISTENTRY  *e = (GISTENTRY *) PG_GETARG_POINTER(0); \
	int			s = PG_GETARG_UINT16(2); \
	bool	   *recheck = (bool *) PG_GETARG_POINTER(4); \
	Datum		qd = PG_GETARG_DATUM(1); \
	double		x = 0.0; \
	const Arc  *q = NULL; \
	Arc			k = key_of(e->key); \
	if (s == S_CONTAINS_PT) \
		x = arc_pos(PT_EXPR, PER); \
	else \
		q = DatumGetArcP(qd); \
	*recheck = false; \
	PG_RETURN_BOOL(key_consistent(&k, GIST_LEAF(e), s, q, x, PER)); \
} \
PG_FUNCTION_INFO_V1(COL##_gist_distance); \
Datum \
COL##_gist_distance(PG_FUNCTION_ARGS) \
{ \
	GISTENTRY  *e = (GISTENTRY *) PG_GETARG_POINTER(0); \
	int			s = PG_GETARG_UINT16(2); \
	bool	   *recheck = (bool *) PG_GETARG_POINTER(4); \
	Datum		qd = PG_GETARG_DATUM(1); \
	double		x = 0.0; \
	const Arc  *q = NULL; \
	if (s == S_DIST_POINT) \
		x = PT_EXPR; \
	else \
		q = DatumGetArcP(qd); \
	*recheck = false; \
	PG_RETURN_FLOAT8(key_distance(KEY(e), GIST_LEAF(e), POINT_KEYS, s, q, x, PER)); \
}

COLUMN_SUPPORT(angle, ARC_DEG, true, DatumGetFloat8(qd))
COLUMN_SUPPORT(time, ARC_USEC, true, (double) DatumGetTimeADT(qd))
COLUMN_SUPPORT(arc, ARC_DEG, false, DatumGetFloat8(qd))
COLUMN_SUPPORT(timearc, ARC_USEC, false, (double) DatumGetTimeADT(qd))
