# Reference values of R circular for test/stats/tests_ref.sh: rayleigh.test
# (statistic R-bar and p), mle.vonmises (A1inv kappa, and the exact root by
# uniroot on A1 for comparison) on 132 samples, and watson.williams.test
# (F, p, and F and p recomputed with the exact kappa) on 108 group sets.
# Writes two CSV files: samples (s, n, x) and references (s, kind, value).
suppressMessages(library(circular))
set.seed(20261202)
args <- commandArgs(TRUE)
xs <- file(args[1], "w")
refs <- file(args[2], "w")
put <- function(s, kind, v) cat(sprintf("%d,%s,%.17g", s, kind, v), file = refs, sep = "\n")
exact_kappa <- function(r) {
  if (r <= 0) return(0)
  if (r >= 0.999995) return(NA)     # beyond besselI's range: left out
  a1 <- function(k) besselI(k, 1, TRUE) / besselI(k, 0, TRUE)
  uniroot(function(k) a1(k) - r, c(1e-300, 1e5), tol = 1e-300, maxiter = 10000)$root
}
s <- 0
for (n in c(2, 3, 5, 8, 12, 20, 30, 49, 50, 100, 200)) for (k in c(0, 0.5, 1, 2, 5, 20)) for (rep in 1:2) {
  s <- s + 1
  x <- if (k == 0) runif(n, 0, 2 * pi) else as.numeric(rvonmises(n, circular(runif(1, 0, 2 * pi)), k))
  d <- (x %% (2 * pi)) / (2 * pi) * 360
  cat(sprintf("%d,0,%.17g", s, d), file = xs, sep = "\n")
  xr <- circular(d / 360 * 2 * pi)
  rt <- rayleigh.test(xr)
  put(s, "rbar", rt$statistic)
  put(s, "rayleigh_p", rt$p.value)
  put(s, "n", n)
  put(s, "kappa_a1inv", as.numeric(mle.vonmises(xr)$kappa))
  put(s, "kappa_uniroot", exact_kappa(as.numeric(rho.circular(xr))))
}
for (k in c(1, 2, 5, 10)) for (ng in 2:4) for (rep in 1:9) {
  s <- s + 1
  sizes <- sample(5:30, ng, replace = TRUE)
  base <- runif(1, 0, 2 * pi)
  g <- rep(seq_len(ng), sizes)
  x <- unlist(lapply(seq_len(ng), function(j)
    as.numeric(rvonmises(sizes[j], circular(base + (j - 1) * (rep - 1) * 0.05), k))))
  d <- (x %% (2 * pi)) / (2 * pi) * 360
  cat(sprintf("%d,%d,%.17g", s, g, d), file = xs, sep = "\n")
  xr <- circular(d / 360 * 2 * pi)
  w <- suppressWarnings(watson.williams.test(xr, g))
  put(s, "ww_f", w$statistic)
  put(s, "ww_p", w$p.value)
  # the same statistic with the exact ML kappa of the pooled sample
  N <- length(d)
  rbar <- as.numeric(rho.circular(xr))
  sr <- sum(tapply(d / 360 * 2 * pi, g, function(y) length(y) * as.numeric(rho.circular(circular(y)))))
  kap <- exact_kappa(rbar)
  f <- (1 + 3 / (8 * kap)) * (N - ng) * (sr - N * rbar) / ((ng - 1) * (N - sr))
  put(s, "ww_f_exact", f)
  put(s, "ww_p_exact", pf(f, ng - 1, N - ng, lower.tail = FALSE))
}
close(xs)
close(refs)
