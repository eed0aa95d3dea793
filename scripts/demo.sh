#!/usr/bin/env bash
# The demo: install what is missing, build angle in a private directory,
# then run a short report on a throwaway PostgreSQL cluster that loads it
# from there.  Nothing is installed into the system's PostgreSQL, and the
# checkout is only read: it may live anywhere the invoking user can read.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/common.sh

bash scripts/setup.sh
build_and_stage
with_cluster psql -X -q -v ON_ERROR_STOP=1 -f demo/demo.sql
