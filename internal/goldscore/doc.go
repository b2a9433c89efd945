// Package goldscore scores an extracted graph against hand annotations in
// the gold format of ../shared/eval/GOLD_FORMAT.md (NAME.gold.json: actors,
// statements, relations), the way ../shared/eval/score.py does, so that Go
// tests can hold the extractor to floors without Python or the binary.
//
// The rules are score.py's: a system actor is matched to a gold actor by
// its label, then by its aliases, after Norm; a statement is right when its
// words overlap a gold quote's (at least 0.7 of the smaller and 0.4 of the
// larger word set, stop words left out) and its STATED speaker matches that
// quote's speaker; relations are (source, class, target) triples over the
// matched actors, unordered for the symmetric classes, with unmatched ends
// kept apart so they count as wrong. Actor precision is gold actors found
// over system actor nodes, as score.py has it.
//
// Differences from score.py: Score reads a graph.Batch's nodes and edges
// (what the extractor made) instead of a store's JSON export, so the
// store's merging of actors does not take part; and it counts only edges
// whose most factual modality is Factual (asserted or planned), the edges
// the default graph shows.
package goldscore
