/*
 * vector_kernel.c
 *		Accurate angles between vectors of doubles.
 *
 * The angle is atan2(S, C) with C = a.b and S = |a||b| sin(angle), both
 * carried as double-doubles (hi + lo) with relative errors near 2^-100, so
 * no cancellation near 0, pi/2 or pi can spoil them.  finish() evaluates
 * atan2 of the double-doubles: one libm atan plus a first-order correction,
 * so the result is within about 1 ULP (measured: below 1 ULP).
 *
 * C comes from error-free products (fma) and compensated sums.  S comes
 * from 2x2 minors, computed exactly:
 *	 n = 2: the determinant a0 b1 - a1 b0;
 *	 n = 3: the cross product, then its norm;
 *	 n > 3: with p the index of the largest |a_i| and m = a_p b - b_p a
 *			(its components are minors), S |a_p| = sqrt(|a|^2 |m|^2 - (a.m)^2);
 *			that subtraction loses at most log2(n + 1) bits, at any angle.
 * Exactly parallel vectors make every minor exactly zero: S = 0, and the
 * angle is exactly 0 or pi.  A cheaper minor (fast_minor) serves above about
 * 2^-30 rad, where its absolute error of order 2^-106 |a||b| is harmless.
 *
 * Vectors are scaled by exact powers of two where needed, so that huge,
 * tiny and subnormal components neither overflow nor underflow; 3-vectors
 * of moderate size skip that.
 *
 * Never compile this with -ffast-math or associative math: the error-free
 * transformations (eft.h) depend on IEEE rounding of every operation.
 * vector_nd.c has the n > 3 case, vector_sign.c the exact determinant.
 * For n > 3, vec_angle tries the one-pass kernel of vector_fast.c first;
 * for n = 3, the quick path of vector_small.c, which has the bits of
 * angle3 on vectors of moderate size and hands the rest back.
 */
#include "vector_internal.h"
#include "vector_fast.h"

/* Scan for NaN/Inf and the largest |x_i|; returns 1 for NaN, 2 for Inf. */
static int
scan(const double *x, int n, double *maxabs)
{
	double		m = 0.0;
	bool		nan = false;
	int			i,
				j;

	for (i = 0; i < n; i = j)
	{
		int			end = (n - i > VEC_BLOCK) ? i + VEC_BLOCK : n;

		for (j = i; j < end; j++)
		{
			double		v = fabs(x[j]);

			nan |= (v != v);
			m = (v > m) ? v : m;
		}
		if (end < n)
			VEC_INTERRUPT();
	}
	*maxabs = m;
	return nan ? 1 : (m > DBL_MAX ? 2 : 0);
}

/* Status for scan flags and largest magnitudes of the inputs. */
static VecStatus
status_of(int flags, double m1, double m2, double m3)
{
	if (flags & 1)
		return VEC_NAN;
	if (flags & 2)
		return VEC_INF;
	if (m1 == 0.0 || m2 == 0.0 || m3 == 0.0)
		return VEC_ZERO;
	return VEC_OK;
}

/* atan2 of double-doubles as a double-double (for the circular mean). */
VEC_CLONES void
vec_atan2_dd(double sh, double sl, double ch, double cl, double *hi,
			 double *lo)
{
	finish_dd(sh, sl, ch, cl, hi, lo);
}

/*
 * Angle for 2-vectors, signed (counter-clockwise) if asked, into *result.
 * Returns false if unscaled vectors must be scaled first (tiny a x b).
 */
VEC_CLONES static bool
angle2(const double *a, const double *b, bool is_signed, bool scaled,
	   double *result)
{
	double		sh,
				sl,
				ch,
				cl;

	dd_minor(a[0], b[1], a[1], b[0], &sh, &sl);
	if (fabs(sh) < 0x1p-900 && !scaled)
		return false;
	dd_minor(a[0], b[0], -a[1], b[1], &ch, &cl);
	if (!is_signed && sh < 0.0)
	{
		sh = -sh;
		sl = -sl;
	}
	*result = finish(sh, sl, ch, cl);
	return true;
}

/*
 * Angle for 3-vectors whose largest components are in [2^-200, 2^200]
 * (or that were scaled); also returns the cross product a x b in xh + xl.
 * Returns -1 if the vectors must be scaled first (tiny cross product of
 * unscaled vectors).  Unless "accurate", the cross product comes from
 * fast_minor, which is redone with dd_minor for angles below about 2^-30.
 */
