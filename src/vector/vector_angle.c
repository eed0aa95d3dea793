/*
 * vector_angle.c
 *		SQL-callable angles between float8[], float4[] and cube vectors.
 *
 * The numerics live in numerics/vector_kernel.c; this file turns SQL
 * arguments into plain double vectors, applies the NULL/NaN/zero-vector
 * policy and reports bad input.
 */
#include "postgres.h"

#include <math.h>

#include "access/htup_details.h"
#include "catalog/pg_language.h"
#include "catalog/pg_proc.h"
#include "catalog/pg_type.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/float.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"

#include "extension/cube/cubedata.h"

#include "numerics/trig.h"
#include "numerics/vector.h"
#include "vector/vector_angle.h"

/* Vectors up to this many components are read without palloc. */
#define VEC_LOCAL 32

/* Kinds of SQL vector argument. */
typedef enum VecKind
{
	VK_FLOAT8,
	VK_FLOAT4,
	VK_CUBE
} VecKind;

/* Which angle is wanted. */
typedef enum VecMode
{
	VM_UNSIGNED,
	VM_SIGNED2,
	VM_SIGNED3
} VecMode;

/* One vector argument as plain doubles. */
typedef struct VecArg
{
	const double *x;
	int			n;
	/* float4 components widened to double */
	double		local[VEC_LOCAL];
	/* aligned copy of a short-header array */
	double		raw[(VARATT_SHORT_MAX + VARHDRSZ) / sizeof(double) + 1];
} VecArg;

/* Per-call-site marker that the cube type check has passed. */
typedef struct CubeTypeCache
{
	bool		checked;
} CubeTypeCache;

/*
 * Does typid really belong to contrib/cube?  A type is accepted when its
 * input function is the C function cube_in of the cube library; only a
 * superuser can create such a function, so a look-alike type planted by an
 * ordinary user cannot pass.
 */
static bool
is_cube_type(Oid typid)
{
	HeapTuple	tup;
	Oid			typinput;
	char		typtype;
	bool		ok = false;

	tup = SearchSysCache1(TYPEOID, ObjectIdGetDatum(typid));
	if (!HeapTupleIsValid(tup))
		return false;
	typinput = ((Form_pg_type) GETSTRUCT(tup))->typinput;
	typtype = ((Form_pg_type) GETSTRUCT(tup))->typtype;
	ReleaseSysCache(tup);
	if (typtype != TYPTYPE_BASE)
		return false;

	tup = SearchSysCache1(PROCOID, ObjectIdGetDatum(typinput));
	if (!HeapTupleIsValid(tup))
		return false;
	if (((Form_pg_proc) GETSTRUCT(tup))->prolang == ClanguageId)
	{
		bool		isnull;
		Datum		src = SysCacheGetAttr(PROCOID, tup, Anum_pg_proc_prosrc, &isnull);
		Datum		bin;

		if (!isnull && strcmp(TextDatumGetCString(src), "cube_in") == 0)
		{
			bin = SysCacheGetAttr(PROCOID, tup, Anum_pg_proc_probin, &isnull);
			if (!isnull)
			{
				char	   *path = TextDatumGetCString(bin);
				char	   *base = strrchr(path, '/');

				base = base ? base + 1 : path;
				ok = (strcmp(base, "cube") == 0 ||
					  strcmp(base, "cube.so") == 0);
			}
		}
	}
	ReleaseSysCache(tup);
	return ok;
}

/*
 * Refuse to read an argument as NDBOX unless it is contrib/cube's type.  A
 * call site's argument types never change, so a passed check is cached in
 * fn_extra.
 */
static void
check_cube_args(FunctionCallInfo fcinfo, int nargs)
{
	int			i;

	if (fcinfo->flinfo && fcinfo->flinfo->fn_extra != NULL)
		return;
	for (i = 0; i < nargs; i++)
	{
		Oid			typid = InvalidOid;

		if (fcinfo->flinfo)
			typid = get_fn_expr_argtype(fcinfo->flinfo, i);
		if (!OidIsValid(typid) || !is_cube_type(typid))
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("argument %d is not of the cube extension's type cube", i + 1),
					 errdetail("The argument's type is %s.",
							   OidIsValid(typid) ? format_type_be(typid) : "unknown"),
					 errhint("A type named cube in another schema may be shadowing the real one.")));
	}
	if (fcinfo->flinfo)
	{
		CubeTypeCache *cache = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt,
												  sizeof(CubeTypeCache));

		cache->checked = true;
		fcinfo->flinfo->fn_extra = cache;
	}
}

PG_FUNCTION_INFO_V1(angle_cube_check);

/*
 * Refuse a type that is not contrib/cube's, for the update script that
 * makes sure the cube overloads were not bound to a planted look-alike.
 */
