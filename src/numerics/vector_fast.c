/*
 * vector_fast.c
 *		The one-pass kernel of vec_angle for n >= 4, with an a-priori error
 *		bound; vector_kernel.c falls back to the exact two-pass kernel
 *		(vector_nd.c) where the bound cannot certify the result.
 *
 * One pass accumulates A = a.a, B = b.b and C = a.b, each as eight lanes
 * of compensated sums (TwoProduct by fma, TwoSum of the products, a plain
 * sum of the error terms: Dot2 of Ogita, Rump and Oishi), reduced pairwise
 * to double-doubles.  Then, with N = |a||b|, S^2 = AB - C^2 = N^2 sin^2(t)
 * in double-double arithmetic and t = atan2(S, C) by finish().  The lanes
 * run on AVX-512F, on AVX2+FMA (vector_simd.c) or in scalar code (here),
 * chosen at load time; each lane does the same IEEE operations in the same
 * order on every path, so the bits are the same.
 *
 * Error bound (u = 2^-53, gamma_k = ku/(1-ku), m = ceil(n/8)).  The TwoSums
 * of the high parts are exact, so each sum equals its high part plus all
 * error terms: n product errors (sum <= u T, T = sum |x_i y_i|) and n+7
 * TwoSum errors (each <= u(1+gamma_n) T).  The low part adds them in a tree
 * of height <= m + 10, so the double-double misses the sum by at most
 * k T, k = gamma_{m+10} (n+8) u (1+gamma_n) <= 1.001 (m+10)(n+8) u^2.  Then
 * T = A for A and B, T <= N for C (Cauchy-Schwarz); underflow adds at most
 * (4n+64) 2^-1074 absolute, below 2^-400 N once A, B >= 2^-400.  So A and
 * B are known to relative error r = k + 2^-400, and C to r N.  dd_mul
 * (<= 8.1u^2) and dd_add (<= 3u^2 relative to the result, Joldes-Muller-
 * Popescu), unscaled (A, B <= 2^400: no overflow; what underflows, such
 * as C^2 near pi/2, errs by at most 2^-1070 <= 2^-270 N^2), give
 * D = S^2 + e with |e| <= tau N^2, tau = 4.01 r + 37 u^2 + 2^-260.  The
 * kernel certifies only if D >= 2^62 tau N^2 (tested on the computed hi
 * parts, with margin): then
 * sin^2(t) >= 2^61.99 tau, the relative error of S is <= tau/sin^2(t) +
 * 8u^2 (dd_sqrt) <= 2^-61.9, and since S^2 + C^2 = N^2,
 * dt = sin(t) cos(t) dS/S - sin(t) dC/N, |dt| <= (2^-61.9 + r) sin(t)
 * <= 2^-61.5 t.  The inputs of finish() thus carry less than 2^-8.5 ULP of
 * the angle; finish() adds its own error, as in the exact kernel (about
 * 1 ULP).  Not certified: a zero, NaN or infinite input, A or B outside
 * [2^-400, 2^400] (the exact kernel scales), and angles whose sine is
 * below about 2^31 sqrt(tau) (about 2^-12 at n = 1000), exactly parallel
 * vectors included.
 */
#include "vector_internal.h"
#include "vector_fast.h"

/* Add x*y to the sum *h + *l: TwoProduct, TwoSum, *l += q + e. */
VEC_INLINE void
acc1(double *h, double *l, double x, double y)
{
	double		p = x * y,
				e = fma(x, y, -p),
				s = *h + p,
				bb = s - *h,
				q = (*h - (s - bb)) + (p - bb);

	*l = *l + (q + e);
	*h = s;
}

/* The eight lanes of the three sums of pass_scalar(). */
typedef struct VecLanes
{
	double		h[3][VEC_FAST_LANES];
	double		l[3][VEC_FAST_LANES];
} VecLanes;

