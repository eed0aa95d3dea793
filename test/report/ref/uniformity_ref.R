# Reference values of R circular for test/report/uniformity_ref.sh:
# kuiper.test, watson.test and rao.spacing.test statistics, and the
# p-value brackets R prints from its tables, on 150 samples (uniform, von
# Mises at concentrations 0.3-2, whole degrees with ties), periods 360,
# 2 pi and 24.  Writes CSV lines: sample, period, kind, value, lo, hi
# (kind x: a value; kuiper, watson, rao: R's statistic and bracket).
suppressMessages(library(circular))
set.seed(20261202)
out <- commandArgs(TRUE)[1]
samples <- list()
add <- function(x, period) samples[[length(samples) + 1]] <<- list(x = x, p = period)
rao_n <- c(4:30, 40, 45, 50, 75, 100, 150, 200)    # rows of rao.table
for (i in seq_along(rao_n)) add(runif(rao_n[i]) * c(360, 2 * pi, 24)[1 + i %% 3], c(360, 2 * pi, 24)[1 + i %% 3])
for (k in c(0.3, 0.6, 1, 2)) for (n in c(8, 12, 20, 30, 50, 100, 200)) for (r in 1:3) {
  p <- c(360, 2 * pi, 24)[r]
  add(as.numeric(rvonmises(n, circular(runif(1, 0, 2 * pi)), k)) / (2 * pi) * p, p)
}
for (i in 1:30)              # whole degrees: ties
  add(round(as.numeric(rvonmises(10 + 3 * i, circular(1), 0.2 + i / 20)) / (2 * pi) * 360), 360)
# The bracket of R's printed p-value: "P-value > a", "a < P-value < b", "P-value < b".
bracket <- function(obj) {
  s <- grep("P-value", capture.output(print(obj)), value = TRUE)[1]
  num <- as.numeric(regmatches(s, gregexpr("[0-9.]+", s))[[1]])
  if (grepl("^ *P-value >", s)) c(num[1], 1)
  else if (grepl("^ *P-value <", s)) c(0, num[1])
  else c(num[1], num[2])
}
con <- file(out, "w")
for (s in seq_along(samples)) {
  p <- samples[[s]]$p
  x <- samples[[s]]$x
  xr <- circular((x %% p) / p * 2 * pi)
  cat(sprintf("%d,%.17g,x,%.17g,,", s, p, x), file = con, sep = "\n")
  k <- kuiper.test(xr)
  w <- suppressWarnings(watson.test(xr))
  r <- rao.spacing.test(xr)
  bk <- bracket(k)
  bw <- suppressWarnings(bracket(w))
  br <- bracket(r)
  cat(sprintf("%d,%.17g,kuiper,%.17g,%.17g,%.17g", s, p, k$statistic, bk[1], bk[2]), file = con, sep = "\n")
  cat(sprintf("%d,%.17g,watson,%.17g,%.17g,%.17g", s, p, w$statistic, bw[1], bw[2]), file = con, sep = "\n")
  # rao.table rows are exact only for n in rao_n; elsewhere R uses a neighbour's row
  if (length(x) %in% rao_n)
    cat(sprintf("%d,%.17g,rao,%.17g,%.17g,%.17g", s, p, r$statistic, br[1], br[2]), file = con, sep = "\n")
  else
    cat(sprintf("%d,%.17g,rao,%.17g,,", s, p, r$statistic), file = con, sep = "\n")
}
close(con)
