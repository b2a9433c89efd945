// Package corpus generates synthetic but realistic news articles for
// load tests and benchmarks: a large, fixed population of actors (people
// with first and last names and titles, organisations, countries) who
// meet, talk, accuse, urge, sanction and quote one another in wire-style
// articles with Title: and Date: header lines.
//
// Mentions follow a Zipf distribution, so a few actors are hubs that
// appear in a large share of articles and most appear rarely, as in real
// news. People are introduced with their title and full name ("Kenyan
// Foreign Minister Amina Odhiambo") and named again by surname alone,
// sometimes in another transliteration ("Kovalskyy" for "Kovalsky").
// Articles carry quotations with speakers, reported speech and
// interactions phrased with the verbs of the ontology's lexicon.
//
// Everything is deterministic for a seed: the population is drawn from
// the seed, and article i from the seed and i alone, so articles can be
// generated in any order, in parallel, and reproduced one at a time. Each
// Article also lists what was planted in it (actors, actor-to-actor
// relations, quotations), so tests can check what an extractor finds.
//
// The generator imports only package graph (for edge classes and actor
// types); it knows nothing of the extractor.
package corpus
