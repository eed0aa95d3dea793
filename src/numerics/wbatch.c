/*
 * wbatch.c
 *		The batch kernel of weighted rows: the terms w sin x, w cos x and w
 *		of deferred (argument, weight) pairs, each rounded once, on its own,
 *		to the grid and summed exactly (stats/expanded.c).
 *
 * A row's term is the exact product of two doubles, v = mv 2^ev (the sine,
 * the cosine, or the weight itself) and w = mw 2^ew: the integer mv mw
 * (below 2^106) times 2^k grid units, k = ev + ew + 144.  When k >= 0 it
 * is on the grid, which is every term of a weight of at least 2^-12 and a
 * sine or cosine of at least 2^-28 in magnitude: the signed product is
 * then added, in one 128-bit integer addition, to a bucket of eight
 * exponents (shifted left by k mod 8 first, so below 2^113), and the
 * buckets are added to the 256-bit sums at the end of the batch, shifted
 * by 8 times their index.  A bucket of at most WB_ROWS (2^7) rows stays
 * below 2^120, so no bucket overflows.  The other terms (zeros,
 * subnormals, products off the grid) take grid_term() itself, which rounds
 * them; every grid value is thus the one that the per-row step adds, and
 * integer sums do not depend on the order: the same bits as without
 * batching.  The sines and cosines come from circ_batch_sincos() (batch.c:
 * two rows to a vector where it can), the same bits as sincos_argument().
 */
#include "batch.h"
#include "grid.h"
#include "trig.h"

/* Buckets of eight exponents: k < 192 for every term of a valid weight. */
#define WB_BUCKETS 24

/*
 * Rows whose sines and cosines are computed together (circ_batch_sincos()),
 * then summed into the buckets before these are added to the sums.
 */
#define WB_ROWS 128

/* The grid unit exponent offset: k = bexp(v) + bexp(w) - WB_BIAS. */
#define WB_BIAS (2 * 1075 - GRID_SHIFT)

/*
 * The grid value of v times w (both finite, w nonzero) added to a: the
 * general path, as the per-row step forms it (rounded when off the grid).
 */
ANGLE_NOINLINE static void
grid_add_product(Wide *a, double v, double w)
{
	int64_t		mv,
				mw;
	int			ev,
				ew;
	uint64_t	t[4],
				neg;

	split_double(v, &mv, &ev);
	split_double(w, &mw, &ew);
	neg = grid_term(mv, ev, mw, ew, t);
	wide_add_limbs(a, t[0], t[1], t[2], t[3], neg);
}

/*
 * The term v w into the buckets b when it is on the grid (and, as for any
 * |v| <= 1 and valid weight, k < 192), else into a by grid_add_product().
 * mw is w's 53-bit mantissa and kw = bexp(w) - WB_BIAS; the weight's own
 * term passes v = w, mw = 1 and kw = 1075 - WB_BIAS (the double 1 as
 * 1 2^0).
 */
ANGLE_ALWAYS_INLINE void
bucket_add(wide_i128 *b, Wide *a, double v, int64_t mw, int kw, double w)
{
	uint64_t	bits;
	int			k;

	memcpy(&bits, &v, sizeof(bits));
	/* a zero or subnormal v has bexp 0 and so k < 0 */
	k = (int) ((bits >> 52) & 0x7ff) + kw;
	if (ANGLE_LIKELY((unsigned) k < 8 * WB_BUCKETS))
	{
		uint64_t	m = ((bits & ((UINT64_C(1) << 52) - 1)) |
						 (UINT64_C(1) << 52)) << (k & 7);
		uint64_t	neg = (uint64_t) 0 - (bits >> 63);
		int64_t		sm = (int64_t) ((m ^ neg) - neg);	/* +-m 2^(k % 8) */

		b[k >> 3] += (wide_i128) sm * mw;
	}
	else
		grid_add_product(a, v, w);
}

/* a += the buckets b, each shifted by 8 times its index; clears them. */
static void
buckets_flush(Wide *a, wide_i128 *b)
{
	for (int j = 0; j < WB_BUCKETS; j++)
	{
		if (b[j] != 0)
		{
			Wide		t = wide_shifted(b[j], 8 * j);

			wide_add(a, &t);
			b[j] = 0;
		}
	}
}

/*
 * Add the terms w sin u, w cos u and w of n rows, given as pairs uw[2i] =
 * circ_argument() (in degrees, or radians if not degrees), uw[2i + 1] = w,
 * a weight in [2^-80, 2^100), to s, c and w.
 */
void
circ_batch_weighted(const double *uw, int n, bool degrees,
					Wide *s, Wide *c, Wide *w)
{
	wide_i128	bs[WB_BUCKETS] = {0},
				bc[WB_BUCKETS] = {0},
				bw[WB_BUCKETS] = {0};
	double		sv[WB_ROWS],
				cv[WB_ROWS];

	for (int start = 0; start < n; start += WB_ROWS)
	{
		int			len = n - start < WB_ROWS ? n - start : WB_ROWS;
		const double *p = uw + 2 * start;

		circ_batch_sincos(p, len, degrees, sv, cv);
		for (int i = 0; i < len; i++)
		{
			double		wt = p[2 * i + 1];
			uint64_t	wbits;
			int64_t		mw;
			int			kw;

			memcpy(&wbits, &wt, sizeof(wbits));
			mw = (int64_t) ((wbits & ((UINT64_C(1) << 52) - 1)) |
							(UINT64_C(1) << 52));
			kw = (int) ((wbits >> 52) & 0x7ff) - WB_BIAS;
			bucket_add(bs, s, sv[i], mw, kw, wt);
			bucket_add(bc, c, cv[i], mw, kw, wt);
			bucket_add(bw, w, wt, 1, 1075 - WB_BIAS, 1.0);
		}
		buckets_flush(s, bs);
		buckets_flush(c, bc);
		buckets_flush(w, bw);
	}
}
