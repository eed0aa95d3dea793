/*
 * refgen.c
 *		Reference angles for the accuracy test, computed with MPFR.
 *
 * Prints deterministic test cases, one per line, tab-separated, for
 * psql's \copy:
 *
 *	 class  kind  a  b  axis-or-\N  ref_hi  ref_lo  ulp
 *
 * kind is f8 (vector_angle on float8[]), f4 (components exactly
 * representable in float4), deg (vector_angled, degrees), signed2 or
 * signed3 (vector_angle_signed).  ref_hi is the true angle rounded to
 * double, ref_lo the rounded remainder, ulp the ULP of ref_hi (the smallest
 * subnormal for 0); a result's error in ULP is |(got - ref_hi) - ref_lo|/ulp.
 *
 * The reference is independent of the extension: a.b, |a|^2 and |b|^2 are
 * summed exactly (every product of two doubles is exact in 106 bits, and
 * mpfr_sum into 4400 bits is exact), S^2 = |a|^2 |b|^2 - (a.b)^2 is formed
 * exactly in 9000 bits, and the angle is atan2(sqrt(S^2), a.b) in 320
 * bits.  Signs of signed angles come from exact determinants.  Every step
 * that should be exact is checked.
 *
 * Usage: refgen [multiplier]   (multiplies the number of random cases)
 *		  refgen sweep [per-decade]   (the accuracy report's sweep, see
 *		  gen_sweep; the default output above does not change)
 * Build with -ffp-contract=off so the cases are the same everywhere.
 */
#include <math.h>
#include <mpfr.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "splitmix64.h"

#define PREC_SUM 4400			/* exact sums of products of two doubles */
#define PREC_SQ 9000			/* exact |a|^2 |b|^2 - (a.b)^2 */
#define PREC_DET 6600			/* exact sums of products of three doubles */
#define PREC_OUT 320			/* the reference angle */
#define MAXN 100000

static uint64_t rng_state;
static int	mult = 1;

/* The next 64 bits of the inputs' stream. */
static uint64_t
rnd64(void)
{
	return splitmix64(&rng_state);
}

static void
seed(const char *s)
{
	rng_state = 1469598103934665603ULL;
	while (*s)
		rng_state = (rng_state ^ (unsigned char) *s++) * 1099511628211ULL;
}

/* uniform in [0, 1) */
static double
unif(void)
{
	return (double) (rnd64() >> 11) * 0x1p-53;
}

/* uniform in (-1, 1) */
static double
sym(void)
{
	return 2.0 * unif() - 1.0;
}

/* integer in [lo, hi] */
static int
irange(int lo, int hi)
{
	return lo + (int) (rnd64() % (uint64_t) (hi - lo + 1));
}

static double
dot(const double *x, const double *y, int n)
{
	double		s = 0.0;

	for (int i = 0; i < n; i++)
		s += x[i] * y[i];
	return s;
}

static void
fill_sym(double *x, int n)
{
	for (int i = 0; i < n; i++)
		x[i] = sym();
}

/* random unit vector orthogonal (roughly) to a */
static void
perp_unit(const double *a, double *w, int n)
{
	double		c,
				nw;

	do
	{
		fill_sym(w, n);
		c = dot(w, a, n) / dot(a, a, n);
		for (int i = 0; i < n; i++)
			w[i] -= c * a[i];
		nw = sqrt(dot(w, w, n));
	} while (nw == 0.0);
	for (int i = 0; i < n; i++)
		w[i] /= nw;
}

/* ---- exact references ---- */

static mpfr_t *terms;
static mpfr_ptr *termp;

/* res = sum x_i y_i exactly */
static void
exact_dot(mpfr_t res, const double *x, const double *y, int n)
{
	for (int i = 0; i < n; i++)
	{
		mpfr_set_d(terms[i], x[i], MPFR_RNDN);
		if (mpfr_mul_d(terms[i], terms[i], y[i], MPFR_RNDN) != 0)
			abort();
	}
	if (mpfr_sum(res, termp, n, MPFR_RNDN) != 0)
	{
		fprintf(stderr, "refgen: inexact dot product\n");
		exit(1);
	}
}

