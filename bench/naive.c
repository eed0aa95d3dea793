/*
 * naive.c
 *		The textbook acos(a.b / (|a||b|)) over float8[], built only for the
 *		benchmark as the baseline a hand-written C function would give.
 *		Not installed with the extension.
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"
#include "utils/array.h"

PG_MODULE_MAGIC;

PG_FUNCTION_INFO_V1(naive_angle);

/* Angle between two float8[] vectors by the naive formula. */
Datum
naive_angle(PG_FUNCTION_ARGS)
{
	ArrayType  *a = PG_GETARG_ARRAYTYPE_P(0);
	ArrayType  *b = PG_GETARG_ARRAYTYPE_P(1);
	const double *x = (const double *) ARR_DATA_PTR(a);
	const double *y = (const double *) ARR_DATA_PTR(b);
	int			n = ARR_DIMS(a)[0];
	double		dot = 0.0,
				na = 0.0,
				nb = 0.0;
	int			i;

	if (ARR_NDIM(a) != 1 || ARR_NDIM(b) != 1 || ARR_DIMS(b)[0] != n ||
		ARR_HASNULL(a) || ARR_HASNULL(b))
		elog(ERROR, "bad vectors");
	for (i = 0; i < n; i++)
	{
		dot += x[i] * y[i];
		na += x[i] * x[i];
		nb += y[i] * y[i];
	}
	PG_RETURN_FLOAT8(acos(dot / (sqrt(na) * sqrt(nb))));
}
