-- A migration this code does not have: an archive carrying it was written by a newer Permafrost.
CREATE TABLE reactions (instance VARCHAR NOT NULL, status_id VARCHAR NOT NULL, name VARCHAR NOT NULL);
