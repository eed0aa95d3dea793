-- Equality, an arbitrary total order and hashing of circular_corr_state
-- (0.11.0), so that DISTINCT (also inside an aggregate), UNION and GROUP
-- BY work on stored states: two states are equal when they have the same
-- kind, counts, period and exact sums (every empty state of a kind is
-- equal); the order carries no meaning; see src/corr/corr_compare.c.
@function circular_corr_state_eq(circular_corr_state, circular_corr_state) RETURNS bool AS circular_corr_state_eq LEAKPROOF
	implementation of the = operator on circular_corr_state: the same kind, counts, period and exact sums
@function circular_corr_state_ne(circular_corr_state, circular_corr_state) RETURNS bool AS circular_corr_state_ne LEAKPROOF
	implementation of the <> operator on circular_corr_state
@function circular_corr_state_lt(circular_corr_state, circular_corr_state) RETURNS bool AS circular_corr_state_lt LEAKPROOF
	implementation of the < operator on circular_corr_state (an arbitrary total order)
@function circular_corr_state_le(circular_corr_state, circular_corr_state) RETURNS bool AS circular_corr_state_le LEAKPROOF
	implementation of the <= operator on circular_corr_state
@function circular_corr_state_gt(circular_corr_state, circular_corr_state) RETURNS bool AS circular_corr_state_gt LEAKPROOF
	implementation of the > operator on circular_corr_state
@function circular_corr_state_ge(circular_corr_state, circular_corr_state) RETURNS bool AS circular_corr_state_ge LEAKPROOF
	implementation of the >= operator on circular_corr_state
@function circular_corr_state_cmp(circular_corr_state, circular_corr_state) RETURNS int4 AS circular_corr_state_cmp LEAKPROOF
	btree comparison support for circular_corr_state: kind, row count, then the bytes of the sums
@function circular_corr_state_hash(circular_corr_state) RETURNS int4 AS circular_corr_state_hash LEAKPROOF
	hash support for circular_corr_state
@function circular_corr_state_hash_extended(circular_corr_state, int8) RETURNS int8 AS circular_corr_state_hash_extended LEAKPROOF
	extended hash support for circular_corr_state

@operator = (circular_corr_state, circular_corr_state) circular_corr_state_eq, COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
	the same state: kind, counts, period and exact sums
@operator <> (circular_corr_state, circular_corr_state) circular_corr_state_ne, COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel
	not the same state
@operator < (circular_corr_state, circular_corr_state) circular_corr_state_lt, COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel
	less than, in an arbitrary total order (kind, row count, sums)
@operator <= (circular_corr_state, circular_corr_state) circular_corr_state_le, COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel
	less than or equal, in an arbitrary total order
@operator > (circular_corr_state, circular_corr_state) circular_corr_state_gt, COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel
	greater than, in an arbitrary total order
@operator >= (circular_corr_state, circular_corr_state) circular_corr_state_ge, COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel
	greater than or equal, in an arbitrary total order

CREATE OPERATOR CLASS @extschema@.circular_corr_state_ops DEFAULT FOR TYPE @extschema@.circular_corr_state USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.circular_corr_state_cmp(@extschema@.circular_corr_state, @extschema@.circular_corr_state);

CREATE OPERATOR CLASS @extschema@.circular_corr_state_ops DEFAULT FOR TYPE @extschema@.circular_corr_state USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.circular_corr_state_hash(@extschema@.circular_corr_state),
	FUNCTION 2 @extschema@.circular_corr_state_hash_extended(@extschema@.circular_corr_state, int8);