/* theta = unsigned angle between a and b, PREC_OUT bits */
static void
ref_angle(mpfr_t theta, const double *a, const double *b, int n)
{
	mpfr_t		ab,
				aa,
				bb,
				s2,
				t,
				s,
				c;

	mpfr_inits2(PREC_SUM, ab, aa, bb, (mpfr_ptr) 0);
	mpfr_inits2(PREC_SQ, s2, t, (mpfr_ptr) 0);
	mpfr_inits2(PREC_OUT, s, c, (mpfr_ptr) 0);
	exact_dot(ab, a, b, n);
	exact_dot(aa, a, a, n);
	exact_dot(bb, b, b, n);
	if (mpfr_mul(s2, aa, bb, MPFR_RNDN) != 0 || mpfr_sqr(t, ab, MPFR_RNDN) != 0 ||
		mpfr_sub(s2, s2, t, MPFR_RNDN) != 0)
	{
		fprintf(stderr, "refgen: inexact S^2\n");
		exit(1);
	}
	if (mpfr_sgn(s2) < 0)
		abort();
	mpfr_sqrt(s, s2, MPFR_RNDN);
	mpfr_set(c, ab, MPFR_RNDN);
	mpfr_atan2(theta, s, c, MPFR_RNDN);
	mpfr_clears(ab, aa, bb, s2, t, s, c, (mpfr_ptr) 0);
}

/* exact sign of det[a; b; c] (3-vectors) */
static int
det3_sign(const double *a, const double *b, const double *c)
{
	static const int p[6][4] = {{0, 1, 2, 1}, {1, 2, 0, 1}, {2, 0, 1, 1},
	{0, 2, 1, -1}, {1, 0, 2, -1}, {2, 1, 0, -1}};
	mpfr_t		d;
	int			sg;

	mpfr_init2(d, PREC_DET);
	for (int i = 0; i < 6; i++)
	{
		mpfr_set_prec(terms[i], 160);
		mpfr_set_d(terms[i], a[p[i][0]] * p[i][3], MPFR_RNDN);
		if (mpfr_mul_d(terms[i], terms[i], b[p[i][1]], MPFR_RNDN) != 0 ||
			mpfr_mul_d(terms[i], terms[i], c[p[i][2]], MPFR_RNDN) != 0)
			abort();
	}
	if (mpfr_sum(d, termp, 6, MPFR_RNDN) != 0)
		abort();
	sg = mpfr_sgn(d);
	for (int i = 0; i < 6; i++)
		mpfr_set_prec(terms[i], 106);
	mpfr_clear(d);
	return sg;
}

/* ---- output ---- */

static void
print_vec(const double *x, int n)
{
	putchar('{');
	for (int i = 0; i < n; i++)
		printf(i ? ",%.17g" : "%.17g", x[i]);
	putchar('}');
}

/* Print one case; theta is the reference (radians, or degrees for deg). */
static void
emit(const char *cls, const char *kind, const double *a, const double *b,
	 const double *axis, int n, mpfr_t theta)
{
	mpfr_t		r;
	double		hi,
				lo,
				ulp;
	int			e;

	/* outside the promised range: true angle in (0, 2^-1000) */
	if (!mpfr_zero_p(theta) && mpfr_get_exp(theta) <= -1000)
		return;
	mpfr_init2(r, PREC_OUT);
	hi = mpfr_get_d(theta, MPFR_RNDN);
	mpfr_sub_d(r, theta, hi, MPFR_RNDN);
	lo = mpfr_get_d(r, MPFR_RNDN);
	if (hi == 0.0)
		ulp = 0x1p-1074;
	else
	{
		(void) frexp(hi, &e);
		ulp = e - 53 < -1074 ? 0x1p-1074 : ldexp(1.0, e - 53);
	}
	printf("%s\t%s\t", cls, kind);
	print_vec(a, n);
	putchar('\t');
	print_vec(b, n);
	putchar('\t');
	if (axis)
		print_vec(axis, 3);
	else
		printf("\\N");
	printf("\t%.17g\t%.17g\t%.17g\n", hi, lo, ulp);
	mpfr_clear(r);
}

/* Emit an unsigned case of the given kind (f8, f4 or deg). */
static void
emit_angle(const char *cls, const char *kind, const double *a,
		   const double *b, int n)
{
	mpfr_t		t,
				pi;

	mpfr_inits2(PREC_OUT, t, pi, (mpfr_ptr) 0);
	ref_angle(t, a, b, n);
	if (strcmp(kind, "deg") == 0)
	{
		mpfr_const_pi(pi, MPFR_RNDN);
		mpfr_mul_ui(t, t, 180, MPFR_RNDN);
		mpfr_div(t, t, pi, MPFR_RNDN);
	}
	emit(cls, kind, a, b, NULL, n, t);
	mpfr_clears(t, pi, (mpfr_ptr) 0);
}

