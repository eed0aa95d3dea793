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
 * transformations below depend on IEEE rounding of every operation.
 */
#ifdef ANGLE_STANDALONE
#define VEC_INTERRUPT() ((void) 0)
#include <math.h>
#include "angle.h"
#else
#include "postgres.h"
#include "miscadmin.h"
#include "angle.h"
#define VEC_INTERRUPT() CHECK_FOR_INTERRUPTS()
#endif

#include <float.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

/*
 * Contracting a * b + c into one fma would break the error-free
 * transformations (GCC does it across statements by default in GNU C mode
 * when the target has FMA).
 */
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#elif defined(__GNUC__)
#pragma GCC optimize ("fp-contract=off")
#endif

#define VEC_CLONES ANGLE_FMA_CLONES

#if defined(__GNUC__)
#define VEC_INLINE static inline __attribute__((always_inline))
#else
#define VEC_INLINE static inline
#endif

/* The double nearest pi, and how often long loops check for interrupts. */
#define VEC_PI 0x1.921fb54442d18p+1
#define VEC_PI_LO 0x1.1a62633145c07p-53	/* pi - VEC_PI */
#define VEC_BLOCK 65536
#define VEC_LANES 4

/* Error-free product: returns fl(a*b), *e = a*b - fl(a*b). */
VEC_INLINE double
two_prod(double a, double b, double *e)
{
	double		p = a * b;

	*e = fma(a, b, -p);
	return p;
}

/* Error-free sum: returns fl(a+b), *e = a+b - fl(a+b). */
VEC_INLINE double
two_sum(double a, double b, double *e)
{
	double		s = a + b;
	double		bb = s - a;

	*e = (a - (s - bb)) + (b - bb);
	return s;
}

/* Error-free sum when |a| >= |b| (or a == 0). */
VEC_INLINE double
fast_two_sum(double a, double b, double *e)
{
	double		s = a + b;

	*e = b - (s - a);
	return s;
}

/* Double-double sum, relative error <= 3u^2 (Joldes-Muller-Popescu). */
VEC_INLINE void
dd_add(double ah, double al, double bh, double bl, double *h, double *l)
{
	double		e,
				f,
				s,
				t;

	s = two_sum(ah, bh, &e);
	t = two_sum(al, bl, &f);
	e += t;
	s = fast_two_sum(s, e, &e);
	e += f;
	*h = fast_two_sum(s, e, l);
}

/* x0*y0 - x1*y1 as a double-double, relative error <= 3u^2. */
VEC_INLINE void
dd_minor(double x0, double y0, double x1, double y1, double *h, double *l)
{
	double		e,
				f,
				p,
				q;

	p = two_prod(x0, y0, &e);
	q = two_prod(x1, y1, &f);
	dd_add(p, e, -q, -f, h, l);
}

/* Double-double product (ah+al)(bh+bl). */
VEC_INLINE void
dd_mul(double ah, double al, double bh, double bl, double *h, double *l)
{
	double		e,
				p;

	p = two_prod(ah, bh, &e);
	e += ah * bl + al * bh;
	*h = fast_two_sum(p, e, l);
}

/* Double-double square root of h + l >= 0. */
VEC_INLINE void
dd_sqrt(double h, double l, double *sh, double *sl)
{
	double		r;

	if (h <= 0.0)
	{
		*sh = *sl = 0.0;
		return;
	}
	r = sqrt(h);
	*sh = r;
	*sl = (fma(-r, r, h) + l) / (2.0 * r);
}

/* floor(log2(x)) for finite x > 0, subnormals included. */
VEC_INLINE int
exponent_of(double x)
{
	uint64_t	bits;
	int			e;

	memcpy(&bits, &x, sizeof(bits));
	e = (int) ((bits >> 52) & 0x7ff);
	if (e == 0)
	{
		x *= 0x1p64;
		memcpy(&bits, &x, sizeof(bits));
		return (int) ((bits >> 52) & 0x7ff) - 1023 - 64;
	}
	return e - 1023;
}

/* 2^k for -1022 <= k <= 1023. */
VEC_INLINE double
pow2(int k)
{
	uint64_t	bits = (uint64_t) (k + 1023) << 52;
	double		d;

	memcpy(&d, &bits, sizeof(d));
	return d;
}

/*
 * Factors f1, f2 with m * f1 * f2 in [1, 4), both products exact for
 * components that stay normal.
 */
