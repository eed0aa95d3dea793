/*
 * batch.c
 *		The vector batch kernel that sums the deferred sine and cosine
 *		terms of an expanded circular_stats state (stats/expanded.c).
 *
 * A plain aggregate's state becomes an expanded object in the aggregate's
 * memory once it has CIRC_EXPAND_AFTER rows (stats/accum.c).  Its unweighted
 * rows are then kept, and counted, and their sines and cosines computed
 * and summed, CIRC_BATCH at a time, two to a 128-bit vector where the CPU
 * has AVX and FMA.  (256-bit vectors ran 5-10 % slower on this Cascade Lake
 * machine, for all their fewer instructions: heavy 256-bit FMA code lowers
 * the core's clock, and with it the executor's code around the kernel.)
 * The vector kernel performs the same operations as trig.h's
 * sincosd_inline() on each lane, so it rounds alike, and adds the same
 * grid values as grid.h's grid_add_unit(): integer sums, so the
 * order does not matter.  Lanes that scalar code treats specially (angles
 * beyond one turn, the correctly rounded 30 and 45 degrees, terms too small
 * for the fast grid path) are recomputed by that scalar code.  Every
 * result is therefore the same bits as without batching.
 */
#include <math.h>
#include <string.h>

#include "batch.h"
#include "grid.h"
#include "trig.h"

#ifdef CIRC_HAVE_FMA
#include <immintrin.h>

#define FMA_FN __attribute__((target("avx,fma")))

/* Broadcast a double. */
#define V(d) _mm_set1_pd(d)

/*
 * sincos_octant() of trig.h on two lanes: the same operations in the same
 * order.
 */
FMA_FN static inline void
octant2(__m128d u, __m128d *s, __m128d *c)
{
	__m128d		xh = _mm_mul_pd(u, V(RAD_PER_DEG_HI));
	__m128d		xl = _mm_add_pd(_mm_fmsub_pd(u, V(RAD_PER_DEG_HI), xh),
								_mm_mul_pd(u, V(RAD_PER_DEG_LO)));
	__m128d		z = _mm_mul_pd(xh, xh);
	__m128d		zl = _mm_fmsub_pd(xh, xh, z);
	__m128d		z2 = _mm_mul_pd(z, z);
	__m128d		ps,
				pc,
				hz,
				w,
				t;

	t = _mm_fmadd_pd(z2, V(SIN_6), _mm_fmadd_pd(z, V(SIN_5), V(SIN_4)));
	t = _mm_fmadd_pd(z2, t, _mm_fmadd_pd(z, V(SIN_3), V(SIN_2)));
	ps = _mm_fmadd_pd(z2, t, _mm_fmadd_pd(z, V(SIN_1), V(SIN_0)));
	t = _mm_fmadd_pd(z2, _mm_fmadd_pd(z, V(COS_5), V(COS_4)),
					 _mm_fmadd_pd(z, V(COS_3), V(COS_2)));
	pc = _mm_fmadd_pd(z2, t, _mm_fmadd_pd(z, V(COS_1), V(COS_0)));
	/* xh + fma(xh z, ps, xl (1 - z/2)) */
	t = _mm_mul_pd(xl, _mm_sub_pd(V(1.0), _mm_mul_pd(V(0.5), z)));
	*s = _mm_add_pd(xh, _mm_fmadd_pd(_mm_mul_pd(xh, z), ps, t));
	/* w + fma(z2, pc, ((1 - w) - hz) - fma(0.5, zl, xh xl)) */
	hz = _mm_mul_pd(V(0.5), z);
	w = _mm_sub_pd(V(1.0), hz);
	t = _mm_sub_pd(_mm_sub_pd(_mm_sub_pd(V(1.0), w), hz),
				   _mm_fmadd_pd(V(0.5), zl, _mm_mul_pd(xh, xl)));
	*c = _mm_add_pd(w, _mm_fmadd_pd(z2, pc, t));
}

/*
 * sincosd_inline() of trig.h on two lanes of degrees; returns the mask of
 * the lanes it leaves to scalar code, whose results it zeroes: |x| > 360,
 * a folded angle of 30 or 45, and a folded angle in (0, 2.5e-7), whose
 * sine is below 2^-28 and so not a term that grid_add2() can take.
 * min_double(a, b) is b < a ? b : a, which is _mm_min_pd(b, a).
 */
