-- ShedLock writes UTC times when it uses the database's clock; with TIMESTAMP WITH TIME ZONE, PostgreSQL would
-- read them in each connection's own zone, and instances in different zones could hold the same lock.
ALTER TABLE shedlock ALTER COLUMN lock_until SET DATA TYPE TIMESTAMP;
ALTER TABLE shedlock ALTER COLUMN locked_at SET DATA TYPE TIMESTAMP;
