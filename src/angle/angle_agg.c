/*
 * angle_agg.c
 *		The min, max and sum aggregates of angle, and round(angle, unit,
 *		digits) for reports.
 *
 * min and max follow the linear order of the btree operator class.  sum
 * adds in double-double (TwoSum of every row into a high and a low part,
 * as Neumaier's compensated summation), so it is at least as accurate as
 * sum(float8), whose naive loop loses the low bits of every row: the
 * result is correctly rounded unless cancellation is extreme.  Its state
 * is a float8[] {n, hi, lo}, like float8_accum's, so partial aggregation
 * needs no serialisation.
 */
#include "postgres.h"

#include <math.h>
#include <stdlib.h>

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "angle/angle.h"
#include "errors.h"
#include "numerics/eft.h"

/* The smaller of two angles (the transition and combine of min). */
PG_FUNCTION_INFO_V1(angle_smaller);
Datum
angle_smaller(PG_FUNCTION_ARGS)
{
	double		a = PG_GETARG_ANGLE(0),
				b = PG_GETARG_ANGLE(1);

	PG_RETURN_FLOAT8(b < a ? b : a);
}

/* The larger of two angles (the transition and combine of max). */
PG_FUNCTION_INFO_V1(angle_larger);
Datum
angle_larger(PG_FUNCTION_ARGS)
{
	double		a = PG_GETARG_ANGLE(0),
				b = PG_GETARG_ANGLE(1);

	PG_RETURN_FLOAT8(b > a ? b : a);
}

/* The three float8 of a sum state, which must be a float8[3] without NULLs. */
static double *
sum_state(ArrayType *a)
{
	if (ARR_NDIM(a) != 1 || ARR_DIMS(a)[0] != 3 || ARR_HASNULL(a) ||
		ARR_ELEMTYPE(a) != FLOAT8OID)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid state of the sum of angles"),
				 errdetail("The state must be a float8 array of three elements without NULLs.")));
	return (double *) ARR_DATA_PTR(a);
}

/*
 * The state to update: in place when called as an aggregate (the state is
 * then our own), else a copy.
 */
static ArrayType *
sum_state_for_update(FunctionCallInfo fcinfo)
{
	if (AggCheckCallContext(fcinfo, NULL))
		return PG_GETARG_ARRAYTYPE_P(0);
	return PG_GETARG_ARRAYTYPE_P_COPY(0);
}

/* (hi, lo) += x, exactly but for the rounding of lo. */
static inline void
dd_accum(double *v, double x)
{
	double		e;

	v[1] = two_sum(v[1], x, &e);
	v[2] += e;
}

/* Transition of sum(angle): count the row and add its degrees. */
PG_FUNCTION_INFO_V1(angle_sum_accum);
Datum
angle_sum_accum(PG_FUNCTION_ARGS)
{
	ArrayType  *a = sum_state_for_update(fcinfo);
	double	   *v = sum_state(a);

	v[0] += 1.0;
	dd_accum(v, PG_GETARG_ANGLE(1));
	PG_RETURN_ARRAYTYPE_P(a);
}

/* Combine of sum(angle): the counts and both parts added. */
PG_FUNCTION_INFO_V1(angle_sum_combine);
Datum
angle_sum_combine(PG_FUNCTION_ARGS)
{
	ArrayType  *a = sum_state_for_update(fcinfo);
	double	   *v = sum_state(a);
	double	   *w = sum_state(PG_GETARG_ARRAYTYPE_P(1));

	v[0] += w[0];
	dd_accum(v, w[1]);
	v[2] += w[2];
	PG_RETURN_ARRAYTYPE_P(a);
}

/* Final of sum(angle): NULL without rows, 22003 when out of range. */
PG_FUNCTION_INFO_V1(angle_sum_final);
Datum
angle_sum_final(PG_FUNCTION_ARGS)
{
	double	   *v = sum_state(PG_GETARG_ARRAYTYPE_P(0));

	if (v[0] == 0.0)
		PG_RETURN_NULL();
	PG_RETURN_ANGLE(v[1] + v[2]);
}

/*
 * round(angle, unit, digits): the angle expressed in the unit, rounded to
 * digits decimals (the exact binary value rounded to nearest, ties to
 * even, as printf and round(float8) do), and read back in that unit.
 */
PG_FUNCTION_INFO_V1(angle_round);
Datum
angle_round(PG_FUNCTION_ARGS)
{
	double		deg = PG_GETARG_ANGLE(0);
	char	   *unit = text_to_cstring(PG_GETARG_TEXT_PP(1));
	int32		digits = PG_GETARG_INT32(2);
	AngleUnit	u;
	double		x,
				r;

	if (!angle_unit_by_name(unit, &u))
		angle_error_unknown_unit(unit);
	if (digits < 0 || digits > 20)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("digits must be between 0 and 20"),
				 errdetail("The digits argument was %d.", digits)));
	x = angle_to_unit(deg, u);
	/* an integer already (or beyond float8 in this unit): unchanged */
	if (!(fabs(x) < 0x1p52))
		PG_RETURN_ANGLE(deg);
	x = strtod(psprintf("%.*f", digits, x), NULL);
	if (x == 0.0)
		PG_RETURN_ANGLE(0.0);	/* +0, not -0 */
	if (!angle_from_unit(x, u, &r))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("angle out of range"),
				 errdetail("The rounded angle is not a finite nonzero number of degrees.")));
	PG_RETURN_ANGLE(r);
}
