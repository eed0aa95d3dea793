/*
 * corr.c
 *		Circular correlation from exact sums (see corr.h).
 *
 * The accumulator.  A finite double is m 2^(e-1075) with a 53-bit integer
 * m, so in units of 2^-1088 it is m shifted left by e + 13 bits (e >= 1):
 * at most 2059 + 53 bits, inside 34 limbs.  Every term of a row is such a
 * double: a sine or cosine, the two parts of a TwoProduct, or the four
 * TwoProducts of the product of two double-doubles (fourth-order terms).
 * Products that underflow are not split exactly, but every row's terms are
 * still a fixed function of its values, and integer addition does not
 * depend on the order, so the sums are the same in every plan.
 *
 * The statistics.  Write A = cos(mean a), B = sin(mean a) and likewise C,
 * D for b.  Then sin(a - mean a) = A sin a - B cos a, and
 *	 num = sum sin(a - a_) sin(b - b_)  = AC S_ss - AD S_sc - BC S_cs + BD S_cc,
 *	 Daa = sum sin^2(a - a_) = A^2 S_aa - 2AB S_ac + B^2 S_cc(a),
 *	 Q	 = sum sin^2(a - a_) sin^2(b - b_), the nine fourth-order sums,
 * and r = num / sqrt(Daa Dbb); the test statistic sqrt(n l20 l02 / l22) r
 * of R's cor.circular is num / sqrt(Q).  All of it is double-double, from
 * the sums as double-doubles, so that the cancellation in these
 * differences (tightly concentrated data) costs about 2^-104 n, not 2^-53 n.
 */
#include <math.h>
#include <stddef.h>
#include <string.h>

#include "corr.h"
#include "eft.h"
#include "trig.h"

/* A mean resultant length at most this is no direction (circular_mean). */
#define CORR_RBAR_MIN 0x1p-49
/* A mean squared sine deviation at most this is no spread. */
#define CORR_SPREAD_MIN 0x1p-96

/* Sum indices: circular_corr. */
enum
{
	CC_SA, CC_CA, CC_SB, CC_CB,
	CC_SS, CC_SC, CC_CS, CC_CC,		/* sin a sin b, sin a cos b, ... */
	CC_AA, CC_AC, CC_A2,		/* sin^2 a, sin a cos a, cos^2 a */
	CC_BB, CC_BC, CC_B2,		/* the same of b */
	CC_F						/* 9 sums: (a term i) (b term j), 3i + j */
};

/* Sum indices: circular_linear_corr. */
enum
{
	CL_S, CL_C, CL_SS, CL_SC, CL_CC, CL_X, CL_XX, CL_XC, CL_XS
};

/* ---------- the accumulator ---------- */

/* a += (hi 2^64 + lo) 2^(64 k), or a -= it. */
static void
xacc_add_at(XAcc *a, int k, uint64_t lo, uint64_t hi, bool sub)
{
	uint64_t	c,
				t,
				u;
	int			i;

	if (!sub)
	{
		t = a->l[k] + lo;
		c = t < lo;
		a->l[k] = t;
		t = a->l[k + 1] + hi;
		u = t < hi;
		a->l[k + 1] = t + c;
		c = u | (a->l[k + 1] < t);
		for (i = k + 2; c && i < XACC_LIMBS; i++)
			c = ++a->l[i] == 0;
	}
	else
	{
		c = a->l[k] < lo;
		a->l[k] -= lo;
		t = a->l[k + 1];
		a->l[k + 1] = t - hi - c;
		c = t < hi || (t - hi) < c;
		for (i = k + 2; c && i < XACC_LIMBS; i++)
			c = a->l[i]-- == 0;
	}
}

/* a += v, for a finite double v: exact. */
void
xacc_add(XAcc *a, double v)
{
	uint64_t	bits,
				m;
	int			e,
				pos,
				s;

	memcpy(&bits, &v, sizeof(bits));
	e = (int) ((bits >> 52) & 0x7ff);
	m = bits & ((UINT64_C(1) << 52) - 1);
	if (e == 0)
	{
		if (m == 0)
			return;
		e = 1;					/* subnormal: m 2^-1074 */
	}
	else
		m |= UINT64_C(1) << 52;
	pos = e + 13;
	s = pos & 63;
	xacc_add_at(a, pos >> 6, m << s, s ? m >> (64 - s) : 0, (bits >> 63) != 0);
}

