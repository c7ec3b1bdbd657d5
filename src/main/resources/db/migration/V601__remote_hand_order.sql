-- The queue's order is the order hands were raised, even within the same millisecond.
alter table remote_hand add column seq bigserial;
