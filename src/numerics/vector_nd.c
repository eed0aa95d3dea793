/*
 * vector_nd.c
 *		Angles between n-vectors, n > 3 (see vector_kernel.c): one pass of
 *		compensated sums over the scaled components, in VEC_LANES lanes,
 *		redone with exact minors below about 2^-30 rad.
 */
#include "vector_internal.h"

/* Set by the server to check for interrupts; NULL: never interrupted. */
void		(*vec_interrupt_hook) (void) = NULL;

/* Accumulators of a compensated sum: value hi + lo. */
typedef struct DDSum
{
	double		hi;
	double		lo;
} DDSum;

/* Add the exact product x*y (plus a small extra term) to a DDSum. */
VEC_INLINE void
sum_prod(DDSum *s, double x, double y, double extra)
{
	double		e,
				q;

	s->hi = two_sum(s->hi, two_prod(x, y, &e), &q);
	s->lo += (e + q) + extra;
}

/* The sums one pass over n > 3 components accumulates. */
typedef struct NSums
{
	DDSum		aa;				/* |x|^2 */
	DDSum		ab;				/* x.y */
	DDSum		mm;				/* |m|^2 */
	DDSum		xm;				/* x.m */
	double		mmax;			/* max |m_i| (hi and lo parts) */
} NSums;

/* One component's contribution to the sums of one lane (see nd_pass). */
VEC_INLINE void
nd_step(double x, double y, double ap, double bp, double fm, bool accurate,
		DDSum *aa, DDSum *ab, DDSum *mm, DDSum *xm, double *mmax)
{
	double		mh,
				ml;

	sum_prod(aa, x, x, 0.0);
	sum_prod(ab, x, y, 0.0);
	if (accurate)
		dd_minor(ap, y, x, bp, &mh, &ml);
	else
		fast_minor(ap, y, x, bp, &mh, &ml);
	mh *= fm;
	ml *= fm;
	*mmax = fabs(mh) > *mmax ? fabs(mh) : *mmax;
	*mmax = fabs(ml) > *mmax ? fabs(ml) : *mmax;
	sum_prod(mm, mh, mh, ml * (2.0 * mh + ml));
	sum_prod(xm, x, mh, x * ml);
}

/*
 * One pass over the scaled vectors x = a*sc0*sc1, y = b*sc2*sc3: |x|^2, x.y
 * and, for the minors m_i = ap*y_i - x_i*bp times fm, |m|^2 and x.m.  The
 * minors are exact double-doubles if "accurate", else from fast_minor.
 * VEC_LANES independent sets of sums let the compiler use SIMD.
 */
VEC_INLINE void
nd_pass(const double *a, const double *b, int n, const double *sc,
		double ap, double bp, double fm, bool accurate, NSums *r)
{
	DDSum		aa[VEC_LANES] = {{0}},
				ab[VEC_LANES] = {{0}},
				mm[VEC_LANES] = {{0}},
				xm[VEC_LANES] = {{0}};
	double		mmax[VEC_LANES] = {0};
	int			i,
				j,
				k;

	for (i = 0; i < n; i = j)
	{
		int			end = (n - i > VEC_BLOCK) ? i + VEC_BLOCK : n;

		for (j = i; j + VEC_LANES <= end; j += VEC_LANES)
		{
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC unroll 4
#endif
			for (k = 0; k < VEC_LANES; k++)
				nd_step(a[j + k] * sc[0] * sc[1], b[j + k] * sc[2] * sc[3],
						ap, bp, fm, accurate,
						&aa[k], &ab[k], &mm[k], &xm[k], &mmax[k]);
		}
		for (; j < end; j++)
			nd_step(a[j] * sc[0] * sc[1], b[j] * sc[2] * sc[3],
					ap, bp, fm, accurate,
					&aa[0], &ab[0], &mm[0], &xm[0], &mmax[0]);
		if (end < n)
			VEC_INTERRUPT();
	}
	memset(r, 0, sizeof(*r));
	for (k = 0; k < VEC_LANES; k++)
	{
		double		e;

		r->aa.hi = two_sum(r->aa.hi, aa[k].hi, &e);
		r->aa.lo += e + aa[k].lo;
		r->ab.hi = two_sum(r->ab.hi, ab[k].hi, &e);
		r->ab.lo += e + ab[k].lo;
		r->mm.hi = two_sum(r->mm.hi, mm[k].hi, &e);
		r->mm.lo += e + mm[k].lo;
		r->xm.hi = two_sum(r->xm.hi, xm[k].hi, &e);
		r->xm.lo += e + xm[k].lo;
		r->mmax = mmax[k] > r->mmax ? mmax[k] : r->mmax;
	}
}

