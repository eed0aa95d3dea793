/*
 * grid.h
 *		The exact fixed-point grid of the circular statistics: a sine,
 *		cosine or weight term rounded once, on its own, to a multiple of
 *		2^-GRID_SHIFT and added to a 256-bit sum.  Inline, for the per-row
 *		step; grid.c holds the rare path and the scalar batch kernel.
 *
 * Integer addition is associative, so sums of grid values, and every
 * result computed from them, are the same bits whatever the order in
 * which the rows come.
 */
#ifndef ANGLE_GRID_H
#define ANGLE_GRID_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "bits.h"
#include "wide.h"

/* Unit of the fixed-point grid: 2^-GRID_SHIFT. */
#define GRID_SHIFT 144

/*
 * A double of biased exponent e (>= 1) and 53-bit mantissa m is m 2^(e -
 * 1075), i.e. m 2^(e - 931) grid units: on the grid when e >= 931.
 */
#define GRID_EXACT_MIN_BEXP (1075 - GRID_SHIFT)

/* k weights of 1 (2^144 grid units each, 2^80 at limb 1) as a wide_i128. */
#define UNIT_WEIGHTS(k) ((wide_i128) (k) * ((wide_i128) 1 << (GRID_SHIFT - 64)))

/*
 * a += t, or a -= t when neg is all ones, for the magnitude t = (t0, t1,
 * t2, t3): -t is ~t + 1 in two's complement.  Straight-line carries.
 */
static inline void
wide_add_limbs(Wide *a, uint64_t t0, uint64_t t1, uint64_t t2, uint64_t t3,
			   uint64_t neg)
{
	wide_u128	s;

	s = (wide_u128) a->l[0] + (t0 ^ neg) + (neg & 1);
	a->l[0] = (uint64_t) s;
	s = (wide_u128) a->l[1] + (t1 ^ neg) + (uint64_t) (s >> 64);
	a->l[1] = (uint64_t) s;
	s = (wide_u128) a->l[2] + (t2 ^ neg) + (uint64_t) (s >> 64);
	a->l[2] = (uint64_t) s;
	a->l[3] += (t3 ^ neg) + (uint64_t) (s >> 64);
}

/*
 * ms * 2^es * mw * 2^ew rounded to the grid (ties away from zero, so that
 * the rounding is odd-symmetric): sets the magnitude limbs t[] and returns
 * the sign as a mask (all ones if negative).  The product is exact in 128
 * bits; |ms|, |mw| < 2^53 and the magnitude is below 2^255.
 */
static inline uint64_t
grid_term(int64_t ms, int es, int64_t mw, int ew, uint64_t t[4])
{
	wide_u128	p = (wide_u128) (uint64_t) (ms < 0 ? -ms : ms) *
		(uint64_t) (mw < 0 ? -mw : mw);
	int			k = es + ew + GRID_SHIFT;
	uint64_t	x[7] = {0, 0, 0, 0, 0, 0, 0};
	int			q,
				b;

	if (k < 0)
	{
		int			sh = -k;

		p = sh >= 120 ? 0 : (p + ((wide_u128) 1 << (sh - 1))) >> sh;
		k = 0;
	}
	q = k >> 6;
	b = k & 63;
	x[q] = (uint64_t) (p << b);
	x[q + 1] = (uint64_t) ((p << b) >> 64);
	x[q + 2] = (uint64_t) ((p >> 1) >> (127 - b));
	memcpy(t, x, 4 * sizeof(uint64_t));
	return ((ms < 0) != (mw < 0)) ? ~UINT64_C(0) : 0;
}

/* grid.c: grid_add_unit() for zero and |v| < 2^-28. */
extern void grid_add_small(Wide *a, double v, uint64_t flip);

/*
 * a += v (flip = 0) or a -= v (flip all ones) on the grid, for a finite
 * |v| < 2: the term of a unit weight.  For |v| in [2^-28, 2) (biased
 * exponent 995 to 1023) the grid value is m 2^(64 + j), j in [0, 28], with
 * m the 53-bit mantissa: a 128-bit value m 2^j (below 2^81) at limb 1, so
 * it is negated if need be and added to limbs 1 to 3 as a signed 128-bit
 * integer.  The same bits as grid_term(), which does the rest.
 */
static inline void
grid_add_unit(Wide *a, double v, uint64_t flip)
{
	uint64_t	bits;
	uint32_t	j;

	memcpy(&bits, &v, sizeof(bits));
	j = (uint32_t) ((bits >> 52) & 0x7ff) - (GRID_EXACT_MIN_BEXP + 64);
	if (ANGLE_LIKELY(j <= 28))
	{
		uint64_t	m = (bits & ((UINT64_C(1) << 52) - 1)) |
			(UINT64_C(1) << 52);
		uint64_t	neg = ((uint64_t) 0 - (bits >> 63)) ^ flip;
		int64_t		sm = (int64_t) ((m ^ neg) - neg);	/* +-m */

		wide_add_at_limb1(a, (wide_i128) ((wide_u128) (wide_i128) sm << j));
	}
	else
		grid_add_small(a, v, flip);
}

/*
 * Add the sine and cosine terms of n rows, given as circ_argument() values
 * in degrees (or radians if not degrees), one row at a time (grid.c).
 */
extern void circ_batch_scalar(const double *u, int n, bool degrees,
							  Wide *s, Wide *c);

#endif							/* ANGLE_GRID_H */