Datum
angle_cube_check(PG_FUNCTION_ARGS)
{
	Oid			typid = PG_GETARG_OID(0);

	if (!is_cube_type(typid))
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("angle's cube functions are bound to type %s, not to the cube extension's type",
						format_type_be_qualified(typid)),
				 errdetail("A type or domain named cube in the extension's schema shadowed contrib/cube's type when angle was installed."),
				 errhint("Drop the look-alike type, then drop and create extension angle again.")));
	PG_RETURN_VOID();
}

/* Check the shape of an array and return its element count. */
static int
check_array(ArrayType *arr, Oid elemtype)
{
	int			ndim = ARR_NDIM(arr);

	if (ARR_ELEMTYPE(arr) != elemtype)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("array has unexpected element type"),
				 errdetail("Expected %s but got %s.", format_type_be(elemtype),
						   format_type_be(ARR_ELEMTYPE(arr)))));
	if (ndim == 0)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("vector must not be empty"),
				 errdetail("An empty array has no direction.")));
	if (ndim != 1)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("vector must be a one-dimensional array"),
				 errdetail("The array has %d dimensions.", ndim)));
	if (ARR_HASNULL(arr) && array_contains_nulls(arr))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("vector must not contain nulls"),
				 errdetail("A vector component is NULL.")));
	return ARR_DIMS(arr)[0];
}

/*
 * Return argument argno as an array, copying a short-header datum into buf
 * rather than palloc'ing it when it fits.
 */
static ArrayType *
fetch_array(FunctionCallInfo fcinfo, int argno, double *buf, Size bufsize)
{
	struct varlena *raw = (struct varlena *) DatumGetPointer(PG_GETARG_DATUM(argno));

	if (VARATT_IS_SHORT(raw) && !VARATT_IS_EXTERNAL(raw))
	{
		Size		datalen = VARSIZE_SHORT(raw) - VARHDRSZ_SHORT;

		if (datalen + VARHDRSZ <= bufsize)
		{
			struct varlena *copy = (struct varlena *) buf;

			SET_VARSIZE(copy, datalen + VARHDRSZ);
			memcpy(VARDATA(copy), VARDATA_SHORT(raw), datalen);
			return (ArrayType *) copy;
		}
	}
	return DatumGetArrayTypeP(PG_GETARG_DATUM(argno));
}

/*
 * Are a and b plain vectors of elemtype (one-dimensional, of the same
 * length, without nulls), which the common cases read directly?
 */
static inline bool
plain_vectors(ArrayType *a, ArrayType *b, Oid elemtype)
{
	return ARR_NDIM(a) == 1 && ARR_NDIM(b) == 1 && !ARR_HASNULL(a) &&
		!ARR_HASNULL(b) && ARR_ELEMTYPE(a) == elemtype &&
		ARR_ELEMTYPE(b) == elemtype && ARR_DIMS(a)[0] == ARR_DIMS(b)[0];
}

/* Read SQL argument argno as a vector of doubles. */
static void
fetch_vector(FunctionCallInfo fcinfo, int argno, VecKind kind, VecArg *v)
{
	if (kind == VK_CUBE)
	{
		NDBOX	   *c = DatumGetNDBOXP(PG_GETARG_DATUM(argno));
		int			dim = DIM(c);

		if (!IS_POINT(c))
		{
			int			i;

			if (VARSIZE(c) < offsetof(NDBOX, x) + 2 * dim * sizeof(double))
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
						 errmsg("invalid cube value")));
			for (i = 0; i < dim; i++)
				if (c->x[i] != c->x[i + dim])
					ereport(ERROR,
							(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
							 errmsg("cube must be a point"),
							 errdetail("Argument %d is a box, not a point.",
									   argno + 1)));
		}
		else if (VARSIZE(c) < offsetof(NDBOX, x) + dim * sizeof(double))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid cube value")));
		if (dim == 0)
			ereport(ERROR,
					(errcode(ERRCODE_DATA_EXCEPTION),
					 errmsg("vector must not be empty"),
					 errdetail("A zero-dimensional cube has no direction.")));
		v->x = c->x;
		v->n = dim;
	}
	else if (kind == VK_FLOAT8)
	{
		ArrayType  *arr = fetch_array(fcinfo, argno, v->raw, sizeof(v->raw));

		v->n = check_array(arr, FLOAT8OID);
		v->x = (const double *) ARR_DATA_PTR(arr);
	}
	else
	{
		ArrayType  *arr = fetch_array(fcinfo, argno, v->raw, sizeof(v->raw));
		const float4 *src;
		double	   *dst;
		int			i;

		v->n = check_array(arr, FLOAT4OID);
		src = (const float4 *) ARR_DATA_PTR(arr);
		dst = v->n <= VEC_LOCAL ? v->local : palloc(sizeof(double) * v->n);
		for (i = 0; i < v->n; i++)
		{
			if ((i & 0xffff) == 0xffff)
				CHECK_FOR_INTERRUPTS();
			dst[i] = src[i];
		}
		v->x = dst;
	}
}