/* Eight components into the eight lanes (vector_simd.c: step8_avx2). */
VEC_INLINE void
step8(VecLanes *r, const double *a, const double *b)
{
	for (int k = 0; k < VEC_FAST_LANES; k++)
	{
		acc1(&r->h[0][k], &r->l[0][k], a[k], a[k]);
		acc1(&r->h[1][k], &r->l[1][k], b[k], b[k]);
		acc1(&r->h[2][k], &r->l[2][k], a[k], b[k]);
	}
}

/*
 * The first eight components start the lanes: h = x*y, l = the error of
 * that product, the bits (up to the signs of zeros, which cannot reach a
 * certified result) of step8 on lanes of zeros, for a fraction of its work
 * (vector_simd.c: init8_avx2).
 */
VEC_INLINE void
init8(VecLanes *r, const double *a, const double *b)
{
	for (int k = 0; k < VEC_FAST_LANES; k++)
	{
		r->h[0][k] = two_prod(a[k], a[k], &r->l[0][k]);
		r->h[1][k] = two_prod(b[k], b[k], &r->l[1][k]);
		r->h[2][k] = two_prod(a[k], b[k], &r->l[2][k]);
	}
}

/*
 * Reduce the lanes of each sum pairwise, lane k with k + w for w = 4, 2, 1:
 * TwoSum of the high parts, l_k = (l_k + l_{k+w}) + e.
 */
VEC_INLINE void
lanes_reduce(VecLanes *v, VecSums *r)
{
	for (int s = 0; s < 3; s++)
	{
		double	   *h = v->h[s],
				   *l = v->l[s],
					e;

		for (int w = VEC_FAST_LANES / 2; w > 0; w /= 2)
			for (int k = 0; k < w; k++)
			{
				h[k] = two_sum(h[k], h[k + w], &e);
				l[k] = (l[k] + l[k + w]) + e;
			}
		r->h[s] = h[0];
		r->l[s] = l[0];
	}
}

/* The pass in scalar code, components past n counting as +0. */
VEC_CLONES static void
pass_scalar_clones(const double *a, const double *b, int n, VecSums *r)
{
	VecLanes	v;
	int			n8 = n & ~(VEC_FAST_LANES - 1),
				i,
				j;
	double		xa[VEC_FAST_LANES] = {0},
				xb[VEC_FAST_LANES] = {0};

	if (n < VEC_FAST_LANES)
	{
		for (i = 0; i < n; i++)
		{
			xa[i] = a[i];
			xb[i] = b[i];
		}
		init8(&v, xa, xb);
		lanes_reduce(&v, r);
		return;
	}
	init8(&v, a, b);
	for (i = VEC_FAST_LANES; i < n8; i = j)
	{
		int			end = (n8 - i > VEC_BLOCK) ? i + VEC_BLOCK : n8;

		for (j = i; j < end; j += VEC_FAST_LANES)
			step8(&v, a + j, b + j);
		if (end < n)
			VEC_INTERRUPT();
	}
	if (n8 < n)
	{
		for (i = n8; i < n; i++)
		{
			xa[i - n8] = a[i];
			xb[i - n8] = b[i];
		}
		step8(&v, xa, xb);
	}
	lanes_reduce(&v, r);
}

/*
 * pass_scalar_clones through a plain function: the address of an FMA clone
 * set (an ifunc) is not taken, which crashes llvm-lto 14's thin link.
 */
static void
pass_scalar(const double *a, const double *b, int n, VecSums *r)
{
	pass_scalar_clones(a, b, n, r);
}

/* The best pass this CPU runs. */
static VecPassFn
choose_pass(void)
{
#ifdef VEC_HAVE_SIMD
	__builtin_cpu_init();
	if (__builtin_cpu_supports("avx512f"))
		return vec_pass_avx512;
	if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
		return vec_pass_avx2;
#endif
	return pass_scalar;
}

static VecPassFn best_pass = NULL;

#if defined(__GNUC__)
/* Choose the pass when the library is loaded. */
__attribute__((constructor)) static void
init_pass(void)
{
	best_pass = choose_pass();
}
#endif

