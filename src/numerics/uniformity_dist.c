/*
 * uniformity_dist.c
 *		The null distributions of the uniformity tests of uniformity.c:
 *		Kuiper's and Watson's limiting laws, the exact distribution of
 *		Rao's spacing U, and the exact distribution of the Hodges-Ajne m.
 *		Every p-value is clamped into [0, 1].
 */
#include <math.h>

#include "report.h"
#include "uniformity.h"

static double
clamp01(double v)
{
	return v < 0.0 ? 0.0 : (v > 1.0 ? 1.0 : v);
}

/*
 * Kuiper's limiting upper tail.  For lambda >= 1 the series
 * Q = 2 sum_k (4k²λ² - 1) e^(-2k²λ²) converges at once; below, Poisson
 * summation of the same theta series gives the lower tail
 * 1 - Q = sqrt(2) π^(5/2) λ^-3 sum_m m² e^(-π²m²/(2λ²)), which converges
 * as fast there.
 */
double
uni_kuiper_q(double l)
{
	double		s = 0.0;
	int			k;

	if (!(l > 0.0))
		return 1.0;
	if (l < 1.0)
	{
		for (k = 1; k <= 100; k++)
		{
			double		t = (double) k * k * exp(-M_PI * M_PI * k * k / (2.0 * l * l));

			s += t;
			if (t <= 1e-17 * s)
				break;
		}
		return clamp01(1.0 - sqrt(2.0) * pow(M_PI, 2.5) / (l * l * l) * s);
	}
	for (k = 1; k <= 100; k++)
	{
		double		kl = (double) k * k * l * l,
					t = (4.0 * kl - 1.0) * exp(-2.0 * kl);

		s += t;
		if (fabs(t) <= 1e-17 * fabs(s))
			break;
	}
	return clamp01(2.0 * s);
}

/*
 * Watson's limiting upper tail 2 sum (-1)^(k-1) e^(-2k²π²u), the
 * Kolmogorov tail at lambda = π sqrt(u); below lambda = 1 by its theta
 * transform 1 - sqrt(2π)/λ sum_k e^(-(2k-1)²π²/(8λ²)).
 */
double
uni_watson_q(double u2)
{
	double		l,
				s = 0.0;
	int			k;

	if (!(u2 > 0.0))
		return 1.0;
	l = M_PI * sqrt(u2);
	if (l < 1.0)
	{
		for (k = 1; k <= 100; k++)
		{
			double		t = exp(-(2.0 * k - 1) * (2.0 * k - 1) * M_PI * M_PI / (8.0 * l * l));

			s += t;
			if (t <= 1e-17 * s)
				break;
		}
		return clamp01(1.0 - sqrt(2.0 * M_PI) / l * s);
	}
	for (k = 1; k <= 100; k++)
	{
		double		t = exp(-2.0 * k * k * l * l);

		s += (k & 1) ? t : -t;
		if (t <= 1e-17 * s)
			break;
	}
	return clamp01(2.0 * s);
}

/*
 * The density of Rao's U (as a fraction of the circle) for n values at
 * v in (0, 1 - 1/n).  With a = 1/n, the spacings are uniform on the
 * simplex (density (n - 1)!); when k of them are short (below a) their
 * deficits a - T sum to U and lie in (0, a]^k, and the long ones' excesses
 * sum to U too, so
 *   f(v) = (n-1)! sum_{k=1}^{n-1} C(n,k) a^(k-1) M_k(v/a) v^(n-k-1)/(n-k-1)!
 * with M_k the Irwin-Hall density of k uniforms on (0, 1) (a cardinal
 * B-spline).  Every term is positive; M_k is evaluated by the Cox-de Boor
 * recursion M_k(y) = (y M_{k-1}(y) + (k - y) M_{k-1}(y - 1)) / (k - 1),
 * which combines positive values only (no cancellation, unlike the
 * alternating closed form), and the other factors in logarithms.  b has
 * room for n + 2 values; lg[i] = lgamma(i + 1), i = 0..n.
 */
static double
rao_density(size_t n, double v, double *b, const double *lg)
{
	double		a = 1.0 / (double) n,
				y = v * (double) n,
				f = 0.0;
	size_t		J = (size_t) floor(y),
				k,
				j;

	if (!(v > 0.0) || J >= n - 1)
		return 0.0;
	for (j = 0; j <= J; j++)
		b[j] = 0.0;
	b[J] = 1.0;					/* M_1(y - J), y - J in [0, 1) */
	b[J + 1] = 0.0;
	for (k = 1; k < n; k++)
	{
		if (k > 1)
			for (j = (J + 1 > k ? J + 1 - k : 0); j <= J; j++)
			{
				double		yj = y - (double) j;

				b[j] = (yj * b[j] + ((double) k - yj) * b[j + 1]) / (double) (k - 1);
			}
		if (b[0] > 0.0)
		{
			double		lt = lg[n - 1] + (lg[n] - lg[k] - lg[n - k])
				+ (double) (k - 1) * log(a) + (double) (n - k - 1) * log(v)
				- lg[n - k - 1];

			f += exp(lt) * b[0];
		}
	}
	return f;
}

