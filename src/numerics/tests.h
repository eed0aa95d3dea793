/*
 * tests.h
 *		The numerics of the tests of direction (tests.c): the von Mises
 *		ratio A1 = I1/I0 and its exact inverse, the Rayleigh and V-test
 *		p-values, the F distribution and a correctly rounded exact sum.
 *		Pure C99.
 */
#ifndef ANGLE_NUMERICS_TESTS_H
#define ANGLE_NUMERICS_TESTS_H

#include <stdint.h>

/* A1(k) = I1(k)/I0(k) for k >= 0, and 1 - A1(k) without cancellation. */
extern double vm_a1(double k);
extern double vm_one_minus_a1(double k);

/* The root k of A1(k) = rbar: 0 at rbar <= 0, +Infinity at rbar >= 1. */
extern double vm_kappa(double rbar);

/* Best and Fisher's (1981) small-sample correction of a kappa of n rows. */
extern double vm_kappa_corrected(double kappa, int64_t n);

/* Rayleigh test: P(R >= n rbar) for n uniform directions, in [0, 1]. */
extern double rayleigh_p(int64_t n, double rbar);

/* V-test: P(V >= v) for n uniform directions, u = sqrt(2/n) V, in [0, 1]. */
extern double vtest_p(int64_t n, double u);

/* Regularized incomplete beta I_x(a, b), a, b > 0, 0 <= x <= 1. */
extern double inc_beta(double a, double b, double x);

/* Upper tail P(F >= f) of the F distribution on (d1, d2) degrees. */
extern double f_sf(double f, double d1, double d2);

#endif							/* ANGLE_NUMERICS_TESTS_H */
