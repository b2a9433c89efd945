package store

// Version changes after every write to the database becomes visible to
// readers, and only then: an article ingested, a correction made, even a
// write that failed. A reader that caches what it read (the GraphQL
// response cache) may serve it for as long as Version returns the value
// it read before reading. It starts at zero when the database is opened.
func (db *DB) Version() uint64 { return db.version.Load() }
