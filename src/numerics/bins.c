/*
 * bins.c
 *		Exact assignment of circular values to bins (histograms, wind-rose
 *		sectors, compass points) and the compass-point names.  SQL glue:
 *		report/.
 *
 * Bin k of b bins of period p covers [o + (k - 1/2) p/b, o + (k + 1/2) p/b)
 * modulo p: its lower edge is closed, its upper edge open.  The edges are
 * real numbers that are rarely doubles, so the decision is made exactly:
 * x and o are reduced exactly (remainder), a candidate k comes from double
 * arithmetic, and it is checked, and moved by one until it holds, with the
 * exact sign of 2b x - 2b o - (2k -+ 1) p, a sum of six doubles (each
 * product of a double and an integer below 2^22 split exactly by FMA into
 * two doubles) whose sign the non-overlapping partials of Shewchuk's
 * algorithm give exactly.  Periods from 2^1000 up are first scaled by an
 * exact power of two so that no product overflows.
 */
#include <math.h>
#include <stddef.h>

#include "eft.h"
#include "report.h"

/* The exact sign (-1, 0, 1) of the sum of n <= 8 finite doubles. */
static int
exact_sign(const double *v, int n)
{
	double		part[8];
	int			np = exact_partials(v, n, part),
				i;

	/* the partials are non-overlapping, increasing: the last one rules */
	for (i = np - 1; i >= 0; i--)
		if (part[i] != 0.0)
			return part[i] > 0.0 ? 1 : -1;
	return 0;
}

/* sign of 2b x - 2b o - m p (x, o reduced; m an odd integer). */
static int
edge_sign(double x, double o, double p, double twob, double m)
{
	double		t[6];

	t[0] = two_prod(x, twob, &t[1]);
	t[2] = two_prod(-o, twob, &t[3]);
	t[4] = two_prod(-m, p, &t[5]);
	return exact_sign(t, 6);
}

int
rep_bin(double x, double p, int bins, double offset)
{
	double		xr,
				orr,
				twob = 2.0 * bins;
	double		k;

	if (ilogb(p) >= 1000)
	{
		x = ldexp(remainder(x, p), -64);
		offset = ldexp(remainder(offset, p), -64);
		p = ldexp(p, -64);
	}
	xr = remainder(x, p);
	orr = remainder(offset, p);
	k = floor((xr - orr) / p * bins + 0.5);
	if (!(fabs(k) <= bins + 1.0))
		k = 0.0;
	while (edge_sign(xr, orr, p, twob, 2.0 * k - 1.0) < 0)
		k -= 1.0;
	while (edge_sign(xr, orr, p, twob, 2.0 * k + 1.0) >= 0)
		k += 1.0;
	k = fmod(k, (double) bins);
	if (k < 0.0)
		k += bins;
	return (int) k;
}

static const char *const compass32[32] = {
	"N", "NbE", "NNE", "NEbN", "NE", "NEbE", "ENE", "EbN",
	"E", "EbS", "ESE", "SEbE", "SE", "SEbS", "SSE", "SbE",
	"S", "SbW", "SSW", "SWbS", "SW", "SWbW", "WSW", "WbS",
	"W", "WbN", "WNW", "NWbW", "NW", "NWbN", "NNW", "NbW"
};

/* Point k of a 4-, 8-, 16- or 32-point compass rose: "N", "NNE", "NbE". */
const char *
rep_compass_name(int k, int points)
{
	if ((points != 4 && points != 8 && points != 16 && points != 32) ||
		k < 0 || k >= points)
		return NULL;
	return compass32[k * (32 / points)];
}
