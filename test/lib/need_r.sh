# Sourced by the shell tests that compare with R circular at test time.
# need_r_circular LOG: install r-base-core and r-cran-circular if R's
# circular package is missing (as root, else through sudo -n), writing
# apt's output to LOG; succeed only if the package loads afterwards.
need_r_circular() {
	if ! Rscript -e 'library(circular)' >/dev/null 2>&1; then
		apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends \
			r-base-core r-cran-circular >"$1" 2>&1 ||
			sudo -n apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends \
				r-base-core r-cran-circular >>"$1" 2>&1
	fi
	Rscript -e 'library(circular)' >/dev/null 2>&1
}
