/*
 * arc_glue.h
 *		The arc and timearc types in SQL (src/arc/): a pass-by-reference
 *		24-byte numerics/arc.h Arc, in degrees (period 360) or in
 *		microseconds of the day (period 86400e6).
 */
#ifndef ANGLE_ARC_GLUE_H
#define ANGLE_ARC_GLUE_H

#include "fmgr.h"

#include "numerics/arc.h"

#define ARC_DEG		360.0
#define ARC_USEC	86400000000.0	/* USECS_PER_DAY, exact in a double */

#define DatumGetArcP(d)		((Arc *) DatumGetPointer(d))
#define PG_GETARG_ARC_P(n)	DatumGetArcP(PG_GETARG_DATUM(n))
#define PG_RETURN_ARC_P(x)	PG_RETURN_POINTER(x)

/* A palloc'd copy of a. */
static inline Arc *
arc_copy(Arc a)
{
	Arc		   *r = (Arc *) palloc(sizeof(Arc));

	*r = a;
	r->pad = 0;
	return r;
}

#endif							/* ANGLE_ARC_GLUE_H */
