# Makefile for the angle extension (PGXS)

EXTENSION = angle
MODULE_big = angle
OBJS = $(patsubst %.c,%.o,$(sort $(wildcard src/*.c src/*/*.c)))
# The install script of the current version is generated from sql/source/
# (see sql/generate.py); the released scripts in sql/released/ are frozen.
EXTVERSION := $(shell sed -n "s/^default_version *= *'\([^']*\)'.*/\1/p" angle.control)
DATA = $(sort $(wildcard sql/released/angle--*.sql))
DATA_built = angle--$(EXTVERSION).sql
PYTHON3 ?= python3

# pg_regress runs once per feature (test/FEATURE/sql, .../expected):
# scripts/regress.sh; REGRESS_TESTS="a b" runs only those.
NO_INSTALLCHECK = 1

# Strict warnings.  PostgreSQL's own headers trip -Wunused-parameter and
# -Wsign-compare.
PG_CFLAGS = -Wall -Wextra -Werror -Wno-unused-parameter -Wno-sign-compare

# Never fast-math, associative math or FMA contraction (they silently break
# compensated summation and error-free products): added below, after PGXS,
# to every compilation, the gcc objects and the clang bitcode for JIT
# inlining alike (BITCODE_CFLAGS never sees PG_CFLAGS).
ANGLE_FP_CFLAGS = -fno-fast-math -ffp-contract=off

EXTRA_CLEAN = test/vector/ref/refgen test/stats/ref/circref bench/naive.so bench/*.o \
	results angle--$(EXTVERSION).sql $(ANGLE_FLAGS_FILE) test/numerics/numerics_test

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

all: angle--$(EXTVERSION).sql

override CFLAGS += $(ANGLE_FP_CFLAGS)
override BITCODE_CFLAGS += $(ANGLE_FP_CFLAGS)
# src/ is the include root: "numerics/eft.h", "stats/circstats.h"
override CPPFLAGS += -I$(srcdir)/src

# Objects and bitcode are rebuilt when the compile flags change (a built
# tree copied and built again with other PG_CPPFLAGS, as
# test/scalar_build.sh does, must not keep its old objects).
ANGLE_FLAGS_FILE = src/.build-flags
ANGLE_FLAGS_TEXT = $(CC) $(CPPFLAGS) $(CFLAGS) | $(CLANG) $(BITCODE_CFLAGS)
$(ANGLE_FLAGS_FILE): FORCE
	@echo '$(ANGLE_FLAGS_TEXT)' | cmp -s - $@ || echo '$(ANGLE_FLAGS_TEXT)' >$@
$(OBJS) $(OBJS:.o=.bc): $(ANGLE_FLAGS_FILE)
FORCE:

# The C unit tests of src/numerics/ (no server): test/numerics/numerics.sh.
NUMERICS_SRCS = $(sort $(wildcard src/numerics/*.c))
NUMERICS_CFLAGS = -O2 -std=gnu99 -Wall -Wextra -Werror -Wmissing-prototypes \
	-fno-strict-aliasing -fwrapv $(ANGLE_FP_CFLAGS) $(NUMERICS_DEFS)
test/numerics/numerics_test: test/numerics/numerics_test.c $(NUMERICS_SRCS) \
		$(wildcard src/numerics/*.h) test/lib/splitmix64.h
	$(CC) $(NUMERICS_CFLAGS) -Isrc/numerics -Itest/lib -o $@ test/numerics/numerics_test.c \
		$(NUMERICS_SRCS) -lm

numerics-test: test/numerics/numerics_test


angle--$(EXTVERSION).sql: sql/generate.py $(sort $(wildcard sql/source/*.sql)) angle.control
	$(PYTHON3) sql/generate.py --version $(EXTVERSION) -o $@

.PHONY: refgen test demo bench accuracy installcheck numerics-test FORCE

# MPFR reference generators: refgen (test/vector/tap/vector_ref.sql and
# the accuracy sweep) and circref (the accuracy report's circular means).
# -ffp-contract=off keeps the generated cases identical on every machine.
REFGEN_CFLAGS = -O2 -std=gnu99 -Wall -Wextra -Wno-missing-field-initializers -ffp-contract=off

refgen: test/vector/ref/refgen test/stats/ref/circref

test/vector/ref/refgen: test/vector/ref/refgen.c test/lib/splitmix64.h
	$(CC) $(REFGEN_CFLAGS) -Itest/lib -o $@ $< -lmpfr -lgmp -lm

test/stats/ref/circref: test/stats/ref/circref.c test/lib/splitmix64.h
	$(CC) $(REFGEN_CFLAGS) -Itest/lib -o $@ $< -lmpfr -lgmp -lm

installcheck:
	PG_CONFIG="$(PG_CONFIG)" EXTRA_REGRESS_OPTS="$(EXTRA_REGRESS_OPTS)" \
		bash scripts/regress.sh $(REGRESS_TESTS)

test:
	bash scripts/test.sh

demo:
	bash scripts/demo.sh

bench:
	bash bench/run.sh

accuracy:
	bash scripts/accuracy.sh
