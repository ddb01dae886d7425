-- btree_gist lets a GiST exclusion constraint combine equality on a stylist with overlap of a
-- time range (no double booking). It is a trusted extension: a database owner can create it.
CREATE EXTENSION IF NOT EXISTS btree_gist;
