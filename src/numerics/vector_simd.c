/*
 * vector_simd.c
 *		The one pass of vector_fast.c in AVX2+FMA and in AVX-512F: for each
 *		of a.a, b.b and a.b, eight lanes of compensated sums (Dot2 of Ogita,
 *		Rump and Oishi), lane k taking components 8i + k, then reduced
 *		pairwise.  The operations of each lane and of the reduction are
 *		those of pass_scalar() in vector_fast.c, in the same order, one fma
 *		per product, so every pass gives the same bits.  Components past n
 *		count as +0 (masked loads).
 */
#include "vector_internal.h"
#include "vector_fast.h"

#ifdef VEC_HAVE_SIMD
#include <immintrin.h>

#define AVX2_FN __attribute__((target("avx2,fma")))
#define AVX512_FN __attribute__((target("avx512f,avx2,fma")))

/* Add x*y to the 4-lane sum h + l: TwoProduct, TwoSum, l += q + e. */
AVX2_FN static inline void
acc4(__m256d *h, __m256d *l, __m256d x, __m256d y)
{
	__m256d		p = _mm256_mul_pd(x, y),
				e = _mm256_fmsub_pd(x, y, p),
				s = _mm256_add_pd(*h, p),
				bb = _mm256_sub_pd(s, *h),
				q = _mm256_add_pd(_mm256_sub_pd(*h, _mm256_sub_pd(s, bb)),
								  _mm256_sub_pd(p, bb));

	*l = _mm256_add_pd(*l, _mm256_add_pd(q, e));
	*h = s;
}

/* Start the 4-lane sum h + l with x*y: h = the product, l = its error. */
AVX2_FN static inline void
init4(__m256d *h, __m256d *l, __m256d x, __m256d y)
{
	*h = _mm256_mul_pd(x, y);
	*l = _mm256_fmsub_pd(x, y, *h);
}

/* The first eight components start the lanes (vector_fast.c: init8). */
AVX2_FN static inline void
init8_avx2(__m256d h[3][2], __m256d l[3][2], const __m256d x[2],
		   const __m256d y[2])
{
	for (int half = 0; half < 2; half++)
	{
		init4(&h[0][half], &l[0][half], x[half], x[half]);
		init4(&h[1][half], &l[1][half], y[half], y[half]);
		init4(&h[2][half], &l[2][half], x[half], y[half]);
	}
}

/* Eight components: lanes 0-3 in h[.][0], lanes 4-7 in h[.][1]. */
AVX2_FN static inline void
step8_avx2(__m256d h[3][2], __m256d l[3][2], const __m256d x[2],
		   const __m256d y[2])
{
	for (int half = 0; half < 2; half++)
	{
		acc4(&h[0][half], &l[0][half], x[half], x[half]);
		acc4(&h[1][half], &l[1][half], y[half], y[half]);
		acc4(&h[2][half], &l[2][half], x[half], y[half]);
	}
}

/* Two-lane combine (h1, l1) into (h0, l0): TwoSum, l0 = (l0 + l1) + e. */
AVX2_FN static inline void
comb2(__m128d *h0, __m128d *l0, __m128d h1, __m128d l1)
{
	__m128d		s = _mm_add_pd(*h0, h1),
				bb = _mm_sub_pd(s, *h0),
				e = _mm_add_pd(_mm_sub_pd(*h0, _mm_sub_pd(s, bb)),
							   _mm_sub_pd(h1, bb));

	*l0 = _mm_add_pd(_mm_add_pd(*l0, l1), e);
	*h0 = s;
}

/*
 * Reduce lanes 0-3 (h, l) of lanes k + 4 already added: lane k with k + 2,
 * then k + 1 (the steps w = 2, 1 of lanes_sum() in vector_fast.c).
 */
AVX2_FN static inline void
reduce4(__m256d h, __m256d l, double *hs, double *ls)
{
	__m128d		h0 = _mm256_castpd256_pd128(h),
				l0 = _mm256_castpd256_pd128(l);

	comb2(&h0, &l0, _mm256_extractf128_pd(h, 1), _mm256_extractf128_pd(l, 1));
	comb2(&h0, &l0, _mm_unpackhi_pd(h0, h0), _mm_unpackhi_pd(l0, l0));
	*hs = _mm_cvtsd_f64(h0);
	*ls = _mm_cvtsd_f64(l0);
}

/* Lanes k and k + 4 of the 4-lane halves (h0, l0), (h1, l1): the step w = 4. */
AVX2_FN static inline void
comb4(__m256d *h0, __m256d *l0, __m256d h1, __m256d l1)
{
	__m256d		s = _mm256_add_pd(*h0, h1),
				bb = _mm256_sub_pd(s, *h0),
				e = _mm256_add_pd(_mm256_sub_pd(*h0, _mm256_sub_pd(s, bb)),
								  _mm256_sub_pd(h1, bb));

	*l0 = _mm256_add_pd(_mm256_add_pd(*l0, l1), e);
	*h0 = s;
}