VEC_INLINE void
scale_for(double m, double *f1, double *f2)
{
	int			k = -exponent_of(m);

	*f2 = 1.0;
	if (k > 1000)
	{
		*f1 = pow2(1000);
		*f2 = pow2(k - 1000);
	}
	else
		*f1 = pow2(k < -1022 ? -1022 : k);
}

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

/*
 * atan2(sh + sl, ch + cl) for double-doubles, as a double-double *hi + *lo.
 * libm's atan2 is slow, so the quotient of the smaller by the larger part
 * is formed as a double-double, atan of its high part is corrected to
 * first order for its low part, and pi or pi/2 is added as a double-double.
 */
VEC_INLINE void
finish_dd(double sh, double sl, double ch, double cl, double *hi, double *lo)
{
	double		qh,
				t,
				e,
				sign = 1.0;

	if (sh == 0.0)
	{
		/* exactly (anti)parallel */
		*hi = ch > 0.0 ? 0.0 : VEC_PI;
		*lo = ch > 0.0 ? 0.0 : VEC_PI_LO;
		return;
	}
	if (sh < 0.0)
	{
		sign = -1.0;
		sh = -sh;
		sl = -sl;
	}
	if (sh <= fabs(ch))
	{
		bool		neg = ch < 0.0;

		if (neg)
		{
			ch = -ch;
			cl = -cl;
		}
		qh = sh / ch;			/* exactly 1 if sh == ch: pi/4 exactly */
		t = (fma(-qh, ch, sh) + (sl - qh * cl)) / (ch + ch * (qh * qh));
		if (!neg)
		{
			*hi = sign * atan(qh);
			*lo = sign * t;
			return;
		}
		*hi = sign * fast_two_sum(VEC_PI, -atan(qh), &e);
		*lo = sign * ((e + VEC_PI_LO) - t);
		return;
	}
	qh = ch / sh;
	t = (fma(-qh, sh, ch) + (cl - qh * sl)) / (sh + sh * (qh * qh));
	*hi = sign * fast_two_sum(0.5 * VEC_PI, -atan(qh), &e);
	*lo = sign * ((e + 0.5 * VEC_PI_LO) - t);
}

