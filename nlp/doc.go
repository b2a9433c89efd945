// Package nlp is newsgraph's linguistic core: it turns an article's text
// into sentences of tokens, each with its exact byte span in the original
// text, a universal and a Penn part-of-speech tag, a lemma, a syntactic
// head and a Universal Dependencies (v2) relation.
//
// The pieces, each in its own file:
//   - the tokeniser (tokenize.go): sentence splitting and UD-style word
//     splitting ("don't" → do n't, "Russia's" → Russia 's) that never
//     loses a byte offset;
//   - the lemmatiser (lemma.go): rules for regular inflections and a
//     table of irregular forms in data/irregular.tsv;
//   - the tagger and the dependency parser: an averaged perceptron and a
//     transition system trained greedily on UD English EWT (and searched
//     with a beam of 8 at parse time, beam.go), whose model is
//     embedded in the binary and loaded once per process (the parser's
//     feature templates: parser.go's, templates2.go's and
//     templates3.go's, read by older models, templates4.go's, which
//     the embedded model reads, and templates5.go's, templates 4 less
//     the templates worth least, for retrains with fewer lookups); the model
//     file (flat.go, format
//     v6) holds the hash tables' keys and weights in fixed-width arrays,
//     so that loading is one pass into tables placed on huge pages
//     (hugepages.go), tens of milliseconds;
//   - the reranker (rerank.go): a linear model over whole-tree features
//     (grandparents, siblings, a head's relations in a row, commas an arc
//     crosses) that chooses among the beam's final parses, trained on
//     the final items of jackknifed parsers over EWT train
//     (rerank_train.go, nlptrain -reranker-only);
//   - the relabeller (relabel.go): a second perceptron, trained on gold
//     trees, that relabels the finished tree's clause, list and
//     apposition arcs from what the parser could not see while building
//     it, and rules after parsing (rules*.go) that repair what a label
//     cannot;
//   - CoNLL-U reading and writing, so that the parser can be trained,
//     scored and used with the standard tools of the field;
//   - scoring from raw text (align.go): system and gold tokens aligned
//     by byte offsets, scored as the CoNLL 2018 evaluation does.
//
// The package imports only the standard library. Its output is
// deterministic: the same text gives the same parse on every run and
// machine.
package nlp