/* nd_pass with fast minors. */
VEC_CLONES static void
nd_sums_fast(const double *a, const double *b, int n, const double *sc,
			 double ap, double bp, NSums *r)
{
	nd_pass(a, b, n, sc, ap, bp, 1.0, false, r);
}

/* nd_pass with exact minors, scaled by fm. */
VEC_CLONES static void
nd_sums_exact(const double *a, const double *b, int n, const double *sc,
			  double ap, double bp, double fm, NSums *r)
{
	nd_pass(a, b, n, sc, ap, bp, fm, true, r);
}

/* Angle for n > 3 (see the file header); ma, mb: largest |a_i|, |b_i|. */
double
vec_angle_n(const double *a, const double *b, int n, double ma, double mb)
{
	double		sc[4],
				ap,
				bp,
				fm = 1.0,
				fi = 1.0,
				ah,
				al,
				ch,
				cl,
				mh,
				ml,
				eh,
				el,
				th,
				tl,
				uh,
				ul,
				sh,
				sl,
				e;
	NSums		r;
	bool		accurate = false;
	int			p = 0;

	scale_for(ma, &sc[0], &sc[1]);
	scale_for(mb, &sc[2], &sc[3]);
	while (fabs(a[p]) != ma)
		p++;
	ap = a[p] * sc[0] * sc[1];
	bp = b[p] * sc[2] * sc[3];

	for (;;)
	{
		if (accurate)
			nd_sums_exact(a, b, n, sc, ap, bp, fm, &r);
		else
			nd_sums_fast(a, b, n, sc, ap, bp, &r);
		ah = two_sum(r.aa.hi, r.aa.lo, &al);
		ch = two_sum(r.ab.hi, r.ab.lo, &cl);
		if (r.mmax == 0.0)
			return finish(0.0, 0.0, ch, cl);	/* exactly (anti)parallel */
		mh = two_sum(r.mm.hi, r.mm.lo, &ml);
		eh = two_sum(r.xm.hi, r.xm.lo, &el);

		/* (S |a_p| fm)^2 = |a|^2 |m|^2 - (a.m)^2 */
		dd_mul(ah, al, mh, ml, &th, &tl);
		dd_mul(eh, el, eh, el, &uh, &ul);
		dd_add(th, tl, -uh, -ul, &th, &tl);
		if (accurate)
			break;

		/*
		 * Below about 2^-30 rad, redo with exact minors, scaled if their
		 * squares could underflow.
		 */
		if (r.mmax >= 0x1p-300 && th >= 0x1p-60 * (ch * ap) * (ch * ap))
			break;
		accurate = true;
		if (r.mmax < 0x1p-300)
		{
			int			k = exponent_of(r.mmax);

			k = k < -1000 ? -1000 : k;
			fm = pow2(-k);
			fi = pow2(k);
		}
	}
	dd_sqrt(th, tl, &sh, &sl);

	/* compare with C |a_p| */
	ap = fabs(ap);
	ch = two_prod(ch, ap, &e);
	ch = fast_two_sum(ch, e + cl * ap, &cl);
	return finish(sh * fi, sl * fi, ch, cl);
}

