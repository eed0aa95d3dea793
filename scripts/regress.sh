#!/usr/bin/env bash
# pg_regress over every feature's test/FEATURE/sql/*.sql against a running
# server (PGHOST, PGPORT, ...), one run per feature, each with its own
# input directory and its output under results/FEATURE.  `make
# installcheck` calls this.
#   bash scripts/regress.sh [NAME...]   only those tests (e.g. stats_batch)
# REGRESS_OUTPUT (default results) holds the output; EXTRA_REGRESS_OPTS
# (e.g. --use-existing) is passed on to pg_regress.
# Exits nonzero if any test failed.
set -uo pipefail
cd "$(dirname "$0")/.."
PG_CONFIG=${PG_CONFIG:-pg_config}
pgr=$("$PG_CONFIG" --pkglibdir)/pgxs/src/test/regress/pg_regress
bindir=$("$PG_CONFIG" --bindir)
status=0
for dir in test/*/sql; do
	feature=$(basename "$(dirname "$dir")")
	tests=()
	for f in "$dir"/*.sql; do
		[ -e "$f" ] || continue
		name=$(basename "$f" .sql)
		if [ $# -gt 0 ]; then
			case " $* " in *" $name "*) ;; *) continue ;; esac
		fi
		tests+=("$name")
	done
	[ ${#tests[@]} -gt 0 ] || continue
	echo "# pg_regress: $feature"
	out=${REGRESS_OUTPUT:-results}/$feature
	mkdir -p "$out"
	# shellcheck disable=SC2086
	"$pgr" --inputdir="test/$feature" --outputdir="$out" --bindir="$bindir" \
		--dbname=contrib_regression ${EXTRA_REGRESS_OPTS:-} "${tests[@]}" || status=1
done
exit $status
