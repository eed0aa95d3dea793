/*
 * vector_sign.c
 *		The exact sign of a 3x3 determinant, for signed angles about an axis
 *		when a floating-point estimate cannot decide it.
 */
#include <stdint.h>

#include "bits.h"
#include "vector.h"

/* Limbs of the exact accumulator: bit 0 weighs 2^-3222 (3 x 2^-1074). */
#define BIG_LIMBS 200

/* Add (or subtract) the exact product x*y*z to a two's complement integer. */
static void
big_add_triple(uint32_t *acc, double x, double y, double z)
{
	uint64_t	m[3],
				t;
	uint32_t	p[7] = {0};
	int			e[3],
				neg[3],
				sign,
				shift,
				i,
				j;

	for (i = 0; i < 3; i++)
	{
		int64_t		sm;

		split_double(i == 0 ? x : i == 1 ? y : z, &sm, &e[i]);
		neg[i] = sm < 0;
		m[i] = (uint64_t) (sm < 0 ? -sm : sm);
	}
	if (m[0] == 0 || m[1] == 0 || m[2] == 0)
		return;
	sign = neg[0] ^ neg[1] ^ neg[2];
	/* p = m0 * m1 * m2 in 32-bit limbs, schoolbook */
	{
		uint32_t	q[4] = {0};
		uint32_t	u[2] = {(uint32_t) m[0], (uint32_t) (m[0] >> 32)};
		uint32_t	v[2] = {(uint32_t) m[1], (uint32_t) (m[1] >> 32)};
		uint32_t	w[2] = {(uint32_t) m[2], (uint32_t) (m[2] >> 32)};

		for (i = 0; i < 2; i++)
		{
			t = 0;
			for (j = 0; j < 2; j++)
			{
				t += (uint64_t) u[i] * v[j] + q[i + j];
				q[i + j] = (uint32_t) t;
				t >>= 32;
			}
			q[i + 2] = (uint32_t) t;
		}
		for (i = 0; i < 4; i++)
		{
			t = 0;
			for (j = 0; j < 2; j++)
			{
				t += (uint64_t) q[i] * w[j] + p[i + j];
				p[i + j] = (uint32_t) t;
				t >>= 32;
			}
			p[i + 2] += (uint32_t) t;
		}
	}
	/* add p * 2^shift (two's complement, negated if sign) */
	shift = e[0] + e[1] + e[2] + 3222;
	t = sign ? 1 : 0;			/* carry of the +1 in -p = ~p + 1 */
	for (i = shift / 32; i < BIG_LIMBS; i++)
	{
		int			k = i - shift / 32,
					r = shift % 32;
		uint32_t	lo = (k < 7) ? p[k] : 0,
					hi = (k >= 1 && k <= 7) ? p[k - 1] : 0;
		uint32_t	limb = r ? (lo << r) | (hi >> (32 - r)) : lo;

		if (sign)
			limb = ~limb;
		t += (uint64_t) acc[i] + limb;
		acc[i] = (uint32_t) t;
		t >>= 32;
		if (k > 8 && !sign && t == 0)
			break;
	}
}

/* Exact sign (-1, 0, 1) of det[a; b; c] for finite 3-vectors. */
int
vec_det3_sign(const double *a, const double *b, const double *c)
{
	static const int perm[6][3] = {{0, 1, 2}, {1, 2, 0}, {2, 0, 1},
	{0, 2, 1}, {1, 0, 2}, {2, 1, 0}};
	uint32_t	acc[BIG_LIMBS] = {0};
	int			i;

	for (i = 0; i < 6; i++)
	{
		double		x = a[perm[i][0]];

		big_add_triple(acc, i < 3 ? x : -x, b[perm[i][1]], c[perm[i][2]]);
	}
	if (acc[BIG_LIMBS - 1] >> 31)
		return -1;
	for (i = 0; i < BIG_LIMBS; i++)
		if (acc[i] != 0)
			return 1;
	return 0;
}
