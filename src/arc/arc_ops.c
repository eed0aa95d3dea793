/*
 * arc_ops.c
 *		Operators, accessors, btree and hash support and the covering
 *		aggregates' final functions of arc and timearc, and in_range for
 *		window frames over an angle ordering.
 *
 * A point argument (an angle: any finite double of degrees; a time: 00:00
 * to 24:00, 24:00 being midnight) is first reduced exactly to its
 * canonical position (numerics/arc.h), so '370°' <@ '[0°,20°]'.
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "fmgr.h"
#include "utils/array.h"
#include "utils/date.h"
#include "utils/timestamp.h"

#include "angle/angle.h"
#include "arc/arc_glue.h"

/* A time of day as a double of microseconds (exact). */
#define TIME_ARG(n)		((double) PG_GETARG_TIMEADT(n))
#define ANGLE_ARG(n)	PG_GETARG_ANGLE(n)

/* An interval of d microseconds (d an exact integer). */
static Interval *
usec_interval(double d)
{
	Interval   *r = (Interval *) palloc0(sizeof(Interval));

	r->time = (int64) d;
	return r;
}

/* Point operators of one type (T), point kind (P, PT) and period (PER). */
#define ARC_POINT_OPS(T, PT, ARG, PER) \
PG_FUNCTION_INFO_V1(T##_contains_##PT); \
Datum \
T##_contains_##PT(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(arc_contains_pos(PG_GETARG_ARC_P(0), arc_pos(ARG(1), PER), PER)); \
} \
PG_FUNCTION_INFO_V1(PT##_in_##T); \
Datum \
PT##_in_##T(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(arc_contains_pos(PG_GETARG_ARC_P(1), arc_pos(ARG(0), PER), PER)); \
} \
PG_FUNCTION_INFO_V1(T##_contains_##T); \
Datum \
T##_contains_##T(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(arc_contains(PG_GETARG_ARC_P(0), PG_GETARG_ARC_P(1), PER)); \
} \
PG_FUNCTION_INFO_V1(T##_within_##T); \
Datum \
T##_within_##T(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(arc_contains(PG_GETARG_ARC_P(1), PG_GETARG_ARC_P(0), PER)); \
} \
PG_FUNCTION_INFO_V1(T##_overlap); \
Datum \
T##_overlap(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(arc_overlaps(PG_GETARG_ARC_P(0), PG_GETARG_ARC_P(1), PER)); \
}