/* Does this build and CPU run the given path? */
bool
vec_path_available(VecPath path)
{
	VecPassFn	best = choose_pass();

	if (path == VEC_PATH_BEST || path == VEC_PATH_SCALAR ||
		path == VEC_PATH_EXACT)
		return true;
#ifdef VEC_HAVE_SIMD
	if (path == VEC_PATH_AVX2)
		return best == vec_pass_avx2 || best == vec_pass_avx512;
	if (path == VEC_PATH_AVX512)
		return best == vec_pass_avx512;
#endif
	(void) best;
	return false;
}

/* The angle from a pass's sums if the bound certifies it (file header). */
VEC_INLINE bool
angle_of_sums_body(const VecSums *r, int n, double *result)
{
	double		ah,
				al,
				bh,
				bl,
				ch,
				cl,
				ph,
				pl,
				qh,
				ql,
				dh,
				dl,
				sh,
				sl,
				tau;

	ah = two_sum(r->h[0], r->l[0], &al);
	bh = two_sum(r->h[1], r->l[1], &bl);
	ch = two_sum(r->h[2], r->l[2], &cl);

	/*
	 * false for NaN too.  In this range no scaling is needed: AB and C^2
	 * stay below 2^800, and AB >= 2^-800 keeps the error terms of dd_mul,
	 * dd_add and dd_sqrt normal; what underflows (products with a tiny
	 * low part, C^2 for an angle near pi/2) errs by at most 2^-1070
	 * absolute, within the 2^-260 N^2 of tau (file header).
	 */
	if (!(ah >= 0x1p-400 && ah <= 0x1p400 && bh >= 0x1p-400 && bh <= 0x1p400))
		return false;

	/* D = AB - C^2 */
	dd_mul(ah, al, bh, bl, &ph, &pl);
	dd_mul(ch, cl, ch, cl, &qh, &ql);
	dd_add(ph, pl, -qh, -ql, &dh, &dl);
	tau = (((double) ((n + 7) / 8) + 10.0) * ((double) n + 8.0) *
		   0x1p-106 * 1.001 + 0x1p-400) * 4.01 + 37.0 * 0x1p-106 + 0x1p-260;
	if (!(dh >= 0x1p62 * tau * ph))
		return false;
	dd_sqrt(dh, dl, &sh, &sl);
	*result = finish(sh, sl, ch, cl);
	return true;
}

/*
 * angle_of_sums_body for any CPU (FMA clone chosen at load time) and, after
 * the AVX-512F pass, for AVX-512F, whose 32 vector registers spare most
 * spills: the same IEEE operations (one fma each), the same bits.
 */
VEC_CLONES static bool
angle_of_sums(const VecSums *r, int n, double *result)
{
	return angle_of_sums_body(r, n, result);
}

#ifdef VEC_HAVE_SIMD
__attribute__((target("avx512f,avx2,fma"))) static bool
angle_of_sums_avx512(const VecSums *r, int n, double *result)
{
	return angle_of_sums_body(r, n, result);
}
#endif

/* The pass of the given path (VEC_PATH_BEST: chosen at load time). */
static VecPassFn
pass_of(VecPath path)
{
	if (path == VEC_PATH_SCALAR)
		return pass_scalar;
#ifdef VEC_HAVE_SIMD
	if (path == VEC_PATH_AVX2)
		return vec_pass_avx2;
	if (path == VEC_PATH_AVX512)
		return vec_pass_avx512;
#endif
	if (ANGLE_UNLIKELY(best_pass == NULL))
		best_pass = choose_pass();
	return best_pass;
}

/* The sums of the pass of the given path (for tests: the same bits). */
void
vec_fast_sums(const double *a, const double *b, int n, VecPath path,
			  VecSums *r)
{
	pass_of(path) (a, b, n, r);
}

/*
 * The one-pass angle for n >= 4 on the given path; false if not certified.
 */
bool
vec_angle_fast(const double *a, const double *b, int n, VecPath path,
			   double *result)
{
	VecSums		r;
	VecPassFn	pass = pass_of(path);

	pass(a, b, n, &r);
#ifdef VEC_HAVE_SIMD
	if (pass == vec_pass_avx512)
		return angle_of_sums_avx512(&r, n, result);
#endif
	return angle_of_sums(&r, n, result);
}
