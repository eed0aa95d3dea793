/*
 * walk.c
 *		Exact tails of the random walks of n unit steps in uniform
 *		directions: T_n(r) = P(R_n >= r), R_n the length of the planar sum
 *		(the Rayleigh test), and H_n(v) = P(V_n >= v), V_n the sum of the
 *		cosines (the V-test), for n <= WALK_NMAX.  Pure C99.
 *
 * Conditioning on the last step, by isotropy
 *		T_m(r) = (1/pi) int_0^pi P(R^2 + 2 R cos(phi) + 1 >= r^2) dphi,
 * R = R_(m-1), which is T_(m-1)(R+(phi)), R+ = -cos(phi) +
 * sqrt(r^2 - sin^2 phi), at r >= 1; at r < 1 the probability is 1 where
 * sin(phi) > r, and 1 - (T_(m-1)(R-) - T_(m-1)(R+)) elsewhere, with
 * R-+ = |cos(phi)| -+ sqrt(r^2 - sin^2 phi) (R- >= 0 there).  Likewise
 * H_m(v) = (1/pi) int_0^pi H_(m-1)(v - cos(theta)) dtheta, H_1(v) =
 * acos(v)/pi, H_m(-v) = 1 - H_m(v); T_2(r) = (2/pi) acos(r/2).
 *
 * T_m and H_m are analytic on [0, m] except at 0 and m - 2k, where they
 * behave like |x - b|^(m/2) (times log|x - b| at even m).  Each level
 * m >= 3 (planar) or m >= 2 (linear) is tabulated once per process,
 * lazily, up to the largest n asked (n - 1 for a query at n): on each
 * unit interval [k, k + 1], Chebyshev interpolation in t with
 * x - k (or k + 1 - x) = t^(2^d) toward the end that is a singular point
 * (d = 3 down to 0 as m grows, depth(); kcheb() nodes), which turns
 * |y|^a log|y| into t^(2^d a) log t.  Each value is the integral above by
 * Gauss-Legendre quadrature, split at the angles where the argument of
 * the previous level crosses one of its singular points (in closed form)
 * and halved until every other singularity of the integrand lies outside
 * the ellipse with foci at the ends and semi-axis ELLIPSE times the half
 * length (the error of n points then falls like 4^-2n): the mirror images
 * -a and 2 pi - a of a crossing a, the complex crossings i acosh(c) near
 * 0 and pi, and the branch points pi/2 -+ i asinh(sqrt(r^2 - 1)) of R+,
 * its near-kink when r is near 1.  At a singular end the rule is graded,
 * t^2 or t^4.  From level MWEAK on, the crossings (of order MWEAK/2 and
 * more) are only split at.  The query itself is one more such integral
 * of level n - 1.
 *
 * Error against exact values: below 1e-12 absolute at every n <= 30
 * (test/numerics: mpmath at n = 2, 3, 4, the Fourier series of the
 * periodized densities at n = 6 to 30, P(R_n < 1) = 1/(n+1), the exact
 * moments; walk_error.sh: against 1.5 times the nodes).  Cost: the first
 * call builds the tables of its walk to n = 30 in about 15-20 ms of CPU
 * (some 400000 evaluations of a Chebyshev series); a call then takes 1-2
 * microseconds.  Every loop is bounded (no interrupt check is possible
 * here): at most MAXDEPTH halvings, MAXPTS singular points.
 */
#include <math.h>
#include <stdbool.h>

#include "walk.h"

/* Sizes (test/numerics/walk_error.sh builds with finer ones). */
#ifndef KSCALE
#define KSCALE 1.0				/* times the Chebyshev sizes of kcheb() */
#endif
#ifndef KCHEB
#define KCHEB 36				/* the largest Chebyshev size */
#endif
#ifndef GAUSS
#define GAUSS 20				/* graded rule, at a singular end */
#endif
#ifndef GAUSS2
#define GAUSS2 12				/* plain rule, elsewhere */
#endif
#ifndef DELTA0
#define DELTA0 1e-12			/* the shortest subinterval */
#endif
#define ELLIPSE 2.125			/* (4 + 1/4)/2: rho = 4 */
#define MAXDEPTH 48
#define MAXPTS 512
#define MWEAK 10				/* from this level on, crossings are weak */

static bool init_done = false;
static double gl_u[2][GAUSS],	/* Gauss nodes on [0, 1] graded at 0, */
			gl_w[2][GAUSS];		/* u = t^2 and t^4 */