/* Emit a signed 2-D case: atan2(det, dot), det = a0 b1 - a1 b0. */
static void
emit_signed2(const char *cls, const double *a, const double *b)
{
	mpfr_t		t,
				d,
				c;
	double		x[2] = {a[0], -a[1]},
				y[2] = {b[1], b[0]};

	mpfr_inits2(PREC_SUM, d, c, (mpfr_ptr) 0);
	mpfr_init2(t, PREC_OUT);
	exact_dot(d, x, y, 2);
	exact_dot(c, a, b, 2);
	mpfr_atan2(t, d, c, MPFR_RNDN);		/* atan2(+0, neg) = +pi */
	emit(cls, "signed2", a, b, NULL, 2, t);
	mpfr_clears(t, d, c, (mpfr_ptr) 0);
}

/* Emit a signed 3-D case: angle(a, b) with the sign of (a x b).axis. */
static void
emit_signed3(const char *cls, const double *a, const double *b,
			 const double *axis)
{
	mpfr_t		t;

	mpfr_init2(t, PREC_OUT);
	ref_angle(t, a, b, 3);
	if (det3_sign(a, b, axis) < 0)
		mpfr_neg(t, t, MPFR_RNDN);
	emit(cls, "signed3", a, b, axis, 3, t);
	mpfr_clear(t);
}

/* ---- case generators ---- */

static double A[MAXN],
			B[MAXN],
			W[MAXN];

/* b = s*(sign*a + t*|a|*w) with w a unit vector orthogonal to a */
static void
near_pair(int n, double t, int sign)
{
	double		na,
				s = 0.5 + 1.5 * unif();

	fill_sym(A, n);
	if (rnd64() & 1)
		for (int i = 0; i < n; i++)
			A[i] = ldexp(A[i], irange(-20, 20));
	na = sqrt(dot(A, A, n));
	perp_unit(A, W, n);
	for (int i = 0; i < n; i++)
		B[i] = s * (sign * A[i] + t * na * W[i]);
}

/* random pair; components uniform, or with random exponents */
static void
random_pair(int n)
{
	int			mode = irange(0, 3);

	fill_sym(A, n);
	fill_sym(B, n);
	if (mode == 3)
		for (int i = 0; i < n; i++)
		{
			A[i] = ldexp(A[i], irange(-30, 30));
			B[i] = ldexp(B[i], irange(-30, 30));
		}
	else if (mode == 2)
	{
		int			k = irange(-40, 40);

		for (int i = 0; i < n; i++)
			B[i] = ldexp(B[i], k);
	}
}

static void
scale_vec(double *x, int n, double s)
{
	for (int i = 0; i < n; i++)
		x[i] *= s;
}

/* scale x exactly so that max |x_i| is in [0.5, 1) */
static void
norm_max(double *x, int n)
{
	double		m = 0.0;
	int			e;

	for (int i = 0; i < n; i++)
		m = fabs(x[i]) > m ? fabs(x[i]) : m;
	if (m == 0.0)
		return;
	(void) frexp(m, &e);
	for (int i = 0; i < n; i++)
		x[i] = ldexp(x[i], -e);
}

/* make a zero vector non-zero */
static void
not_zero(double *x, int n)
{
	for (int i = 0; i < n; i++)
		if (x[i] != 0.0)
			return;
	x[0] = 0x1p-1074;
}

static const double tenpow[16] = {1, 1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6,
	1e-7, 1e-8, 1e-9, 1e-10, 1e-11, 1e-12, 1e-13, 1e-14, 1e-15};

static void
gen_near(void)
{
	char		cls[64];

	for (int pi = 0; pi < 2; pi++)
		for (int k = 1; k <= 15; k++)
		{
			snprintf(cls, sizeof(cls), "%s 1e-%d", pi ? "nearpi" : "near0", k);
			seed(cls);
			for (int i = 0; i < 20 * mult; i++)
			{
				int			n = (i % 2) ? 100 : 3;

				near_pair(n, tenpow[k], pi ? -1 : 1);
				emit_angle(cls, "f8", A, B, n);
			}
		}
}

