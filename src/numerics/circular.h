/*
 * circular.h
 *		Exact circular arithmetic on doubles (circular.c).
 */
#ifndef ANGLE_CIRCULAR_H
#define ANGLE_CIRCULAR_H

#include <math.h>
#include <stdbool.h>

/* Is p a valid period: a positive finite number? */
static inline bool
circ_period_ok(double p)
{
	return p > 0.0 && !isinf(p);
}

/* Signed shortest difference a - b in [-p/2, p/2) (finite a, b). */
extern double circ_diff(double a, double b, double p);

/* x wrapped into [low, low + p), never low + p itself. */
extern double circ_wrap(double x, double p, double low);

/* 1 - cos(2 pi d / p) for d in [-p/2, p/2], accurate also for tiny d. */
extern double circ_cosine_loss(double d, double p);

#endif							/* ANGLE_CIRCULAR_H */
