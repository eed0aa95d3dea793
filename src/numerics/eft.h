/*
 * eft.h
 *		The error-free transformations and double-double arithmetic of the
 *		extension, in one place: TwoSum, FastTwoSum, TwoProduct and the
 *		double-double sum, product, quotient and square root built on them.
 *
 * They depend on IEEE rounding of every operation: never compile them with
 * -ffast-math, associative math or FMA contraction (the Makefile passes
 * -ffp-contract=off to every compilation, gcc and clang alike).  TwoProduct
 * uses fma(): one instruction in an ANGLE_FMA_CLONES function on a CPU
 * with FMA, libm's exact software fma() elsewhere; the same bits.
 */
#ifndef ANGLE_EFT_H
#define ANGLE_EFT_H

#include <math.h>

#include "bits.h"

/* Error-free product: returns fl(a*b), *e = a*b - fl(a*b) (no underflow). */
ANGLE_ALWAYS_INLINE double
two_prod(double a, double b, double *e)
{
	double		p = a * b;

	*e = fma(a, b, -p);
	return p;
}

/* Error-free sum (Knuth's TwoSum): returns fl(a+b), *e = a+b - fl(a+b). */
ANGLE_ALWAYS_INLINE double
two_sum(double a, double b, double *e)
{
	double		s = a + b;
	double		bb = s - a;

	*e = (a - (s - bb)) + (b - bb);
	return s;
}

/*
 * The exact sum of x[0..n-1] as non-overlapping partials of increasing
 * magnitude (Shewchuk's grow-expansion, as Python's math.fsum keeps them):
 * writes at most n partials into part and returns how many.  Their sum is
 * the sum of the x[i] exactly (no overflow); the last one has its sign.
 */
static inline int
exact_partials(const double *x, int n, double *part)
{
	int			np = 0,
				i,
				j;

	for (i = 0; i < n; i++)
	{
		double		v = x[i];
		int			k = 0;

		for (j = 0; j < np; j++)
		{
			double		t,
						s = two_sum(v, part[j], &t);

			if (t != 0.0)
				part[k++] = t;
			v = s;
		}
		part[k++] = v;
		np = k;
	}
	return np;
}

/*
 * The correctly rounded sum of the partials exact_partials wrote (np of
 * them), as Python's math.fsum: add from the top while exact, then settle
 * a half-way case, ties to even, by the sign of the rest.
 */
static inline double
partials_round(const double *part, int np)
{
	double		hi,
				lo = 0.0;

	if (np <= 0)
		return 0.0;
	np--;
	hi = part[np];
	while (np > 0)
	{
		double		y = part[--np],
					h = hi + y;

		lo = y - (h - hi);
		hi = h;
		if (lo != 0.0)
			break;
	}
	if (np > 0 && ((lo < 0.0 && part[np - 1] < 0.0) ||
				   (lo > 0.0 && part[np - 1] > 0.0)))
	{
		double		y = lo * 2.0,
					h = hi + y;

		if (y == h - hi)
			hi = h;
	}
	return hi;
}

/* Error-free sum when |a| >= |b| (or a == 0) (Dekker's FastTwoSum). */
ANGLE_ALWAYS_INLINE double
fast_two_sum(double a, double b, double *e)
{
	double		s = a + b;

	*e = b - (s - a);
	return s;
}

/* Double-double sum, relative error <= 3u^2 (Joldes-Muller-Popescu). */
ANGLE_ALWAYS_INLINE void
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

/* Double-double product (ah+al)(bh+bl). */
ANGLE_ALWAYS_INLINE void
dd_mul(double ah, double al, double bh, double bl, double *h, double *l)
{
	double		e,
				p;

	p = two_prod(ah, bh, &e);
	e += ah * bl + al * bh;
	*h = fast_two_sum(p, e, l);
}

/*
 * (hi + lo) / d for a double-double numerator, about correctly rounded:
 * the remainder hi - q d of the first quotient is exact (one fma).
 */
ANGLE_ALWAYS_INLINE double
dd_div(double hi, double lo, double d)
{
	double		q = hi / d;
	double		r = fma(-q, d, hi);

	return q + (r + lo) / d;
}

/* Double-double square root of h + l >= 0 (one Newton step). */
ANGLE_ALWAYS_INLINE void
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

#endif							/* ANGLE_EFT_H */
