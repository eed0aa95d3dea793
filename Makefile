# Makefile for the angle extension (PGXS)

EXTENSION = angle
MODULE_big = angle
OBJS = $(patsubst %.c,%.o,$(sort $(wildcard src/*.c)))
# The install script of the current version is generated from sql/source/
# (see sql/generate.py); the released scripts in sql/released/ are frozen.
EXTVERSION := $(shell sed -n "s/^default_version *= *'\([^']*\)'.*/\1/p" angle.control)
DATA = $(sort $(wildcard sql/released/angle--*.sql))
DATA_built = angle--$(EXTVERSION).sql
PYTHON3 ?= python3

TESTS = $(sort $(wildcard sql/*.sql))
REGRESS = $(patsubst sql/%.sql,%,$(TESTS))
REGRESS_OPTS = --inputdir=.

# Strict warnings; never fast-math, associative math or FMA contraction
# (they silently break compensated summation and error-free products).
# PostgreSQL's own headers trip -Wunused-parameter and -Wsign-compare.
PG_CFLAGS = -Wall -Wextra -Werror -Wno-unused-parameter \
	-Wno-sign-compare -fno-fast-math -ffp-contract=off

EXTRA_CLEAN = test/refgen/refgen test/refgen/circref bench/naive.so bench/*.o \
	angle--$(EXTVERSION).sql

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

all: angle--$(EXTVERSION).sql

angle--$(EXTVERSION).sql: sql/generate.py $(sort $(wildcard sql/source/*.sql)) angle.control
	$(PYTHON3) sql/generate.py --version $(EXTVERSION) -o $@

.PHONY: refgen test demo bench accuracy

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