VEC_CLONES static double
angle3(const double *a, const double *b, double *xh, double *xl,
	   bool accurate, bool scaled)
{
	double		ch,
				cl,
				nh,
				nl,
				sh,
				sl,
				m,
				f = 1.0,
				fi = 1.0,
				ys[3],
				zs[3];
	const double *y,
			   *z;

	dot3_dd(a, b, &ch, &cl);	/* C = a.b */

	for (;;)
	{
		if (accurate)
		{
			dd_minor(a[1], b[2], a[2], b[1], &xh[0], &xl[0]);
			dd_minor(a[2], b[0], a[0], b[2], &xh[1], &xl[1]);
			dd_minor(a[0], b[1], a[1], b[0], &xh[2], &xl[2]);
		}
		else
			cross3_fast(a, b, xh, xl);

		/* S = |a x b|, scaled by a power of two if squares could underflow */
		m = absmax3(xh);
		if (m < 0x1p-900 && !scaled)
			return -1.0;
		if (m == 0.0)
		{
			if (accurate)		/* exactly (anti)parallel */
				return finish(0.0, 0.0, ch, cl);
			accurate = true;	/* fast_minor's lo parts may not be 0 */
			continue;
		}
		y = xh;
		z = xl;
		if (m < 0x1p-450)
		{
			int			k = exponent_of(m);

			k = k < -1000 ? -1000 : k;
			f = pow2(-k);
			fi = pow2(k);
			for (int i = 0; i < 3; i++)
			{
				ys[i] = xh[i] * f;
				zs[i] = xl[i] * f;
			}
			y = ys;
			z = zs;
		}
		norm3_dd(y, z, &nh, &nl);
		if (accurate || nh >= 0x1p-60 * (ch * f) * (ch * f))
			break;
		accurate = true;		/* tiny angle: redo with exact minors */
	}
	nh = fast_two_sum(nh, nl, &nl);
	dd_sqrt(nh, nl, &sh, &sl);
	return finish(sh * fi, sl * fi, ch, cl);
}

/* Are all of x_0..x_{n-1} (n = 2 or 3) finite? */
VEC_INLINE bool
finite_small(const double *x, int n)
{
	/* x - x is 0 for finite x, NaN otherwise */
	return (x[0] - x[0]) + (x[1] - x[1]) + (n > 2 ? x[2] - x[2] : 0.0) == 0.0;
}

/*
 * Largest |x_i| of a finite 2- or 3-vector; if out is not NULL, also copy x
 * to out scaled by a power of two so that the largest |x_i| is about 1.
 */
VEC_INLINE double
small_max(const double *x, int n, double *out)
{
	double		f1,
				f2,
				m = fabs(x[0]) > fabs(x[1]) ? fabs(x[0]) : fabs(x[1]);

	if (n > 2)
		m = fabs(x[2]) > m ? fabs(x[2]) : m;
	if (out != NULL && m != 0.0)
	{
		scale_for(m, &f1, &f2);
		for (int i = 0; i < n; i++)
			out[i] = x[i] * f1 * f2;
	}
	return m;
}

/*
 * Angle between finite 2- or 3-vectors (signed for n = 2 if asked); h, l
 * receive the cross product for n = 3 (exact minors if "accurate").  Works
 * on the vectors as given when their scale allows, else on scaled copies.
 */
VEC_INLINE VecStatus
angle_small(const double *a, const double *b, int n, bool is_signed,
			bool accurate, double *result, double *h, double *l)
{
	double		ma = small_max(a, n, NULL),
				mb = small_max(b, n, NULL),
				xa[3],
				xb[3];

	if (ma == 0.0 || mb == 0.0)
		return VEC_ZERO;
	if (ma >= 0x1p-200 && ma <= 0x1p200 && mb >= 0x1p-200 && mb <= 0x1p200)
	{
		if (n == 2 && angle2(a, b, is_signed, false, result))
			return VEC_OK;
		if (n == 3 && (*result = angle3(a, b, h, l, accurate, false)) >= 0.0)
			return VEC_OK;
	}
	(void) small_max(a, n, xa);
	(void) small_max(b, n, xb);
	if (n == 2)
		(void) angle2(xa, xb, is_signed, true, result);
	else
		*result = angle3(xa, xb, h, l, accurate, true);
	return VEC_OK;
}

/*
 * vec_angle on a given path; *fast: did the one-pass kernel certify the
 * result?  (vec_angle is this on VEC_PATH_BEST.)
 */