static double gp_u[GAUSS2],		/* plain Gauss nodes on [0, 1] */
			gp_w[GAUSS2];

static double planar_tab[WALK_NMAX][WALK_NMAX][KCHEB];
static double linear_tab[WALK_NMAX][WALK_NMAX][KCHEB];
static int	planar_built = 2;	/* T_2 is in closed form */
static int	linear_built = 1;	/* and H_1 */

/* The n Gauss-Legendre nodes x and weights w on [-1, 1], by Newton. */
static void
gauss_legendre(int n, double *xs, double *ws)
{
	for (int i = 0; i < n; i++)
	{
		double		x = cos(M_PI * (i + 0.75) / (n + 0.5)),
					dp = 1.0;

		for (int it = 0; it < 100; it++)
		{
			double		p0 = 1.0,
						p1 = x,
						dx;

			for (int k = 2; k <= n; k++)
			{
				double		p2 = ((2.0 * k - 1.0) * x * p1 - (k - 1.0) * p0) / k;

				p0 = p1;
				p1 = p2;
			}
			dp = n * (x * p1 - p0) / (x * x - 1.0);
			dx = p1 / dp;
			x -= dx;
			if (fabs(dx) < 1e-16)
				break;
		}
		xs[i] = x;
		ws[i] = 2.0 / ((1.0 - x * x) * dp * dp);
	}
}

/*
 * The Gauss-Legendre rules on [0, 1]: graded at 0, u = t^2 and t^4 (the
 * weights times du/dt), mirrored for a singular right end; and plain.
 */
static void
walk_init(void)
{
	double		x[GAUSS],
				w[GAUSS];

	gauss_legendre(GAUSS, x, w);
	for (int i = 0; i < GAUSS; i++)
	{
		double		t = (1.0 + x[i]) / 2.0;

		gl_u[0][i] = t * t;
		gl_w[0][i] = w[i] * t;	/* (w/2) 2t */
		gl_u[1][i] = t * t * t * t;
		gl_w[1][i] = w[i] * 2.0 * t * t * t;	/* (w/2) 4t^3 */
	}
	gauss_legendre(GAUSS2, x, w);
	for (int i = 0; i < GAUSS2; i++)
	{
		gp_u[i] = (1.0 + x[i]) / 2.0;
		gp_w[i] = w[i] / 2.0;
	}
	init_done = true;
}

/*
 * The grading of the tables of level m, x - k = t^(2^d): the
 * singularities of T_m and H_m are of order about m/2 (|x - b|^(m/2),
 * times log|x - b| at even m), which a depth d makes m 2^d / 2 in t; the
 * Chebyshev coefficients then fall like K^-(m 2^d + 1).  Chosen from the
 * measured coefficients: more grading than needed slows the convergence.
 */
static int
depth(int m)
{
	return m <= 3 ? 3 : (m <= 5 ? 2 : (m <= 10 ? 1 : 0));
}

/*
 * The Chebyshev size of level m (even): the coefficients fall below
 * 1e-15 by then (and 1.5 times more nodes change no value by 1e-12).
 */
static int
kcheb(int m)
{
	int			k = m <= 3 ? 36 : m <= 4 ? 30 : m <= 8 ? 24 : m <= 12 ? 20 : m <= 16 ? 16 : 12;

	k = 2 * (int) (k * KSCALE / 2.0);
	return k > KCHEB ? KCHEB : k;
}

/*
 * The Chebyshev interpolant of the unit piece [k, k + 1] at x: graded at
 * the end that is a singular point of level m (of the parity of m),
 * x - k or k + 1 - x = t^(2^d), d = depth(m), s = 2t - 1 or 1 - 2t.  Two
 * interleaved Clenshaw recurrences in sigma = T_2(s), for the latency:
 * T_2j(s) = T_j(sigma), T_(2j+1)(s) = s W_j(sigma), where W_j obeys the
 * same recurrence from W_0 = 1, W_1 = 2 sigma - 1.
 */