static void
gen_random(void)
{
	static const int dims[7] = {1, 2, 3, 10, 100, 1000, 100000};
	static const int counts[7] = {50, 300, 300, 200, 60, 10, 2};
	char		cls[64];

	for (int d = 0; d < 7; d++)
	{
		int			n = dims[d];

		snprintf(cls, sizeof(cls), "random n=%d", n);
		seed(cls);
		for (int i = 0; i < counts[d] * mult + (n == 100000 ? 1 : 0); i++)
		{
			if (i % 5 == 4 && n > 1)
				near_pair(n, ldexp(1.0, -irange(1, 50)), (i & 8) ? -1 : 1);
			else
				random_pair(n);
			emit_angle(cls, "f8", A, B, n);
		}
	}
}

/* scale 1e-300 / 1e300 and mixed scales */
static void
gen_scales(void)
{
	static const char *names[2] = {"scale 1e-300", "scale 1e300"};
	static const double s[2] = {1e-300, 1e300};

	for (int c = 0; c < 2; c++)
	{
		seed(names[c]);
		for (int i = 0; i < 100 * mult; i++)
		{
			int			n = (i % 3 == 0) ? 2 : (i % 3 == 1) ? 3 : 10;
			double		f = s[c] * (c ? ldexp(1.0, irange(0, 26)) : 1.0);

			if (i % 4 < 2)
				near_pair(n, ldexp(1.0, -irange(1, 52)), (i & 4) ? -1 : 1);
			else
				random_pair(n);
			norm_max(A, n);
			norm_max(B, n);
			scale_vec(A, n, f);
			scale_vec(B, n, (i % 7 == 0) ? f * 0.75 : f);
			emit_angle(names[c], "f8", A, B, n);
		}
	}

	seed("mixed scale");
	for (int i = 0; i < 150 * mult; i++)
	{
		int			n = irange(2, 12);
		int			mode = i % 3;

		for (int j = 0; j < n; j++)
		{
			A[j] = ldexp(sym(), irange(-300, 300) * 3);
			B[j] = mode == 0 ? ldexp(sym(), irange(-300, 300) * 3) :
				A[j] * (1.0 + ldexp(sym(), -irange(1, 60)));
		}
		if (mode == 2)			/* very different scales of a and b */
			scale_vec(B, n, ldexp(1.0, irange(-100, 100)));
		emit_angle("mixed scale", "f8", A, B, n);
	}
}

static void
gen_subnormal(void)
{
	const char *cls = "subnormal";

	seed(cls);
	for (int i = 0; i < 100 * mult; i++)
	{
		int			n = irange(2, 5);
		int			mode = i % 4;

		for (int j = 0; j < n; j++)
		{
			A[j] = ldexp((double) (int64_t) (rnd64() >> irange(11, 62)), -1074);
			if (rnd64() & 1)
				A[j] = -A[j];
			if (mode == 0)		/* both subnormal, unrelated */
				B[j] = ldexp((double) (int64_t) (rnd64() >> irange(11, 62)), -1074);
			else if (mode == 1) /* nearly parallel */
				B[j] = A[j] + ldexp((double) irange(-3, 3), -1074);
			else if (mode == 2) /* subnormal against normal */
				B[j] = sym();
			else				/* mixed within the vector */
				B[j] = (j % 2) ? ldexp(sym(), -1040) : sym() * 1e-300;
		}
		not_zero(A, n);
		not_zero(B, n);
		if (mode == 2 && (i & 8))
			for (int j = 0; j < n; j++)
				B[j] = ldexp(A[j], 1100);
		emit_angle(cls, "f8", A, B, n);
	}
}

