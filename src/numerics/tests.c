/*
 * tests.c
 *		The numerics of the tests of direction: the von Mises ratio
 *		A1 = I1/I0 and its exact inverse (the maximum-likelihood kappa), the
 *		p-values of the Rayleigh test, the V-test and the F distribution,
 *		and the correctly rounded sum of an exact expansion.  Pure C99.
 *
 * A1 is never computed from I0 and I1 themselves, so nothing overflows at
 * any kappa: below ASYM it is the continued fraction
 * I1/I0 = k/(2 + k I2/I1), I(m)/I(m-1) = k/(2m + k I(m+1)/I(m)), summed
 * by backward recurrence from a depth where the tail no longer matters;
 * above it, the quotient of the asymptotic series of the exp-scaled
 * Bessel functions e^-k sqrt(2 pi k) I_nu(k) = sum_j c_j(nu) / k^j, with
 * 1 - A1 summed termwise (its first term 1/(2k)) so that it keeps its
 * relative accuracy as A1 tends to 1.
 */
#include <float.h>
#include <math.h>

#include "eft.h"
#include "tests.h"
#include "walk.h"

#define ASYM 20.0

/* 1 - A1(k) and A1(k) for k >= ASYM from the asymptotic series. */
static double
asym_one_minus_a1(double k)
{
	double		t0 = 1.0,		/* c_j(0) / k^j */
				t1 = 1.0,		/* c_j(1) / k^j */
				s0 = 1.0,
				d = 0.0;

	for (int j = 1; j < 80; j++)
	{
		double		o = (2.0 * j - 1.0) * (2.0 * j - 1.0);

		/* c_j(nu) = c_(j-1)(nu) (o - 4 nu^2) / (8 j), signs alternating */
		t0 *= o / (8.0 * j * k);
		t1 *= (o - 4.0) / (8.0 * j * k);
		s0 += t0;
		d += t0 - t1;
		if (fabs(t0) < 1e-18 * s0 && fabs(t1) < 1e-18 * s0)
			break;
	}
	return d / s0;
}

/* I1(k)/I0(k) by backward recurrence of the continued fraction (k < ASYM). */
static double
cf_a1(double k)
{
	int			depth = (int) (k + 9.0 * sqrt(k) + 30.0);
	double		r = 0.0;

	for (int m = depth; m >= 1; m--)
		r = k / (2.0 * m + k * r);
	return r;
}

/* A1(k) = I1(k)/I0(k), k >= 0. */
double
vm_a1(double k)
{
	if (isnan(k))
		return k;
	if (k <= 0.0)
		return 0.0;
	if (k >= ASYM)
		return 1.0 - asym_one_minus_a1(k);
	return cf_a1(k);
}

/* 1 - A1(k), k >= 0, with its relative accuracy at large k. */
double
vm_one_minus_a1(double k)
{
	if (isnan(k))
		return k;
	if (k <= 0.0)
		return 1.0;
	if (isinf(k))
		return 0.0;
	if (k >= ASYM)
		return asym_one_minus_a1(k);
	return 1.0 - cf_a1(k);
}

/* Best and Fisher's piecewise inverse of A1: a starting point only. */
static double
a1inv_start(double r, double d)
{
	if (r < 0.53)
		return r * (2.0 + r * r * (1.0 + 5.0 * r * r / 6.0));
	if (r < 0.85)
		return -0.4 + 1.39 * r + 0.43 / d;
	return 1.0 / (r * d * (3.0 - r));	/* 1/(r^3 - 4r^2 + 3r) */
}

/*
 * The root of A1(k) = rbar.  A1 increases from 0 to 1; its derivative is
 * A1' = 1 - A1/k - A1^2.  Below rbar = 1/2 Newton's method on A1 - rbar;
 * above, Newton's method on log(1 - A1(k)) - log(1 - rbar) in log k,
 * where 1 - rbar is exact (Sterbenz) and 1 - A1 keeps its relative
 * accuracy, so the root is found to a few units of 1e-16 relative even at
 * rbar = 1 - 1e-15 (kappa about 5e14).  The slope of log(1 - A1) in log k
 * tends to -1; above ASYM, where A1' cancels, -1 - 1/(4k) is used (it is
 * within 1e-4 of the true slope, so the iteration still converges fast).
 */