/* a += x y, split exactly (TwoProduct) when it does not underflow. */
static void
xacc_add_prod(XAcc *a, double x, double y)
{
	double		e,
				p = two_prod(x, y, &e);

	xacc_add(a, p);
	xacc_add(a, e);
}

/* a += (xh + xl)(yh + yl), as four TwoProducts. */
static void
xacc_add_dd_prod(XAcc *a, double xh, double xl, double yh, double yl)
{
	xacc_add_prod(a, xh, yh);
	xacc_add_prod(a, xh, yl);
	xacc_add_prod(a, xl, yh);
	xacc_add_prod(a, xl, yl);
}

/* a += b, exactly (two's complement, no overflow for valid states). */
static void
xacc_merge(XAcc *a, const XAcc *b)
{
	uint64_t	c = 0;

	for (int i = 0; i < XACC_LIMBS; i++)
	{
		uint64_t	t = a->l[i] + b->l[i];
		uint64_t	c2 = t < b->l[i];

		a->l[i] = t + c;
		c = c2 | (a->l[i] < t);
	}
}

/* |a| into *m, and whether a is negative. */
static bool
xacc_abs(const XAcc *a, XAcc *m)
{
	bool		neg = (a->l[XACC_LIMBS - 1] >> 63) != 0;
	uint64_t	c = 1;

	*m = *a;
	if (neg)
		for (int i = 0; i < XACC_LIMBS; i++)
		{
			m->l[i] = ~m->l[i] + c;
			c = c && m->l[i] == 0;
		}
	return neg;
}

/* floor(log2 |a|) (a in units of 1), or INT32_MIN for 0. */
static int
xacc_ilogb(const XAcc *a)
{
	XAcc		m;

	xacc_abs(a, &m);
	for (int i = XACC_LIMBS - 1; i >= 0; i--)
		if (m.l[i] != 0)
			return 64 * i + 63 - __builtin_clzll(m.l[i]) - 1088;
	return INT32_MIN;
}

/*
 * a 2^k as a double-double: the top three limbs of |a| in 32-bit pieces
 * (each exact as a double), summed from the smallest as double-doubles;
 * the limbs below weigh less than 2^-128 of the value.  A fixed function
 * of the integer, so of the rows, whatever the plan.
 */
static void
xacc_to_dd_scaled(const XAcc *a, int k, double *hi, double *lo)
{
	XAcc		m;
	bool		neg = xacc_abs(a, &m);
	int			top = XACC_LIMBS - 1;
	double		h = 0.0,
				l = 0.0;

	while (top >= 0 && m.l[top] == 0)
		top--;
	for (int i = top < 2 ? 0 : top - 2; i <= top; i++)
		for (int half = 0; half < 2; half++)
		{
			double		piece = (double) ((m.l[i] >> (32 * half)) & 0xffffffffu);

			dd_add(h, l, ldexp(piece, 64 * i + 32 * half - 1088 + k), 0.0,
				   &h, &l);
		}
	*hi = neg ? -h : h;
	*lo = neg ? -l : l;
}

/* An exact sum as a double-double. */
void
xacc_to_dd(const XAcc *a, double *hi, double *lo)
{
	xacc_to_dd_scaled(a, 0, hi, lo);
}

/* ---------- double-double helpers ---------- */

typedef struct DD
{
	double		h,
				l;
} DD;

static DD
ddv(double h)
{
	DD			r = {h, 0.0};

	return r;
}

static DD
dsum(const XAcc *a, int k)
{
	DD			r;

	xacc_to_dd_scaled(a, k, &r.h, &r.l);
	return r;
}

static DD
dadd(DD a, DD b)
{
	DD			r;

	dd_add(a.h, a.l, b.h, b.l, &r.h, &r.l);
	return r;
}

