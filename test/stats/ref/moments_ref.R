# Reference values of R circular for test/stats/moments_ref.sh:
# trigonometric.moment (p = 1, 2, 3; center FALSE and TRUE), Fisher's
# skewness and kurtosis computed from trigonometric.moment, and Fisher's
# large-sample confidence interval of the mean direction (levels 0.9, 0.95,
# 0.99) with qnorm, on 120 samples.  Writes CSV lines: sample, period,
# kind, value ("" for NA/NaN).  Angles are in the period's units; R sees
# them reduced into [0, period) and in radians.
suppressMessages(library(circular))
set.seed(20261202)
out <- commandArgs(TRUE)[1]
samples <- list()
add <- function(x, period) samples[[length(samples) + 1]] <<- list(x = x, p = period)
for (k in c(0.5, 2, 10, 100)) for (n in c(5, 8, 30, 101, 400)) for (r in 1:3) {
  p <- c(360, 2 * pi, 24)[r]
  add(as.numeric(rvonmises(n, circular(runif(1, 0, 2 * pi)), k)) / (2 * pi) * p, p)
}
for (i in 1:20) {            # skewed: mixtures of two von Mises
  x <- c(as.numeric(rvonmises(10 + i, circular(1), 4)), as.numeric(rvonmises(3 + i, circular(2.2), 8)))
  add(x / (2 * pi) * 360, 360)
}
for (i in 1:20)              # several turns apart, whole degrees
  add(round(as.numeric(rvonmises(12 + i, circular(2), 2)) / (2 * pi) * 360) + 360 * sample(-4:4, 12 + i, TRUE), 360)
con <- file(out, "w")
fmt <- function(v) ifelse(is.na(v) | is.nan(v), "", sprintf("%.17g", v))
for (s in seq_along(samples)) {
  p <- samples[[s]]$p
  x <- samples[[s]]$x
  xr <- circular((x %% p) / p * 2 * pi)
  cat(sprintf("%d,%.17g,x,%.17g", s, p, x), file = con, sep = "\n")
  for (q in 1:3) for (ce in c(FALSE, TRUE)) {
    m <- trigonometric.moment(xr, p = q, center = ce)
    tag <- sprintf("m%d%s", q, if (ce) "c" else "z")
    mu <- (as.numeric(m$mu) %% (2 * pi)) / (2 * pi) * p
    cat(sprintf("%d,%.17g,%s_%s,%s", s, p, tag, c("mu", "rho", "cos", "sin"),
                fmt(c(mu, m$rho, m$cos, m$sin))), file = con, sep = "\n")
  }
  m1 <- trigonometric.moment(xr, p = 1)
  m2 <- trigonometric.moment(xr, p = 2)
  R <- m1$rho
  mu1 <- as.numeric(m1$mu)
  mu2 <- as.numeric(m2$mu)
  skew <- m2$rho * sin(mu2 - 2 * mu1) / (1 - R)^1.5
  kurt <- (m2$rho * cos(mu2 - 2 * mu1) - R^4) / (1 - R)^2
  cat(sprintf("%d,%.17g,skew,%s", s, p, fmt(skew)), file = con, sep = "\n")
  cat(sprintf("%d,%.17g,kurt,%s", s, p, fmt(kurt)), file = con, sep = "\n")
  n <- length(x)
  sigma <- sqrt((1 - m2$rho) / (2 * n * R^2))
  for (lev in c(0.9, 0.95, 0.99)) {
    a <- qnorm(1 - (1 - lev) / 2) * sigma
    lo <- hi <- NA
    if (a <= 1) {
      lo <- ((mu1 - asin(a)) %% (2 * pi)) / (2 * pi) * p
      hi <- ((mu1 + asin(a)) %% (2 * pi)) / (2 * pi) * p
    }
    cat(sprintf("%d,%.17g,ci%g_%s,%s", s, p, lev * 100, c("lo", "hi"), fmt(c(lo, hi))),
        file = con, sep = "\n")
  }
}
close(con)
