-- V34's hash index of deliveries by address slowed every write of a delivery as its address's deliveries
-- grew: a hash index keeps equal keys in one bucket's chain of overflow pages, walked to the end for each
-- new entry, and an update of a delivery (claimed, sent) adds an entry too. A gateway's monitoring address,
-- or a tenant's test number, gathers hundreds of thousands: 120,000 to one address made an insert of
-- 20,000 rows take 0.6 s against 0.05 s in a B-tree, which stores equal keys once with a list of rows.
-- A B-tree entry is limited to about 2,700 bytes and an address (a webhook's URL) may be longer: the
-- index holds its first 512 characters, and the search checks the whole address on the rows it finds.
DROP INDEX delivery_address;
CREATE INDEX delivery_address ON delivery (left(address, 512));
