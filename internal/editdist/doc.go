// Package editdist measures how far apart two spellings are. Search
// (resolvers) and the extractor's typo rules (extract) both forgive a
// misspelt name by it; it imports only the standard library.
package editdist
