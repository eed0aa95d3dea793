/*
 * walk_error.c
 *		The accuracy of the exact random-walk tails (src/numerics/walk.c)
 *		and of the asymptotic p-values beyond them (tests.c), printing TAP:
 *		the tables of walk.c against a build with 1.5 times the Chebyshev
 *		nodes, 1.6 times the Gauss points and finer subdivision (ref_*,
 *		to n = 60); the Rayleigh series and the V-test saddlepoint at
 *		31 <= n <= 60 against it; the first-call cost.
 *
 *	walk_error	(test/numerics/walk_error.sh builds and runs it)
 */
#include <math.h>
#include <stdio.h>
#include <time.h>

#include "tests.h"
#include "walk.h"

extern double ref_planar_tail(int n, double r);
extern double ref_linear_tail(int n, double v);

static int	ntest = 0;

/* One TAP line. */
static void
tap(int ok, const char *msg)
{
	printf("%sok %d - %s\n", ok ? "" : "not ", ++ntest, msg);
}

/* CPU seconds. */
static double
cpu(void)
{
	struct timespec t;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
	return t.tv_sec + 1e-9 * t.tv_nsec;
}

int
main(void)
{
	double		t0,
				t1,
				t2,
				er = 0.0,
				ev = 0.0,
				ar[61] = {0},
				av[61] = {0};
	char		msg[300];

	printf("1..3\n");
	t0 = cpu();
	(void) walk_planar_tail(WALK_NMAX, 1.0);
	t1 = cpu();
	(void) walk_linear_tail(WALK_NMAX, 1.0);
	t2 = cpu();
	for (int n = 2; n <= WALK_NMAX; n++)
		for (int i = 0; i <= 400; i++)
		{
			er = fmax(er, fabs(walk_planar_tail(n, n * i / 400.0) -
							   ref_planar_tail(n, n * i / 400.0)));
			ev = fmax(ev, fabs(walk_linear_tail(n, n * (i - 200) / 200.0) -
							   ref_linear_tail(n, n * (i - 200) / 200.0)));
		}
	snprintf(msg, sizeof(msg), "exact tails at n <= %d as with 1.5 times the nodes: "
			 "max difference %.2g (Rayleigh), %.2g (V) (<= 1e-12)", WALK_NMAX, er, ev);
	tap(er <= 1e-12 && ev <= 1e-12, msg);
	for (int n = WALK_NMAX + 1; n <= 60; n++)
		for (int i = 0; i <= 4000; i++)
		{
			double		rb = i / 4000.0,
						v = n * (i - 2000) / 2000.0;

			ar[n] = fmax(ar[n], fabs(rayleigh_p(n, rb) - ref_planar_tail(n, n * rb)));
			av[n] = fmax(av[n], fabs(vtest_p(n, sqrt(2.0 / n) * v) - ref_linear_tail(n, v)));
		}
	er = ev = 0.0;
	for (int n = WALK_NMAX + 1; n <= 60; n++)
	{
		er = fmax(er, ar[n]);
		ev = fmax(ev, av[n]);
		printf("# n = %d: Rayleigh series %.2e, V-test saddlepoint %.2e\n", n, ar[n], av[n]);
	}
	snprintf(msg, sizeof(msg), "asymptotic p-values at %d <= n <= 60 against the exact tail: "
			 "max error %.2g (Rayleigh, %.2g at n = 50), %.2g (V-test, %.2g at n = 50)",
			 WALK_NMAX + 1, er, ar[50], ev, av[50]);
	tap(er <= 2e-6 && ev <= 1e-6 && ar[60] < ar[WALK_NMAX + 1] / 4.0, msg);
	snprintf(msg, sizeof(msg), "first call (tables to n = %d): %.1f ms (Rayleigh), "
			 "%.1f ms (V-test) of CPU (<= 100)", WALK_NMAX, 1e3 * (t1 - t0), 1e3 * (t2 - t1));
	tap(t1 - t0 <= 0.1 && t2 - t1 <= 0.1, msg);
	return 0;
}