double
vm_kappa(double rbar)
{
	double		k,
				d;

	if (isnan(rbar))
		return rbar;
	if (rbar <= 0.0)
		return 0.0;
	if (rbar >= 1.0)
		return INFINITY;
	d = 1.0 - rbar;
	k = a1inv_start(rbar, d);
	if (rbar < 0.5)
	{
		for (int i = 0; i < 60; i++)
		{
			double		a = cf_a1(k),
						step = (a - rbar) / (1.0 - a / k - a * a);

			if (!(k - step > 0.0))
				step = k / 2.0;
			k -= step;
			if (fabs(step) <= 1e-17 * k)
				break;
		}
		return k;
	}
	else
	{
		double		ld = log(d),
					u = log(k);

		for (int i = 0; i < 200; i++)
		{
			double		q = vm_one_minus_a1(k),
						slope,
						step;

			if (k < ASYM)
			{
				double		a = 1.0 - q;

				slope = -k * (1.0 - a / k - a * a) / q;
			}
			else
				slope = -1.0 - 0.25 / k;
			step = (log(q) - ld) / slope;
			if (step > 2.0)
				step = 2.0;
			else if (step < -2.0)
				step = -2.0;
			u -= step;
			k = exp(u);
			if (fabs(step) <= 1e-17)
				break;
		}
		return k;
	}
}

/*
 * Best and Fisher (1981): k - 2/(n k) (at least 0) below k = 2, else
 * (n-1)^3 k / (n^3 + n); n >= 2.
 */
double
vm_kappa_corrected(double kappa, int64_t n)
{
	double		dn = (double) n;

	if (kappa < 2.0)
	{
		double		c = kappa - 2.0 / (dn * kappa);

		return c > 0.0 ? c : 0.0;
	}
	return (dn - 1.0) * (dn - 1.0) * (dn - 1.0) / (dn * dn * dn + dn) * kappa;
}

/*
 * Rayleigh test.  n = 1: R = 1 always, p = 1.  2 <= n <= WALK_NMAX (30):
 * the exact tail of the planar random walk (walk.c: n = 2 in closed
 * form, (2/pi) acos(rbar); above, the recursion over the last step,
 * tabulated once per process), within 1e-12 of the exact value (mpmath,
 * exact moments and P(R_n < 1) = 1/(n+1) in test/numerics).  n > 30: the
 * series of the null distribution to O(n^-3) (Fisher 1993, eq. 4.18;
 * Mardia and Jupp 2000, 6.3.6),
 * e^-z [1 + (2z - z^2)/(4n) - (24z - 132z^2 + 76z^3 - 9z^4)/(288 n^2)],
 * z = n rbar^2, whose largest error against the exact tail is 1.7e-6 at
 * n = 31 and falls like n^-3 (4.1e-7 at n = 50, test/numerics/
 * walk_error.sh); where it is not in
 * (0, 1], which happens only far in the upper tail, Zar's (2010,
 * eq. 27.4) approximation exp(sqrt(1 + 4n + 4(n^2 - R^2)) - (1 + 2n)),
 * which is positive, is used instead.  Always in [0, 1].
 */
double
rayleigh_p(int64_t n, double rbar)
{
	double		dn = (double) n,
				z,
				p;

	if (isnan(rbar))
		return rbar;
	if (rbar < 0.0)
		rbar = 0.0;
	if (rbar > 1.0)
		rbar = 1.0;
	if (n <= 1)
		return 1.0;
	if (n <= WALK_NMAX)
		return walk_planar_tail((int) n, dn * rbar);
	z = dn * rbar * rbar;
	p = exp(-z) * (1.0 + (2.0 * z - z * z) / (4.0 * dn)
				   - z * (24.0 - z * (132.0 - z * (76.0 - 9.0 * z)))
				   / (288.0 * dn * dn));
	if (!(p > 0.0))
	{
		/* n^2 - R^2 = n^2 (1 - rbar)(1 + rbar) */
		double		e = 4.0 * dn * dn * (1.0 - rbar) * (1.0 + rbar);

		p = exp(sqrt(1.0 + 4.0 * dn + e) - (1.0 + 2.0 * dn));
	}
	if (p > 1.0)
		p = 1.0;
	return p;
}

