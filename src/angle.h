/*
 * angle.h
 *		Declarations shared by the C files of the angle extension.
 */
#ifndef ANGLE_H
#define ANGLE_H

/* Outcome of a vector-angle computation. */
typedef enum VecStatus
{
	VEC_OK = 0,					/* *result holds the angle */
	VEC_ZERO,					/* a vector (or the axis) is zero: undefined */
	VEC_NAN,					/* a component is NaN */
	VEC_INF						/* a component is infinite */
} VecStatus;

/* Unsigned angle in radians, [0, pi], between two n-vectors (n >= 1). */
extern VecStatus vec_angle(const double *a, const double *b, int n,
						   double *result);

/* Signed angle in radians, (-pi, pi], from a to b, for 2-vectors. */
extern VecStatus vec_angle_signed2(const double *a, const double *b,
								   double *result);

/* Signed angle in radians, (-pi, pi], from a to b about axis, 3-vectors. */
extern VecStatus vec_angle_signed3(const double *a, const double *b,
								   const double *axis, double *result);

/* Radians to degrees as core's atan2d does it: exact at 45, 90, 180. */
extern double radians_to_degrees(double r);

/* Sine and cosine of x degrees, exact at multiples of 30 and 90 (trig.c). */
extern void sincosd(double x, double *s, double *c);

/* Sine and cosine of x in a circle of the given period (trig.c). */
extern void circ_sincos(double x, double period, double *s, double *c);

#endif							/* ANGLE_H */
