/*
 * sorted.c
 *		The sort-based report statistics on sorted values in [0, p): the
 *		circular median (Fisher 1993, as R circular's median.circular), the
 *		quantiles of R's quantile.circular and the smallest enclosing arc
 *		(R's range.circular).  SQL glue: report/.
 *
 * Exactness.  The median is the observation that minimises the sum of arc
 * distances S(c) = sum_i d(x_i, c), and the decision between candidates is
 * a comparison of such sums, which differ by a few units in the last place
 * or not at all (for an even count the two middle candidates tie exactly in
 * real arithmetic).  Float sums would turn exact ties into random winners,
 * so every value is placed on an integer grid: x = X 2^E with
 * E = max(min over the values and p of their ulp exponents, ilogb(p) - 96).
 * Every value at least 2^-44 p and p itself are exact integers there
 * (X < P = p 2^-E < 2^97); only nonzero values below about 2^-44 p are
 * rounded to the grid (by at most 2^-97 p, far below any distance between
 * two other values), monotonically, so the order is kept.  The sums are
 * then exact in 128-bit integers: each is at most 2 n P < 2^125 for
 * n < 2^27, which the SQL glue enforces.  Ties follow R's rule: every
 * candidate whose mean arc distance is within 1e-8 rad (1e-8 p / 2 pi in
 * the period's units) of the least is a minimiser.  The tolerance is
 * applied to the exact sums (S - Smin <= floor(n 1e-8 p / (2 pi) / 2^E)),
 * so the decision is exact with respect to it and the same in every plan;
 * exact ties (the two middle values of an even count) are always caught.  The range's gaps are compared
 * on the same grid, and a width or midpoint is rounded once from it.
 */
#include <float.h>
#include <math.h>
#include <string.h>

#include "circular.h"
#include "report.h"
#include "trig.h"

typedef __int128 i128;

void		(*rep_interrupt_hook) (void) = NULL;

static inline void
rep_check(void)
{
	if (rep_interrupt_hook)
		rep_interrupt_hook();
}

/* Order-preserving key of a double: sign flipped, negatives inverted. */
static inline uint64_t
sort_key(double x)
{
	uint64_t	u;

	memcpy(&u, &x, sizeof(u));
	return (u >> 63) ? ~u : (u | ((uint64_t) 1 << 63));
}

/*
 * LSD radix sort on the 64-bit keys, 16 bits a pass; a pass whose digit is
 * the same for every key is skipped (the high digits of values in one
 * binade).  O(n), stable, interruptible between passes.
 */
void
rep_sort(double *x, double *tmp, size_t n)
{
	static size_t count[65536];
	double	   *src = x,
			   *dst = tmp;
	int			pass;

	for (pass = 0; pass < 4; pass++)
	{
		int			shift = 16 * pass;
		size_t		i,
					sum = 0;
		double	   *t;

		memset(count, 0, sizeof(count));
		for (i = 0; i < n; i++)
			count[(sort_key(src[i]) >> shift) & 0xffff]++;
		if (n == 0 || count[(sort_key(src[0]) >> shift) & 0xffff] == n)
			continue;
		for (i = 0; i < 65536; i++)
		{
			size_t		c = count[i];

			count[i] = sum;
			sum += c;
		}
		for (i = 0; i < n; i++)
			dst[count[(sort_key(src[i]) >> shift) & 0xffff]++] = src[i];
		t = src;
		src = dst;
		dst = t;
		rep_check();
	}
	if (src != x)
		memcpy(x, src, n * sizeof(double));
}

/* The grid exponent E of sorted values in [0, p) (see the file header). */
static int
grid_exponent(const double *x, size_t n, double p)
{
	int			e = ilogb(p) - 52;
	size_t		i;

	/* sorted: the first nonzero value has the smallest exponent */
	for (i = 0; i < n; i++)
		if (x[i] != 0.0)
		{
			if (ilogb(x[i]) - 52 < e)
				e = ilogb(x[i]) - 52;
			break;
		}
	if (e < ilogb(p) - 96)
		e = ilogb(p) - 96;
	return e;
}

static inline i128
on_grid(double x, int e)
{
	return (i128) nearbyint(ldexp(x, -e));
}

/* X 2^e rounded once to a double (the int128 conversion rounds to nearest). */
static inline double
off_grid(i128 v, int e)
{
	return ldexp((double) v, e);
}

/*
 * One sweep over the candidates c = x_k, k = 0..n-1.  The window is the
 * values x_k .. x_{k+n-1} of the doubled list (x_i + P for i >= n); the
 * first na of them lie within a half turn ahead of c, the others behind:
 * S = (A - na X_k) + (nb (X_k + P) - (T - A)), A and T the window's sums.
 * With min == NULL it returns the smallest S; otherwise it gathers the
 * candidates whose S equals *min into the tie summary.
 */
typedef struct Ties
{
	size_t		m;				/* tied candidates, with multiplicity */
	size_t		ndistinct;
	i128		a,
				b;				/* first two distinct tied values */
	double		xa;				/* the value a, as given */
	i128		tol;			/* R's tie tolerance, in grid units */
	size_t		ma,
				mb;				/* their multiplicities */
	double		s,
				c,
				se,
				ce;				/* compensated sums of sin, cos */
} Ties;

