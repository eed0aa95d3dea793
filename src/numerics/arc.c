/*
 * arc.c
 *		Exact arithmetic on arcs of a circle (see arc.h).
 *
 * Every predicate here is a chain of exact comparisons of canonical
 * positions: no wrapped value is ever rounded.  The canonical position of
 * x is r = remainder(x, p), exact and in [-p/2, p/2], made r + p when that
 * sum is exact and r < 0 (or -0).  It is unique: two doubles naming the
 * same point of the circle have the same canonical position, so equality
 * of positions is equality of doubles.  A negative canonical r stands for
 * the point p + r in (p/2, p); comparing it with a nonnegative b >= p/2 is
 * comparing r with b - p, which is exact (Sterbenz).
 *
 * Only the widths (arc_width), the distances (one rounding of the exact
 * circular difference, circ_diff) and hence the choice among covering arcs
 * in arc_cover2 and arc_cover_points are rounded; the arcs those return
 * always contain their inputs exactly.
 */
#include <math.h>

#include "arc.h"
#include "circular.h"
#include "eft.h"

/* The canonical position of a finite x (see the file comment). */
double
arc_pos(double x, double p)
{
	double		r;

	if (x >= 0.0 && x < p)
		return x + 0.0;			/* already canonical (no -0) */
	r = remainder(x, p);		/* exact, in [-p/2, p/2] */
	if (r < 0.0)
	{
		double		e,
					s = two_sum(r, p, &e);

		if (e == 0.0 && s < p)
			return s;
		return r;
	}
	return r + 0.0;				/* no -0 */
}

/* Is x canonical: finite, what arc_pos(x) returns, never -0? */
bool
arc_pos_ok(double x, double p)
{
	if (!isfinite(x) || fabs(x) >= p)
		return false;
	return arc_pos(x, p) == x && !(x == 0.0 && signbit(x));
}

/* The circular order of canonical positions from 0: -1, 0 or 1. */
int
arc_pos_cmp(double a, double b, double p)
{
	double		t;

	if ((a < 0.0) == (b < 0.0))
		return (a > b) - (a < b);
	if (b < 0.0)
		return -arc_pos_cmp(b, a, p);
	/* a < 0 stands for p + a in (p/2, p); b >= 0 */
	if (b < p * 0.5)
		return 1;
	t = b - p;					/* exact: b in [p/2, p) */
	return a > t ? 1 : -1;		/* never equal: p + a is no double */
}

/* x before y counting from the canonical start s (relative order). */
static int
rel_cmp(double s, double x, double y, double p)
{
	int			kx = arc_pos_cmp(x, s, p) < 0,
				ky = arc_pos_cmp(y, s, p) < 0;

	if (kx != ky)
		return kx - ky;
	return arc_pos_cmp(x, y, p);
}

/* The empty (ARC_EMPTY) or full (ARC_FULL) arc. */
Arc
arc_special(int32_t flag)
{
	Arc			a = {0.0, 0.0, flag, 0};

	return a;
}

/*
 * The arc from from to to in the direction of increasing values.  When
 * both name the same point: a single point if from == to and hi is
 * included, empty if it is not, and the full circle if from != to (as in
 * [0, 360]).
 */
Arc
arc_make(double from, double to, bool hi_inc, double p)
{
	Arc			a = {arc_pos(from, p), arc_pos(to, p), hi_inc ? ARC_HI_INC : 0, 0};

	if (a.lo == a.hi)
	{
		if (from != to)
			return arc_special(ARC_FULL);
		if (!hi_inc)
			return arc_special(ARC_EMPTY);
	}
	return a;
}

/* Is a an arc arc_make or arc_special could return (or an index key)? */
bool
arc_valid(const Arc *a, double p)
{
	if ((a->flags & ~ARC_ALL_FLAGS) != 0 || a->pad != 0 ||
		!arc_pos_ok(a->lo, p) || !arc_pos_ok(a->hi, p))
		return false;
	if (a->flags & (ARC_EMPTY | ARC_FULL))
		return (a->flags & ~ARC_HAS_EMPTY) != (ARC_EMPTY | ARC_FULL) &&
			!(a->flags & ARC_HI_INC) && a->lo == 0.0 && a->hi == 0.0;
	return a->lo != a->hi || (a->flags & ARC_HI_INC);
}

/* Does a contain the canonical position x? */
bool
arc_contains_pos(const Arc *a, double x, double p)
{
	bool		after_lo,
				before_hi;
	int			c;

	if (a->flags & ARC_EMPTY)
		return false;
	if (a->flags & ARC_FULL)
		return true;
	after_lo = arc_pos_cmp(a->lo, x, p) <= 0;
	c = arc_pos_cmp(x, a->hi, p);
	before_hi = c < 0 || (c == 0 && (a->flags & ARC_HI_INC));
	if (arc_pos_cmp(a->lo, a->hi, p) <= 0)
		return after_lo && before_hi;
	return after_lo || before_hi;	/* a passes through 0 */
}

/*
 * Does a contain b?  Counting from a's start, b must not pass a's start
 * (its end comes no earlier than its start) and must end no later than a.
 */
bool
arc_contains(const Arc *a, const Arc *b, double p)
{
	int			c;

	if (b->flags & ARC_EMPTY)
		return true;
	if (a->flags & ARC_EMPTY)
		return false;
	if (a->flags & ARC_FULL)
		return true;
	if (b->flags & ARC_FULL)
		return false;
	if (rel_cmp(a->lo, b->lo, b->hi, p) > 0)
		return false;
	c = rel_cmp(a->lo, b->hi, a->hi, p);
	return c < 0 || (c == 0 && (!(b->flags & ARC_HI_INC) ||
								(a->flags & ARC_HI_INC)));
}

