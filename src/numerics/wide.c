/*
 * wide.c
 *		256-bit two's-complement integers for the exact sums of the
 *		circular statistics (the per-row additions are in grid.h).
 */
#include <math.h>

#include "wide.h"

/* a += b */
void
wide_add(Wide *a, const Wide *b)
{
	uint64_t	carry = 0;

	for (int i = 0; i < 4; i++)
	{
		uint64_t	x = a->l[i] + carry;
		uint64_t	c1 = x < carry;

		a->l[i] = x + b->l[i];
		carry = c1 + (a->l[i] < x);
	}
}

/* a -= b */
void
wide_sub(Wide *a, const Wide *b)
{
	uint64_t	borrow = 0;

	for (int i = 0; i < 4; i++)
	{
		uint64_t	x = a->l[i];
		uint64_t	y = b->l[i] + borrow;
		uint64_t	b1 = y < borrow;

		a->l[i] = x - y;
		borrow = b1 + (x < y);
	}
}

/* -a */
Wide
wide_negate(const Wide *a)
{
	Wide		z = {{0, 0, 0, 0}};

	wide_sub(&z, a);
	return z;
}

/* The value p * 2^k as a Wide, for |p| < 2^127 and 0 <= k, no overflow. */
Wide
wide_shifted(wide_i128 p, int k)
{
	uint64_t	src[4];
	Wide		r = {{0, 0, 0, 0}};
	int			q = k / 64,
				b = k % 64;
	uint64_t	ext = p < 0 ? ~(uint64_t) 0 : 0;

	src[0] = (uint64_t) p;
	src[1] = (uint64_t) (p >> 64);
	src[2] = ext;
	src[3] = ext;
	for (int i = 3; i >= q; i--)
	{
		uint64_t	v = src[i - q] << b;

		if (b > 0 && i - q - 1 >= 0)
			v |= src[i - q - 1] >> (64 - b);
		r.l[i] = v;
	}
	return r;
}

/* The value of a as a double (rounded; deterministic). */
double
wide_to_double(const Wide *a)
{
	Wide		m = wide_neg(a) ? wide_negate(a) : *a;
	double		r;

	r = ldexp((double) m.l[3], 192) + ldexp((double) m.l[2], 128);
	r += ldexp((double) (((wide_u128) m.l[1] << 64) | m.l[0]), 0);
	return wide_neg(a) ? -r : r;
}

/* The value of a as a double-double *hi + *lo (hi as wide_to_double). */
void
wide_to_dd(const Wide *a, double *hi, double *lo)
{
	Wide		r = *a,
				h;
	int64_t		m;
	int			e;

	*hi = wide_to_double(a);
	split_double(*hi, &m, &e);
	if (e < 0)
	{
		/* hi below 2^53: the integer a itself */
		*lo = 0.0;
		return;
	}
	h = wide_shifted(m, e);
	wide_sub(&r, &h);
	*lo = wide_to_double(&r);
}

/* Unsigned comparison of two nonnegative values: <0, 0, >0. */
int
wide_cmp(const Wide *a, const Wide *b)
{
	for (int i = 3; i >= 0; i--)
	{
		if (a->l[i] != b->l[i])
			return a->l[i] < b->l[i] ? -1 : 1;
	}
	return 0;
}

/* |a| <= b, for b >= 0. */
bool
wide_abs_le(const Wide *a, const Wide *b)
{
	Wide		m = wide_neg(a) ? wide_negate(a) : *a;

	return wide_cmp(&m, b) <= 0;
}
