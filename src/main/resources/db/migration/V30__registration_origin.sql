-- Where and when a public registration came from (the network address only as a hash), so the per-address limit is
-- counted in the database and holds on every instance
ALTER TABLE supplier ADD COLUMN registered_from VARCHAR(64);
ALTER TABLE supplier ADD COLUMN registered_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX supplier_registered_from_idx ON supplier (registered_from, registered_at);