static double
cheb_eval(const double *c, int m, int k, double x)
{
	double		t = (m - k) % 2 == 0 ? x - k : (k + 1) - x,
				s,
				sig,
				e1 = 0.0,
				e2 = 0.0,
				o1 = 0.0,
				o2 = 0.0;
	int			n = kcheb(m);		/* even */

	for (int i = depth(m); i > 0; i--)
		t = sqrt(t);
	s = (m - k) % 2 == 0 ? 2.0 * t - 1.0 : 1.0 - 2.0 * t;
	sig = 2.0 * s * s - 1.0;
	for (int j = n / 2 - 1; j >= 1; j--)
	{
		double		e = 2.0 * sig * e1 - e2 + c[2 * j],
					o = 2.0 * sig * o1 - o2 + c[2 * j + 1];

		e2 = e1;
		e1 = e;
		o2 = o1;
		o1 = o;
	}
	return 0.5 * c[0] + sig * e1 - e2 + s * (c[1] + (2.0 * sig - 1.0) * o1 - o2);
}

/* The unit piece of level m that holds x in (0, m). */
static int
piece(int m, double x)
{
	int			k = (int) x;

	return k >= m ? m - 1 : k;
}

/* T_m(r) from the table (or closed form), any r. */
static double
planar_get(int m, double r)
{
	int			k;

	if (r <= 0.0)
		return 1.0;
	if (r >= m)
		return 0.0;
	if (m == 2)
		return M_2_PI * acos(r / 2.0);
	k = piece(m, r);
	return cheb_eval(planar_tab[m - 1][k], m, k, r);
}

/* H_m(v) from the table (or closed form), any v. */
static double
linear_get(int m, double v)
{
	int			k;

	if (v < 0.0)
		return 1.0 - linear_get(m, -v);
	if (v >= m)
		return 0.0;
	if (m == 1)
		return acos(v) / M_PI;
	k = piece(m, v);
	return cheb_eval(linear_tab[m - 1][k], m, k, v);
}

/*
 * An integral over [lo, hi]: the singularities of its integrand (complex,
 * im >= 0) and, split at, the real ones inside.
 */
typedef struct Quad
{
	double		lo,
				hi;
	bool		lo_sing,
				hi_sing;
	int			np,
				ns;
	double		x[MAXPTS];
	bool		sing[MAXPTS];
	double		zr[MAXPTS],
				zi[MAXPTS];
} Quad;

/* A singularity at re + i im; a split point if real and inside. */
static void
sing_add(Quad *q, double re, double im)
{
	if (q->ns >= MAXPTS || q->np >= MAXPTS)
		return;
	q->zr[q->ns] = re;
	q->zi[q->ns++] = fabs(im);
	if (im != 0.0)
		return;
	if (fabs(re - q->lo) <= 1e-14)
		q->lo_sing = true;
	else if (fabs(re - q->hi) <= 1e-14)
		q->hi_sing = true;
	else if (re > q->lo && re < q->hi)
	{
		q->x[q->np] = re;
		q->sing[q->np++] = true;
	}
}

/*
 * The angles of cos(angle) = c near [0, pi]: acos(c) and its mirrors
 * -acos(c), 2 pi - acos(c); or, for |c| > 1, i acosh(c) or pi + i acosh(-c).
 * A weak singularity (of order MWEAK/2 or more) is only split at.
 */
static void
sing_cos(Quad *q, double c, bool weak)
{
	if (weak)
	{
		if (fabs(c) < 1.0 && q->np < MAXPTS)
		{
			q->x[q->np] = acos(c);
			q->sing[q->np++] = false;
		}
	}
	else if (fabs(c) <= 1.0)
	{
		double		a = acos(c);

		sing_add(q, a, 0.0);
		sing_add(q, -a, 0.0);
		sing_add(q, 2.0 * M_PI - a, 0.0);
	}
	else
		sing_add(q, c > 0.0 ? 0.0 : M_PI, acosh(fabs(c)));
}

typedef struct Walk
{
	int			m;				/* the level integrated */
	double		x;				/* r or v */
} Walk;

typedef double (*Integrand) (const Walk *w, double angle);

/*
 * The integral over [p, r], halved until every singularity but those at
 * a singular end is outside the ellipse with foci p, r and semi-major
 * axis ELLIPSE (r - p)/2 (so Gauss-Legendre converges like 4^-2n): then
 * by the rule graded at the singular ends, or the plain one.  Halving
 * stops at length DELTA0, or depth MAXDEPTH.
 */