static DD
dsub(DD a, DD b)
{
	return dadd(a, (DD) {-b.h, -b.l});
}

static DD
dmul(DD a, DD b)
{
	DD			r;

	dd_mul(a.h, a.l, b.h, b.l, &r.h, &r.l);
	return r;
}

/* a / b: two quotient digits, the remainder exact to double-double. */
static DD
ddiv(DD a, DD b)
{
	double		q1 = a.h / b.h,
				q2;
	DD			r = dsub(a, dmul(b, ddv(q1))),
				out;

	q2 = r.h / b.h;
	out.h = fast_two_sum(q1, q2, &out.l);
	return out;
}

static DD
dsqrt(DD a)
{
	DD			r;

	dd_sqrt(a.h, a.l, &r.h, &r.l);
	return r;
}

/* ---------- states ---------- */

int
corr_nsums(int kind)
{
	return kind == CORR_CC ? CORR_CC_SUMS : CORR_CL_SUMS;
}

size_t
corr_state_size(int kind)
{
	return offsetof(CorrState, sum) + sizeof(XAcc) * corr_nsums(kind);
}

void
corr_init(CorrState *st, int kind)
{
	memset(st, 0, corr_state_size(kind));
	st->kind = kind;
}

void
corr_cc_add(CorrState *st, double a, double b, double period)
{
	XAcc	   *S = st->sum;
	double		sa,
				ca,
				sb,
				cb,
				ph[3],
				pl[3],
				qh[3],
				ql[3];

	circ_sincos(a, period, &sa, &ca);
	circ_sincos(b, period, &sb, &cb);
	xacc_add(&S[CC_SA], sa);
	xacc_add(&S[CC_CA], ca);
	xacc_add(&S[CC_SB], sb);
	xacc_add(&S[CC_CB], cb);
	xacc_add_prod(&S[CC_SS], sa, sb);
	xacc_add_prod(&S[CC_SC], sa, cb);
	xacc_add_prod(&S[CC_CS], ca, sb);
	xacc_add_prod(&S[CC_CC], ca, cb);
	ph[0] = two_prod(sa, sa, &pl[0]);
	ph[1] = two_prod(sa, ca, &pl[1]);
	ph[2] = two_prod(ca, ca, &pl[2]);
	qh[0] = two_prod(sb, sb, &ql[0]);
	qh[1] = two_prod(sb, cb, &ql[1]);
	qh[2] = two_prod(cb, cb, &ql[2]);
	for (int i = 0; i < 3; i++)
	{
		xacc_add(&S[CC_AA + i], ph[i]);
		xacc_add(&S[CC_AA + i], pl[i]);
		xacc_add(&S[CC_BB + i], qh[i]);
		xacc_add(&S[CC_BB + i], ql[i]);
		for (int j = 0; j < 3; j++)
			xacc_add_dd_prod(&S[CC_F + 3 * i + j], ph[i], pl[i], qh[j], ql[j]);
	}
}

void
corr_cl_add(CorrState *st, double a, double x, double period)
{
	XAcc	   *S = st->sum;
	double		s,
				c;

	circ_sincos(a, period, &s, &c);
	xacc_add(&S[CL_S], s);
	xacc_add(&S[CL_C], c);
	xacc_add_prod(&S[CL_SS], s, s);
	xacc_add_prod(&S[CL_SC], s, c);
	xacc_add_prod(&S[CL_CC], c, c);
	xacc_add(&S[CL_X], x);
	xacc_add_prod(&S[CL_XX], x, x);
	xacc_add_prod(&S[CL_XC], x, c);
	xacc_add_prod(&S[CL_XS], x, s);
}

void
corr_merge(CorrState *st, const CorrState *o)
{
	for (int i = 0; i < corr_nsums(st->kind); i++)
		xacc_merge(&st->sum[i], &o->sum[i]);
	if (o->n > 0)
		st->period = o->period;
	st->n += o->n;
	st->nnan += o->nnan;
}

/* ---------- statistics ---------- */

