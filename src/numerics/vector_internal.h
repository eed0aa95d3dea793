/*
 * vector_internal.h
 *		What vector_kernel.c and vector_nd.c share: constants, exact minors,
 *		scaling by powers of two and the final atan2 of double-doubles.
 *		Include it first: the pragma below must precede every function
 *		definition of the including file.
 */
#ifndef ANGLE_VECTOR_INTERNAL_H
#define ANGLE_VECTOR_INTERNAL_H

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

#include "bits.h"
#include "eft.h"
#include "vector.h"

#define VEC_CLONES ANGLE_FMA_CLONES

#define VEC_INLINE ANGLE_ALWAYS_INLINE

/* The double nearest pi, and how often long loops check for interrupts. */
#define VEC_PI 0x1.921fb54442d18p+1
#define VEC_PI_LO 0x1.1a62633145c07p-53	/* pi - VEC_PI */
#define VEC_BLOCK 65536
#define VEC_LANES 4

/* Let the server check for interrupts in long loops (vector_nd.c). */
#define VEC_INTERRUPT() \
	do { \
		if (vec_interrupt_hook != NULL) \
			vec_interrupt_hook(); \
	} while (0)

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

/* The dot product of two 3-vectors as a double-double (Dot2). */
VEC_INLINE void
dot3_dd(const double *a, const double *b, double *h, double *l)
{
	double		e0,
				e1,
				e2,
				q1,
				q2,
				ch;

	ch = two_sum(two_prod(a[0], b[0], &e0), two_prod(a[1], b[1], &e1), &q1);
	ch = two_sum(ch, two_prod(a[2], b[2], &e2), &q2);
	*h = ch;
	*l = ((e0 + e1) + (e2 + q1)) + q2;
}

/* The cross product a x b as double-doubles, by fast_minor. */
VEC_INLINE void
cross3_fast(const double *a, const double *b, double *xh, double *xl)
{
	fast_minor(a[1], b[2], a[2], b[1], &xh[0], &xl[0]);
	fast_minor(a[2], b[0], a[0], b[2], &xh[1], &xl[1]);
	fast_minor(a[0], b[1], a[1], b[0], &xh[2], &xl[2]);
}

/* The largest |x_i| of a 3-vector. */
VEC_INLINE double
absmax3(const double *x)
{
	double		m = fabs(x[0]) > fabs(x[1]) ? fabs(x[0]) : fabs(x[1]);

	return fabs(x[2]) > m ? fabs(x[2]) : m;
}

/*
 * |y + z|^2 of a 3-vector given as double-doubles y + z, as an unnormalized
 * double-double: Dot2 of the high parts plus the cross terms of the lows.
 */
VEC_INLINE void
norm3_dd(const double *y, const double *z, double *h, double *l)
{
	double		e0,
				e1,
				e2,
				q1,
				q2,
				nh;

	nh = two_sum(two_prod(y[0], y[0], &e0), two_prod(y[1], y[1], &e1), &q1);
	nh = two_sum(nh, two_prod(y[2], y[2], &e2), &q2);
	*h = nh;
	*l = ((e0 + e1) + (e2 + q1)) + q2 +
		((z[0] * (2.0 * y[0] + z[0]) + z[1] * (2.0 * y[1] + z[1])) +
		 z[2] * (2.0 * y[2] + z[2]));
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

extern double vec_angle_n(const double *a, const double *b, int n, double ma,
						  double mb);

#endif							/* ANGLE_VECTOR_INTERNAL_H */
