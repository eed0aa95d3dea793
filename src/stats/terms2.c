/*
 * terms2.c
 *		The terms of order q of one row, added to or removed from a
 *		version 2 state after its first-order terms (accum.c).
 *
 * Each row's terms of order q are the sine and cosine of one double
 * computed from the row alone (numerics/moments.c: the exactly multiplied
 * and reduced argument for degrees), each multiplied by the weight exactly
 * and rounded once to the grid of accum.c, so the sums are the same bits
 * whatever the plan or the window frame history.
 */
#include "postgres.h"

#include <math.h>

#include "circstats.h"
#include "errors.h"
#include "numerics/grid.h"
#include "numerics/moments.h"
#include "numerics/trig.h"

/*
 * After circ_row() has added (or removed) the row's first-order terms to
 * the version 2 state st, and so checked the row, add (remove) its terms
 * of order q.  A removal must leave the sums of the rows that remain.
 */
void
circ_row_q(CircStats *st, double x, double w, double period, bool remove)
{
	CircStats2 *st2 = (CircStats2 *) st;
	uint64		flip = remove ? ~(uint64) 0 : 0;
	double		s,
				c;
	int64_t		ms,
				mc,
				mw;
	int			es,
				ec,
				ew;
	uint64		t[4],
				neg;
	const char *why;

	if (!isnan(x) && w != 0.0)
	{
		circ_sincos_multiple(circ_argument(x, period), st2->order,
							 circ_period_in_degrees(period), &s, &c);
		split_double(w, &mw, &ew);
		split_double(s, &ms, &es);
		split_double(c, &mc, &ec);
		neg = grid_term(ms, es, mw, ew, t);
		wide_add_limbs(&st2->sq, t[0], t[1], t[2], t[3], neg ^ flip);
		neg = grid_term(mc, ec, mw, ew, t);
		wide_add_limbs(&st2->cq, t[0], t[1], t[2], t[3], neg ^ flip);
	}
	if (!remove)
		return;
	if (st->n == 0)
		why = (wide_zero(&st2->sq) && wide_zero(&st2->cq)) ? NULL :
			"No row would remain, but the sums of order q would not be zero.";
	else
		why = circ_stats2_invalid(st2);
	if (why != NULL)
		angle_error_bad_removal(why);
	circ_canonical_empty(st);
}
