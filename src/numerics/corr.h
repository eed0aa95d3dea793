/*
 * corr.h
 *		Circular-circular (Jammalamadaka-SenGupta) and circular-linear
 *		(Mardia) correlation from exact, mergeable sums (corr.c).
 *
 * A row contributes sines and cosines (circ_sincos of trig.h) and, for the
 * circular-linear form, x; every product of them up to the fourth order is
 * split exactly into doubles (TwoProduct), and every double is added to a
 * fixed-point accumulator that covers the whole double range (XAcc, unit
 * 2^-1088, 2176 bits).  The sums are integers, so they are the same in
 * every plan and row order, and the statistics, computed once from them in
 * double-double, are bit-identical too.
 */
#ifndef ANGLE_CORR_H
#define ANGLE_CORR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define XACC_LIMBS 34

/* An exact sum: a two's-complement integer in units of 2^-1088. */
typedef struct XAcc
{
	uint64_t	l[XACC_LIMBS];	/* least significant limb first */
} XAcc;

/* The kinds of state. */
#define CORR_CC 1				/* circular_corr */
#define CORR_CL 2				/* circular_linear_corr */

#define CORR_CC_SUMS 23
#define CORR_CL_SUMS 9

/* |x| of circular_linear_corr must be below 2^CORR_X_MAX_EXP. */
#define CORR_X_MAX_EXP 510

/*
 * The state of both aggregates.  A CORR_CL state has only the first 9 sums
 * (corr_state_size): nothing here touches the others.
 */
typedef struct CorrState
{
	int32_t		kind;
	int32_t		pad;
	double		period;			/* 0 while n == 0 */
	int64_t		n;				/* rows counted, NaN rows too */
	int64_t		nnan;			/* rows with a NaN */
	XAcc		sum[CORR_CC_SUMS];
} CorrState;

/* What a state gives; a NULL field is defined = false. */
typedef struct CorrResult
{
	bool		r_defined;
	bool		test_defined;
	double		r;
	double		statistic;
	double		p_value;
} CorrResult;

/* Number of exact sums of a state of this kind. */
extern int	corr_nsums(int kind);

/* The bytes of a state of a kind. */
extern size_t corr_state_size(int kind);

/* A new, empty state of a kind. */
extern void corr_init(CorrState *st, int kind);

/* One row of finite values (callers handle NaN, counts and periods). */
extern void corr_cc_add(CorrState *st, double a, double b, double period);
extern void corr_cl_add(CorrState *st, double a, double x, double period);

/* st += o (same kind; callers check periods and counts). */
extern void corr_merge(CorrState *st, const CorrState *o);

/* The statistics of a state. */
extern void corr_cc_result(const CorrState *st, CorrResult *res);
extern void corr_cl_result(const CorrState *st, CorrResult *res);

/* NULL if a state could have been built by the rows, else why not. */
extern const char *corr_check(const CorrState *st);

/* An exact sum as a double-double (hi the leading part). */
extern void xacc_to_dd(const XAcc *a, double *hi, double *lo);

/* a += v, for a finite double v. */
extern void xacc_add(XAcc *a, double v);

#endif							/* ANGLE_CORR_H */
