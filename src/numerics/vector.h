/*
 * vector.h
 *		Accurate angles between vectors of doubles (vector_kernel.c,
 *		vector_nd.c, vector_sign.c): pure numerics, no server.
 */
#ifndef ANGLE_VECTOR_H
#define ANGLE_VECTOR_H

#include <stdbool.h>

/* Outcome of a vector-angle computation. */
typedef enum VecStatus
{
	VEC_OK = 0,					/* *result holds the angle */
	VEC_ZERO,					/* a vector (or the axis) is zero: undefined */
	VEC_NAN,					/* a component is NaN */
	VEC_INF						/* a component is infinite */
} VecStatus;

/* Unsigned angle in radians, [0, pi], between two n-vectors (n >= 1). */
extern VecStatus vec_angle(const double *a, const double *b, int n,
						   double *result);

/*
 * The code paths of vec_angle for n >= 4: the one-pass kernel on the best
 * pass this CPU runs (chosen at load time), on a given pass, or the exact
 * two-pass kernel alone.  Every pass gives the same bits.
 */
typedef enum VecPath
{
	VEC_PATH_BEST = 0,
	VEC_PATH_SCALAR,
	VEC_PATH_AVX2,				/* AVX2 and FMA */
	VEC_PATH_AVX512,			/* AVX-512F */
	VEC_PATH_EXACT				/* no one-pass kernel */
} VecPath;

/* Does this build and CPU run the given path? */
extern bool vec_path_available(VecPath path);

/*
 * vec_angle on the given path (for tests and benchmarks); *fast tells
 * whether the one-pass kernel certified the result (else the exact kernel
 * gave it).  The path must be available.
 */
extern VecStatus vec_angle_path(const double *a, const double *b, int n,
								VecPath path, double *result, bool *fast);

/* Signed angle in radians, (-pi, pi], from a to b, for 2-vectors. */
extern VecStatus vec_angle_signed2(const double *a, const double *b,
								   double *result);

/* Signed angle in radians, (-pi, pi], from a to b about axis, 3-vectors. */
extern VecStatus vec_angle_signed3(const double *a, const double *b,
								   const double *axis, double *result);

/* atan2(sh + sl, ch + cl) in (-pi, pi] as a double-double *hi + *lo. */
extern void vec_atan2_dd(double sh, double sl, double ch, double cl,
						 double *hi, double *lo);

/* Exact sign (-1, 0, 1) of det[a; b; c] for finite 3-vectors (vector_sign.c). */
extern int	vec_det3_sign(const double *a, const double *b, const double *c);

/*
 * Called every VEC_BLOCK components of long vectors, if set: the server
 * sets it to a function that checks for query cancel (vector_nd.c).
 */
extern void (*vec_interrupt_hook) (void);

#endif							/* ANGLE_VECTOR_H */
