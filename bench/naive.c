/*
 * naive.c
 *		The textbook acos(a.b / (|a||b|)) over float8[], float4[] and cube
 *		points, built only for the benchmark as the baseline a hand-written
 *		C function would give; and the backend's CPU time, which the
 *		benchmark reports for the rows of issue 16.  Not installed with the
 *		extension.
 */
#include "postgres.h"

#include <math.h>
#include <time.h>

#include "fmgr.h"
#include "utils/array.h"
#include "extension/cube/cubedata.h"

PG_MODULE_MAGIC;

PG_FUNCTION_INFO_V1(naive_angle);
PG_FUNCTION_INFO_V1(naive_angle_f4);
PG_FUNCTION_INFO_V1(naive_angle_cube);
PG_FUNCTION_INFO_V1(bench_cpu_ns);

/* Check two one-dimensional arrays of equal length without NULLs. */
static int
naive_dims(ArrayType *a, ArrayType *b)
{
	int			n = ARR_DIMS(a)[0];

	if (ARR_NDIM(a) != 1 || ARR_NDIM(b) != 1 || ARR_DIMS(b)[0] != n ||
		ARR_HASNULL(a) || ARR_HASNULL(b))
		elog(ERROR, "bad vectors");
	return n;
}

/* Angle between two float8[] vectors by the naive formula. */
Datum
naive_angle(PG_FUNCTION_ARGS)
{
	ArrayType  *a = PG_GETARG_ARRAYTYPE_P(0);
	ArrayType  *b = PG_GETARG_ARRAYTYPE_P(1);
	int			n = naive_dims(a, b);
	const double *x = (const double *) ARR_DATA_PTR(a);
	const double *y = (const double *) ARR_DATA_PTR(b);
	double		dot = 0.0,
				na = 0.0,
				nb = 0.0;
	int			i;

	for (i = 0; i < n; i++)
	{
		dot += x[i] * y[i];
		na += x[i] * x[i];
		nb += y[i] * y[i];
	}
	PG_RETURN_FLOAT8(acos(dot / (sqrt(na) * sqrt(nb))));
}

/* Angle between two float4[] vectors by the naive formula, in double. */
Datum
naive_angle_f4(PG_FUNCTION_ARGS)
{
	ArrayType  *a = PG_GETARG_ARRAYTYPE_P(0);
	ArrayType  *b = PG_GETARG_ARRAYTYPE_P(1);
	int			n = naive_dims(a, b);
	const float *x = (const float *) ARR_DATA_PTR(a);
	const float *y = (const float *) ARR_DATA_PTR(b);
	double		dot = 0.0,
				na = 0.0,
				nb = 0.0;
	int			i;

	for (i = 0; i < n; i++)
	{
		dot += (double) x[i] * y[i];
		na += (double) x[i] * x[i];
		nb += (double) y[i] * y[i];
	}
	PG_RETURN_FLOAT8(acos(dot / (sqrt(na) * sqrt(nb))));
}

/* Angle between two cube points by the naive formula. */
Datum
naive_angle_cube(PG_FUNCTION_ARGS)
{
	NDBOX	   *a = PG_GETARG_NDBOX_P(0);
	NDBOX	   *b = PG_GETARG_NDBOX_P(1);
	int			n = DIM(a);
	double		dot = 0.0,
				na = 0.0,
				nb = 0.0;
	int			i;

	if (!IS_POINT(a) || !IS_POINT(b) || DIM(b) != n)
		elog(ERROR, "bad cubes");
	for (i = 0; i < n; i++)
	{
		dot += LL_COORD(a, i) * LL_COORD(b, i);
		na += LL_COORD(a, i) * LL_COORD(a, i);
		nb += LL_COORD(b, i) * LL_COORD(b, i);
	}
	PG_RETURN_FLOAT8(acos(dot / (sqrt(na) * sqrt(nb))));
}

/* CPU time of this backend process (user and system), in nanoseconds. */
Datum
bench_cpu_ns(PG_FUNCTION_ARGS)
{
	struct timespec ts;

	if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) != 0)
		elog(ERROR, "clock_gettime failed: %m");
	PG_RETURN_FLOAT8((double) ts.tv_sec * 1e9 + (double) ts.tv_nsec);
}
