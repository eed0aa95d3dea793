-- Vector angles: exact cases, policy for degenerate input, and errors.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
SET extra_float_digits = 1;

-- Exact results: orthogonal axes, parallel and antiparallel vectors.
SELECT vector_angle('{1,0,0}'::float8[], '{0,1,0}') = pi() / 2 AS orthogonal_is_half_pi,
       vector_angle('{1,2,3}'::float8[], '{2,4,6}') AS parallel_is_zero,
       vector_angle('{1,2,3}'::float8[], '{-2,-4,-6}') = pi() AS antiparallel_is_pi;
SELECT vector_angled('{1,0,0}'::float8[], '{0,0,5}') AS orthogonal_deg,
       vector_angled('{3,0}'::float8[], '{-1,0}') AS opposite_deg,
       vector_angled('{1,1}'::float8[], '{2,2}') AS parallel_deg,
       vector_angled('{1,0}'::float8[], '{1,1}') AS diagonal_deg,
       vector_angled('{1,0}'::float8[], '{-1,1}') AS anti_diagonal_deg;

-- Dimension 1: parallel or opposite.
SELECT vector_angle('{2}'::float8[], '{3}') AS same_sign,
       vector_angle('{2}'::float8[], '{-3}') = pi() AS opposite_sign_is_pi;

-- Nearly parallel and nearly opposite: the true angles are atan(1e-9) and
-- pi - atan(1e-9), which round to 1e-9 and 3.141592652589793 (computed with
-- mpmath at 300 bits); the naive acos formula gives 0 and pi.
SELECT vector_angle('{1,0,0}'::float8[], '{1,1e-9,0}') = 1e-9 AS near_zero_exact,
       vector_angle('{1,0,0}'::float8[], '{-1,1e-9,0}') = 3.141592652589793 AS near_pi_exact,
       acos(1 / sqrt(1 + 1e-9::float8 ^ 2)) AS naive_near_zero;

-- Extreme magnitudes neither overflow nor underflow.
SELECT vector_angled('{1e300,0}'::float8[], '{1e300,1e300}') AS huge_deg,
       vector_angled('{1e-300,0}'::float8[], '{1e-300,1e-300}') AS tiny_deg,
       vector_angled('{5e-324,0}'::float8[], '{0,5e-324}') AS subnormal_deg,
       vector_angled('{1e-300,0}'::float8[], '{0,1e300}') AS mixed_deg;

-- float4 input is computed in double.
SELECT vector_angled('{1,0}'::float4[], '{1,1}'::float4[]) AS float4_diagonal_deg,
       vector_angle('{1,0,0}'::float4[], '{0,-1,0}'::float4[]) = pi() / 2 AS float4_orthogonal;

-- float4[] vectors of up to 1,024 components take a common case of their
-- own, widened on the stack; it must give the bits of the float8[] path on
-- the widened components, at lengths on both sides of its limits (short
-- headers up to 25 components, and 1,024), for huge, tiny and subnormal
-- components, and for the special cases that it hands on.
SELECT setseed(0.25);
SELECT count(*) AS float4_pairs,
       count(*) FILTER (WHERE vector_angle(a, b) IS DISTINCT FROM vector_angle(a::float8[], b::float8[])) AS float4_rad_differs,
       count(*) FILTER (WHERE vector_angled(a, b) IS DISTINCT FROM vector_angled(a::float8[], b::float8[])) AS float4_deg_differs,
       count(*) FILTER (WHERE vector_angle(a, b) IS NULL) AS float4_null
  FROM (SELECT n, k,
               array_agg(((2 * (random() < 0.5)::int - 1) * (0.5 + random()) * scale)::float4 ORDER BY i) AS a,
               array_agg(((2 * (random() < 0.5)::int - 1) * (0.5 + random()) * scale)::float4 ORDER BY i) AS b
          FROM unnest('{1,2,3,4,25,26,100,1024,1025}'::int[]) n,
               unnest('{1,1e30,1e-30,1e-42}'::float8[]) scale,
               generate_series(1, 5) k,
               generate_series(1, n) i
         GROUP BY n, scale, k) v;
SELECT vector_angle('{0,0}'::float4[], '{1,0}'::float4[]) IS NULL AS float4_zero_null,
       vector_angle('{NaN,1}'::float4[], '{1,0}'::float4[]) AS float4_nan;