/* angles from 2^-1000 to 2^-60, incl. structured ones for n > 3 */
static void
gen_tiny(void)
{
	const char *cls = "tiny angle 2^-1000..2^-60";

	seed(cls);
	for (int i = 0; i < 150 * mult; i++)
	{
		int			n = (int[]) {2, 3, 3, 4, 6, 10}[i % 6];
		double		t = ldexp(1.0 + unif(), -irange(60, 990));
		double		lam = 1.0;
		int			p = irange(0, n - 1),
					q;

		do
			q = irange(0, n - 1);
		while (q == p);
		memset(A, 0, sizeof(double) * n);
		memset(B, 0, sizeof(double) * n);
		switch (irange(0, 4))
		{
			case 4:				/* products that round alike: b = a + 1 ulp */
				for (int j = 0; j < n; j++)
					A[j] = B[j] = (i % 12 < 6) ? sym() : 0.0;
				if (i % 12 >= 6)	/* (1 + 2^-52, 1), (1, 1 - 2^-52) */
				{
					A[p] = 1.0 + 0x1p-52;
					A[q] = B[p] = 1.0;
					B[q] = 1.0 - 0x1p-52;
				}
				else
					B[q] = nextafter(A[q], (rnd64() & 1) ? 2.0 : -2.0);
				break;
			case 0:				/* axis-aligned */
				A[p] = ldexp(1.0 + unif(), irange(-500, 500));
				B[p] = A[p] * ldexp(1.0, irange(-5, 5));
				B[q] = t * fabs(B[p]);
				break;
			case 1:				/* rotated: the tiny part in a free component */
				for (int j = 0; j < n; j++)
					if (j != q)
						A[j] = B[j] = sym();
				B[q] = t;
				break;
			case 2:				/* b = 3a + tiny, a with short mantissas */
				lam = 3.0;
				/* FALLTHROUGH */
			default:			/* b = a/3 + tiny, a a multiple of 3 */
				for (int j = 0; j < n; j++)
					if (j != q)
					{
						double		k = (double) irange(1, 1 << 20);

						if (rnd64() & 1)
							k = -k;

						A[j] = lam == 3.0 ? k : 3.0 * k;
						B[j] = lam == 3.0 ? 3.0 * k : k;
					}
				B[q] = t * ldexp(1.0, 20);
				break;
		}
		if (rnd64() & 1)
			scale_vec(B, n, -1.0);	/* near pi */
		emit_angle(cls, "f8", A, B, n);
	}
}

static void
gen_f4(void)
{
	const char *cls = "f4";

	seed(cls);
	for (int i = 0; i < 200 * mult; i++)
	{
		int			n = (int[]) {2, 3, 10, 100}[i % 4];

		if (i % 3 == 0)
			near_pair(n, ldexp(1.0, -irange(1, 23)), (i & 4) ? -1 : 1);
		else
			random_pair(n);
		for (int j = 0; j < n; j++)
		{
			A[j] = (float) A[j];
			B[j] = (float) B[j];
		}
		emit_angle(cls, "f4", A, B, n);
	}
}

static void
gen_deg(void)
{
	const char *cls = "deg";

	seed(cls);
	for (int i = 0; i < 200 * mult; i++)
	{
		int			n = (int[]) {2, 3, 10}[i % 3];

		if (i % 3 == 0)
			near_pair(n, ldexp(1.0, -irange(1, 52)), (i & 4) ? -1 : 1);
		else
			random_pair(n);
		emit_angle(cls, "deg", A, B, n);
	}
}

static void
gen_signed(void)
{
	double		ax[3];

	seed("signed2");
	for (int i = 0; i < 200 * mult; i++)
	{
		if (i % 2 == 0)
			near_pair(2, ldexp(1.0, -irange(1, 60)), (i & 2) ? -1 : 1);
		else
			random_pair(2);
		if (i % 7 == 0)
		{
			norm_max(A, 2);
			norm_max(B, 2);
			scale_vec(A, 2, 1e-300);
			scale_vec(B, 2, 1e300);
		}
		if (i % 4 == 1)			/* swap: the other sign */
			for (int j = 0; j < 2; j++)
			{
				double		x = A[j];

				A[j] = B[j];
				B[j] = x;
			}
		emit_signed2("signed2", A, B);
	}

	seed("signed3");
	for (int i = 0; i < 300 * mult; i++)
	{
		if (i % 2 == 0)
			near_pair(3, ldexp(1.0, -irange(1, 60)), (i & 2) ? -1 : 1);
		else
			random_pair(3);
		switch (i % 5)
		{
			case 0:				/* random axis */
			case 1:
				fill_sym(ax, 3);
				break;
			case 2:				/* about +-(a x b) */
				ax[0] = A[1] * B[2] - A[2] * B[1];
				ax[1] = A[2] * B[0] - A[0] * B[2];
				ax[2] = A[0] * B[1] - A[1] * B[0];
				if (i & 4)
					scale_vec(ax, 3, -1.0);
				if (ax[0] == 0.0 && ax[1] == 0.0 && ax[2] == 0.0)
					ax[2] = 1.0;
				break;
			case 3:				/* in the plane: triple product exactly 0 */
				memcpy(ax, (i & 4) ? A : B, sizeof(ax));
				break;
			default:			/* a coordinate axis */
				memset(ax, 0, sizeof(ax));
				ax[irange(0, 2)] = (i & 4) ? -1.0 : 1.0;
				break;
		}
		if (i % 11 == 0)
		{
			norm_max(ax, 3);
			scale_vec(ax, 3, 1e300);
		}
		emit_signed3("signed3", A, B, ax);
	}
}

