/*
 * grid.c
 *		The grid terms that grid_add_unit() does not take itself, and the
 *		scalar batch kernel: the reference that the vector kernel of
 *		batch.c matches bit for bit, and its fallback.
 */
#include "grid.h"
#include "trig.h"

/*
 * a += v (flip = 0) or a -= v (flip all ones) on the grid, for a double v
 * that grid_add_unit does not handle itself: zero, or |v| < 2^-28 (which
 * is exact on the grid down to 2^-92 and rounded below that).
 */
ANGLE_NOINLINE void
grid_add_small(Wide *a, double v, uint64_t flip)
{
	int64_t		m;
	int			e;
	uint64_t	t[4];
	uint64_t	neg;

	if (v == 0.0)
		return;
	split_double(v, &m, &e);
	neg = grid_term(m, e, INT64_C(1) << 52, -52, t);
	wide_add_limbs(a, t[0], t[1], t[2], t[3], neg ^ flip);
}

/*
 * Add the sine and cosine terms of n deferred rows, given as circ_argument()
 * values in degrees (or radians if not degrees), one row at a time: the
 * batch sum where no vector kernel runs.
 */
ANGLE_FMA_CLONES void
circ_batch_scalar(const double *u, int n, bool degrees, Wide *s, Wide *c)
{
	for (int i = 0; i < n; i++)
	{
		double		sv,
					cv;

		sincos_argument(u[i], degrees, &sv, &cv);
		grid_add_unit(s, sv, 0);
		grid_add_unit(c, cv, 0);
	}
}
