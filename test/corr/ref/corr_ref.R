# Reference values for test/corr/corr_ref.sh: R circular's cor.circular(x,
# y, test = TRUE) (r, statistic, p-value) on circular-circular samples,
# and Mardia's circular-linear correlation computed from base R's cor()
# of x with cos and sin (R circular has no function for it), on
# circular-linear samples.  Writes data.csv (sample, period, a, b, x) and
# ref.csv (sample, kind, n, r, statistic, p); values in the period's units,
# R works in radians.  NA is written as an empty field.
suppressMessages(library(circular))
set.seed(20261202)
dir <- commandArgs(TRUE)[1]
dat <- file(file.path(dir, "data.csv"), "w")
ref <- file(file.path(dir, "ref.csv"), "w")
f <- function(v) ifelse(is.na(v), "", sprintf("%.17g", v))
s <- 0
cc <- function(a, b, p) {
  s <<- s + 1
  cat(sprintf("%d,%.17g,%.17g,%.17g,", s, p, a, b), file = dat, sep = "\n")
  res <- cor.circular(circular(a / p * 2 * pi), circular(b / p * 2 * pi), test = TRUE)
  cat(sprintf("%d,cc,%d,%s,%s,%s", s, length(a), f(res$cor), f(res$statistic),
              f(res$p.value)), file = ref, sep = "\n")
}
cl <- function(a, x, p) {
  s <<- s + 1
  cat(sprintf("%d,%.17g,%.17g,,%.17g", s, p, a, x), file = dat, sep = "\n")
  t <- a / p * 2 * pi
  rxc <- cor(x, cos(t)); rxs <- cor(x, sin(t)); rcs <- cor(cos(t), sin(t))
  r2 <- (rxc^2 + rxs^2 - 2 * rxc * rxs * rcs) / (1 - rcs^2)
  q <- length(a) * r2
  cat(sprintf("%d,cl,%d,%s,%s,%s", s, length(a), f(sqrt(r2)), f(q),
              f(pchisq(q, 2, lower.tail = FALSE))), file = ref, sep = "\n")
}
vm <- function(n, mu, k) as.numeric(rvonmises(n, circular(mu), k))
periods <- c(360, 2 * pi, 24)
# circular-circular: dependent (b = a + shift + noise, or -a + noise) and
# independent pairs, n from 5 to 1000, concentrations 0.5 to 50
for (n in c(5, 8, 20, 60, 300, 1000)) for (k in c(0.5, 2, 10)) for (r in 1:3) {
  p <- periods[r]
  a <- vm(n, runif(1, 0, 2 * pi), k)
  noise <- vm(n, 0, c(1, 5, 50)[r])
  b <- switch(r, a + 1 + noise, -a + noise, runif(n, 0, 2 * pi))
  if (n == 1000 && r == 3) b <- a + noise   # a tiny p-value at large n
  cc(a / (2 * pi) * p, b / (2 * pi) * p, p)
}
for (i in 1:10)    # whole degrees, some ties
  cc(round(vm(12 + i, 1, 2) / pi * 180), round(vm(12 + i, 3, 1) / pi * 180), 360)
# circular-linear: x = beta cos(a - mu) + noise, with offsets up to 1e6
for (n in c(5, 8, 20, 60, 300, 1000)) for (k in c(0.5, 2, 10)) for (r in 1:3) {
  p <- periods[r]
  a <- vm(n, runif(1, 0, 2 * pi), k)
  x <- c(0, 5, 1e6)[r] + c(2, 0.3, 0)[r] * cos(a - 0.5) + rnorm(n)
  cl(a / (2 * pi) * p, x, p)
}
for (i in 1:10)
  cl(round(vm(12 + i, 1, 1) / pi * 180), round(rnorm(12 + i, 20, 5)), 360)
close(dat)
close(ref)