FMA_FN static inline int
sincosd2(__m128d x, __m128d *s, __m128d *c)
{
	__m128d		sign = V(-0.0);
	__m128d		ax = _mm_andnot_pd(sign, x);
	__m128d		ar = _mm_min_pd(_mm_sub_pd(V(360.0), ax), ax);
	__m128d		sneg = _mm_xor_pd(_mm_cmp_pd(x, V(0.0), _CMP_LT_OQ),
								  _mm_cmp_pd(ax, V(180.0), _CMP_GT_OQ));
	__m128d		cneg = _mm_cmp_pd(ar, V(90.0), _CMP_GT_OQ);
	__m128d		a = _mm_min_pd(_mm_sub_pd(V(180.0), ar), ar);
	__m128d		hi = _mm_cmp_pd(a, V(45.0), _CMP_GT_OQ);
	__m128d		u = _mm_min_pd(_mm_sub_pd(V(90.0), a), a);
	__m128d		special,
				keep,
				ps,
				pc,
				sv,
				cv;

	special = _mm_or_pd(_mm_cmp_pd(ax, V(360.0), _CMP_GT_OQ),
						_mm_and_pd(_mm_cmp_pd(u, V(2.5e-7), _CMP_LT_OQ),
								   _mm_cmp_pd(u, V(0.0), _CMP_GT_OQ)));
	special = _mm_or_pd(special,
						_mm_or_pd(_mm_cmp_pd(u, V(30.0), _CMP_EQ_OQ),
								  _mm_cmp_pd(u, V(45.0), _CMP_EQ_OQ)));
	octant2(u, &ps, &pc);
	/* swap where a > 45, then the signs; + 0 turns -0 into 0 */
	keep = _mm_andnot_pd(special, _mm_castsi128_pd(_mm_set1_epi64x(-1)));
	sv = _mm_xor_pd(_mm_blendv_pd(ps, pc, hi), _mm_and_pd(sneg, sign));
	cv = _mm_xor_pd(_mm_blendv_pd(pc, ps, hi), _mm_and_pd(cneg, sign));
	*s = _mm_and_pd(_mm_add_pd(sv, V(0.0)), keep);
	*c = _mm_and_pd(_mm_add_pd(cv, V(0.0)), keep);
	return _mm_movemask_pd(special);
}

/* 1.5 2^52: adding it rounds a double below 2^51 in magnitude to an integer. */
#define ROUND_MAGIC 6755399441055744.0

/*
 * Add two terms, each zero or of magnitude in [2^-28, 2), to the lane sums
 * hi 2^-40 + lo 2^-80 (the lanes' low 64 bits, offset by ROUND_MAGIC's bits
 * per term; add_lanes() removes the offsets).  Such a term v is a multiple
 * of 2^-80, the unit at limb 1 of the grid, and is split exactly: hi =
 * v 2^40 rounded to an integer (|hi| <= 2^41) and lo = v 2^80 - hi 2^40
 * (|lo| <= 2^39), both read off the bits of magic + integer.
 */
FMA_FN static inline void
grid_add2(__m128d v, __m128i *lo, __m128i *hi)
{
	__m128d		th = _mm_fmadd_pd(v, V(0x1p40), V(ROUND_MAGIC));
	__m128d		h = _mm_sub_pd(th, V(ROUND_MAGIC));
	__m128d		r = _mm_fnmadd_pd(h, V(0x1p-40), v);	/* v - h 2^-40, exact */
	__m128d		tl = _mm_fmadd_pd(r, V(0x1p80), V(ROUND_MAGIC));

	*hi = _mm_add_epi64(*hi, _mm_castpd_si128(th));
	*lo = _mm_add_epi64(*lo, _mm_castpd_si128(tl));
}

/*
 * a += the lane sums of nvec vectors of grid_add2() terms, at limb 1 (as
 * grid_add_unit() adds them).  The sums are taken modulo 2^64 and are
 * exact once the offsets are removed, since |sum hi| < 2^63 and so on.
 */
