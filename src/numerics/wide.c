/*
 * wide.c
 *		256-bit two's-complement integers for the exact sums of the
 *		circular statistics (the per-row additions are in grid.h).
 */
#include <math.h>
#include <string.h>

#include "wide.h"

/* a += b: four limbs, each carry into the next (unrolled, no branch). */
void
wide_add(Wide *a, const Wide *b)
{
	wide_u128	t = (wide_u128) a->l[0] + b->l[0];

	a->l[0] = (uint64_t) t;
	t = (wide_u128) a->l[1] + b->l[1] + (uint64_t) (t >> 64);
	a->l[1] = (uint64_t) t;
	t = (wide_u128) a->l[2] + b->l[2] + (uint64_t) (t >> 64);
	a->l[2] = (uint64_t) t;
	a->l[3] += b->l[3] + (uint64_t) (t >> 64);
}

/* a -= b: the same with borrows (the high half of t is 0 or all ones). */
void
wide_sub(Wide *a, const Wide *b)
{
	wide_u128	t = (wide_u128) a->l[0] - b->l[0];

	a->l[0] = (uint64_t) t;
	t = (wide_u128) a->l[1] - b->l[1] - (uint64_t) ((t >> 64) & 1);
	a->l[1] = (uint64_t) t;
	t = (wide_u128) a->l[2] - b->l[2] - (uint64_t) ((t >> 64) & 1);
	a->l[2] = (uint64_t) t;
	a->l[3] -= b->l[3] + (uint64_t) ((t >> 64) & 1);
}

/*
 * The value p * 2^k as a Wide, for |p| < 2^127 and 0 <= k, no overflow:
 * the 128 bits of p shifted by b = k % 64 into three limbs (the top one
 * carries the sign extension), placed q = k / 64 limbs up, with the sign
 * extension above and zeros below.
 */
Wide
wide_shifted(wide_i128 p, int k)
{
	Wide		r;
	int			q = k >> 6,
				b = k & 63;
	uint64_t	ext = p < 0 ? ~(uint64_t) 0 : 0,
				lo = (uint64_t) p,
				hi = (uint64_t) (p >> 64),
				w[3];

	w[0] = lo << b;
	w[1] = b ? (hi << b) | (lo >> (64 - b)) : hi;
	w[2] = b ? (ext << b) | (hi >> (64 - b)) : ext;
	for (int i = 0; i < 4; i++)
		r.l[i] = i < q ? 0 : i - q < 3 ? w[i - q] : ext;
	return r;
}

/*
 * A 128-bit unsigned integer as the nearest double (ties to even), as the
 * C conversion gives it, without the library call: the top 64 bits, with
 * every lower 1 bit folded into the last one (a sticky bit 11 places
 * below the 53 that are kept, so the one rounding of the 64-bit value is
 * the rounding of the whole), scaled by an exact power of 2.  The 64 bits
 * (top bit set) are halved with the lost bit folded in too, which keeps
 * that rounding, so that a signed conversion takes them.
 */
static inline double
u128_to_double(wide_u128 v)
{
	uint64_t	hi = (uint64_t) (v >> 64),
				lo = (uint64_t) v;
	uint64_t	top,
				scale;
	int			lz;
	double		f;

	if (hi == 0)
		return (double) lo;
	lz = __builtin_clzll(hi);
	/* v << lz, top half: (lo >> 1) >> (63 - lz) is lo >> (64 - lz), or 0 */
	top = (hi << lz) | ((lo >> 1) >> (63 - lz));
	top |= (uint64_t) ((lo << lz) != 0);
	top = (top >> 1) | (top & 1);
	scale = (uint64_t) (1023 + 65 - lz) << 52;	/* 2^(65 - lz) */
	memcpy(&f, &scale, sizeof(f));
	return (double) (int64_t) top * f;
}

