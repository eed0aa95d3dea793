/*
 * walk.h
 *		Exact tails of the planar and linear random walks of n unit steps
 *		in uniform directions (walk.c), for n <= WALK_NMAX: the null
 *		distributions of the Rayleigh test and the V-test.  Pure C99.
 */
#ifndef ANGLE_NUMERICS_WALK_H
#define ANGLE_NUMERICS_WALK_H

/* The largest n of the exact computation; above it tests.c is asymptotic. */
#ifndef WALK_NMAX
#define WALK_NMAX 30
#endif

/* P(R_n >= r), R_n = |sum of n unit vectors|, 2 <= n <= WALK_NMAX. */
extern double walk_planar_tail(int n, double r);

/* P(V_n >= v), V_n = sum of n cos(theta_i), 1 <= n <= WALK_NMAX. */
extern double walk_linear_tail(int n, double v);

#endif							/* ANGLE_NUMERICS_WALK_H */