/* Comparison, btree and hash support of one type. */
#define ARC_CMP_OPS(T) \
PG_FUNCTION_INFO_V1(T##_cmp); \
Datum \
T##_cmp(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_INT32(arc_order(PG_GETARG_ARC_P(0), PG_GETARG_ARC_P(1))); \
} \
ARC_CMP1(T, eq, ==) ARC_CMP1(T, ne, !=) ARC_CMP1(T, lt, <) \
ARC_CMP1(T, le, <=) ARC_CMP1(T, gt, >) ARC_CMP1(T, ge, >=) \
PG_FUNCTION_INFO_V1(T##_hash); \
Datum \
T##_hash(PG_FUNCTION_ARGS) \
{ \
	return hash_any((unsigned char *) PG_GETARG_ARC_P(0), sizeof(Arc)); \
} \
PG_FUNCTION_INFO_V1(T##_hash_extended); \
Datum \
T##_hash_extended(PG_FUNCTION_ARGS) \
{ \
	return hash_any_extended((unsigned char *) PG_GETARG_ARC_P(0), sizeof(Arc), \
							 PG_GETARG_INT64(1)); \
}
#define ARC_CMP1(T, NAME, OP) \
PG_FUNCTION_INFO_V1(T##_##NAME); \
Datum \
T##_##NAME(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(arc_order(PG_GETARG_ARC_P(0), PG_GETARG_ARC_P(1)) OP 0); \
}

/*
 * A total order for btree (sorting, DISTINCT, merge joins; not circular):
 * empty, then the arcs by start, end, end excluded before included, then
 * full.  Equal exactly when the fields are (values are normalized).
 */
static int
arc_order(const Arc *a, const Arc *b)
{
	int			ka = (a->flags & ARC_EMPTY) ? 0 : (a->flags & ARC_FULL) ? 2 : 1,
				kb = (b->flags & ARC_EMPTY) ? 0 : (b->flags & ARC_FULL) ? 2 : 1;

	if (ka != kb)
		return ka < kb ? -1 : 1;
	if (a->lo != b->lo)
		return a->lo < b->lo ? -1 : 1;
	if (a->hi != b->hi)
		return a->hi < b->hi ? -1 : 1;
	if (a->flags != b->flags)
		return a->flags < b->flags ? -1 : 1;
	return 0;
}

/* Operators of arc and timearc. */
ARC_POINT_OPS(arc, angle, ANGLE_ARG, ARC_DEG)
ARC_POINT_OPS(timearc, time, TIME_ARG, ARC_USEC)
ARC_CMP_OPS(arc)
ARC_CMP_OPS(timearc)

/* The distance operators; NULL to the empty arc. */
#define ARC_DISTANCE(NAME, AI, PI, ARG, PER, RET) \
PG_FUNCTION_INFO_V1(NAME); \
Datum \
NAME(PG_FUNCTION_ARGS) \
{ \
	double		d = arc_dist_pos(PG_GETARG_ARC_P(AI), arc_pos(ARG(PI), PER), PER); \
	if (d < 0.0) \
		PG_RETURN_NULL(); \
	RET; \
}

ARC_DISTANCE(angle_arc_distance, 1, 0, ANGLE_ARG, ARC_DEG, PG_RETURN_FLOAT8(d))
ARC_DISTANCE(arc_angle_distance, 0, 1, ANGLE_ARG, ARC_DEG, PG_RETURN_FLOAT8(d))
ARC_DISTANCE(time_timearc_distance, 1, 0, TIME_ARG, ARC_USEC,
			 PG_RETURN_INTERVAL_P(usec_interval(d)))
ARC_DISTANCE(timearc_time_distance, 0, 1, TIME_ARG, ARC_USEC,
			 PG_RETURN_INTERVAL_P(usec_interval(d)))

/*
 * Accessors.  start: NULL when empty, 0 when full; end: NULL when empty,
 * the period (360°, 24:00) when full; width: 0 when empty; center: NULL
 * when empty or full.
 */
#define ARC_ACCESSORS(T, PER, RET, WRET) \
PG_FUNCTION_INFO_V1(T##_start_sql); \
Datum \
T##_start_sql(PG_FUNCTION_ARGS) \
{ \
	Arc		   *a = PG_GETARG_ARC_P(0); \
	double		v = a->lo; \
	if (a->flags & ARC_EMPTY) \
		PG_RETURN_NULL(); \
	RET; \
} \
PG_FUNCTION_INFO_V1(T##_end_sql); \
Datum \
T##_end_sql(PG_FUNCTION_ARGS) \
{ \
	Arc		   *a = PG_GETARG_ARC_P(0); \
	double		v = (a->flags & ARC_FULL) ? PER : a->hi; \
	if (a->flags & ARC_EMPTY) \
		PG_RETURN_NULL(); \
	RET; \
} \
PG_FUNCTION_INFO_V1(T##_width_sql); \
Datum \
T##_width_sql(PG_FUNCTION_ARGS) \
{ \
	double		v = arc_width(PG_GETARG_ARC_P(0), PER); \
	WRET; \
} \
PG_FUNCTION_INFO_V1(T##_center_sql); \
Datum \
T##_center_sql(PG_FUNCTION_ARGS) \
{ \
	Arc		   *a = PG_GETARG_ARC_P(0); \
	double		v; \
	if (a->flags & (ARC_EMPTY | ARC_FULL)) \
		PG_RETURN_NULL(); \
	v = arc_width(a, PER) * 0.5; \
	v = a->lo + v; \
	if (v >= PER) \
		v -= PER; \
	if (v < 0.0) \
		v += PER; \
	RET; \
}

ARC_ACCESSORS(arc, ARC_DEG, PG_RETURN_FLOAT8(v), PG_RETURN_FLOAT8(v))
ARC_ACCESSORS(timearc, ARC_USEC, PG_RETURN_TIMEADT((TimeADT) rint(v)),
			  PG_RETURN_INTERVAL_P(usec_interval(v)))

/* The points of an array of angles or times, canonical, nulls skipped. */
static double *
array_points(ArrayType *arr, bool is_time, int *n)
{
	Datum	   *d;
	bool	   *nulls;
	int			m,
				i;
	double	   *x;

	deconstruct_array(arr, ARR_ELEMTYPE(arr), 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE,
					  &d, &nulls, &m);
	x = (double *) palloc(sizeof(double) * (m > 0 ? m : 1));
	*n = 0;
	for (i = 0; i < m; i++)
		if (!nulls[i])
			x[(*n)++] = is_time ?
				arc_pos((double) DatumGetTimeADT(d[i]), ARC_USEC) :
				arc_pos(DatumGetFloat8(d[i]), ARC_DEG);
	return x;
}

/* Final functions of arc_cover and timearc_cover: NULL for no points. */
#define ARC_COVER_FINAL(NAME, IS_TIME, PER) \
PG_FUNCTION_INFO_V1(NAME); \
Datum \
NAME(PG_FUNCTION_ARGS) \
{ \
	int			n; \
	double	   *x; \
	if (PG_ARGISNULL(0)) \
		PG_RETURN_NULL(); \
	x = array_points(PG_GETARG_ARRAYTYPE_P(0), IS_TIME, &n); \
	if (n == 0) \
		PG_RETURN_NULL(); \
	PG_RETURN_ARC_P(arc_copy(arc_cover_points(x, n, PER))); \
}

ARC_COVER_FINAL(arc_cover_final, false, ARC_DEG)
ARC_COVER_FINAL(timearc_cover_final, true, ARC_USEC)

PG_FUNCTION_INFO_V1(angle_in_range);

/*
 * in_range(val, base, offset, sub, less) for RANGE frames over an angle
 * ordering (btree support function 3): linear, as the btree order is,
 * val <= / >= base -/+ offset rounded once, like float8's in_range.
 */
Datum
angle_in_range(PG_FUNCTION_ARGS)
{
	double		val = PG_GETARG_ANGLE(0);
	double		base = PG_GETARG_ANGLE(1);
	double		offset = PG_GETARG_ANGLE(2);
	bool		sub = PG_GETARG_BOOL(3);
	bool		less = PG_GETARG_BOOL(4);
	double		sum;

	if (offset < 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PRECEDING_OR_FOLLOWING_SIZE),
				 errmsg("invalid preceding or following size in window function"),
				 errdetail("The offset must not be a negative angle.")));
	sum = sub ? base - offset : base + offset;	/* may be infinite */
	PG_RETURN_BOOL(less ? val <= sum : val >= sum);
}