/* The pass on a CPU with AVX2 and FMA. */
AVX2_FN void
vec_pass_avx2(const double *a, const double *b, int n, VecSums *r)
{
	__m256d		h[3][2],
				l[3][2],
				x[2],
				y[2];
	int			n8 = n & ~(VEC_FAST_LANES - 1),
				i,
				j;

	if (n < VEC_FAST_LANES)
		n8 = 0;
	else
	{
		x[0] = _mm256_loadu_pd(a);
		x[1] = _mm256_loadu_pd(a + 4);
		y[0] = _mm256_loadu_pd(b);
		y[1] = _mm256_loadu_pd(b + 4);
		init8_avx2(h, l, x, y);
	}
	for (i = VEC_FAST_LANES; i < n8; i = j)
	{
		int			end = (n8 - i > VEC_BLOCK) ? i + VEC_BLOCK : n8;

		for (j = i; j < end; j += VEC_FAST_LANES)
		{
			x[0] = _mm256_loadu_pd(a + j);
			x[1] = _mm256_loadu_pd(a + j + 4);
			y[0] = _mm256_loadu_pd(b + j);
			y[1] = _mm256_loadu_pd(b + j + 4);
			step8_avx2(h, l, x, y);
		}
		if (end < n)
			VEC_INTERRUPT();
	}
	if (n8 < n)
	{
		__m256i		lane = _mm256_setr_epi64x(0, 1, 2, 3),
					m0 = _mm256_cmpgt_epi64(_mm256_set1_epi64x(n - n8), lane),
					m1 = _mm256_cmpgt_epi64(_mm256_set1_epi64x(n - n8 - 4), lane);

		x[0] = _mm256_maskload_pd(a + n8, m0);
		x[1] = _mm256_maskload_pd(a + n8 + 4, m1);
		y[0] = _mm256_maskload_pd(b + n8, m0);
		y[1] = _mm256_maskload_pd(b + n8 + 4, m1);
		if (n8 == 0)
			init8_avx2(h, l, x, y);
		else
			step8_avx2(h, l, x, y);
	}
	for (int s = 0; s < 3; s++)
	{
		comb4(&h[s][0], &l[s][0], h[s][1], l[s][1]);
		reduce4(h[s][0], l[s][0], &r->h[s], &r->l[s]);
	}
}

/* Add x*y to the 8-lane sum h + l (as acc4). */
AVX512_FN static inline void
acc8(__m512d *h, __m512d *l, __m512d x, __m512d y)
{
	__m512d		p = _mm512_mul_pd(x, y),
				e = _mm512_fmsub_pd(x, y, p),
				s = _mm512_add_pd(*h, p),
				bb = _mm512_sub_pd(s, *h),
				q = _mm512_add_pd(_mm512_sub_pd(*h, _mm512_sub_pd(s, bb)),
								  _mm512_sub_pd(p, bb));

	*l = _mm512_add_pd(*l, _mm512_add_pd(q, e));
	*h = s;
}

/* The pass on a CPU with AVX-512F; the tail by a masked load. */
AVX512_FN void
vec_pass_avx512(const double *a, const double *b, int n, VecSums *r)
{
	__m512d		h[3],
				l[3],
				x,
				y;
	int			n8 = n & ~(VEC_FAST_LANES - 1),
				i,
				j;

	if (n < VEC_FAST_LANES)
	{
		__mmask8	m = (__mmask8) ((1u << n) - 1);

		x = _mm512_maskz_loadu_pd(m, a);
		y = _mm512_maskz_loadu_pd(m, b);
		n8 = n;
	}
	else
	{
		x = _mm512_loadu_pd(a);
		y = _mm512_loadu_pd(b);
	}
	/* the first eight components start the lanes (vector_fast.c: init8) */
	h[0] = _mm512_mul_pd(x, x);
	l[0] = _mm512_fmsub_pd(x, x, h[0]);
	h[1] = _mm512_mul_pd(y, y);
	l[1] = _mm512_fmsub_pd(y, y, h[1]);
	h[2] = _mm512_mul_pd(x, y);
	l[2] = _mm512_fmsub_pd(x, y, h[2]);
	for (i = VEC_FAST_LANES; i < n8; i = j)
	{
		int			end = (n8 - i > VEC_BLOCK) ? i + VEC_BLOCK : n8;

		for (j = i; j < end; j += VEC_FAST_LANES)
		{
			x = _mm512_loadu_pd(a + j);
			y = _mm512_loadu_pd(b + j);
			acc8(&h[0], &l[0], x, x);
			acc8(&h[1], &l[1], y, y);
			acc8(&h[2], &l[2], x, y);
		}
		if (end < n)
			VEC_INTERRUPT();
	}
	if (n8 < n)
	{
		__mmask8	m = (__mmask8) ((1u << (n - n8)) - 1);

		x = _mm512_maskz_loadu_pd(m, a + n8);
		y = _mm512_maskz_loadu_pd(m, b + n8);
		acc8(&h[0], &l[0], x, x);
		acc8(&h[1], &l[1], y, y);
		acc8(&h[2], &l[2], x, y);
	}
	for (int s = 0; s < 3; s++)
	{
		__m256d		h0 = _mm512_castpd512_pd256(h[s]),
					l0 = _mm512_castpd512_pd256(l[s]);

		comb4(&h0, &l0, _mm512_extractf64x4_pd(h[s], 1),
			  _mm512_extractf64x4_pd(l[s], 1));
		reduce4(h0, l0, &r->h[s], &r->l[s]);
	}
}
#endif							/* VEC_HAVE_SIMD */
