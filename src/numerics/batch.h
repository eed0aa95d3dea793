/*
 * batch.h
 *		The batch kernels of the circular statistics: the sines and cosines
 *		of deferred rows summed on the grid, two rows to a 128-bit vector
 *		where the CPU has AVX and FMA (batch.c), else by circ_batch_scalar()
 *		(grid.c).  The same bits either way.  Weighted rows: wbatch.c.
 */
#ifndef ANGLE_BATCH_H
#define ANGLE_BATCH_H

#include <stdbool.h>

#include "wide.h"

/* -DANGLE_NO_SIMD builds the scalar batches only (to test them too). */
#if !defined(ANGLE_NO_SIMD) && defined(__x86_64__) && defined(__GNUC__) && \
	defined(__has_attribute)
#if __has_attribute(target)
#define CIRC_HAVE_FMA 1
#endif
#endif

/*
 * Add the sine and cosine terms of n rows, given as circ_argument() values
 * in degrees (or radians if not degrees), to s and c.
 */
extern void circ_batch_sum(const double *u, int n, bool degrees,
						   Wide *s, Wide *c);

/*
 * Add the terms w sin u, w cos u and w of n weighted rows, given as pairs
 * (circ_argument() value, weight in [2^-80, 2^100)), to s, c and w
 * (wbatch.c): the grid values of the per-row step, summed exactly.
 */
extern void circ_batch_weighted(const double *uw, int n, bool degrees,
								Wide *s, Wide *c, Wide *w);

/*
 * sincos_argument() of the arguments uw[2i] of n such pairs, into s[i] and
 * c[i], two at a time where the vector kernel runs (batch.c): the same bits.
 */
extern void circ_batch_sincos(const double *uw, int n, bool degrees,
							  double *s, double *c);

#ifdef CIRC_HAVE_FMA
/* Does this CPU run circ_batch_fma()?  (Checked once.) */
extern bool circ_batch_have_simd(void);

/*
 * circ_batch_scalar() for degrees, two rows at a time, on a CPU with AVX
 * and FMA only; returns how many rows it took (an even number).
 */
extern int	circ_batch_fma(const double *u, int n, Wide *s, Wide *c);
#endif

#endif							/* ANGLE_BATCH_H */