/* finish_dd rounded to a double: one rounding beyond atan's own. */
VEC_INLINE double
finish(double sh, double sl, double ch, double cl)
{
	double		hi,
				lo;

	finish_dd(sh, sl, ch, cl, &hi, &lo);
	return hi + lo;
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
 * x0*y0 - x1*y1 as an unnormalized double-double, cheaper than dd_minor: the
 * absolute error is below u^2 (|x0 y0| + |x1 y1|), which is negligible
 * unless the minor cancels to that order.
 */
VEC_INLINE void
fast_minor(double x0, double y0, double x1, double y1, double *h, double *l)
{
	double		e,
				f,
				t;

	*h = two_sum(two_prod(x0, y0, &e), -two_prod(x1, y1, &f), &t);
	*l = t + (e - f);
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
				e0,
				e1,
				e2,
				q1,
				q2,
				m,
				f = 1.0,
				fi = 1.0,
				ys[3],
				zs[3];
	const double *y,
			   *z;

	/* C = a.b (Dot2) */
	ch = two_sum(two_prod(a[0], b[0], &e0), two_prod(a[1], b[1], &e1), &q1);
	ch = two_sum(ch, two_prod(a[2], b[2], &e2), &q2);
	cl = ((e0 + e1) + (e2 + q1)) + q2;

	for (;;)
	{
		if (accurate)
		{
			dd_minor(a[1], b[2], a[2], b[1], &xh[0], &xl[0]);
			dd_minor(a[2], b[0], a[0], b[2], &xh[1], &xl[1]);
			dd_minor(a[0], b[1], a[1], b[0], &xh[2], &xl[2]);
		}
		else
		{
			fast_minor(a[1], b[2], a[2], b[1], &xh[0], &xl[0]);
			fast_minor(a[2], b[0], a[0], b[2], &xh[1], &xl[1]);
			fast_minor(a[0], b[1], a[1], b[0], &xh[2], &xl[2]);
		}

		/* S = |a x b|, scaled by a power of two if squares could underflow */
		m = fabs(xh[0]) > fabs(xh[1]) ? fabs(xh[0]) : fabs(xh[1]);
		m = fabs(xh[2]) > m ? fabs(xh[2]) : m;
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
		nh = two_sum(two_prod(y[0], y[0], &e0), two_prod(y[1], y[1], &e1), &q1);
		nh = two_sum(nh, two_prod(y[2], y[2], &e2), &q2);
		nl = ((e0 + e1) + (e2 + q1)) + q2 +
			((z[0] * (2.0 * y[0] + z[0]) + z[1] * (2.0 * y[1] + z[1])) +
			 z[2] * (2.0 * y[2] + z[2]));
		if (accurate || nh >= 0x1p-60 * (ch * f) * (ch * f))
			break;
		accurate = true;		/* tiny angle: redo with exact minors */
	}
	nh = fast_two_sum(nh, nl, &nl);
	dd_sqrt(nh, nl, &sh, &sl);
	return finish(sh * fi, sl * fi, ch, cl);
}

/* Accumulators of a compensated sum: value hi + lo. */
typedef struct DDSum
{
	double		hi;
	double		lo;
} DDSum;

/* Add the exact product x*y (plus a small extra term) to a DDSum. */
VEC_INLINE void
sum_prod(DDSum *s, double x, double y, double extra)
{
	double		e,
				q;

	s->hi = two_sum(s->hi, two_prod(x, y, &e), &q);
	s->lo += (e + q) + extra;
}

/* The sums one pass over n > 3 components accumulates. */
typedef struct NSums
{
	DDSum		aa;				/* |x|^2 */
	DDSum		ab;				/* x.y */
	DDSum		mm;				/* |m|^2 */
	DDSum		xm;				/* x.m */
	double		mmax;			/* max |m_i| (hi and lo parts) */
} NSums;

/* One component's contribution to the sums of one lane (see nd_pass). */
VEC_INLINE void
nd_step(double x, double y, double ap, double bp, double fm, bool accurate,
		DDSum *aa, DDSum *ab, DDSum *mm, DDSum *xm, double *mmax)
{
	double		mh,
				ml;

	sum_prod(aa, x, x, 0.0);
	sum_prod(ab, x, y, 0.0);
	if (accurate)
		dd_minor(ap, y, x, bp, &mh, &ml);
	else
		fast_minor(ap, y, x, bp, &mh, &ml);
	mh *= fm;
	ml *= fm;
	*mmax = fabs(mh) > *mmax ? fabs(mh) : *mmax;
	*mmax = fabs(ml) > *mmax ? fabs(ml) : *mmax;
	sum_prod(mm, mh, mh, ml * (2.0 * mh + ml));
	sum_prod(xm, x, mh, x * ml);
}

/*
 * One pass over the scaled vectors x = a*sc0*sc1, y = b*sc2*sc3: |x|^2, x.y
 * and, for the minors m_i = ap*y_i - x_i*bp times fm, |m|^2 and x.m.  The
 * minors are exact double-doubles if "accurate", else from fast_minor.
 * VEC_LANES independent sets of sums let the compiler use SIMD.
 */
VEC_INLINE void
nd_pass(const double *a, const double *b, int n, const double *sc,
		double ap, double bp, double fm, bool accurate, NSums *r)
{
	DDSum		aa[VEC_LANES] = {{0}},
				ab[VEC_LANES] = {{0}},
				mm[VEC_LANES] = {{0}},
				xm[VEC_LANES] = {{0}};
	double		mmax[VEC_LANES] = {0};
	int			i,
				j,
				k;

	for (i = 0; i < n; i = j)
	{
		int			end = (n - i > VEC_BLOCK) ? i + VEC_BLOCK : n;

		for (j = i; j + VEC_LANES <= end; j += VEC_LANES)
		{
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC unroll 4
#endif
			for (k = 0; k < VEC_LANES; k++)
				nd_step(a[j + k] * sc[0] * sc[1], b[j + k] * sc[2] * sc[3],
						ap, bp, fm, accurate,
						&aa[k], &ab[k], &mm[k], &xm[k], &mmax[k]);
		}
		for (; j < end; j++)
			nd_step(a[j] * sc[0] * sc[1], b[j] * sc[2] * sc[3],
					ap, bp, fm, accurate,
					&aa[0], &ab[0], &mm[0], &xm[0], &mmax[0]);
		if (end < n)
			VEC_INTERRUPT();
	}
	memset(r, 0, sizeof(*r));
	for (k = 0; k < VEC_LANES; k++)
	{
		double		e;

		r->aa.hi = two_sum(r->aa.hi, aa[k].hi, &e);
		r->aa.lo += e + aa[k].lo;
		r->ab.hi = two_sum(r->ab.hi, ab[k].hi, &e);
		r->ab.lo += e + ab[k].lo;
		r->mm.hi = two_sum(r->mm.hi, mm[k].hi, &e);
		r->mm.lo += e + mm[k].lo;
		r->xm.hi = two_sum(r->xm.hi, xm[k].hi, &e);
		r->xm.lo += e + xm[k].lo;
		r->mmax = mmax[k] > r->mmax ? mmax[k] : r->mmax;
	}
}

/* nd_pass with fast minors. */
VEC_CLONES static void
nd_sums_fast(const double *a, const double *b, int n, const double *sc,
			 double ap, double bp, NSums *r)
{
	nd_pass(a, b, n, sc, ap, bp, 1.0, false, r);
}

/* nd_pass with exact minors, scaled by fm. */
VEC_CLONES static void
nd_sums_exact(const double *a, const double *b, int n, const double *sc,
			  double ap, double bp, double fm, NSums *r)
{
	nd_pass(a, b, n, sc, ap, bp, fm, true, r);
}

/* Angle for n > 3 (see the file header); ma, mb: largest |a_i|, |b_i|. */
static double
angle_n(const double *a, const double *b, int n, double ma, double mb)
{
	double		sc[4],
				ap,
				bp,
				fm = 1.0,
				fi = 1.0,
				ah,
				al,
				ch,
				cl,
				mh,
				ml,
				eh,
				el,
				th,
				tl,
				uh,
				ul,
				sh,
				sl,
				e;
	NSums		r;
	bool		accurate = false;
	int			p = 0;

	scale_for(ma, &sc[0], &sc[1]);
	scale_for(mb, &sc[2], &sc[3]);
	while (fabs(a[p]) != ma)
		p++;
	ap = a[p] * sc[0] * sc[1];
	bp = b[p] * sc[2] * sc[3];

	for (;;)
	{
		if (accurate)
			nd_sums_exact(a, b, n, sc, ap, bp, fm, &r);
		else
			nd_sums_fast(a, b, n, sc, ap, bp, &r);
		ah = two_sum(r.aa.hi, r.aa.lo, &al);
		ch = two_sum(r.ab.hi, r.ab.lo, &cl);
		if (r.mmax == 0.0)
			return finish(0.0, 0.0, ch, cl);	/* exactly (anti)parallel */
		mh = two_sum(r.mm.hi, r.mm.lo, &ml);
		eh = two_sum(r.xm.hi, r.xm.lo, &el);

		/* (S |a_p| fm)^2 = |a|^2 |m|^2 - (a.m)^2 */
		dd_mul(ah, al, mh, ml, &th, &tl);
		dd_mul(eh, el, eh, el, &uh, &ul);
		dd_add(th, tl, -uh, -ul, &th, &tl);
		if (accurate)
			break;

		/*
		 * Below about 2^-30 rad, redo with exact minors, scaled if their
		 * squares could underflow.
		 */
		if (r.mmax >= 0x1p-300 && th >= 0x1p-60 * (ch * ap) * (ch * ap))
			break;
		accurate = true;
		if (r.mmax < 0x1p-300)
		{
			int			k = exponent_of(r.mmax);

			k = k < -1000 ? -1000 : k;
			fm = pow2(-k);
			fi = pow2(k);
		}
	}
	dd_sqrt(th, tl, &sh, &sl);

	/* compare with C |a_p| */
	ap = fabs(ap);
	ch = two_prod(ch, ap, &e);
	ch = fast_two_sum(ch, e + cl * ap, &cl);
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

/* Unsigned angle in radians, [0, pi], between two n-vectors. */
VecStatus
vec_angle(const double *a, const double *b, int n, double *result)
{
	double		ma,
				mb,
				h[3],
				l[3];
	int			flags;
	VecStatus	st;

	if (n <= 0)
		return VEC_ZERO;
	if ((n == 2 || n == 3) && finite_small(a, n) && finite_small(b, n))
		return angle_small(a, b, n, false, false, result, h, l);
	flags = scan(a, n, &ma);
	flags |= scan(b, n, &mb);
	st = status_of(flags, ma, mb, 1.0);
	if (st != VEC_OK || n <= 3)
	{
		if (st == VEC_OK)		/* n == 1 */
			*result = ((a[0] > 0.0) == (b[0] > 0.0)) ? 0.0 : VEC_PI;
		return st;
	}
	*result = angle_n(a, b, n, ma, mb);
	return VEC_OK;
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
