/*
 * kernel_bench.c
 *		Micro benchmark of the vector-angle kernel against the naive
 *		acos(a.b / (|a||b|)), in plain C without PostgreSQL.
 *
 * Build and run from the project root:
 *	 cc -O2 -ffp-contract=off -Isrc/numerics -o /tmp/kernel_bench bench/kernel_bench.c \
 *		 src/numerics/vector_kernel.c src/numerics/vector_nd.c \
 *		 src/numerics/vector_sign.c -lm && /tmp/kernel_bench
 *
 * Prints ns/call (best of several trials) for n = 2, 3, 10, 100, 1000.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

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

/* Best ns/call over trials; which = 0 kernel, 1 naive. */
static double
run(const double *a, const double *b, int n, int which, double *sink)
{
	int			reps = n >= 1000 ? 4 : n >= 100 ? 40 : 2000;
	double		best = INFINITY;

	for (int t = 0; t < 7; t++)
	{
		double		s = 0.0,
					t0 = now_ns(),
					dt;

		for (int r = 0; r < reps; r++)
			for (int i = 0; i < PAIRS; i++)
			{
				double		v;

				if (which == 0)
					(void) vec_angle(a + (size_t) i * n, b + (size_t) i * n, n, &v);
				else
					v = naive_angle(a + (size_t) i * n, b + (size_t) i * n, n);
				s += v;
			}
		dt = (now_ns() - t0) / ((double) reps * PAIRS);
		best = dt < best ? dt : best;
		*sink += s;
	}
	return best;
}

int
main(void)
{
	static const int dims[] = {2, 3, 10, 100, 1000};
	double		sink = 0.0;

	printf("%6s %14s %14s %8s\n", "n", "kernel ns", "naive ns", "ratio");
	for (size_t d = 0; d < sizeof(dims) / sizeof(dims[0]); d++)
	{
		int			n = dims[d];
		double	   *a = malloc(sizeof(double) * n * PAIRS),
				   *b = malloc(sizeof(double) * n * PAIRS),
					k,
					v;

		if (!a || !b)
			return 1;
		for (int i = 0; i < n * PAIRS; i++)
		{
			a[i] = sym();
			b[i] = sym();
		}
		k = run(a, b, n, 0, &sink);
		v = run(a, b, n, 1, &sink);
		printf("%6d %14.1f %14.1f %8.2f\n", n, k, v, k / v);
		free(a);
		free(b);
	}
	fprintf(stderr, "(checksum %g)\n", sink);
	return 0;
}
