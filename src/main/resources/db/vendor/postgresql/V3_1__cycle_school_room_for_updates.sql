-- A school's row on the cycle's list is written again at every step of its year (its process, its
-- stage, its documents' status, its outcome). Filled to the brim, a page had no room for the new
-- version of a row, so each such update also wrote a new entry into every index of the table (about
-- 0.17 ms a call, measured in BENCHMARKS.md). With room left on each page, PostgreSQL keeps the new
-- version beside the old one and leaves the indexes alone (a HOT update), as none of those columns is
-- indexed. Applies to pages written from now on. PostgreSQL only (db/vendor/postgresql).
alter table ss_cycle_school set (fillfactor = 70);