FMA_FN static void
add_lanes(Wide *a, __m128i lo, __m128i hi, int nvec)
{
	uint64_t	l[2],
				h[2],
				magic,
				off;
	double		m = ROUND_MAGIC;

	memcpy(&magic, &m, sizeof(magic));
	off = magic * (uint64_t) (2 * nvec);
	_mm_storeu_si128((__m128i *) l, lo);
	_mm_storeu_si128((__m128i *) h, hi);
	wide_add_at_limb1(a, (wide_i128) (int64_t) (l[0] + l[1] - off) +
					  (wide_i128) (int64_t) (h[0] + h[1] - off) * ((wide_i128) 1 << 40));
}

/*
 * circ_batch_scalar() for degrees, two rows at a time; returns how many
 * rows it took (an even number).  Its VEX-encoded 128-bit instructions
 * leave the upper halves of the vector registers clear, so the server's
 * SSE code that runs next pays no transition penalty (a 256-bit version
 * had to clear them itself: GCC omitted vzeroupper before a tail call).
 */
FMA_FN int
circ_batch_fma(const double *u, int n, Wide *s, Wide *c)
{
	__m128i		slo = _mm_setzero_si128(),
				shi = slo,
				clo = slo,
				chi = slo;
	int			i;

	for (i = 0; i + 2 <= n; i += 2)
	{
		__m128d		sv,
					cv;
		int			special = sincosd2(_mm_loadu_pd(u + i), &sv, &cv);

		grid_add2(sv, &slo, &shi);
		grid_add2(cv, &clo, &chi);
		if (ANGLE_UNLIKELY(special != 0))
		{
			for (int k = 0; k < 2; k++)
				if (special & (1 << k))
					circ_batch_scalar(u + i + k, 1, true, s, c);
		}
	}
	add_lanes(s, slo, shi, i / 2);
	add_lanes(c, clo, chi, i / 2);
	return i;
}

/*
 * The sines and cosines of n weighted rows' arguments in degrees, uw[2i],
 * two rows at a time, into s[i] and c[i]: sincosd_inline()'s bits, with
 * the lanes that sincosd2() leaves to scalar code computed by it.
 */
FMA_FN static void
batch_sincosd_fma(const double *uw, int n, double *s, double *c)
{
	int			i;

	for (i = 0; i + 2 <= n; i += 2)
	{
		__m128d		sv,
					cv;
		int			special = sincosd2(_mm_set_pd(uw[2 * i + 2], uw[2 * i]),
									   &sv, &cv);

		_mm_storeu_pd(s + i, sv);
		_mm_storeu_pd(c + i, cv);
		if (ANGLE_UNLIKELY(special != 0))
		{
			for (int k = 0; k < 2; k++)
				if (special & (1 << k))
					sincosd_inline(uw[2 * (i + k)], s + i + k, c + i + k);
		}
	}
	if (i < n)
		sincosd_inline(uw[2 * i], s + i, c + i);
}

/* Does this CPU run circ_batch_fma()? */
bool
circ_batch_have_simd(void)
{
	static int	have = -1;

	if (have < 0)
	{
		__builtin_cpu_init();
		have = __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
	}
	return have;
}
#endif							/* CIRC_HAVE_FMA */

/*
 * sincos_argument() of the arguments uw[2i] of n weighted rows, into s[i]
 * and c[i]: two at a time where the vector kernel runs, else one by one.
 */
ANGLE_FMA_CLONES void
circ_batch_sincos(const double *uw, int n, bool degrees, double *s, double *c)
{
#ifdef CIRC_HAVE_FMA
	if (degrees && circ_batch_have_simd())
	{
		batch_sincosd_fma(uw, n, s, c);
		return;
	}
#endif
	for (int i = 0; i < n; i++)
		sincos_argument(uw[2 * i], degrees, s + i, c + i);
}

/* Sum the terms of n rows: the vector kernel where it runs, then scalar. */
void
circ_batch_sum(const double *u, int n, bool degrees, Wide *s, Wide *c)
{
	int			i = 0;

#ifdef CIRC_HAVE_FMA
	if (degrees && circ_batch_have_simd())
		i = circ_batch_fma(u, n, s, c);
#endif
	circ_batch_scalar(u + i, n - i, degrees, s, c);
}
