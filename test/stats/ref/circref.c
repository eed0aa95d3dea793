/*
 * circref.c
 *		Data and exact reference for the accuracy report's circular-mean
 *		experiment (scripts/accuracy.sh), computed with MPFR.
 *
 * Usage:
 *	 circref data N		print N degree values, one per line, for psql's \copy
 *	 circref ref N...	for each prefix length N (ascending), print
 *						 N  mean_hi  mean_lo  ulp  rbar
 *
 * The values are deterministic doubles: 37.5 + 170 (2u - 1) degrees, u uniform
 * in [0, 1) from splitmix64, negative ones wrapped by + 360 (rounded; the
 * rounded value is the datum).  The mean resultant length is about 0.06, so
 * errors in the sums are magnified about 17 times in the mean direction.
 *
 * The reference is the exact mean direction of the first N doubles: sin and
 * cos of each value in degrees (mpfr_sinu/mpfr_cosu with period 360, no
 * rounded pi involved) at 160 bits, summed at 320 bits (for N up to 10^7
 * the sums' error is below 2^-136 absolute, nearly all of it from the
 * 160-bit sines and cosines: far below a double's 2^-53), then atan2 in degrees
 * (mpfr_atan2u) at 320 bits, wrapped into [0, 360).  mean_hi is that mean
 * rounded to double, mean_lo the rounded remainder, ulp the ULP of mean_hi,
 * rbar the mean resultant length.  Needs MPFR >= 4.2.
 */
#include <math.h>
#include <mpfr.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "splitmix64.h"

#define PREC_TRIG 160
#define PREC_SUM 320

static uint64_t rng_state = 0x2545f4914f6cdd1dULL;

/* The next 64 bits of the inputs' stream. */
static uint64_t
rnd64(void)
{
	return splitmix64(&rng_state);
}

/* the next datum, degrees in [0, 360) */
static double
next_value(void)
{
	double		u = (double) (rnd64() >> 11) * 0x1p-53;
	double		x = 37.5 + 170.0 * (2.0 * u - 1.0);

	return x < 0.0 ? x + 360.0 : x;
}

/* Print mean_hi, mean_lo, ulp, rbar for sums s, c over n values. */
static void
print_ref(long n, mpfr_t s, mpfr_t c)
{
	mpfr_t		m,
				r;
	double		hi;
	int			e;

	mpfr_inits2(PREC_SUM, m, r, (mpfr_ptr) 0);
	mpfr_atan2u(m, s, c, 360, MPFR_RNDN);
	if (mpfr_sgn(m) < 0)
		mpfr_add_ui(m, m, 360, MPFR_RNDN);
	hi = mpfr_get_d(m, MPFR_RNDN);
	mpfr_sub_d(r, m, hi, MPFR_RNDN);
	(void) frexp(hi, &e);
	printf("%ld\t%.17g\t%.17g\t%.17g", n, hi, mpfr_get_d(r, MPFR_RNDN),
		   ldexp(1.0, e - 53));
	mpfr_hypot(r, s, c, MPFR_RNDN);
	mpfr_div_ui(r, r, (unsigned long) n, MPFR_RNDN);
	printf("\t%.17g\n", mpfr_get_d(r, MPFR_RNDN));
	mpfr_clears(m, r, (mpfr_ptr) 0);
}

int
main(int argc, char **argv)
{
	if (argc >= 3 && strcmp(argv[1], "data") == 0)
	{
		long		n = atol(argv[2]);

		for (long i = 0; i < n; i++)
			printf("%.17g\n", next_value());
	}
	else if (argc >= 3 && strcmp(argv[1], "ref") == 0)
	{
		mpfr_t		x,
					sn,
					cs,
					s,
					c;
		long		done = 0;

		mpfr_init2(x, 53);
		mpfr_inits2(PREC_TRIG, sn, cs, (mpfr_ptr) 0);
		mpfr_inits2(PREC_SUM, s, c, (mpfr_ptr) 0);
		mpfr_set_ui(s, 0, MPFR_RNDN);
		mpfr_set_ui(c, 0, MPFR_RNDN);
		for (int k = 2; k < argc; k++)
		{
			long		n = atol(argv[k]);

			if (n <= done)
			{
				fprintf(stderr, "circref: prefix lengths must ascend\n");
				return 1;
			}
			for (; done < n; done++)
			{
				mpfr_set_d(x, next_value(), MPFR_RNDN);
				mpfr_sinu(sn, x, 360, MPFR_RNDN);
				mpfr_cosu(cs, x, 360, MPFR_RNDN);
				mpfr_add(s, s, sn, MPFR_RNDN);
				mpfr_add(c, c, cs, MPFR_RNDN);
			}
			print_ref(n, s, c);
		}
		mpfr_clears(x, sn, cs, s, c, (mpfr_ptr) 0);
	}
	else
	{
		fprintf(stderr, "usage: circref data N | circref ref N...\n");
		return 2;
	}
	return fflush(stdout) == 0 ? 0 : 1;
}
