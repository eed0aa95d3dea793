/*
 * wide.h
 *		256-bit two's-complement integers, the exact sums of the circular
 *		statistics (wide.c; the per-row additions are in grid.h).
 */
#ifndef ANGLE_WIDE_H
#define ANGLE_WIDE_H

#include <stdbool.h>
#include <stdint.h>

#include "bits.h"

#ifndef __SIZEOF_INT128__
#error "the circular statistics need a 128-bit integer type"
#endif

typedef __int128 wide_i128;
typedef unsigned __int128 wide_u128;

/* A 256-bit two's-complement integer, least significant limb first. */
typedef struct Wide
{
	uint64_t	l[4];
} Wide;

/* Is a negative? */
#define wide_neg(a) ((int64_t) (a)->l[3] < 0)
/* Is a zero? */
#define wide_zero(a) (((a)->l[0] | (a)->l[1] | (a)->l[2] | (a)->l[3]) == 0)

/*
 * a += t 2^64, for a signed 128-bit t: limbs 1 to 3, where a term of unit
 * weight and a count of unit weights land.
 */
static inline void
wide_add_at_limb1(Wide *a, wide_i128 t)
{
	wide_u128	mid = ((wide_u128) a->l[2] << 64) | a->l[1];
	wide_u128	sum = mid + (wide_u128) t;

	a->l[1] = (uint64_t) sum;
	a->l[2] = (uint64_t) (sum >> 64);
	/* the carry, plus the sign extension of t */
	a->l[3] += (uint64_t) (sum < mid) + (t < 0 ? ~UINT64_C(0) : 0);
}

/* -a, modulo 2^256: ~a + 1, the carry through the limbs (no branch). */
static inline Wide
wide_negate(const Wide *a)
{
	Wide		z;
	wide_u128	t = (wide_u128) (~a->l[0]) + 1;

	z.l[0] = (uint64_t) t;
	t = (wide_u128) (~a->l[1]) + (uint64_t) (t >> 64);
	z.l[1] = (uint64_t) t;
	t = (wide_u128) (~a->l[2]) + (uint64_t) (t >> 64);
	z.l[2] = (uint64_t) t;
	z.l[3] = ~a->l[3] + (uint64_t) (t >> 64);
	return z;
}

/* |a|, modulo 2^256 (the most negative value is its own magnitude). */
static inline Wide
wide_abs(const Wide *a)
{
	return wide_neg(a) ? wide_negate(a) : *a;
}

extern void wide_add(Wide *a, const Wide *b);
extern void wide_sub(Wide *a, const Wide *b);
extern Wide wide_shifted(wide_i128 p, int k);
extern double wide_to_double(const Wide *a);
extern void wide_to_dd(const Wide *a, double *hi, double *lo);
extern int	wide_cmp(const Wide *a, const Wide *b);
extern bool wide_abs_le(const Wide *a, const Wide *b);

#endif							/* ANGLE_WIDE_H */