/* Cases whose answer is exact: 0, pi, pi/2 (and 0, 180, 90, 45 degrees). */
static void
gen_exact(void)
{
	static const struct
	{
		const char *kind;
		int			n;
		double		a[10],
					b[10],
					axis[3];
	}			c[] = {
		{"f8", 1, {3}, {5}},
		{"f8", 1, {-3}, {5}},
		{"f8", 2, {1, 2}, {2, 4}},
		{"f8", 2, {0.1, 0.7}, {0.1, 0.7}},
		{"f8", 3, {1, 2, 3}, {3, 6, 9}},
		{"f8", 4, {3, 6, 9, 12}, {1, 2, 3, 4}},
		{"f8", 10, {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1e-300},
		{0.2, 0.4, 0.6, 0.8, 1.0, 1.2, 1.4, 1.6, 1.8, 2e-300}},
		{"f8", 2, {1, 2}, {-2, -4}},
		{"f8", 3, {1, 2, 3}, {-3, -6, -9}},
		{"f8", 3, {1e300, 1e-300, 5e-324}, {-1e300, -1e-300, -5e-324}},
		{"f8", 5, {1, -2, 3, -4, 5}, {-0.5, 1, -1.5, 2, -2.5}},
		{"f8", 2, {1, 0}, {0, 1}},
		{"f8", 2, {1, 1}, {1, -1}},
		{"f8", 3, {1, 0, 0}, {0, 1, 0}},
		{"f8", 3, {0, 0, 5}, {2e-300, 0, 0}},
		{"f8", 10, {1}, {0, 0, 0, 0, 0, 0, 7}},
		{"f8", 4, {1, 1, 1, 1}, {1, -1, 1, -1}},
		{"f4", 3, {1, 0, 0}, {0, 1, 0}},
		{"f4", 3, {1, 2, 3}, {2, 4, 6}},
		{"deg", 2, {1, 0}, {2, 0}},
		{"deg", 2, {1, 0}, {-1, 0}},
		{"deg", 2, {1, 0}, {0, 1}},
		{"deg", 2, {1, 0}, {1, 1}},
		{"deg", 3, {1, 0, 0}, {1, 1, 0}},
		{"deg", 2, {1e-300, 0}, {1e-300, 1e-300}},
		{"f8", 3, {0.1, 0, 0}, {0.1, 0.1, 0}},
		{"deg", 3, {1, 2, 3}, {-2, -4, -6}},
		{"signed2", 2, {1, 0}, {-1, 0}},
		{"signed2", 2, {1, 0}, {0, 1}},
		{"signed2", 2, {1, 0}, {0, -1}},
		{"signed2", 2, {1, 1}, {2, 2}},
		{"signed2", 2, {0.3, -0.7}, {-0.3, 0.7}},
		{"signed3", 3, {1, 0, 0}, {-1, 0, 0}, {0, 0, 1}},
		{"signed3", 3, {1, 0, 0}, {-1, 0, 0}, {0, 0, -1}},
		{"signed3", 3, {1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
		{"signed3", 3, {1, 0, 0}, {0, 1, 0}, {0, 0, -1}},
		{"signed3", 3, {1, 0, 0}, {0, 1, 0}, {1, 0, 0}},
		{"signed3", 3, {1, 2, 3}, {2, 4, 6}, {0, 0, -1}},
	};

	for (size_t i = 0; i < sizeof(c) / sizeof(c[0]); i++)
	{
		if (strcmp(c[i].kind, "signed2") == 0)
			emit_signed2("exact", c[i].a, c[i].b);
		else if (strcmp(c[i].kind, "signed3") == 0)
			emit_signed3("exact", c[i].a, c[i].b, c[i].axis);
		else
			emit_angle("exact", c[i].kind, c[i].a, c[i].b, c[i].n);
	}
	/* b = +-a 2^k */
	for (int k = -900; k <= 900; k += 600)
	{
		double		a[3] = {0.1, -0.3, 0.7},
					b[3];

		for (int i = 0; i < 3; i++)
			b[i] = ldexp(a[i], k);
		emit_angle("exact", "f8", a, b, 3);
		for (int i = 0; i < 3; i++)
			b[i] = -b[i];
		emit_angle("exact", "f8", a, b, 3);
	}
}


/* ---- the accuracy report's sweep (refgen sweep) ---- */

/* Print hi, lo: x rounded to double and the rounded remainder. */
static void
print_dd(mpfr_t x)
{
	mpfr_t		r;
	double		hi;

	mpfr_init2(r, PREC_OUT);
	hi = mpfr_get_d(x, MPFR_RNDN);
	mpfr_sub_d(r, x, hi, MPFR_RNDN);
	printf("\t%.17g\t%.17g", hi, mpfr_get_d(r, MPFR_RNDN));
	mpfr_clear(r);
}

/*
 * Pairs whose angle is near theta (end 0) or near pi - theta (end pi), with
 * theta = 10^(-16 + k/per) for k = 0 .. 16 per, in 3 and 100 dimensions:
 * b = s (+-cos(theta) a + sin(theta) |a| w), w a unit vector orthogonal to a,
 * a uniform in (-1, 1)^n, s uniform in [0.5, 2).  Rounding b to doubles moves
 * the true angle a little, so the reference is the exact angle of the
 * printed doubles (ref_angle).  Pairs whose exact angle is 0 or pi are
 * replaced.  Prints, tab-separated:
 *
 *	 end  n  target  a  b  ref_hi  ref_lo  ulp  sup_hi  sup_lo
 *
 * ref the angle, ulp the ULP of ref_hi, sup = pi - angle.
 */
static void
gen_sweep(int per)
{
	static const int dims[2] = {3, 100};
	char		cls[64];
	mpfr_t		t,
				sup;

	mpfr_inits2(PREC_OUT, t, sup, (mpfr_ptr) 0);
	for (int end = 0; end < 2; end++)
		for (int d = 0; d < 2; d++)
		{
			int			n = dims[d];

			snprintf(cls, sizeof(cls), "sweep %s n=%d", end ? "pi" : "0", n);
			seed(cls);
			for (int k = 0; k <= 16 * per; k++)
			{
				double		target = pow(10.0, -16.0 + (double) k / per);
				double		c = end ? -cos(target) : cos(target),
							sn = sin(target),
							hi,
							ulp;
				int			e;

				do
				{
					double		na,
								s = 0.5 + 1.5 * unif();

					fill_sym(A, n);
					na = sqrt(dot(A, A, n));
					perp_unit(A, W, n);
					for (int i = 0; i < n; i++)
						B[i] = s * (c * A[i] + sn * na * W[i]);
					ref_angle(t, A, B, n);
					mpfr_const_pi(sup, MPFR_RNDN);
					mpfr_sub(sup, sup, t, MPFR_RNDN);
				} while (mpfr_zero_p(t) || mpfr_zero_p(sup));

				hi = mpfr_get_d(t, MPFR_RNDN);
				(void) frexp(hi, &e);
				ulp = ldexp(1.0, e - 53);
				printf("%s\t%d\t%.17g\t", end ? "pi" : "0", n, target);
				print_vec(A, n);
				putchar('\t');
				print_vec(B, n);
				print_dd(t);
				printf("\t%.17g", ulp);
				print_dd(sup);
				putchar('\n');
			}
		}
	mpfr_clears(t, sup, (mpfr_ptr) 0);
}

int
main(int argc, char **argv)
{
	int			sweep = argc > 1 && strcmp(argv[1], "sweep") == 0;

	if (argc > 1 && !sweep)
		mult = atoi(argv[1]) > 0 ? atoi(argv[1]) : 1;
	terms = malloc(sizeof(mpfr_t) * MAXN);
	termp = malloc(sizeof(mpfr_ptr) * MAXN);
	if (!terms || !termp)
		return 1;
	for (int i = 0; i < MAXN; i++)
	{
		mpfr_init2(terms[i], 106);
		termp[i] = terms[i];
	}
	if (sweep)
	{
		gen_sweep(argc > 2 && atoi(argv[2]) > 0 ? atoi(argv[2]) : 40);
		return fflush(stdout) == 0 ? 0 : 1;
	}
	gen_exact();
	gen_near();
	gen_random();
	gen_scales();
	gen_subnormal();
	gen_tiny();
	gen_f4();
	gen_deg();
	gen_signed();
	return fflush(stdout) == 0 ? 0 : 1;
}
