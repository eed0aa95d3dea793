# Figures of the accuracy report; run by scripts/accuracy.sh in its scratch
# directory with -e "out='<docs dir>'".  Errors of exactly 0 are plotted at
# the floor 1e-18.
set terminal pngcairo size 1100,820 font 'sans,10'
set logscale xy
set format x '10^{%L}'
set format y '10^{%L}'
set yrange [5e-19:1e9]
set ytics 1e-18, 1e3
set grid
set key font 'sans,9' opaque box
set style data lines
m1 = 'acos(a·b / (|a||b|))'
m2 = 'atan2(|a×b|, a·b)'
m3 = '2 atan2(|â−b̂|, |â+b̂|)  (Kahan)'
m4 = '2 atan(|â−b̂| / |â+b̂|)'
m5 = 'vector\_angle (extension)'
plotrel(f) = sprintf("plot '%s' u 1:2 t m1 lw 2 lc rgb '#d62728', '' u 1:3 t m2 lw 1.5 lc rgb '#ff7f0e', '' u 1:4 t m3 lw 1.5 lc rgb '#2ca02c', '' u 1:5 t m4 lw 1.5 dt 2 lc rgb '#1f77b4', '' u 1:6 t m5 lw 2 lc rgb 'black'", f)

# Near pi a double result is a multiple of ulp(pi)/2 = 2^-52 away from pi,
# so no float8 result can be nearer pi - theta than that (often by 2^-53).
plotsup(f) = plotrel(f) . ", 2.220446049250313e-16 / x t 'the float8 floor: ulp(π)/2 / (π − θ)' lw 1 dt 3 lc rgb 'gray'"

set output out.'/accuracy.png'
set multiplot layout 2,2 title "Relative error |computed − θ| / θ against an MPFR reference (float8, errors of 0 drawn at 10^{-18})"
set xlabel 'θ (rad)'
set ylabel 'relative error'
set title '3-D, θ near 0'
unset key
eval plotrel('rel_0_3.tsv')
set xlabel 'π − θ (rad)'
set title '3-D, θ near π (error relative to θ ≈ π)'
set key top right
eval plotrel('rel_pi_3.tsv')
set xlabel 'θ (rad)'
set title '100-D, θ near 0'
unset key
eval plotrel('rel_0_100.tsv')
set xlabel 'π − θ (rad)'
set title '100-D, θ near π (error relative to θ ≈ π)'
set key top right
eval plotrel('rel_pi_100.tsv')
unset multiplot

set terminal pngcairo size 1100,430 font 'sans,10'
set output out.'/accuracy-supplement.png'
set multiplot layout 1,2 title "The π − θ view near π: |(π − computed) − (π − θ)| / (π − θ) (errors of 0 drawn at 10^{-18})"
set xlabel 'π − θ (rad)'
set ylabel 'relative error of π − θ'
set key bottom left
set title '3-D'
eval plotsup('sup_pi_3.tsv')
set title '100-D'
eval plotsup('sup_pi_100.tsv')
unset multiplot

set terminal pngcairo size 800,520 font 'sans,10'
set output out.'/accuracy-circmean.png'
set title "Circular mean of n degree values (R̄ ≈ 0.06): |computed − exact mean| in degrees"
set xlabel 'n (rows)'
set ylabel 'error (degrees)'
set format x '10^{%L}'
set xrange [5e2:2e7]
set yrange [1e-16:1e-10]
set ytics autofreq
set key top left
set style data linespoints
plot 'circ.tsv' u 1:2 t 'circular\_mean(x, 360) (extension)' lw 2 pt 7 lc rgb 'black', \
	'' u 1:3 t 'degrees(atan2(avg(sind(x)), avg(cosd(x))))' lw 1.5 pt 5 lc rgb '#d62728', \
	'' u 1:4 t 'degrees(atan2(avg(sin(radians(x))), avg(cos(radians(x)))))' lw 1.5 pt 9 lc rgb '#1f77b4', \
	7.105427357601002e-15 t '1 ULP of a mean in [32°, 64°)' lw 1 dt 2 lc rgb 'gray'