static double
subdivide(const Quad *q, Integrand f, const Walk *w, double p, double r,
		  bool ps, bool rs, int depth)
{
	double		len = r - p,
				s = 0.0;

	if (depth < MAXDEPTH && len > DELTA0)
	{
		for (int k = 0; k < q->ns; k++)
		{
			double		wr = (2.0 * q->zr[k] - p - r) / len,
						wi = 2.0 * q->zi[k] / len;

			if (q->zi[k] == 0.0 && ((ps && fabs(q->zr[k] - p) <= 1e-13) ||
									(rs && fabs(q->zr[k] - r) <= 1e-13)))
				continue;
			if (sqrt((wr - 1.0) * (wr - 1.0) + wi * wi) +
				sqrt((wr + 1.0) * (wr + 1.0) + wi * wi) < 2.0 * ELLIPSE)
			{
				double		mid = p + len / 2.0;

				return subdivide(q, f, w, p, mid, ps, false, depth + 1) +
					subdivide(q, f, w, mid, r, false, rs, depth + 1);
			}
		}
	}
	if (ps && rs)
	{
		double		mid = p + len / 2.0;

		return subdivide(q, f, w, p, mid, true, false, depth + 1) +
			subdivide(q, f, w, mid, r, false, true, depth + 1);
	}
	if (ps || rs)
	{
		const double *u = gl_u[w->m <= 4],
				   *wt = gl_w[w->m <= 4];

		for (int j = 0; j < GAUSS; j++)
			s += wt[j] * f(w, ps ? p + len * u[j] : r - len * u[j]);
	}
	else
		for (int j = 0; j < GAUSS2; j++)
			s += gp_w[j] * f(w, p + len * gp_u[j]);
	return len * s;
}

/*
 * The integral: between the sorted split points, each subdivided; points
 * a few units of rounding apart are one, singular if either is.
 */
static double
integrate(Quad *q, Integrand f, const Walk *w)
{
	double		total = 0.0,
				prev = q->lo;
	bool		prev_sing = q->lo_sing;
	int			n = 0;

	for (int i = 1; i < q->np; i++)	/* insertion sort */
	{
		double		v = q->x[i];
		bool		sv = q->sing[i];
		int			k = i;

		for (; k > 0 && q->x[k - 1] > v; k--)
		{
			q->x[k] = q->x[k - 1];
			q->sing[k] = q->sing[k - 1];
		}
		q->x[k] = v;
		q->sing[k] = sv;
	}
	for (int i = 0; i < q->np; i++)
	{
		if (q->hi - q->x[i] <= 1e-14)
			q->hi_sing = q->hi_sing || q->sing[i];
		else if (q->x[i] - (n > 0 ? q->x[n - 1] : q->lo) <= 1e-14)
		{
			if (n > 0)
				q->sing[n - 1] = q->sing[n - 1] || q->sing[i];
			else
				q->lo_sing = q->lo_sing || q->sing[i];
		}
		else
		{
			q->x[n] = q->x[i];
			q->sing[n++] = q->sing[i];
		}
	}
	prev_sing = q->lo_sing;
	for (int i = 0; i <= n; i++)
	{
		double		next = i < n ? q->x[i] : q->hi;
		bool		next_sing = i < n ? q->sing[i] : q->hi_sing;

		total += subdivide(q, f, w, prev, next, prev_sing, next_sing, 0);
		prev = next;
		prev_sing = next_sing;
	}
	return total;
}

/* T_(m-1)(R+(phi)), r >= 1; R+ = (r^2 - 1)/(cos + s) where cos > 0. */
static double
planar_outer(const Walk *w, double phi)
{
	double		c = cos(phi),
				e = (w->x - 1.0) * (w->x + 1.0),
				s = sqrt(e + c * c);

	return planar_get(w->m, c > 0.0 ? e / (c + s) : s - c);
}

/* T_(m-1)(R-) - T_(m-1)(R+), r < 1; R- = (1 - r^2)/(cos + s). */
static double
planar_inner(const Walk *w, double psi)
{
	double		c = cos(psi),
				sn = sin(psi),
				s2 = (w->x - sn) * (w->x + sn),
				s = s2 > 0.0 ? sqrt(s2) : 0.0;

	return planar_get(w->m, (1.0 - w->x) * (1.0 + w->x) / (c + s))
		- planar_get(w->m, c + s);
}