/* Raise the standard error for vectors of different lengths. */
static void
check_same_length(const VecArg *a, const VecArg *b, const char *what)
{
	if (a->n != b->n)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("%s must have the same number of dimensions", what),
				 errdetail("The first has %d dimensions and the second has %d.",
						   a->n, b->n)));
}

/* Raise the standard error when a vector has the wrong fixed length. */
static void
check_length(const VecArg *v, int want, bool is_axis)
{
	if (v->n != want)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("signed angles %s require %d-dimensional vectors",
						want == 2 ? "without an axis" : "about an axis", want),
				 is_axis ? errdetail("The axis has %d dimensions.", v->n) :
				 errdetail("The vectors have %d dimensions.", v->n)));
}

/* Compute the requested angle for the current call. */
static Datum
vector_angle_common(FunctionCallInfo fcinfo, VecKind kind, VecMode mode,
					bool degrees)
{
	VecArg		a,
				b,
				axis;
	VecStatus	status;
	double		result = 0.0;

	if (kind == VK_CUBE)
		check_cube_args(fcinfo, 2);
	fetch_vector(fcinfo, 0, kind, &a);
	fetch_vector(fcinfo, 1, kind, &b);
	check_same_length(&a, &b, "vectors");

	switch (mode)
	{
		case VM_SIGNED2:
			check_length(&a, 2, false);
			status = vec_angle_signed2(a.x, b.x, &result);
			break;
		case VM_SIGNED3:
			fetch_vector(fcinfo, 2, kind, &axis);
			check_length(&a, 3, false);
			check_length(&axis, 3, true);
			status = vec_angle_signed3(a.x, b.x, axis.x, &result);
			break;
		default:
			status = vec_angle(a.x, b.x, a.n, &result);
			break;
	}

	switch (status)
	{
		case VEC_ZERO:
			PG_RETURN_NULL();
		case VEC_NAN:
			PG_RETURN_FLOAT8(get_float8_nan());
		case VEC_INF:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("input is out of range"),
					 errdetail("Vector components must be finite.")));
			break;
		case VEC_OK:
			break;
	}
	if (degrees)
		result = radians_to_degrees(result);
	PG_RETURN_FLOAT8(result);
}

/*
 * The common case of the unsigned angle between cube points, without
 * VecArg: untoasted points of the same dimension on a call site whose
 * argument types have passed check_cube_args (a call site's types never
 * change), and a finite nonzero result.  Anything else (the first call,
 * boxes, bad sizes, NaN, zero or infinite components) takes
 * vector_angle_common, which computes the same value or raises the error.
 */
static pg_attribute_always_inline Datum
vector_angle_cube_common(FunctionCallInfo fcinfo, bool degrees)
{
	struct varlena *ra = (struct varlena *) DatumGetPointer(PG_GETARG_DATUM(0)),
			   *rb = (struct varlena *) DatumGetPointer(PG_GETARG_DATUM(1));

	if (fcinfo->flinfo != NULL && fcinfo->flinfo->fn_extra != NULL &&
		!VARATT_IS_EXTENDED(ra) && !VARATT_IS_EXTENDED(rb))
	{
		NDBOX	   *ca = (NDBOX *) ra,
				   *cb = (NDBOX *) rb;
		uint32		dim = DIM(ca);
		double		result;

		if (IS_POINT(ca) && IS_POINT(cb) && DIM(cb) == dim && dim > 0 &&
			VARSIZE(ca) >= offsetof(NDBOX, x) + dim * sizeof(double) &&
			VARSIZE(cb) >= offsetof(NDBOX, x) + dim * sizeof(double) &&
			vec_angle(ca->x, cb->x, (int) dim, &result) == VEC_OK)
			PG_RETURN_FLOAT8(degrees ? radians_to_degrees(result) : result);
	}
	return vector_angle_common(fcinfo, VK_CUBE, VM_UNSIGNED, degrees);
}

/*
 * The common case of the unsigned angle between float8[] vectors: arrays
 * with a 4-byte header (read in place) or a short one (copied to an aligned
 * buffer, as fetch_array does), one-dimensional, of the same length,
 * without nulls, and a finite nonzero result.  Anything else takes
 * vector_angle_common, which computes the same value or raises the error.
 */
