-- A contribution nobody stated is unknown, not zero: the columns may be empty from now on. Rows written before
-- this version hold 0 for "not stated" as well as for a stated zero; they cannot be told apart and stay 0.
alter table partnership_participants alter column cash_contribution drop not null;
alter table partnership_participants alter column in_kind_contribution drop not null;
alter table partnership_supporters alter column contribution drop not null;
