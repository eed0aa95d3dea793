/*
 * report.h
 *		Shared definitions of the report aggregates' SQL glue (report/).
 */
#ifndef ANGLE_REPORT_GLUE_H
#define ANGLE_REPORT_GLUE_H

#include "postgres.h"

#include "fmgr.h"

/* What the values are: float8 in units of a period, time, angle. */
#define REP_FLOAT8 0
#define REP_TIME 1
#define REP_ANGLE 2

/* A time of day is kept as microseconds, exact, period one day. */
#define REP_TIME_PERIOD 86400000000.0

/* At most this many values per group (8 bytes each in the state). */
#define REP_MAX_VALUES 100000000

/* The state of the sort-based aggregates: the reduced values. */
typedef struct RepState
{
	int32		kind;
	int32		nfrac;			/* -1: no fraction argument */
	bool		frac_array;		/* fractions given as an array */
	double		period;
	int64		n;				/* values kept */
	int64		nnan;			/* NaN rows (not kept) */
	int64		cap;
	double	   *frac;
	double	   *vals;
} RepState;

/* sorted_state.c */
extern MemoryContext rep_agg_context(FunctionCallInfo fcinfo, const char *name);
extern double rep_reduce(double x, double p);
extern void rep_check_value(double x);
extern double rep_time_value(Datum t);
extern Datum rep_out(int kind, double v);

#endif							/* ANGLE_REPORT_GLUE_H */