/* log I0(t), t >= 0: the power series below ASYM, else the asymptotic one. */
static double
log_i0(double t)
{
	double		s = 1.0,
				term = 1.0,
				q = t * t / 4.0;

	if (t >= ASYM)
	{
		double		t0 = 1.0;

		for (int j = 1; j < 80; j++)
		{
			t0 *= (2.0 * j - 1.0) * (2.0 * j - 1.0) / (8.0 * j * t);
			s += t0;
			if (t0 < 1e-18 * s)
				break;
		}
		return t - 0.5 * log(2.0 * M_PI * t) + log(s);
	}
	for (int k = 1; k < 200; k++)
	{
		term *= q / ((double) k * k);
		s += term;
		if (term < 1e-18 * s)
			break;
	}
	return log(s);
}

/* Edgeworth expansion of P(u >= u0) to O(n^-2) (as R circular). */
static double
vtest_edgeworth(double dn, double u)
{
	double		u2 = u * u;

	return 0.5 * erfc(u / M_SQRT2)
		+ exp(-0.5 * u2) / sqrt(2.0 * M_PI)
		* (u * (3.0 - u2) / (16.0 * dn)
		   + u * (15.0 + u2 * (305.0 + u2 * (-125.0 + 9.0 * u2)))
		   / (4608.0 * dn * dn));
}

/*
 * V-test: P(V >= v), V = sum cos(theta_i) of n uniform directions,
 * u = sqrt(2/n) V.  n <= WALK_NMAX (30): the exact tail of the linear
 * random walk (walk.c: n = 1 is acos(v)/pi), within 1e-12 of the exact
 * value (mpmath, the Fourier series of the lattice distribution and exact
 * moments in test/numerics).  n > 30: the Lugannani-Rice saddlepoint
 * approximation of the tail of a sum of n independent cosines, whose
 * cumulant generating function is K(t) = log I0(t), K' = A1,
 * K'' = A1' = 1 - A1/t - A1^2: the saddle point t solves A1(t) = v/n
 * (vm_kappa), w = sqrt(2n(t v/n - K(t))), s = t sqrt(n K''(t)),
 * P = Q(w) + phi(w)(1/s - 1/w); its largest error against the exact
 * tail is 7.6e-7 at n = 31 and falls like n^-2 (3.0e-7 at n = 50,
 * test/numerics/walk_error.sh).  It keeps
 * its relative accuracy far in the tail, where the Edgeworth expansion
 * (R circular, CircStat) goes negative: on Zar's example D7 (n = 10,
 * u = 4.248) the Edgeworth p is below 0.  The distribution is symmetric,
 * so v < 0 is 1 - P(-v); near v = 0 (|u| < 0.05), where 1/s - 1/w
 * cancels, the Edgeworth expansion is used; at |vbar| within rounding
 * of 1, where K'' cancels to 0, the tail is 0.  Always in [0, 1].
 */
