-- No double booking, whoever writes: two pending/confirmed appointments of the same stylist
-- may not overlap. Ranges are half-open ('[)'), so 10:00–10:45 and 10:45–11:30 both fit.
-- btree_gist (migration 0000) lets the GiST index combine `=` on the stylist with `&&`.
-- DEFERRABLE INITIALLY IMMEDIATE: checked at every statement, except inside a transaction
-- that defers it (SET CONSTRAINTS … DEFERRED), as a reschedule does to take the new slot
-- before releasing an old one it overlaps; it is checked again at that commit.
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_no_overlap"
  EXCLUDE USING gist ("stylist_id" WITH =, tstzrange("start_at", "end_at", '[)') WITH &&)
  WHERE ("status" IN ('pending', 'confirmed'))
  DEFERRABLE INITIALLY IMMEDIATE;