/* Gauss-Legendre nodes and weights on [-1, 1] (Newton on P_m). */
static void
gauss_legendre(int m, double *xs, double *ws)
{
	int			i,
				it,
				k;

	for (i = 0; i < m; i++)
	{
		double		z = cos(M_PI * (i + 0.75) / (m + 0.5)),
					pp = 1.0;

		for (it = 0; it < 100; it++)
		{
			double		p1 = 1.0,
						p2 = 0.0,
						z1;

			for (k = 1; k <= m; k++)
			{
				double		p3 = p2;

				p2 = p1;
				p1 = ((2.0 * k - 1.0) * z * p2 - (k - 1.0) * p3) / k;
			}
			pp = m * (z * p1 - p2) / (z * z - 1.0);
			z1 = z;
			z = z1 - p1 / pp;
			if (fabs(z - z1) <= 1e-16)
				break;
		}
		xs[i] = z;
		ws[i] = 2.0 / ((1.0 - z * z) * pp * pp);
	}
}

/* The integral of the density over [lo, hi] by m-point Gauss-Legendre. */
static double
rao_panel(size_t n, double lo, double hi, int m, const double *xs,
		  const double *ws, double *b, const double *lg)
{
	double		c = (lo + hi) / 2.0,
				h = (hi - lo) / 2.0,
				s = 0.0;
	int			i;

	for (i = 0; i < m; i++)
		s += ws[i] * rao_density(n, c + h * xs[i], b, lg);
	if (rep_interrupt_hook)
		rep_interrupt_hook();
	return s * h;
}

#define RAO_EXACT_MAX 1000
#ifndef RAO_PIECEWISE_MAX
#define RAO_PIECEWISE_MAX 100
#endif
#ifndef RAO_PANELS
#define RAO_PANELS 32
#define RAO_NODES 16
#endif

/*
 * P(U >= u): the integral of the density from u to 1 - 1/n.  For
 * n <= 100 on each piece [j/n, (j+1)/n], where the density is a
 * polynomial of degree n - 2, with ceil(n/2) Gauss-Legendre nodes: exact
 * but for rounding.  For n <= 1000 on 64 equal panels of 20 nodes over
 * [u, min(1 - 1/n, max(u, mean) + 40 sd)] (the density is n - 3 times
 * continuously differentiable; the test suite bounds the error against
 * the piecewise rule).  Above, the normal approximation with the exact
 * mean (1 - 1/n)^n and the asymptotic variance (2e - 5)/(e² n).
 */
double
uni_rao_sf(size_t n, double u, int *method, double *work)
{
	double		top = 1.0 - 1.0 / (double) n,
				mean = pow(1.0 - 1.0 / (double) n, (double) n),
				sd = sqrt((2.0 * M_E - 5.0) / (M_E * M_E * (double) n)),
				xs[64],
				ws[64],
				s = 0.0,
			   *b = work,
			   *lg = work + n + 2;
	size_t		i;

	*method = UNI_EXACT;
	if (!(u > 0.0))
		return 1.0;
	if (u >= top)
		return 0.0;
	if (n > RAO_EXACT_MAX)
	{
		*method = UNI_NORMAL;
		return clamp01(0.5 * erfc((u - mean) / (sd * sqrt(2.0))));
	}
	for (i = 0; i <= n; i++)
		lg[i] = lgamma((double) i + 1.0);
	if (n <= RAO_PIECEWISE_MAX)
	{
		int			m = (int) (n / 2 + 1);
		size_t		j = (size_t) floor(u * (double) n);
		double		lo = u;

		gauss_legendre(m, xs, ws);
		for (; j + 1 < n; j++)
		{
			double		hi = (double) (j + 1) / (double) n;

			if (hi > lo)
				s += rao_panel(n, lo, hi, m, xs, ws, b, lg);
			lo = hi;
		}
	}
	else
	{
		double		hi = fmax(u, mean) + 40.0 * sd,
					w;

		if (hi > top)
			hi = top;
		w = (hi - u) / RAO_PANELS;
		gauss_legendre(RAO_NODES, xs, ws);
		for (i = 0; i < RAO_PANELS; i++)
			s += rao_panel(n, u + w * i, i == RAO_PANELS - 1 ? hi : u + w * (i + 1),
						   RAO_NODES, xs, ws, b, lg);
	}
	return clamp01(s);
}

/*
 * P(m <= k) for n uniform values, exact (Hodges 1955; Ajne 1968): with
 * d = n - 2k > 0,
 *   P(m <= k) = d 2^(1-n) sum_{j >= 0, k - jd >= 0} C(n, k - jd),
 * and 1 for d = 0 (m = n/2).  Only the j = 0 term, the usual
 * (n - 2m) C(n, m) / 2^(n-1), remains for m < n/3.  (Points as random
 * diameters with random ends: m = (n - max_r |2 S_r - S_n|)/2 for a simple
 * random walk S; the sum is the reflection count of its two barriers.
 * test/numerics checks it exactly against that walk for n <= 30.)  The
 * terms fall with j; each binomial is exp of lgamma differences, so the
 * relative error is about n 1e-16 log n.
 */
double
uni_hodges_ajne_cdf(int64_t n, int64_t k)
{
	int64_t		d = n - 2 * k,
				j;
	double		base,
				s = 0.0,
				ln2 = log(2.0);

	if (k < 0)
		return 0.0;
	if (d <= 0)
		return 1.0;
	base = lgamma((double) n + 1.0) - (double) (n - 1) * ln2 + log((double) d);
	for (j = 0; k - j * d >= 0; j++)
	{
		int64_t		i = k - j * d;
		double		t = exp(base - lgamma((double) i + 1.0) - lgamma((double) (n - i) + 1.0));

		s += t;
		if (t <= 1e-17 * s)
			break;
		if ((j & 0xffff) == 0xffff && rep_interrupt_hook)
			rep_interrupt_hook();
	}
	return clamp01(s);
}
