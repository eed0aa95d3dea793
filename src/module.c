/*
 * module.c
 *		The module's magic block, its load-time initialisation and its
 *		setting (angle.output_unit, read by angle/angle_io.c).
 */
#include "postgres.h"

#include "fmgr.h"
#include "miscadmin.h"
#include "utils/guc.h"

#include "angle/angle.h"
#include "numerics/vector.h"

PG_MODULE_MAGIC;

/* declared by fmgr.h only from PostgreSQL 16 */
extern PGDLLEXPORT void _PG_init(void);

/* angle.output_unit */
int			angle_output_unit = AU_DEG;

static const struct config_enum_entry output_unit_options[] = {
	{"deg", AU_DEG, false},
	{"rad", AU_RAD, false},
	{"turn", AU_TURN, false},
	{"grad", AU_GRAD, false},
	{"dms", AU_DMS, false},
	{NULL, 0, false}
};

/* Query cancel inside the long loops of the vector kernel. */
static void
angle_check_interrupts(void)
{
	CHECK_FOR_INTERRUPTS();
}

/* Register the angle.output_unit setting and the kernel's interrupt check. */
void
_PG_init(void)
{
	vec_interrupt_hook = angle_check_interrupts;
	DefineCustomEnumVariable("angle.output_unit",
							 "Unit in which angle values are displayed.",
							 "deg, rad, turn, grad or dms. Values that would not read back "
							 "exactly in that unit are shown in degrees.",
							 &angle_output_unit, AU_DEG, output_unit_options,
							 PGC_USERSET, 0, NULL, NULL, NULL);
#if PG_VERSION_NUM >= 150000
	MarkGUCPrefixReserved("angle");
#else
	EmitWarningsOnPlaceholders("angle");
#endif
}
