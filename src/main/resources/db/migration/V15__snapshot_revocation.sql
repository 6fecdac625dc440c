-- Snapshot links can be revoked by their taker or an administrator, with immediate effect.
ALTER TABLE snapshot ADD COLUMN revoked_at TIMESTAMP WITH TIME ZONE;
