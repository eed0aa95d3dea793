/*
 * kernel_bench.c
 *		Micro benchmark of the vector-angle kernel against the naive
 *		acos(a.b / (|a||b|)), in plain C without PostgreSQL.
 *
 * Build and run from the project root:
 *	 cc -O2 -ffp-contract=off -Isrc/numerics -o /tmp/kernel_bench bench/kernel_bench.c \
 *		 src/numerics/vector_*.c -lm && /tmp/kernel_bench [rounds]
 *
 * Prints, for n = 3, 10, 100, 1000, the median and the minimum ns/call
 * over rounds (default 15) in which every variant runs once in turn, and
 * the ratios of the medians to the naive loop's.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <stdbool.h>

#include "vector.h"

#define PAIRS 512

static uint64_t state = 42;

/* uniform in (-1, 1), splitmix64 */
static double
sym(void)
{
	uint64_t	z = (state += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	z ^= z >> 31;
	return (double) (z >> 11) * 0x1p-52 - 1.0;
}

/* The textbook formula, as a hand-written C function would have it. */
__attribute__((noinline)) static double
naive_angle(const double *x, const double *y, int n)
{
	double		dot = 0.0,
				na = 0.0,
				nb = 0.0;

	for (int i = 0; i < n; i++)
	{
		dot += x[i] * y[i];
		na += x[i] * x[i];
		nb += y[i] * y[i];
	}
	return acos(dot / (sqrt(na) * sqrt(nb)));
}

static double
now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

#define NVAR 6

static const char *const names[NVAR] = {"exact", "scalar", "avx2", "avx512",
"best", "naive"};
static const VecPath paths[NVAR - 1] = {VEC_PATH_EXACT, VEC_PATH_SCALAR,
VEC_PATH_AVX2, VEC_PATH_AVX512, VEC_PATH_BEST};

/* ns/call of one trial of variant which. */
static double
trial(const double *a, const double *b, int n, int which, double *sink)
{
	int			reps = n >= 1000 ? 4 : n >= 100 ? 40 : 400;
	double		s = 0.0,
				t0 = now_ns();

	for (int r = 0; r < reps; r++)
		for (int i = 0; i < PAIRS; i++)
		{
			double		v;
			bool		fast;

			if (which < NVAR - 1)
				(void) vec_angle_path(a + (size_t) i * n, b + (size_t) i * n,
									  n, paths[which], &v, &fast);
			else
				v = naive_angle(a + (size_t) i * n, b + (size_t) i * n, n);
			s += v;
		}
	*sink += s;
	return (now_ns() - t0) / ((double) reps * PAIRS);
}

static int
cmp_double(const void *x, const void *y)
{
	double		u = *(const double *) x,
				v = *(const double *) y;

	return (u > v) - (u < v);
}

int
main(int argc, char **argv)
{
	static const int dims[] = {3, 10, 100, 1000};
	int			rounds = argc > 1 ? atoi(argv[1]) : 15;
	double		sink = 0.0;

	printf("%6s %8s %10s %10s %8s\n", "n", "variant", "median ns", "min ns",
		   "/naive");
	for (size_t d = 0; d < sizeof(dims) / sizeof(dims[0]); d++)
	{
		int			n = dims[d];
		double	   *a = malloc(sizeof(double) * n * PAIRS),
				   *b = malloc(sizeof(double) * n * PAIRS),
				   *t = malloc(sizeof(double) * NVAR * rounds),
					med[NVAR];

		if (!a || !b || !t)
			return 1;
		for (int i = 0; i < n * PAIRS; i++)
		{
			a[i] = sym();
			b[i] = sym();
		}
		for (int r = 0; r < rounds; r++)
			for (int v = 0; v < NVAR; v++)
				if (v == NVAR - 1 || vec_path_available(paths[v]))
					t[v * rounds + r] = trial(a, b, n, v, &sink);
				else
					t[v * rounds + r] = NAN;
		for (int v = 0; v < NVAR; v++)
		{
			qsort(t + v * rounds, rounds, sizeof(double), cmp_double);
			med[v] = t[v * rounds + rounds / 2];
		}
		for (int v = 0; v < NVAR; v++)
			if (!isnan(med[v]))
				printf("%6d %8s %10.1f %10.1f %8.2f\n", n, names[v], med[v],
					   t[v * rounds], med[v] / med[NVAR - 1]);
		free(a);
		free(b);
		free(t);
	}
	fprintf(stderr, "(checksum %g)\n", sink);
	return 0;
}
