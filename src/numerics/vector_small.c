/*
 * vector_small.c
 *		The quick path of vec_angle for n = 3 (vector_kernel.c): angle3's
 *		operations on vectors of moderate size, without its scaling, retries
 *		and checks, so the same bits for a fraction of the calls and
 *		branches; the general route serves the rest.
 */
#include "vector_internal.h"
#include "vector_fast.h"

/*
 * Is the largest |x_i| of a 3-vector in [2^-200, 2^200] (false for NaN and
 * infinities)?  On the bits: |x| orders as its bits without the sign, and
 * NaN and infinities lie above 2^200.
 */
VEC_INLINE bool
small_range3(const double *x)
{
	uint64_t	u[3],
				m;

	memcpy(u, x, sizeof(u));
	m = u[0] << 1 > u[1] << 1 ? u[0] << 1 : u[1] << 1;
	m = u[2] << 1 > m ? u[2] << 1 : m;
	/* 2^-200, 2^200: biased exponents 823, 1223 (here shifted by 53) */
	return m - (UINT64_C(823) << 53) <= (UINT64_C(400) << 53);
}

/*
 * The common case of n = 3 in one call: every |a_i|, |b_i| at most 2^200
 * and the largest of each vector at least 2^-200 (false for NaN and
 * infinities too), so that angle3 would work on the vectors as given.  The
 * operations are those of angle3(a, b, ..., false, false) in
 * vector_kernel.c, in the same order, so the bits are the same; false
 * where angle3 would scale the cross product (its largest component below
 * 2^-450, exactly parallel vectors included) or redo it with exact minors
 * (a tiny angle): vec_angle_path then takes the general route, which gives
 * those bits too.
 */
VEC_INLINE bool
angle3_quick_body(const double *a, const double *b, double *result)
{
	double		ch,
				cl,
				xh[3],
				xl[3],
				nh,
				nl,
				sh,
				sl;

	if (!(small_range3(a) & small_range3(b)))
		return false;

	dot3_dd(a, b, &ch, &cl);	/* C = a.b */
	cross3_fast(a, b, xh, xl);
	if (!(absmax3(xh) >= 0x1p-450))
		return false;
	norm3_dd(xh, xl, &nh, &nl);
	if (!(nh >= 0x1p-60 * (ch * 1.0) * (ch * 1.0)))
		return false;
	nh = fast_two_sum(nh, nl, &nl);
	dd_sqrt(nh, nl, &sh, &sl);
	*result = finish(sh * 1.0, sl * 1.0, ch, cl);
	return true;
}

/*
 * angle3_quick_body compiled for any CPU (FMA clone chosen at load time)
 * and for AVX-512F, whose 32 vector registers spare most of the spills of
 * the 16 of AVX2: the same IEEE operations (one fma each), the same bits.
 */
typedef bool (*Angle3Fn) (const double *a, const double *b, double *result);

VEC_CLONES static bool
angle3_quick_any(const double *a, const double *b, double *result)
{
	return angle3_quick_body(a, b, result);
}

/* Through a plain function: see pass_scalar in vector_fast.c. */
static bool
angle3_quick_plain(const double *a, const double *b, double *result)
{
	return angle3_quick_any(a, b, result);
}

#ifdef VEC_HAVE_SIMD
__attribute__((target("avx512f,avx2,fma"))) static bool
angle3_quick_avx512(const double *a, const double *b, double *result)
{
	return angle3_quick_body(a, b, result);
}
#endif

static Angle3Fn best_quick3 = NULL;

/* The quick n = 3 path of the given path (VEC_PATH_BEST: chosen once). */
VEC_INLINE Angle3Fn
quick3_of(VecPath path)
{
#ifdef VEC_HAVE_SIMD
	if (path == VEC_PATH_AVX512)
		return angle3_quick_avx512;
#endif
	if (path != VEC_PATH_BEST)
		return angle3_quick_plain;
	if (ANGLE_UNLIKELY(best_quick3 == NULL))
	{
		best_quick3 = angle3_quick_plain;
#ifdef VEC_HAVE_SIMD
		if (vec_path_available(VEC_PATH_AVX512))
			best_quick3 = angle3_quick_avx512;
#endif
	}
	return best_quick3;
}

/*
 * The quick n = 3 path on the given path (VEC_PATH_AVX512: the AVX-512F
 * build, VEC_PATH_BEST: the best one, others: the FMA clone); false where
 * the general route must serve.  Every build gives the same bits.
 */
bool
vec_angle3_quick(const double *a, const double *b, VecPath path,
				 double *result)
{
	return quick3_of(path) (a, b, result);
}
