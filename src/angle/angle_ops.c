/*
 * angle_ops.c
 *		Operators, comparison and hash support, circular functions, trig
 *		and conversions for the angle type, and vector angles as angles.
 *
 * An angle datum is a finite float8 number of degrees; results that would
 * not be finite raise 22003.  Comparison is linear (370 degrees is not 10
 * degrees until wrapped), with -0 equal to +0 as for float8.
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"
#include "utils/float.h"
#include "utils/fmgrprotos.h"
#include "utils/sortsupport.h"

#include "angle/angle.h"
#include "numerics/circular.h"
#include "numerics/trig.h"
#include "vector/vector_angle.h"

/* Define a SQL function of two angles returning an angle. */
#define ANGLE_BINOP(name, expr) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	double		a = PG_GETARG_ANGLE(0); \
	double		b = PG_GETARG_ANGLE(1); \
	PG_RETURN_ANGLE(expr); \
}

/* Define a SQL comparison of two angles. */
#define ANGLE_CMPOP(name, op) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(PG_GETARG_ANGLE(0) op PG_GETARG_ANGLE(1)); \
}

/* angle + angle, angle - angle */
ANGLE_BINOP(angle_pl, a + b)
ANGLE_BINOP(angle_mi, a - b)

/* Circular distance, [0, 180] degrees: the <-> operator. */
ANGLE_BINOP(angle_distance, fabs(circ_diff_inline(a, b, 360.0)))

/* Shortest signed difference a - b in [-180, 180) degrees. */
ANGLE_BINOP(angle_diff_angle, circ_diff_inline(a, b, 360.0))

/* Circular distance in [0, 180] degrees. */
ANGLE_BINOP(angle_dist_angle, fabs(circ_diff_inline(a, b, 360.0)))

/* a wrapped into [b, b + 360) degrees. */
ANGLE_BINOP(angle_wrap_angle, circ_wrap(a, 360.0, b))

/* Comparisons: linear order of the degree values. */
ANGLE_CMPOP(angle_eq, ==)
ANGLE_CMPOP(angle_ne, !=)
ANGLE_CMPOP(angle_lt, <)
ANGLE_CMPOP(angle_le, <=)
ANGLE_CMPOP(angle_gt, >)
ANGLE_CMPOP(angle_ge, >=)

PG_FUNCTION_INFO_V1(angle_um);

/* Unary minus. */
Datum
angle_um(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(-PG_GETARG_ANGLE(0));
}

PG_FUNCTION_INFO_V1(angle_mul);

/* angle * float8 */
Datum
angle_mul(PG_FUNCTION_ARGS)
{
	PG_RETURN_ANGLE(PG_GETARG_ANGLE(0) * PG_GETARG_FLOAT8(1));
}

PG_FUNCTION_INFO_V1(float8_mul_angle);

/* float8 * angle */
Datum
float8_mul_angle(PG_FUNCTION_ARGS)
{
	PG_RETURN_ANGLE(PG_GETARG_FLOAT8(0) * PG_GETARG_ANGLE(1));
}

PG_FUNCTION_INFO_V1(angle_div);

/* angle / float8 */
Datum
angle_div(PG_FUNCTION_ARGS)
{
	double		b = PG_GETARG_FLOAT8(1);

	if (b == 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_DIVISION_BY_ZERO),
				 errmsg("division by zero")));
	PG_RETURN_ANGLE(PG_GETARG_ANGLE(0) / b);
}

/* Three-way comparison of two degree values. */
static inline int
angle_cmp_internal(double a, double b)
{
	return a < b ? -1 : (a > b ? 1 : 0);
}

PG_FUNCTION_INFO_V1(angle_cmp);

/* btree support: three-way comparison. */
Datum
angle_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(angle_cmp_internal(PG_GETARG_ANGLE(0), PG_GETARG_ANGLE(1)));
}

