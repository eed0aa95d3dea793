/*
 * angle.h
 *		Declarations shared by the C files of the angle extension.
 */
#ifndef ANGLE_H
#define ANGLE_H

#include <stdint.h>
#include <string.h>

#include <stdbool.h>

/* Outcome of a vector-angle computation. */
typedef enum VecStatus
{
	VEC_OK = 0,					/* *result holds the angle */
	VEC_ZERO,					/* a vector (or the axis) is zero: undefined */
	VEC_NAN,					/* a component is NaN */
	VEC_INF						/* a component is infinite */
} VecStatus;

/* Unsigned angle in radians, [0, pi], between two n-vectors (n >= 1). */
extern VecStatus vec_angle(const double *a, const double *b, int n,
						   double *result);

/* Signed angle in radians, (-pi, pi], from a to b, for 2-vectors. */
extern VecStatus vec_angle_signed2(const double *a, const double *b,
								   double *result);

/* Signed angle in radians, (-pi, pi], from a to b about axis, 3-vectors. */
extern VecStatus vec_angle_signed3(const double *a, const double *b,
								   const double *axis, double *result);

/* atan2(sh + sl, ch + cl) in (-pi, pi] as a double-double *hi + *lo. */
extern void vec_atan2_dd(double sh, double sl, double ch, double cl,
						 double *hi, double *lo);

/* Exact sign (-1, 0, 1) of det[a; b; c] for finite 3-vectors (vector_sign.c). */
extern int	vec_det3_sign(const double *a, const double *b, const double *c);

/*
 * Hot functions that use fma() get an FMA clone chosen at load time; the
 * default clone calls libm's fma(), which is exact, only slower: the same
 * bits either way.
 */
#if !defined(ANGLE_NO_CLONES) && defined(__GNUC__) && defined(__x86_64__) && \
	defined(__linux__) && defined(__has_attribute)
#if __has_attribute(target_clones)
#define ANGLE_FMA_CLONES __attribute__((target_clones("default", "fma")))
#endif
#endif
#ifndef ANGLE_FMA_CLONES
#define ANGLE_FMA_CLONES
#endif

/* Split a finite double exactly into d = m * 2^e with |m| < 2^53. */
static inline void
split_double(double d, int64_t *m, int *e)
{
	uint64_t	bits;
	int			ex;
	int64_t		frac;

	memcpy(&bits, &d, sizeof(bits));
	ex = (int) ((bits >> 52) & 0x7ff);
	frac = (int64_t) (bits & ((UINT64_C(1) << 52) - 1));
	if (ex == 0)
		*e = -1074;
	else
	{
		frac |= INT64_C(1) << 52;
		*e = ex - 1075;
	}
	*m = (bits >> 63) ? -frac : frac;
}

/* Sine and cosine of x degrees, exact at multiples of 30 and 90 (trig.c). */
extern void sincosd(double x, double *s, double *c);

/* Sine and cosine of x in a circle of the given period (trig.c). */
extern void circ_sincos(double x, double period, double *s, double *c);

/* Radians to degrees and back, nearly correctly rounded (trig.c). */
extern double radians_to_degrees(double r);
extern double degrees_to_radians(double deg);
extern void radians_dd_to_degrees(double hi, double lo, double *dh,
								  double *dl);

/* Exact circular arithmetic on doubles (circular.c). */
extern void circ_check_period(double p);
extern double circ_diff(double a, double b, double p);
extern double circ_wrap(double x, double p, double low);
extern double circ_cosine_loss(double d, double p);

/*
 * The angle type (angle_*.c): a pass-by-value float8 number of degrees,
 * always finite.
 */
#define DatumGetAngle(d)	DatumGetFloat8(d)
#define AngleGetDatum(x)	Float8GetDatum(x)
#define PG_GETARG_ANGLE(n)	PG_GETARG_FLOAT8(n)
#define PG_RETURN_ANGLE(x)	return AngleGetDatum(angle_check(x))

/* Units an angle can be read or shown in. */
typedef enum AngleUnit
{
	AU_DEG,
	AU_RAD,
	AU_TURN,
	AU_GRAD,
	AU_DMS,
	AU_ARCMIN,
	AU_ARCSEC
} AngleUnit;

/* Outcome of parsing angle text. */
typedef enum AngleParse
{
	AP_OK,
	AP_SYNTAX,					/* 22P02 */
	AP_RANGE					/* 22003 */
} AngleParse;

/* Non-ASCII symbols: degree sign, prime (arcmin), double prime (arcsec). */
#define ANGLE_SYM_DEGREE	0
#define ANGLE_SYM_PRIME		1
#define ANGLE_SYM_DPRIME	2
#define ANGLE_NSYM			3

extern const char *angle_server_symbol(int i);
extern bool angle_client_has_symbol(int enc, int i);
extern AngleParse angle_parse(const char *str, double *deg);
extern bool angle_from_unit(double x, AngleUnit unit, double *deg);
extern double angle_check(double deg);

#endif							/* ANGLE_H */
