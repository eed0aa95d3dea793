/*
 * bits.h
 *		Compiler attributes, the FMA clone macro and branch-free bit helpers
 *		of the pure numerics (no PostgreSQL header: the numerics build and
 *		are unit-tested without a server).
 */
#ifndef ANGLE_BITS_H
#define ANGLE_BITS_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#if defined(__GNUC__)
#define ANGLE_ALWAYS_INLINE static inline __attribute__((always_inline))
#define ANGLE_NOINLINE __attribute__((noinline))
#define ANGLE_LIKELY(x) __builtin_expect((x) != 0, 1)
#define ANGLE_UNLIKELY(x) __builtin_expect((x) != 0, 0)
#else
#define ANGLE_ALWAYS_INLINE static inline
#define ANGLE_NOINLINE
#define ANGLE_LIKELY(x) ((x) != 0)
#define ANGLE_UNLIKELY(x) ((x) != 0)
#endif

/*
 * Hot functions that use fma() get an FMA clone chosen at load time; the
 * default clone calls libm's fma(), which is exact, only slower: the same
 * bits either way.  target_clones needs ifunc, which glibc has and musl,
 * for one, has not (<stdint.h> above defines __GLIBC__ on glibc).
 */
#if !defined(ANGLE_NO_CLONES) && defined(__GNUC__) && defined(__x86_64__) && \
	defined(__linux__) && defined(__GLIBC__) && defined(__has_attribute)
#if __has_attribute(target_clones)
#define ANGLE_FMA_CLONES __attribute__((target_clones("default", "fma")))
/* a clone is never inlined (and may not be marked noinline) */
#define ANGLE_FMA_CLONES_NOINLINE ANGLE_FMA_CLONES
#endif
#endif
#ifndef ANGLE_FMA_CLONES
#define ANGLE_FMA_CLONES
#define ANGLE_FMA_CLONES_NOINLINE __attribute__((noinline))
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

/* c ? a : b, without a branch (the conditions depend on the data). */
ANGLE_ALWAYS_INLINE double
select_double(bool c, double a, double b)
{
	uint64_t	ua,
				ub,
				m = (uint64_t) 0 - (uint64_t) c;

	memcpy(&ua, &a, sizeof(ua));
	memcpy(&ub, &b, sizeof(ub));
	ua = (ua & m) | (ub & ~m);
	memcpy(&a, &ua, sizeof(a));
	return a;
}

/* -x if c, else x (flips the sign bit, also of zeros), without a branch. */
ANGLE_ALWAYS_INLINE double
negate_if(bool c, double x)
{
	uint64_t	u;

	memcpy(&u, &x, sizeof(u));
	u ^= (uint64_t) c << 63;
	memcpy(&x, &u, sizeof(x));
	return x;
}

/* The smaller of a and b (one instruction, no branch). */
ANGLE_ALWAYS_INLINE double
min_double(double a, double b)
{
	return b < a ? b : a;
}

#endif							/* ANGLE_BITS_H */
