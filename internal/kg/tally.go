package kg

// Tally sums claims into the aggregates of one direct edge. Loaders that
// write in bulk (the store's batches, the CSV export) tally in memory
// instead of recounting claims in the database.
type Tally struct {
	Subject, Object string
	Predicate       Predicate
	Claims, Sources int
	Asserted        int
	Hedged          int
	Speculative     int
	Negated         int
	Cited           int
	// BestAffirmative and BestNegated are the highest certainty ranks of
	// affirmative and of negated claims (0 when there are none).
	BestAffirmative, BestNegated int
	lastSource                   string
}

// Add counts claim c stated in source. Claims must arrive grouped by
// source, as they do document by document, for Sources to count distinct
// sources.
func (t *Tally) Add(c Claim, source string) {
	t.Subject, t.Predicate, t.Object = c.Subject.ID, c.Predicate, c.Object.ID
	t.Claims++
	if source != t.lastSource {
		t.Sources++
		t.lastSource = source
	}
	switch c.Certainty {
	case Asserted:
		t.Asserted++
	case Hedged:
		t.Hedged++
	default:
		t.Speculative++
	}
	if len(c.Citations) > 0 {
		t.Cited++
	}
	if c.Negated {
		t.Negated++
		t.BestNegated = max(t.BestNegated, c.Certainty.Rank())
	} else {
		t.BestAffirmative = max(t.BestAffirmative, c.Certainty.Rank())
	}
}

// BestRank is the rank of the edge's best certainty: the best affirmative
// claim's, or the best negated claim's when every claim is negated.
func (t *Tally) BestRank() int {
	if t.BestAffirmative > 0 {
		return t.BestAffirmative
	}
	return t.BestNegated
}

// CertaintyOfRank is the certainty with the given rank ("" for 0).
func CertaintyOfRank(rank int) Certainty {
	switch rank {
	case 3:
		return Asserted
	case 2:
		return Hedged
	case 1:
		return Speculative
	}
	return ""
}
