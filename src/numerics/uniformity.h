/*
 * uniformity.h
 *		Pure numerics of the sort-based tests of circular uniformity
 *		(uniformity.c, uniformity_dist.c): Kuiper's V, Watson's U², Rao's
 *		spacing U and the Hodges-Ajne m, with their p-values.  No
 *		PostgreSQL headers.
 */
#ifndef ANGLE_UNIFORMITY_H
#define ANGLE_UNIFORMITY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* How a p-value was computed. */
#define UNI_ASYMPTOTIC 0		/* limiting distribution of a modified statistic */
#define UNI_EXACT 1				/* exact finite-n distribution */
#define UNI_NORMAL 2			/* normal approximation */

/* The result of a test. */
typedef struct UniTest
{
	double		statistic;		/* the classical statistic */
	double		modified;		/* the statistic the p-value is read from */
	double		p_value;		/* in [0, 1] */
	int			method;			/* UNI_* */
} UniTest;

/*
 * The tests on n >= 2 sorted values in [0, p) (rep_sort order).  Rao's U is
 * in the period's units (modified: in degrees; work: UNI_RAO_WORK(n)
 * doubles); Hodges-Ajne's statistic is m, the fewest values in a closed
 * half circle.
 */
extern void uni_kuiper(const double *x, size_t n, double p, UniTest *r);
extern void uni_watson(const double *x, size_t n, double p, UniTest *r);
extern void uni_rao(const double *x, size_t n, double p, UniTest *r,
					double *work);
extern void uni_hodges_ajne(const double *x, size_t n, double p, UniTest *r);

/* The fewest of n sorted values in [0, p) in a closed half circle. */
extern size_t uni_hodges_ajne_m(const double *x, size_t n, double p);

/* The distributions (uniformity_dist.c). */

/* Kuiper's limiting upper tail Q(lambda) = 2 sum (4k²λ² - 1) exp(-2k²λ²). */
extern double uni_kuiper_q(double lambda);

/* Watson's limiting upper tail 2 sum (-1)^(k-1) exp(-2k²π²u). */
extern double uni_watson_q(double u2);

/*
 * P(U >= u) of Rao's U as a fraction u of the circle, n >= 2 values; work
 * holds UNI_RAO_WORK(n) doubles.
 */
#define UNI_RAO_WORK(n) (2 * (n) + 3)
extern double uni_rao_sf(size_t n, double u, int *method, double *work);

/* P(m <= k) of the Hodges-Ajne m for n >= 1 uniform values (exact). */
extern double uni_hodges_ajne_cdf(int64_t n, int64_t k);

#endif							/* ANGLE_UNIFORMITY_H */