double
vtest_p(int64_t n, double u)
{
	double		dn = (double) n,
				vbar,
				a,
				t,
				w,
				s,
				q,
				d2,
				p;

	if (isnan(u))
		return u;
	if (n <= WALK_NMAX)
		return walk_linear_tail(n < 1 ? 1 : (int) n, u * sqrt(fmax(dn, 1.0) / 2.0));
	vbar = u / sqrt(2.0 * dn);
	if (vbar >= 1.0)
		return 0.0;
	if (vbar <= -1.0)
		return 1.0;
	if (fabs(u) < 0.05)
		p = vtest_edgeworth(dn, u);
	else
	{
		a = fabs(vbar);
		t = vm_kappa(a);
		q = vm_one_minus_a1(t);
		/* K''(t) = A1' = q (2 - q) - (1 - q)/t */
		d2 = q * (2.0 - q) - (1.0 - q) / t;
		w = sqrt(2.0 * dn * (t * a - log_i0(t)));
		s = t * sqrt(dn * d2);
		p = 0.5 * erfc(w / M_SQRT2)
			+ exp(-0.5 * w * w) / sqrt(2.0 * M_PI) * (1.0 / s - 1.0 / w);
		/* |vbar| within rounding of 1: K'' cancels to 0, the tail is 0 */
		if (!(d2 > 0.0) || isnan(p))
			p = 0.0;
		if (vbar < 0.0)
			p = 1.0 - p;
	}
	if (p < 0.0)
		p = 0.0;
	if (p > 1.0)
		p = 1.0;
	return p;
}

/*
 * The continued fraction of I_x(a, b) (for x < (a + 1)/(a + b + 2)),
 * without the prefactor: 1/(1+ d1/(1+ d2/(1+ ...))), with
 * d(2m+1) = -(a+m)(a+b+m)x / ((a+2m)(a+2m+1)) and
 * d(2m) = m(b-m)x / ((a+2m-1)(a+2m)), by the modified Lentz method.
 */
static double
beta_cf(double a, double b, double x)
{
	const double tiny = 1e-300;
	double		c = 1.0,
				d = 1.0 - (a + b) * x / (a + 1.0),
				h;

	if (fabs(d) < tiny)
		d = tiny;
	d = 1.0 / d;
	h = d;
	for (int m = 1; m < 100000; m++)
	{
		double		aa,
					del;

		aa = m * (b - m) * x / ((a + 2.0 * m - 1.0) * (a + 2.0 * m));
		d = 1.0 + aa * d;
		d = fabs(d) < tiny ? tiny : d;
		c = 1.0 + aa / c;
		c = fabs(c) < tiny ? tiny : c;
		d = 1.0 / d;
		h *= d * c;
		aa = -(a + m) * (a + b + m) * x / ((a + 2.0 * m) * (a + 2.0 * m + 1.0));
		d = 1.0 + aa * d;
		d = fabs(d) < tiny ? tiny : d;
		c = 1.0 + aa / c;
		c = fabs(c) < tiny ? tiny : c;
		d = 1.0 / d;
		del = d * c;
		h *= del;
		if (fabs(del - 1.0) < 1e-16)
			break;
	}
	return h;
}

/*
 * I_x(a, b) from x and y = 1 - x, given separately so that neither loses
 * accuracy: x^a y^b / (a B(a, b)) times the continued fraction, or one
 * minus the mirror image I_y(b, a) when x is past the mean.
 */
static double
inc_beta_xy(double a, double b, double x, double y)
{
	double		lbeta,
				front;

	if (x <= 0.0)
		return 0.0;
	if (y <= 0.0)
		return 1.0;
	lbeta = lgamma(a) + lgamma(b) - lgamma(a + b);
	if (x < (a + 1.0) / (a + b + 2.0))
	{
		front = exp(a * log(x) + b * log(y) - lbeta) / a;
		return front * beta_cf(a, b, x);
	}
	front = exp(b * log(y) + a * log(x) - lbeta) / b;
	return 1.0 - front * beta_cf(b, a, y);
}

/* Regularized incomplete beta I_x(a, b). */
double
inc_beta(double a, double b, double x)
{
	return inc_beta_xy(a, b, x, 1.0 - x);
}

/*
 * P(F >= f) = I_x(d2/2, d1/2) with x = d2/(d2 + d1 f) and
 * 1 - x = d1 f/(d2 + d1 f), both formed without cancellation.
 */
double
f_sf(double f, double d1, double d2)
{
	double		t;

	if (isnan(f))
		return f;
	if (f <= 0.0)
		return 1.0;
	if (isinf(f))
		return 0.0;
	t = d2 + d1 * f;
	return inc_beta_xy(d2 / 2.0, d1 / 2.0, d2 / t, d1 * f / t);
}