/*
 * A magnitude m as a double (rounded; deterministic): its top limb times
 * 2^192 plus the next times 2^128 (each rounded), plus its low 128 bits
 * (rounded).  The scalings are exact.
 */
static inline double
mag_to_double(const Wide *m)
{
	double		r = (double) m->l[3] * 0x1p192 + (double) m->l[2] * 0x1p128;

	return r + u128_to_double(((wide_u128) m->l[1] << 64) | m->l[0]);
}

/* The value of a as a double: mag_to_double of |a|, with a's sign. */
double
wide_to_double(const Wide *a)
{
	Wide		m = wide_neg(a) ? wide_negate(a) : *a;
	double		r = mag_to_double(&m);

	return wide_neg(a) ? -r : r;
}

/*
 * wide_to_dd for a magnitude below 2^178 (limb 3 zero, limb 2 below 2^50),
 * where the sums of the statistics lie: the same two doubles, in one pass.
 * hi = mag_to_double(m), wide_to_double's value, is M 2^e, and m - hi is
 * below 2^126 in magnitude (half an ulp of hi, at most 2^125, plus the
 * rounding of the low 128 bits L, at most 2^74), so it is
 * L - (M 2^e mod 2^128) as a signed 128-bit integer, whose wide_to_double
 * is its u128_to_double.
 */
static inline void
mag_to_dd(const Wide *m, uint64_t neg, double *hi, double *lo)
{
	wide_u128	low = ((wide_u128) m->l[1] << 64) | m->l[0];
	double		h = mag_to_double(m);
	uint64_t	bits,
				xbits,
				sign = neg << 63;
	int			e;
	double		x;

	memcpy(&bits, &h, sizeof(bits));
	e = (int) (bits >> 52) - 1075;
	if (e < 0)
		x = 0.0;				/* h below 2^53: m itself */
	else
	{
		wide_u128	big = (wide_u128) ((bits & ((UINT64_C(1) << 52) - 1)) |
									   (UINT64_C(1) << 52));
		wide_u128	r = low - (e >= 128 ? 0 : big << e),
					rs = (wide_u128) ((wide_i128) r >> 127);

		/* |r| converted, then r's sign (no branch: it is random) */
		x = u128_to_double((r ^ rs) - rs);
		memcpy(&xbits, &x, sizeof(xbits));
		xbits ^= (uint64_t) rs << 63;
		memcpy(&x, &xbits, sizeof(x));
	}
	bits ^= sign;
	memcpy(hi, &bits, sizeof(bits));
	memcpy(&xbits, &x, sizeof(xbits));
	xbits ^= sign;
	memcpy(&x, &xbits, sizeof(x));
	*lo = x + 0.0;				/* +0, not -0, when exact */
}

/* The value of a as a double-double *hi + *lo (hi as wide_to_double). */
void
wide_to_dd(const Wide *a, double *hi, double *lo)
{
	Wide		r = *a,
				h;
	int64_t		m;
	int			e;

	{
		uint64_t	neg = wide_neg(a);
		Wide		mag = neg ? wide_negate(a) : *a;

		if (mag.l[3] == 0 && mag.l[2] < (UINT64_C(1) << 50))
		{
			mag_to_dd(&mag, neg, hi, lo);
			return;
		}
	}
	*hi = wide_to_double(a);
	split_double(*hi, &m, &e);
	if (e < 0)
	{
		/* hi below 2^53: the integer a itself */
		*lo = 0.0;
		return;
	}
	/* h = m 2^e: m (|m| < 2^53) shifted into limbs q, q + 1, signs above */
	{
		int			q = e >> 6,
					b = e & 63;
		uint64_t	ext = m < 0 ? ~(uint64_t) 0 : 0;

		for (int i = 0; i < 4; i++)
			h.l[i] = i < q ? 0 : ext;
		h.l[q] = (uint64_t) m << b;
		if (q < 3)
			h.l[q + 1] = b ? (uint64_t) (m >> (64 - b)) : ext;
	}
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
