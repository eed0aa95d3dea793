# Reference values of R circular for test/report/report_ref.sh: median,
# quantiles (0, .1, .25, .5, .75, .9, 1) and range of 115 samples.
# Writes CSV lines: sample, period, kind, value(s).  Values are given in
# the period's units; R sees them reduced into [0, period) and in radians.
suppressMessages(library(circular))
set.seed(20261201)
out <- commandArgs(TRUE)[1]
samples <- list()
add <- function(x, period) samples[[length(samples) + 1]] <<- list(x = x, p = period)
for (k in c(0.5, 2, 10, 100)) for (n in c(5, 6, 20, 51, 200)) for (r in 1:3) {
  p <- c(360, 2 * pi, 24)[r]
  add(as.numeric(rvonmises(n, circular(runif(1, 0, 2 * pi)), k)) / (2 * pi) * p, p)
}
for (i in 1:15) {            # multimodal: mixtures of 2 or 3 von Mises
  m <- 2 + i %% 2
  x <- unlist(lapply(1:m, function(j) as.numeric(rvonmises(7 + i, circular(2 * pi * j / m + 0.3), 5))))
  add(x / (2 * pi) * 360, 360)
}
for (i in 1:15)              # ties: values from a small set
  add(sample(c(0, 10, 20, 45, 90, 180, 200, 300), 8 + i, replace = TRUE), 360)
for (i in 1:10)              # several turns apart
  add(as.numeric(rvonmises(15 + i, circular(1), 3)) / (2 * pi) * 360 + 360 * sample(-5:5, 15 + i, TRUE), 360)
for (i in 1:15)              # rounded to whole degrees
  add(round(as.numeric(rvonmises(10 + 3 * i, circular(2), 1 + i)) / (2 * pi) * 360), 360)
probs <- c(0, 0.1, 0.25, 0.5, 0.75, 0.9, 1)
con <- file(out, "w")
for (s in seq_along(samples)) {
  p <- samples[[s]]$p
  x <- samples[[s]]$x
  xr <- (x %% p) / p * 2 * pi          # reduced first (R does not reduce)
  cat(sprintf("%d,%.17g,x,%.17g", s, p, x), file = con, sep = "\n")
  m <- suppressWarnings(as.numeric(median.circular(circular(xr))))
  q <- suppressWarnings(as.numeric(quantile.circular(circular(xr), probs = probs)))
  r <- as.numeric(range.circular(circular(xr), test = FALSE))
  fmt <- function(v) ifelse(is.na(v), "", sprintf("%.17g", (v %% (2 * pi)) / (2 * pi) * p))
  cat(sprintf("%d,%.17g,median,%s", s, p, fmt(m)), file = con, sep = "\n")
  cat(sprintf("%d,%.17g,q%d,%s", s, p, seq_along(probs), fmt(q)), file = con, sep = "\n")
  cat(sprintf("%d,%.17g,range,%.17g", s, p, r / (2 * pi) * p), file = con, sep = "\n")
}
close(con)