/* T_m(r), 0 < r < m, from level m - 1 >= 2. */
static double
planar_level(int m, double r)
{
	Walk		w = {m - 1, r};
	Quad		q;

	q.np = q.ns = 0;
	q.lo = 0.0;
	q.lo_sing = q.hi_sing = false;
	if (r >= 1.0)
	{
		double		e = (r - 1.0) * (r + 1.0);

		q.hi = M_PI;
		/* R+(phi) = b at cos(phi) = (r^2 - 1 - b^2)/(2b) */
		for (int b = m - 1; b > 0; b -= 2)
			sing_cos(&q, (e - (double) b * b) / (2.0 * b), m - 1 >= MWEAK);
		/* R+ is singular at cos(phi) = -+i sqrt(r^2 - 1): a near-kink */
		sing_add(&q, M_PI_2, asinh(sqrt(e)));
		return integrate(&q, planar_outer, &w) / M_PI;
	}
	else
	{
		double		e = (1.0 - r) * (1.0 + r),
					top = asin(r);

		q.hi = top;
		/* sqrt(r^2 - sin^2 psi) at psi = top, pi - top, -top */
		sing_add(&q, top, 0.0);
		sing_add(&q, M_PI - top, 0.0);
		sing_add(&q, -top, 0.0);
		/* R-+(psi) = b at cos(psi) = (1 - r^2 + b^2)/(2b) */
		for (int b = m - 1; b > 0; b -= 2)
			sing_cos(&q, (e + (double) b * b) / (2.0 * b), m - 1 >= MWEAK);
		return 1.0 - integrate(&q, planar_inner, &w) / M_PI;
	}
}

/* H_(m-1)(v - cos(theta)). */
static double
linear_step(const Walk *w, double theta)
{
	return linear_get(w->m, w->x - cos(theta));
}

/* H_m(v), -m < v < m, from level m - 1 >= 1. */
static double
linear_level(int m, double v)
{
	Walk		w = {m - 1, v};
	Quad		q;

	q.np = q.ns = 0;
	q.lo = 0.0;
	q.hi = M_PI;
	q.lo_sing = q.hi_sing = false;
	/* v - cos(theta) = b at cos(theta) = v - b, b = 0 and m - 1 - 2k */
	for (int b = m - 1; b >= 1 - m; b -= 2)
		sing_cos(&q, v - b, m - 1 >= MWEAK);
	return integrate(&q, linear_step, &w) / M_PI;
}

/* Chebyshev coefficients of every piece of level m, from its values. */
static void
build(double tab[][KCHEB], int m, double (*level) (int, double))
{
	int			nk = kcheb(m);

	for (int k = 0; k < m; k++)
	{
		double		f[KCHEB];

		for (int j = 0; j < nk; j++)
		{
			double		s = cos(M_PI * (j + 0.5) / nk),
						y = (m - k) % 2 == 0 ? (1.0 + s) / 2.0 : (1.0 - s) / 2.0;

			for (int i = depth(m); i > 0; i--)
				y *= y;
			f[j] = level(m, (m - k) % 2 == 0 ? k + y : (k + 1) - y);
		}
		for (int i = 0; i < nk; i++)
		{
			double		s = 0.0;

			for (int j = 0; j < nk; j++)
				s += f[j] * cos(M_PI * i * (j + 0.5) / nk);
			tab[k][i] = 2.0 * s / nk;
		}
	}
}

/* P(R_n >= r), 2 <= n <= WALK_NMAX. */
double
walk_planar_tail(int n, double r)
{
	double		p;

	if (isnan(r))
		return r;
	if (r <= 0.0)
		return 1.0;
	if (r >= n)
		return 0.0;
	if (n <= 2)
		return M_2_PI * acos(r / 2.0);
	if (!init_done)
		walk_init();
	for (; planar_built < n - 1; planar_built++)
		build(planar_tab[planar_built], planar_built + 1, planar_level);
	p = planar_level(n, r);
	return p < 0.0 ? 0.0 : (p > 1.0 ? 1.0 : p);
}

/* P(V_n >= v), 1 <= n <= WALK_NMAX. */
double
walk_linear_tail(int n, double v)
{
	double		p;

	if (isnan(v))
		return v;
	if (v <= -n)
		return 1.0;
	if (v >= n)
		return 0.0;
	if (v == 0.0)
		return 0.5;				/* by symmetry, exactly */
	if (n <= 1)
		return acos(v) / M_PI;
	if (!init_done)
		walk_init();
	for (; linear_built < n - 1; linear_built++)
		build(linear_tab[linear_built], linear_built + 1, linear_level);
	p = linear_level(n, v);
	return p < 0.0 ? 0.0 : (p > 1.0 ? 1.0 : p);
}