VecStatus
vec_angle_path(const double *a, const double *b, int n, VecPath path,
			   double *result, bool *fast)
{
	double		ma,
				mb,
				h[3],
				l[3];
	int			flags;
	VecStatus	st;

	*fast = false;
	if (n == 3 && path != VEC_PATH_EXACT &&
		vec_angle3_quick(a, b, path, result))
	{
		*fast = true;
		return VEC_OK;
	}
	if (n <= 0)
		return VEC_ZERO;
	if ((n == 2 || n == 3) && finite_small(a, n) && finite_small(b, n))
		return angle_small(a, b, n, false, false, result, h, l);
	if (n > 3 && path != VEC_PATH_EXACT &&
		vec_angle_fast(a, b, n, path, result))
	{
		*fast = true;
		return VEC_OK;
	}
	flags = scan(a, n, &ma);
	flags |= scan(b, n, &mb);
	st = status_of(flags, ma, mb, 1.0);
	if (st != VEC_OK || n <= 3)
	{
		if (st == VEC_OK)		/* n == 1 */
			*result = ((a[0] > 0.0) == (b[0] > 0.0)) ? 0.0 : VEC_PI;
		return st;
	}
	*result = vec_angle_n(a, b, n, ma, mb);
	return VEC_OK;
}

/*
 * vec_angle_path on VEC_PATH_EXACT, out of line: vec_angle's common case
 * then needs no frame of its own.
 */
static ANGLE_NOINLINE VecStatus
vec_angle_exact(const double *a, const double *b, int n, double *result)
{
	bool		fast;

	return vec_angle_path(a, b, n, VEC_PATH_EXACT, result, &fast);
}

/*
 * Unsigned angle in radians, [0, pi], between two n-vectors: vec_angle_path
 * on VEC_PATH_BEST, its quick and one-pass paths tried here first, the rest
 * of it (VEC_PATH_EXACT) where they do not serve.
 */
VecStatus
vec_angle(const double *a, const double *b, int n, double *result)
{
	if (n == 3 ? vec_angle3_quick(a, b, VEC_PATH_BEST, result) :
		n > 3 && vec_angle_fast(a, b, n, VEC_PATH_BEST, result))
		return VEC_OK;
	return vec_angle_exact(a, b, n, result);
}

/* Signed angle in radians, (-pi, pi], from a to b, for 2-vectors. */
VecStatus
vec_angle_signed2(const double *a, const double *b, double *result)
{
	double		ma,
				mb;
	int			flags;

	if (finite_small(a, 2) && finite_small(b, 2))
		return angle_small(a, b, 2, true, false, result, NULL, NULL);
	flags = scan(a, 2, &ma);
	flags |= scan(b, 2, &mb);
	return status_of(flags, ma, mb, 1.0);
}

/* Signed angle in radians, (-pi, pi], from a to b about axis, 3-vectors. */
VecStatus
vec_angle_signed3(const double *a, const double *b, const double *axis,
				  double *result)
{
	double		ma,
				mb,
				mx,
				xx[3],
				h[3],
				l[3],
				th,
				tl = 0.0,
				bound = 0.0,
				e,
				q;
	int			sign,
				flags;
	VecStatus	st;

	if (!finite_small(a, 3) || !finite_small(b, 3) || !finite_small(axis, 3))
	{
		flags = scan(a, 3, &ma);
		flags |= scan(b, 3, &mb);
		flags |= scan(axis, 3, &mx);
		return status_of(flags, ma, mb, mx);
	}
	if (small_max(axis, 3, xx) == 0.0)
		return VEC_ZERO;
	st = angle_small(a, b, 3, false, true, result, h, l);
	if (st != VEC_OK || *result == 0.0 ||
		(h[0] == 0.0 && h[1] == 0.0 && h[2] == 0.0))
		return st;

	/* sign of (a x b).axis: a filtered estimate, else exact */
	th = 0.0;
	for (int i = 0; i < 3; i++)
	{
		th = two_sum(th, two_prod(h[i], xx[i], &e), &q);
		tl += (e + q) + l[i] * xx[i];
		bound += fabs(h[i] * xx[i]);
	}
	th += tl;
	if (fabs(th) > bound * 0x1p-90 + 0x1p-1060)
		sign = th < 0.0 ? -1 : 1;
	else
		sign = vec_det3_sign(a, b, axis);
	if (sign < 0)
		*result = -*result;
	return VEC_OK;
}
