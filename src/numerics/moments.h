/*
 * moments.h
 *		The per-row argument of the trigonometric sums of order q and the
 *		normal quantile of the confidence interval (moments.c).
 */
#ifndef ANGLE_MOMENTS_H
#define ANGLE_MOMENTS_H

#include <stdbool.h>
#include <stdint.h>

extern double circ_multiple_argument(double u, int64_t q, bool degrees);
extern void circ_sincos_multiple(double u, int64_t q, bool degrees,
								 double *s, double *c);
extern double normal_upper_quantile(double t);

#endif							/* ANGLE_MOMENTS_H */