/* NaN rows: every statistic NaN, as avg(float8). */
static bool
corr_nan(const CorrState *st, CorrResult *res)
{
	memset(res, 0, sizeof(*res));
	if (st->n == 0)
		return true;
	if (st->nnan == 0)
		return false;
	res->r_defined = res->test_defined = true;
	res->r = res->statistic = res->p_value = NAN;
	return true;
}

/* The mean direction (cos, sin) of sums c, s of n rows; false if none. */
static bool
mean_dir(DD c, DD s, double n, DD *cm, DD *sm)
{
	DD			R = dsqrt(dadd(dmul(c, c), dmul(s, s)));

	if (!(R.h > n * CORR_RBAR_MIN))
		return false;
	*cm = ddiv(c, R);
	*sm = ddiv(s, R);
	return true;
}

void
corr_cc_result(const CorrState *st, CorrResult *res)
{
	const XAcc *S = st->sum;
	double		n = (double) st->n;
	DD			A,
				B,
				C,
				D,
				wa[3],
				wb[3],
				Daa,
				Dbb,
				num,
				Q = ddv(0.0),
				r,
				z;

	if (corr_nan(st, res))
		return;
	if (!mean_dir(dsum(&S[CC_CA], 0), dsum(&S[CC_SA], 0), n, &A, &B) ||
		!mean_dir(dsum(&S[CC_CB], 0), dsum(&S[CC_SB], 0), n, &C, &D))
		return;
	/* the weights of sin^2, sin cos and cos^2 in sin^2(a - mean) */
	wa[0] = dmul(A, A);
	wa[1] = dmul(ddv(-2.0), dmul(A, B));
	wa[2] = dmul(B, B);
	wb[0] = dmul(C, C);
	wb[1] = dmul(ddv(-2.0), dmul(C, D));
	wb[2] = dmul(D, D);
	Daa = Dbb = ddv(0.0);
	for (int i = 0; i < 3; i++)
	{
		Daa = dadd(Daa, dmul(wa[i], dsum(&S[CC_AA + i], 0)));
		Dbb = dadd(Dbb, dmul(wb[i], dsum(&S[CC_BB + i], 0)));
		for (int j = 0; j < 3; j++)
			Q = dadd(Q, dmul(dmul(wa[i], wb[j]), dsum(&S[CC_F + 3 * i + j], 0)));
	}
	if (!(Daa.h > n * CORR_SPREAD_MIN) || !(Dbb.h > n * CORR_SPREAD_MIN))
		return;
	num = dsub(dadd(dmul(dmul(A, C), dsum(&S[CC_SS], 0)),
					dmul(dmul(B, D), dsum(&S[CC_CC], 0))),
			   dadd(dmul(dmul(A, D), dsum(&S[CC_SC], 0)),
					dmul(dmul(B, C), dsum(&S[CC_CS], 0))));
	r = ddiv(num, dsqrt(dmul(Daa, Dbb)));
	res->r_defined = true;
	res->r = fmin(1.0, fmax(-1.0, r.h));
	if (!(Q.h > n * CORR_SPREAD_MIN))
		return;
	z = ddiv(num, dsqrt(Q));
	res->test_defined = true;
	res->statistic = z.h;
	/* two-sided normal p-value 2 (1 - Phi(|z|)), without cancellation */
	res->p_value = fmin(1.0, erfc(fabs(z.h) * M_SQRT1_2));
}