static Datum
vector_angle_float8_common(FunctionCallInfo fcinfo, bool degrees)
{
	double		bufa[(VARATT_SHORT_MAX + VARHDRSZ) / sizeof(double) + 1],
				bufb[(VARATT_SHORT_MAX + VARHDRSZ) / sizeof(double) + 1],
				result;
	ArrayType  *a = fetch_array(fcinfo, 0, bufa, sizeof(bufa)),
			   *b = fetch_array(fcinfo, 1, bufb, sizeof(bufb));

	if (plain_vectors(a, b, FLOAT8OID) &&
		vec_angle((const double *) ARR_DATA_PTR(a),
				  (const double *) ARR_DATA_PTR(b), ARR_DIMS(a)[0],
				  &result) == VEC_OK)
		PG_RETURN_FLOAT8(degrees ? radians_to_degrees(result) : result);
	return vector_angle_common(fcinfo, VK_FLOAT8, VM_UNSIGNED, degrees);
}

/* The longest float4[] vectors that the common case widens on the stack. */
#define VEC_F4_FAST 1024

/*
 * The common case of the unsigned angle between float4[] vectors, as for
 * float8[]: in place or from an aligned copy, one-dimensional, of the same
 * length up to VEC_F4_FAST, without nulls, widened (exactly) to doubles on
 * the stack, and a finite nonzero result.  Anything else takes
 * vector_angle_common, which widens them the same way, so computes the
 * same value, or raises the error.
 */
static Datum
vector_angle_float4_common(FunctionCallInfo fcinfo, bool degrees)
{
	double		bufa[(VARATT_SHORT_MAX + VARHDRSZ) / sizeof(double) + 1],
				bufb[(VARATT_SHORT_MAX + VARHDRSZ) / sizeof(double) + 1],
				xa[VEC_F4_FAST],
				xb[VEC_F4_FAST],
				result;
	ArrayType  *a = fetch_array(fcinfo, 0, bufa, sizeof(bufa)),
			   *b = fetch_array(fcinfo, 1, bufb, sizeof(bufb));

	if (plain_vectors(a, b, FLOAT4OID) && ARR_DIMS(a)[0] <= VEC_F4_FAST)
	{
		int			n = ARR_DIMS(a)[0];
		const float4 *pa = (const float4 *) ARR_DATA_PTR(a),
				   *pb = (const float4 *) ARR_DATA_PTR(b);

		/* one loop for both: half the loop overhead of two */
		for (int i = 0; i < n; i++)
		{
			xa[i] = pa[i];
			xb[i] = pb[i];
		}
		if (vec_angle(xa, xb, n, &result) == VEC_OK)
			PG_RETURN_FLOAT8(degrees ? radians_to_degrees(result) : result);
	}
	return vector_angle_common(fcinfo, VK_FLOAT4, VM_UNSIGNED, degrees);
}

#define VECTOR_ANGLE_FN(name, kind, mode, deg) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	return vector_angle_common(fcinfo, kind, mode, deg); \
}

#define VECTOR_ANGLE_FAST_FN(name, common, deg) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	return common(fcinfo, deg); \
}

/* Angle in radians between two vectors. */
VECTOR_ANGLE_FAST_FN(vector_angle_float8, vector_angle_float8_common, false)
VECTOR_ANGLE_FAST_FN(vector_angle_float4, vector_angle_float4_common, false)
VECTOR_ANGLE_FAST_FN(vector_angle_cube, vector_angle_cube_common, false)

/* Angle in degrees between two vectors. */
VECTOR_ANGLE_FAST_FN(vector_angled_float8, vector_angle_float8_common, true)
VECTOR_ANGLE_FAST_FN(vector_angled_float4, vector_angle_float4_common, true)
VECTOR_ANGLE_FAST_FN(vector_angled_cube, vector_angle_cube_common, true)

/* Signed angle from the first 2-D vector to the second. */
VECTOR_ANGLE_FN(vector_angle_signed_float8, VK_FLOAT8, VM_SIGNED2, false)
VECTOR_ANGLE_FN(vector_angle_signed_float4, VK_FLOAT4, VM_SIGNED2, false)
VECTOR_ANGLE_FN(vector_angle_signedd_float8, VK_FLOAT8, VM_SIGNED2, true)
VECTOR_ANGLE_FN(vector_angle_signedd_float4, VK_FLOAT4, VM_SIGNED2, true)

/* Signed angle about an axis from the first 3-D vector to the second. */
VECTOR_ANGLE_FN(vector_angle_signed_axis_float8, VK_FLOAT8, VM_SIGNED3, false)
VECTOR_ANGLE_FN(vector_angle_signed_axis_float4, VK_FLOAT4, VM_SIGNED3, false)
VECTOR_ANGLE_FN(vector_angle_signedd_axis_float8, VK_FLOAT8, VM_SIGNED3, true)
VECTOR_ANGLE_FN(vector_angle_signedd_axis_float4, VK_FLOAT4, VM_SIGNED3, true)
