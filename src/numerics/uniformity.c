/*
 * uniformity.c
 *		The sort-based tests of circular uniformity on sorted values in
 *		[0, p): Kuiper's V (Kuiper 1960, Stephens 1970), Watson's U²
 *		(Watson 1961, Stephens 1970), Rao's spacing U (Rao 1976) and the
 *		Hodges-Ajne m (Hodges 1955, Ajne 1968).  The distributions are in
 *		uniformity_dist.c; SQL glue: report/uniformity.c.
 *
 * Every statistic is a deterministic function of the sorted values, so it
 * is the same in every plan (the aggregate's final sorts the exact values).
 * Sums are compensated (TwoSum), so a statistic is within a few units in
 * the last place of its exact value for any n.  The Hodges-Ajne m is
 * counted exactly: half circles are compared with exact double-double
 * bounds, never on a grid.
 */
#include <math.h>

#include "eft.h"
#include "report.h"
#include "uniformity.h"

static inline void
uni_check(size_t i)
{
	if ((i & 0xfffff) == 0xfffff && rep_interrupt_hook)
		rep_interrupt_hook();
}

/* A compensated running sum. */
typedef struct CSum
{
	double		s,
				e;
} CSum;

static inline void
csum_add(CSum *c, double v)
{
	double		err;

	c->s = two_sum(c->s, v, &err);
	c->e += err;
}

static inline double
csum_value(const CSum *c)
{
	return c->s + c->e;
}

/*
 * Kuiper: u_i = x_i / p, D+ = max(i/n - u_i), D- = max(u_i - (i-1)/n),
 * V = D+ + D-; modified V* = V (sqrt n + 0.155 + 0.24 / sqrt n) (Stephens
 * 1970, as R's kuiper.test prints), p = Q(V*).
 */
void
uni_kuiper(const double *x, size_t n, double p, UniTest *r)
{
	double		dp = -INFINITY,
				dm = -INFINITY,
				rn = sqrt((double) n);
	size_t		i;

	for (i = 0; i < n; i++)
	{
		double		u = x[i] / p;

		if ((double) (i + 1) / (double) n - u > dp)
			dp = (double) (i + 1) / (double) n - u;
		if (u - (double) i / (double) n > dm)
			dm = u - (double) i / (double) n;
		uni_check(i);
	}
	r->statistic = dp + dm;
	r->modified = r->statistic * (rn + 0.155 + 0.24 / rn);
	r->p_value = uni_kuiper_q(r->modified);
	r->method = UNI_ASYMPTOTIC;
}

/*
 * Watson: U² = sum (u_i - ubar - (2i - 1) / (2n) + 1/2)² + 1 / (12 n)
 * (R's centred form); modified U²* = (U² - 0.1/n + 0.1/n²)(1 + 0.8/n)
 * (Stephens 1970, as R's watson.test prints), p from its limiting law.
 */
void
uni_watson(const double *x, size_t n, double p, UniTest *r)
{
	CSum		su = {0, 0},
				sq = {0, 0};
	double		dn = (double) n,
				ubar,
				u2;
	size_t		i;

	for (i = 0; i < n; i++)
		csum_add(&su, x[i] / p);
	ubar = csum_value(&su) / dn;
	for (i = 0; i < n; i++)
	{
		double		t = (x[i] / p - ubar) - ((double) (2 * i + 1) / (2.0 * dn) - 0.5);

		csum_add(&sq, t * t);
		uni_check(i);
	}
	u2 = csum_value(&sq) + 1.0 / (12.0 * dn);
	r->statistic = u2;
	r->modified = (u2 - 0.1 / dn + 0.1 / (dn * dn)) * (1.0 + 0.8 / dn);
	r->p_value = uni_watson_q(r->modified);
	r->method = UNI_ASYMPTOTIC;
}

/*
 * Rao: the spacings T_i = x_{i+1} - x_i and x_1 + p - x_n, U = 1/2 sum
 * |T_i - p/n| in the period's units (modified: U in degrees, as R's
 * rao.spacing.test prints); p = P(U >= u) from the exact distribution
 * (uniformity_dist.c).
 */
void
uni_rao(const double *x, size_t n, double p, UniTest *r, double *work)
{
	CSum		s = {0, 0};
	double		w = p / (double) n,
				u;
	size_t		i;

	for (i = 0; i + 1 < n; i++)
	{
		csum_add(&s, fabs((x[i + 1] - x[i]) - w));
		uni_check(i);
	}
	csum_add(&s, fabs((x[0] + (p - x[n - 1])) - w));
	u = csum_value(&s) / 2.0;
	r->statistic = u;
	r->modified = u / p * 360.0;
	r->p_value = uni_rao_sf(n, u / p, &r->method, work);
}

/* How many of the sorted x are <= v (binary search). */
static size_t
count_le(const double *x, size_t n, double v)
{
	size_t		lo = 0,
				hi = n;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (x[mid] <= v)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * How many of the sorted x are <= hi + lo exactly, where hi + lo is a
 * TwoSum pair (|lo| at most half a unit of hi): x <= hi + lo exactly when
 * x < hi, or x = hi and lo >= 0 (a double below hi is at most the double
 * before hi, which is <= hi + lo).
 */
static size_t
count_le_pair(const double *x, size_t n, double hi, double lo)
{
	size_t		c = count_le(x, n, hi);

	if (lo < 0.0)
		while (c > 0 && x[c - 1] == hi)
			c--;
	return c;
}

/*
 * The Hodges-Ajne m: the fewest values in a closed half circle
 * [t, t + p/2], with multiplicity.  The count of [t, t + p/2] only changes
 * where t passes a value x_j or an antipode x_j - p/2, and between two
 * such points it is the count of (b, b + p/2] for the lower one, b; the
 * least count is found between two of them.  (x_j - p/2, x_j] holds the
 * values that (x_j, x_j + p/2] does not, so
 * m = min over j of min(c_j, n - c_j), c_j = #(x_j, x_j + p/2].  The
 * bound x_j + p/2 is exact as a TwoSum pair (x_j - p/2 is exact for
 * x_j >= p/2 by Sterbenz), so two values exactly half a period apart
 * are in one closed half circle.
 */
size_t
uni_hodges_ajne_m(const double *x, size_t n, double p)
{
	double		h = p / 2.0;
	size_t		m = n,
				j;

	for (j = 0; j < n; j++)
	{
		size_t		c;

		if (j > 0 && x[j] == x[j - 1])
			continue;
		if (x[j] < h)
		{
			double		lo,
						hi = two_sum(x[j], h, &lo);

			c = count_le_pair(x, n, hi, lo) - count_le(x, n, x[j]);
		}
		else
			c = (n - count_le(x, n, x[j])) + count_le(x, n, x[j] - h);
		if (c < m)
			m = c;
		if (n - c < m)
			m = n - c;
		uni_check(j);
	}
	return m;
}

/* Hodges-Ajne: m and its exact p = P(m' <= m). */
void
uni_hodges_ajne(const double *x, size_t n, double p, UniTest *r)
{
	size_t		m = uni_hodges_ajne_m(x, n, p);

	r->statistic = (double) m;
	r->modified = (double) m;
	r->p_value = uni_hodges_ajne_cdf((int64_t) n, (int64_t) m);
	r->method = UNI_EXACT;
}