void
corr_cl_result(const CorrState *st, CorrResult *res)
{
	const XAcc *S = st->sum;
	double		n = (double) st->n;
	int			k;
	DD			dn,
				xm,
				cm,
				sm,
				ex2,
				vx,
				vc,
				vs,
				cxc,
				cxs,
				ccs,
				det,
				num,
				r2;

	if (corr_nan(st, res))
		return;
	/* x scaled by 2^k, so that its sums neither overflow nor underflow */
	k = xacc_ilogb(&S[CL_XX]);
	if (k == INT32_MIN)
		return;					/* every x is 0 */
	k = -(k / 2);
	dn = ddv(n);
	xm = ddiv(dsum(&S[CL_X], k), dn);
	cm = ddiv(dsum(&S[CL_C], 0), dn);
	sm = ddiv(dsum(&S[CL_S], 0), dn);
	ex2 = ddiv(dsum(&S[CL_XX], 2 * k), dn);
	vx = dsub(ex2, dmul(xm, xm));
	vc = dsub(ddiv(dsum(&S[CL_CC], 0), dn), dmul(cm, cm));
	vs = dsub(ddiv(dsum(&S[CL_SS], 0), dn), dmul(sm, sm));
	cxc = dsub(ddiv(dsum(&S[CL_XC], k), dn), dmul(xm, cm));
	cxs = dsub(ddiv(dsum(&S[CL_XS], k), dn), dmul(xm, sm));
	ccs = dsub(ddiv(dsum(&S[CL_SC], 0), dn), dmul(cm, sm));
	det = dsub(dmul(vc, vs), dmul(ccs, ccs));
	if (!(vx.h > ex2.h * CORR_SPREAD_MIN) || !(vc.h > CORR_SPREAD_MIN) ||
		!(vs.h > CORR_SPREAD_MIN) || !(det.h > CORR_SPREAD_MIN))
		return;
	/* Mardia's r^2, its three correlations' denominators multiplied out */
	num = dsub(dadd(dmul(dmul(cxc, cxc), vs), dmul(dmul(cxs, cxs), vc)),
			   dmul(ddv(2.0), dmul(dmul(cxc, cxs), ccs)));
	r2 = ddiv(num, dmul(vx, det));
	r2.h = fmin(1.0, fmax(0.0, r2.h));
	if (r2.h == 1.0 || r2.h == 0.0)
		r2.l = 0.0;
	res->r_defined = res->test_defined = true;
	res->r = dsqrt(r2).h;
	res->statistic = dmul(r2, dn).h;
	/* n r^2 ~ chi^2 with 2 degrees of freedom: P(> q) = exp(-q/2) */
	res->p_value = fmin(1.0, exp(-0.5 * res->statistic));
}

/* |a| <= bound 2^e (bound >= 0)? */
static bool
xacc_within(const XAcc *a, double bound, int e)
{
	double		h,
				l;

	xacc_to_dd_scaled(a, -e, &h, &l);
	return fabs(h) <= bound;
}

/* Is a >= 0? */
static bool
xacc_nonneg(const XAcc *a)
{
	return (a->l[XACC_LIMBS - 1] >> 63) == 0;
}

const char *
corr_check(const CorrState *st)
{
	int			ns;
	double		m;

	if (st->kind != CORR_CC && st->kind != CORR_CL)
		return "The state kind is unknown.";
	ns = corr_nsums(st->kind);
	if (st->pad != 0)
		return "The padding is not zero.";
	if (st->n < 0 || st->nnan < 0 || st->nnan > st->n)
		return "The row counts are impossible.";
	if (st->n == 0 ? st->period != 0.0 :
		!(st->period > 0.0 && st->period <= 1.79769313486231570e308))
		return "The period is impossible.";
	/* every term of a sum is at most 1 (x: 2^510, x^2: 2^1020) */
	m = (double) (st->n - st->nnan);
	m *= 1.0 + 0x1p-40;
	for (int i = 0; i < ns; i++)
	{
		int			e = 0;

		if (st->kind == CORR_CL && i >= CL_X)
			e = i == CL_XX ? 2 * CORR_X_MAX_EXP : CORR_X_MAX_EXP;
		if (!xacc_within(&st->sum[i], m, e))
			return "A sum is larger than its rows allow.";
	}
	if (st->kind == CORR_CL)
	{
		if (!xacc_nonneg(&st->sum[CL_SS]) || !xacc_nonneg(&st->sum[CL_CC]) ||
			!xacc_nonneg(&st->sum[CL_XX]))
			return "A sum of squares is negative.";
	}
	else
	{
		static const int sq[] = {CC_AA, CC_A2, CC_BB, CC_B2, CC_F, CC_F + 2,
		CC_F + 6, CC_F + 8};

		for (int i = 0; i < 8; i++)
			if (!xacc_nonneg(&st->sum[sq[i]]))
				return "A sum of squares is negative.";
	}
	return NULL;
}
