/*
 * vector_angle.h
 *		The degree-valued SQL vector-angle functions of vector_angle.c that
 *		the angle type's functions (angle/angle_ops.c) wrap.
 */
#ifndef ANGLE_VECTOR_ANGLE_H
#define ANGLE_VECTOR_ANGLE_H

#include "fmgr.h"

extern PGDLLEXPORT Datum vector_angled_float8(PG_FUNCTION_ARGS);
extern PGDLLEXPORT Datum vector_angled_float4(PG_FUNCTION_ARGS);
extern PGDLLEXPORT Datum vector_angled_cube(PG_FUNCTION_ARGS);
extern PGDLLEXPORT Datum vector_angle_signedd_float8(PG_FUNCTION_ARGS);
extern PGDLLEXPORT Datum vector_angle_signedd_float4(PG_FUNCTION_ARGS);
extern PGDLLEXPORT Datum vector_angle_signedd_axis_float8(PG_FUNCTION_ARGS);
extern PGDLLEXPORT Datum vector_angle_signedd_axis_float4(PG_FUNCTION_ARGS);

#endif							/* ANGLE_VECTOR_ANGLE_H */