static i128
sweep(const double *x, size_t n, double p, int e, const i128 *min, Ties *t)
{
	i128		P = on_grid(p, e),
				A = 0,
				T = 0,
				best = 0;
	size_t		k,
				j = 0,
				i;

	for (i = 0; i < n; i++)
		T += on_grid(x[i], e);
	for (k = 0; k < n; k++)
	{
		i128		xk = on_grid(x[k], e),
					S;
		size_t		na;

		if (j == k)
		{
			A += xk;
			j++;
		}
		for (;;)
		{
			i128		v;

			if (j >= k + n)
				break;
			v = j < n ? on_grid(x[j], e) : on_grid(x[j - n], e) + P;
			if (2 * (v - xk) > P)
				break;
			A += v;
			j++;
		}
		na = j - k;
		S = (A - (i128) na * xk) + ((i128) (n - na) * (xk + P) - (T - A));
		if (min == NULL)
		{
			if (k == 0 || S < best)
				best = S;
		}
		else if (S - *min <= t->tol)
		{
			double		sn,
						cs,
						err;

			if (t->ndistinct == 0 || (t->ndistinct == 1 && xk != t->a))
			{
				if (t->ndistinct++ == 0)
				{
					t->a = xk;
					t->xa = x[k];
				}
				else
					t->b = xk;
			}
			else if (xk != t->a && xk != t->b)
				t->ndistinct++;
			if (xk == t->a)
				t->ma++;
			else if (xk == t->b)
				t->mb++;
			t->m++;
			circ_sincos(x[k], p, &sn, &cs);
			t->s = two_sum(t->s, sn, &err);
			t->se += err;
			t->c = two_sum(t->c, cs, &err);
			t->ce += err;
		}
		/* leave x_k: it is the first of the ahead set */
		A -= xk;
		T += P;
		if ((k & 0xfffff) == 0xfffff)
			rep_check();
	}
	return best;
}

/*
 * The median: the candidate of least S; tied candidates (with their
 * multiplicity, as R collects them) are averaged as R does, by their
 * circular mean.  One value: itself.  Two distinct values of equal
 * multiplicity: the midpoint of the shorter arc, exact on the grid and
 * rounded once, undefined when they are antipodal.  Otherwise the mean
 * direction of compensated sums of the exact-at-degree sines and cosines,
 * undefined when the mean resultant length is at most 2^-49 (the rule of
 * circular_mean).
 */
bool
rep_median(const double *x, size_t n, double p, double *med)
{
	int			e = grid_exponent(x, n, p);
	i128		min = sweep(x, n, p, e, NULL, NULL);
	i128		P = on_grid(p, e);
	Ties		t;
	double		s,
				c,
				r;

	memset(&t, 0, sizeof(t));
	t.tol = (i128) floor(ldexp((double) n * 1e-8 * p / (2.0 * M_PI), -e));
	sweep(x, n, p, e, &min, &t);
	if (t.ndistinct == 1)
	{
		*med = t.xa;
		return true;
	}
	if (t.ndistinct == 2 && t.ma == t.mb)
	{
		i128		sum = t.a + t.b;

		if (2 * (t.b - t.a) == P)
			return false;
		if (2 * (t.b - t.a) > P)
			sum += P;
		if (sum >= 2 * P)
			sum -= 2 * P;
		r = off_grid(sum, e - 1);
		*med = r >= p ? nextafter(p, 0.0) : r;
		return true;
	}
	s = t.s + t.se;
	c = t.c + t.ce;
	if (hypot(s, c) / (double) t.m <= ldexp(1.0, -49))
		return false;
	r = radians_to_degrees(atan2(s, c));
	if (p != 360.0)
		r = r / 360.0 * p;
	*med = circ_wrap(r, p, 0.0);
	return true;
}

/*
 * The values centred on the median, x - med in (-p/2, p/2] (R's
 * MinusPiPlusPiRad keeps +pi), exact (circ_diff), and sorted.
 */
void
rep_center(const double *x, size_t n, double p, double med, double *d,
		   double *tmp)
{
	size_t		i;

	for (i = 0; i < n; i++)
		d[i] = -circ_diff(med, x[i], p) + 0.0;
	rep_sort(d, tmp, n);
}

/*
 * R's type 7: h = (n - 1) q, the order statistics lo = floor(h) and
 * hi = ceil(h), (1 - f) d_lo + f d_hi with f = h - lo (R's formula, when
 * they differ), rotated back by the median and wrapped into [0, p).
 */
double
rep_quantile(const double *d, size_t n, double p, double med, double q)
{
	double		h = (double) (n - 1) * q;
	size_t		lo = (size_t) floor(h),
				hi = (size_t) ceil(h);
	double		v = d[lo];

	if (h > (double) lo && d[hi] != v)
	{
		double		f = h - (double) lo;

		v = (1.0 - f) * v + f * d[hi];
	}
	return circ_wrap(v + med, p, 0.0);
}

/*
 * p minus the largest gap between neighbours (the wrap-around gap from the
 * last value to the first included).  Gaps are compared exactly on the
 * grid; among equal largest gaps the arc that starts at the smallest value
 * wins: the wrap-around gap first (the arc is then [min, max]), else the
 * earliest.  The width is rounded once.
 */
void
rep_range(const double *x, size_t n, double p, double *width, double *start,
		  double *end)
{
	int			e = grid_exponent(x, n, p);
	i128		P = on_grid(p, e);
	i128		gmax = on_grid(x[0], e) + P - on_grid(x[n - 1], e);
	size_t		best = n - 1,
				i;

	for (i = 0; i + 1 < n; i++)
	{
		i128		g = on_grid(x[i + 1], e) - on_grid(x[i], e);

		if (g > gmax)
		{
			gmax = g;
			best = i;
		}
	}
	*width = off_grid(P - gmax, e);
	*start = x[(best + 1) % n];
	*end = x[best];
}