/*
 * Do a and b share a point?  Both start with an included point, so they
 * do exactly when one contains the other's start.
 */
bool
arc_overlaps(const Arc *a, const Arc *b, double p)
{
	if ((a->flags | b->flags) & ARC_EMPTY)
		return false;
	if ((a->flags | b->flags) & ARC_FULL)
		return true;
	return arc_contains_pos(a, b->lo, p) || arc_contains_pos(b, a->lo, p);
}

/* The same arc (user values are normalized, so the same fields). */
bool
arc_equal(const Arc *a, const Arc *b)
{
	return a->lo == b->lo && a->hi == b->hi && a->flags == b->flags;
}

/*
 * Circular distance from x to a: 0 inside, else to the nearer end (an
 * excluded end too: the distance is an infimum), each distance rounded
 * once; -1 for the empty arc.
 */
double
arc_dist_pos(const Arc *a, double x, double p)
{
	double		d1,
				d2;

	if (a->flags & ARC_EMPTY)
		return -1.0;
	if (arc_contains_pos(a, x, p))
		return 0.0;
	d1 = fabs(circ_diff(x, a->lo, p));
	d2 = fabs(circ_diff(x, a->hi, p));
	return d1 < d2 ? d1 : d2;
}

/* The width of a in [0, p]: the circular difference hi - lo. */
double
arc_width(const Arc *a, double p)
{
	double		d;

	if (a->flags & ARC_EMPTY)
		return 0.0;
	if (a->flags & ARC_FULL)
		return p;
	d = circ_diff(a->hi, a->lo, p);
	if (d < 0.0)
	{
		d += p;
		if (d >= p)
			d = nextafter(p, 0.0);
	}
	return d;
}

/* The closed arc from lo to hi, or the full circle when they coincide. */
static Arc
closed(double lo, double hi)
{
	Arc			a = {lo, hi, ARC_HI_INC, 0};

	return lo == hi ? arc_special(ARC_FULL) : a;
}

/*
 * An arc covering a and b: one of them if it covers the other, else the
 * narrower of the closed arcs from one's start to the other's end that
 * covers both, else the full circle.  ARC_HAS_EMPTY is kept, and set
 * when an empty arc is merged.
 */
Arc
arc_cover2(const Arc *a, const Arc *b, double p)
{
	int32_t		he = (a->flags | b->flags) & ARC_HAS_EMPTY;
	Arc			r,
				c[2];
	bool		ok[2];
	int			i;

	if ((a->flags & ARC_EMPTY) || (b->flags & ARC_EMPTY))
	{
		r = (a->flags & ARC_EMPTY) ? *b : *a;
		r.flags |= ARC_HAS_EMPTY | he;
		return r;
	}
	if (arc_contains(a, b, p))
		r = *a;
	else if (arc_contains(b, a, p))
		r = *b;
	else
	{
		c[0] = closed(a->lo, b->hi);
		c[1] = closed(b->lo, a->hi);
		for (i = 0; i < 2; i++)
			ok[i] = arc_contains(&c[i], a, p) && arc_contains(&c[i], b, p);
		if (ok[0] && ok[1])
			r = arc_width(&c[0], p) <= arc_width(&c[1], p) ? c[0] : c[1];
		else if (ok[0] || ok[1])
			r = ok[0] ? c[0] : c[1];
		else
			r = arc_special(ARC_FULL);
	}
	r.flags |= he;
	return r;
}

/* Heap sort of canonical positions in circular order from 0. */
void
arc_sort_pos(double *x, int n, double p)
{
	int			i,
				end;

	for (end = 1; end <= n; end++)
	{
		/* sift x[end - 1] up */
		for (i = end - 1; i > 0 && arc_pos_cmp(x[(i - 1) / 2], x[i], p) < 0; i = (i - 1) / 2)
		{
			double		t = x[i];

			x[i] = x[(i - 1) / 2];
			x[(i - 1) / 2] = t;
		}
	}
	for (end = n - 1; end > 0; end--)
	{
		double		t = x[0];

		x[0] = x[end];
		x[end] = t;
		/* sift x[0] down within x[0 .. end) */
		i = 0;
		for (;;)
		{
			int			c = 2 * i + 1;

			if (c >= end)
				break;
			if (c + 1 < end && arc_pos_cmp(x[c + 1], x[c], p) > 0)
				c++;
			if (arc_pos_cmp(x[c], x[i], p) <= 0)
				break;
			t = x[i];
			x[i] = x[c];
			x[c] = t;
			i = c;
		}
	}
}

/*
 * The smallest closed arc covering n >= 1 canonical positions: the circle
 * minus its largest gap between neighbours.  Gaps are compared as rounded
 * widths; among equal gaps the arc starting at the earliest position
 * (counting from 0) wins.
 */
Arc
arc_cover_points(double *x, int n, double p)
{
	double		best;
	int			i,
				start;
	Arc			g;

	arc_sort_pos(x, n, p);
	if (x[n - 1] == x[0])
	{
		Arc			pt = {x[0], x[0], ARC_HI_INC, 0};

		return pt;				/* one distinct point */
	}
	/* the gap from the last point to the first, through 0 */
	g = closed(x[n - 1], x[0]);
	best = arc_width(&g, p);
	start = 0;
	for (i = 1; i < n; i++)
	{
		double		w;

		if (x[i] == x[i - 1])
			continue;
		g = closed(x[i - 1], x[i]);
		w = arc_width(&g, p);
		if (w > best)
		{
			best = w;
			start = i;
		}
	}
	/* the ends differ: some gap is not empty */
	return closed(x[start], x[start == 0 ? n - 1 : start - 1]);
}