-- Non-default lower bounds are matched by position.
SELECT vector_angled('[0:2]={1,0,0}'::float8[], '[5:7]={0,1,0}'::float8[]) AS lower_bounds_deg;

-- cube points are vectors from the origin; a box with equal corners is a point.
SELECT vector_angled('(1,0)'::cube, '(0,1)'::cube) AS cube_deg,
       vector_angled('(1,1),(1,1)'::cube, '(2,2)'::cube) AS degenerate_box_deg,
       vector_angle('(1,0,0)'::cube, '(0,0,2)'::cube) = pi() / 2 AS cube_orthogonal;

-- Zero vectors have no direction: NULL.
SELECT vector_angle('{0,0,0}'::float8[], '{1,2,3}') IS NULL AS zero_first,
       vector_angle('{1,2,3}'::float8[], '{-0,0,0}') IS NULL AS zero_second,
       vector_angled('{0}'::float4[], '{0}'::float4[]) IS NULL AS zero_float4,
       vector_angle('(0,0)'::cube, '(1,1)'::cube) IS NULL AS zero_cube;

-- NaN in, NaN out.
SELECT vector_angle('{NaN,0}'::float8[], '{1,0}') AS nan_first,
       vector_angled('{1,0}'::float8[], '{1,NaN}') AS nan_second,
       vector_angle('{NaN}'::float4[], '{Infinity}'::float4[]) AS nan_beats_infinity;

-- Signed angles.
SELECT vector_angle_signed('{1,0}'::float8[], '{0,1}') = pi() / 2 AS ccw_positive,
       vector_angle_signed('{0,1}'::float8[], '{1,0}') = -pi() / 2 AS cw_negative,
       vector_angle_signed('{1,0}'::float8[], '{-1,0}') = pi() AS opposite_is_plus_pi,
       vector_angle_signedd('{1,0}'::float8[], '{1,-1}') AS minus_45_deg,
       vector_angle_signedd('{1,0}'::float4[], '{-1,-1}'::float4[]) AS minus_135_deg;
SELECT vector_angle_signedd('{1,0,0}'::float8[], '{0,1,0}', axis => '{0,0,1}') AS about_z_deg,
       vector_angle_signedd('{1,0,0}'::float8[], '{0,1,0}', axis => '{0,0,-1}') AS about_minus_z_deg,
       vector_angle_signedd('{1,0,0}'::float8[], '{-1,0,0}', axis => '{0,0,1}') AS opposite_deg,
       vector_angle_signedd('{1,0,0}'::float4[], '{0,0,1}'::float4[], '{0,1,0}'::float4[]) AS about_y_deg,
       vector_angle_signed('{1,0,0}'::float8[], '{0,1,0}', '{0,0,0}') IS NULL AS zero_axis_is_null;

-- The sign of (a x b) . axis when it is far below rounding noise: decided
-- exactly (+ for an axis in the plane of a and b).
SELECT vector_angle_signedd('{1,0,0}'::float8[], '{0,1,0}', '{1,1,5e-324}') AS tilted_up_deg,
       vector_angle_signedd('{1,0,0}'::float8[], '{0,1,0}', '{1,1,-5e-324}') AS tilted_down_deg,
       vector_angle_signedd('{1,0,0}'::float8[], '{0,1,0}', '{1,1,0}') AS in_plane_deg,
       vector_angle_signedd('{1e-300,0,0}'::float8[], '{0,1e300,0}', '{1,1,-5e-324}') AS scaled_down_deg;

-- Errors.
SELECT vector_angle('{1,2}'::float8[], '{1,2,3}');
SELECT vector_angle('{}'::float8[], '{}');
SELECT vector_angle('{{1,2},{3,4}}'::float8[], '{{1,2},{3,4}}');
SELECT vector_angle('{1,NULL}'::float8[], '{1,2}');
SELECT vector_angle('{1,Infinity}'::float8[], '{1,2}');
SELECT vector_angle('{1,2}'::float4[], '{-Infinity,2}'::float4[]);
SELECT vector_angle('(1,2),(3,4)'::cube, '(1,2)'::cube);
SELECT vector_angle('(1,2)'::cube, '(1,2,3)'::cube);
SELECT vector_angle_signed('{1,2,3}'::float8[], '{1,2,3}');
SELECT vector_angle_signed('{1,2}'::float8[], '{1,2}', '{0,1}');
SELECT vector_angle_signed('{1,2,3}'::float8[], '{1,2,3}', '{0,1}');
