/*
 * vector_fast.h
 *		The one-pass kernel of vector_angle for n >= 4 (vector_fast.c) and
 *		its SIMD passes (vector_simd.c): what they share.
 */
#ifndef ANGLE_VECTOR_FAST_H
#define ANGLE_VECTOR_FAST_H

#include <stdbool.h>

#include "vector.h"

/* -DANGLE_NO_SIMD builds the scalar pass only (to test it too). */
#if !defined(ANGLE_NO_SIMD) && defined(__x86_64__) && defined(__GNUC__) && \
	defined(__has_attribute)
#if __has_attribute(target)
#define VEC_HAVE_SIMD 1
#endif
#endif

/* The fixed number of lanes of every pass, SIMD or scalar. */
#define VEC_FAST_LANES 8

/*
 * The compensated sums of one pass, each reduced from the lanes pairwise
 * (lane k with k + 4, then k + 2, then k + 1): sum s (0: a.a, 1: b.b,
 * 2: a.b) is h[s] + l[s], not normalized.
 */
typedef struct VecSums
{
	double		h[3];
	double		l[3];
} VecSums;

/* A pass over n components into the sums (all paths: same bits). */
typedef void (*VecPassFn) (const double *a, const double *b, int n,
						   VecSums *r);

/*
 * The one-pass angle for n >= 4 (finite or not) on the given path (not
 * VEC_PATH_EXACT); false where the error bound cannot certify it.
 */
extern bool vec_angle_fast(const double *a, const double *b, int n,
						   VecPath path, double *result);

/* The sums of the pass of the given path (for tests: the same bits). */
extern void vec_fast_sums(const double *a, const double *b, int n,
						  VecPath path, VecSums *r);

/* The quick n = 3 path (vector_small.c); false where it does not serve. */
extern bool vec_angle3_quick(const double *a, const double *b, VecPath path,
							 double *result);

#ifdef VEC_HAVE_SIMD
extern void vec_pass_avx2(const double *a, const double *b, int n,
						  VecSums *r);
extern void vec_pass_avx512(const double *a, const double *b, int n,
							VecSums *r);
#endif

#endif							/* ANGLE_VECTOR_FAST_H */
