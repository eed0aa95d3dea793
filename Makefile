# Makefile for the angle extension (PGXS)

EXTENSION = angle
MODULE_big = angle
OBJS = $(patsubst %.c,%.o,$(sort $(wildcard src/*.c src/*/*.c)))
DATA = $(sort $(wildcard angle--*.sql))

TESTS = $(sort $(wildcard sql/*.sql))
REGRESS = $(patsubst sql/%.sql,%,$(TESTS))
REGRESS_OPTS = --inputdir=.

# Strict warnings.  PostgreSQL's own headers trip -Wunused-parameter and
# -Wsign-compare.
PG_CFLAGS = -Wall -Wextra -Werror -Wno-unused-parameter -Wno-sign-compare

# Never fast-math, associative math or FMA contraction (they silently break
# compensated summation and error-free products): added below, after PGXS,
# to every compilation, the gcc objects and the clang bitcode for JIT
# inlining alike (BITCODE_CFLAGS never sees PG_CFLAGS).
ANGLE_FP_CFLAGS = -fno-fast-math -ffp-contract=off

EXTRA_CLEAN = test/refgen/refgen test/refgen/circref bench/naive.so bench/*.o \
	$(ANGLE_FLAGS_FILE) test/numerics/numerics_test

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

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
	-fno-strict-aliasing -fwrapv $(ANGLE_FP_CFLAGS)
test/numerics/numerics_test: test/numerics/numerics_test.c $(NUMERICS_SRCS) \
		$(wildcard src/numerics/*.h)
	$(CC) $(NUMERICS_CFLAGS) -Isrc/numerics -o $@ test/numerics/numerics_test.c \
		$(NUMERICS_SRCS) -lm

numerics-test: test/numerics/numerics_test

.PHONY: refgen test demo bench accuracy numerics-test FORCE

refgen:
	$(MAKE) -C test/refgen

test:
	bash scripts/test.sh

demo:
	bash scripts/demo.sh

bench:
	bash bench/run.sh

accuracy:
	bash scripts/accuracy.sh
