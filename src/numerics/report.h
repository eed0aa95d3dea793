/*
 * report.h
 *		Pure numerics of the report statistics (sorted.c, bins.c): sorting,
 *		the exact median sweep, quantiles, the smallest arc, exact bin
 *		assignment and compass-point names.  No PostgreSQL headers.
 */
#ifndef ANGLE_REPORT_H
#define ANGLE_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Called between passes of the long loops (query cancel), or NULL. */
extern void (*rep_interrupt_hook) (void);

/* Sort n doubles (no NaN) ascending, -0 before +0; tmp holds n doubles. */
extern void rep_sort(double *x, double *tmp, size_t n);

/*
 * The circular median of n >= 1 sorted values in [0, p): *med, or false
 * when it is undefined (the circular mean of the tied minimisers is).
 */
extern bool rep_median(const double *x, size_t n, double p, double *med);

/*
 * Type-7 quantile q in [0, 1] of the values centred on med, in
 * (-p/2, p/2], rotated back into [0, p).  d: the n centred values, sorted
 * (rep_center fills and sorts them).
 */
extern void rep_center(const double *x, size_t n, double p, double med,
					   double *d, double *tmp);
extern double rep_quantile(const double *d, size_t n, double p, double med,
						   double q);

/*
 * The smallest arc holding n >= 1 sorted values in [0, p): its width,
 * start and end (counter-clockwise from start to end).
 */
extern void rep_range(const double *x, size_t n, double p, double *width,
					  double *start, double *end);

/*
 * The bin in [0, bins) of x for bins of width p / bins centred on
 * offset + k p / bins, lower edges closed; x, offset finite, p valid.
 */
extern int	rep_bin(double x, double p, int bins, double offset);

/* The name of compass point k of points (4, 8, 16 or 32), or NULL. */
extern const char *rep_compass_name(int k, int points);

#endif							/* ANGLE_REPORT_H */
