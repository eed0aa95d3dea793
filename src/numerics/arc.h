/*
 * arc.h
 *		Exact arithmetic on arcs of a circle of period p (arc.c): the arc
 *		type's degrees (p = 360) and the timearc type's microseconds
 *		(p = 86400e6) alike.
 *
 * A position on the circle is held as a canonical double: the exact
 * remainder of the value modulo p moved into [0, p) when that move is
 * exact, else left negative (a tiny negative remainder such as -1e-20,
 * whose true position p - 1e-20 is no double).  Positions are compared
 * exactly in their circular order from 0 (arc_pos_cmp), never through a
 * rounded wrap.  An arc runs in the direction of increasing values from
 * lo to hi; lo is always included, hi included when ARC_HI_INC is set.
 */
#ifndef ANGLE_ARC_H
#define ANGLE_ARC_H

#include <stdbool.h>
#include <stdint.h>

#define ARC_EMPTY		0x01	/* no point at all (lo = hi = 0) */
#define ARC_FULL		0x02	/* the whole circle (lo = hi = 0) */
#define ARC_HI_INC		0x04	/* hi belongs to the arc */
#define ARC_HAS_EMPTY	0x08	/* index keys only: an empty arc below */
#define ARC_ALL_FLAGS	0x0f

/* An arc; 24 bytes, padding zeroed, the same layout on disk. */
typedef struct Arc
{
	double		lo;				/* canonical start */
	double		hi;				/* canonical end */
	int32_t		flags;
	int32_t		pad;			/* always 0 */
} Arc;

/* The canonical position of a finite x. */
extern double arc_pos(double x, double p);

/* Is x a canonical position (what arc_pos returns)? */
extern bool arc_pos_ok(double x, double p);

/* -1, 0, 1 as canonical a comes before, at, after b counting from 0. */
extern int	arc_pos_cmp(double a, double b, double p);

/* The arc from a finite from to a finite to (see arc.c). */
extern Arc	arc_make(double from, double to, bool hi_inc, double p);

/* The empty or full arc. */
extern Arc	arc_special(int32_t flag);

/* Is a stored arc well formed (binary input)? */
extern bool arc_valid(const Arc *a, double p);

extern bool arc_contains_pos(const Arc *a, double x, double p);
extern bool arc_contains(const Arc *a, const Arc *b, double p);
extern bool arc_overlaps(const Arc *a, const Arc *b, double p);
extern bool arc_equal(const Arc *a, const Arc *b);

/* Distance from x to the nearer end, 0 inside; negative if a is empty. */
extern double arc_dist_pos(const Arc *a, double x, double p);

/* Width in [0, p], rounded once or twice; 0 for the empty arc. */
extern double arc_width(const Arc *a, double p);

/* A closed arc covering a and b (both index keys); keeps ARC_HAS_EMPTY. */
extern Arc	arc_cover2(const Arc *a, const Arc *b, double p);

/* The smallest closed arc covering n >= 1 positions (sorts x). */
extern Arc	arc_cover_points(double *x, int n, double p);

/* qsort comparator of canonical degrees; and a global-free variant. */
extern void arc_sort_pos(double *x, int n, double p);

#endif							/* ANGLE_ARC_H */