/* Comparator for sorting. */
static int
angle_fastcmp(Datum x, Datum y, SortSupport ssup)
{
	return angle_cmp_internal(DatumGetAngle(x), DatumGetAngle(y));
}

PG_FUNCTION_INFO_V1(angle_sortsupport);

/* btree support: sort support. */
Datum
angle_sortsupport(PG_FUNCTION_ARGS)
{
	SortSupport ssup = (SortSupport) PG_GETARG_POINTER(0);

	ssup->comparator = angle_fastcmp;
	PG_RETURN_VOID();
}

PG_FUNCTION_INFO_V1(angle_hash);

/* hash support: as float8, so -0 and +0 hash alike. */
Datum
angle_hash(PG_FUNCTION_ARGS)
{
	return DirectFunctionCall1(hashfloat8, PG_GETARG_DATUM(0));
}

PG_FUNCTION_INFO_V1(angle_hash_extended);

/* hash support: seeded 64-bit hash, as float8. */
Datum
angle_hash_extended(PG_FUNCTION_ARGS)
{
	return DirectFunctionCall2(hashfloat8extended, PG_GETARG_DATUM(0),
							   PG_GETARG_DATUM(1));
}

PG_FUNCTION_INFO_V1(angle_wrap_zero);

/* x wrapped into [0, 360) degrees. */
Datum
angle_wrap_zero(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(circ_wrap(PG_GETARG_ANGLE(0), 360.0, 0.0));
}

PG_FUNCTION_INFO_V1(sin_angle);

/* Sine, exact at multiples of 30 degrees. */
Datum
sin_angle(PG_FUNCTION_ARGS)
{
	double		s,
				c;

	sincosd(PG_GETARG_ANGLE(0), &s, &c);
	PG_RETURN_FLOAT8(s);
}

PG_FUNCTION_INFO_V1(cos_angle);

/* Cosine, exact at multiples of 30 degrees. */
Datum
cos_angle(PG_FUNCTION_ARGS)
{
	double		s,
				c;

	sincosd(PG_GETARG_ANGLE(0), &s, &c);
	PG_RETURN_FLOAT8(c);
}

PG_FUNCTION_INFO_V1(tan_angle);

/* Tangent: exactly 0 and +-1 at multiples of 45, +-Infinity at 90 + 180k. */
Datum
tan_angle(PG_FUNCTION_ARGS)
{
	double		s,
				c;

	sincosd(PG_GETARG_ANGLE(0), &s, &c);
	PG_RETURN_FLOAT8(s / c);
}

PG_FUNCTION_INFO_V1(degrees_angle);

/* The angle in degrees. */
Datum
degrees_angle(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(PG_GETARG_ANGLE(0));
}

PG_FUNCTION_INFO_V1(radians_angle);

/* The angle in radians, about correctly rounded (180 degrees -> pi()). */
Datum
radians_angle(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(degrees_to_radians(PG_GETARG_ANGLE(0)));
}

/*
 * Vector angle as an angle: the degree function's result, NULL for a zero
 * vector, 22003 for a NaN component (an angle cannot be NaN).
 */
#define ANGLE_BETWEEN_FN(name, degfn) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	Datum		d = degfn(fcinfo); \
	if (fcinfo->isnull) \
		return d; \
	PG_RETURN_ANGLE(DatumGetFloat8(d)); \
}

ANGLE_BETWEEN_FN(angle_between_float8, vector_angled_float8)
ANGLE_BETWEEN_FN(angle_between_float4, vector_angled_float4)
ANGLE_BETWEEN_FN(angle_between_cube, vector_angled_cube)
ANGLE_BETWEEN_FN(angle_between_signed_float8, vector_angle_signedd_float8)
ANGLE_BETWEEN_FN(angle_between_signed_float4, vector_angle_signedd_float4)
ANGLE_BETWEEN_FN(angle_between_signed_axis_float8, vector_angle_signedd_axis_float8)
ANGLE_BETWEEN_FN(angle_between_signed_axis_float4, vector_angle_signedd_axis_float4)
