package neo4j

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"github.com/regenkg/regenkg/internal/kg"
)

// MaxSearchLength bounds the text of a search query.
const MaxSearchLength = 200

// LuceneQuery is the full-text query Search sends for text; benchmarks use
// it to run the same search by hand.
func LuceneQuery(text string) string { return luceneQuery(text) }

// luceneQuery turns free text into a Lucene query over the full-text
// indexes. Only letters and digits survive, so nothing the user types can be
// Lucene syntax; each word matches exactly, as a prefix, or (from four
// letters on) within one edit, which is what finds "Mesenchimal" under
// "mesenchymal". The whole phrase scores highest.
func luceneQuery(text string) string {
	var words []string
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if len(words) == 8 {
			break
		}
		words = append(words, w)
	}
	if len(words) == 0 {
		return ""
	}
	exact, loose := make([]string, len(words)), make([]string, len(words))
	for i, w := range words {
		exact[i] = w
		alts := []string{w}
		if len([]rune(w)) >= 3 {
			alts = append(alts, w+"*")
		}
		if len([]rune(w)) >= 4 {
			alts = append(alts, w+"~1")
		}
		loose[i] = "(" + strings.Join(alts, " OR ") + ")"
	}
	return fmt.Sprintf(`"%s"^4 OR (%s)^2 OR (%s)`, strings.Join(exact, " "), strings.Join(exact, " AND "), strings.Join(loose, " AND "))
}

// Search finds entities by name or alias and claims by quote, best first;
// one round trip. It returns an Invalid error for an over-long query.
func (s *Store) Search(ctx context.Context, q kg.SearchQuery, sel kg.Selection) ([]*kg.SearchHit, error) {
	if len(q.Text) > MaxSearchLength {
		return nil, kg.Errorf(kg.Invalid, "search query longer than %d bytes", MaxSearchLength)
	}
	first, err := kg.Page{First: q.First}.Limit(kg.MaxPageSize)
	if err != nil {
		return nil, err
	}
	lq := luceneQuery(q.Text)
	if lq == "" {
		return []*kg.SearchHit{}, nil
	}
	wantEntity, wantClaim := len(q.Kinds) == 0, len(q.Kinds) == 0
	for _, k := range q.Kinds {
		wantEntity = wantEntity || k == kg.SearchEntity
		wantClaim = wantClaim || k == kg.SearchClaim
	}
	c := newCompiler()
	qp, limit := c.param(lq), c.param(first)
	var branches []string
	var entitySel, claimSel kg.Selection
	for _, f := range sel {
		switch f.Name {
		case "entity":
			entitySel, _ = mergeSelections(entitySel, f.Sub)
		case "claim":
			claimSel, _ = mergeSelections(claimSel, f.Sub)
		}
	}
	if wantEntity {
		cond, lim := "", limit
		if len(q.Categories) > 0 {
			cats := make([]string, len(q.Categories))
			for i, k := range q.Categories {
				cats[i] = string(k)
			}
			// Filtering after the index call, so ask it for more.
			cond, lim = " WHERE node.category IN "+c.param(cats), limit+" * 4"
		}
		// An exact name or alias ("sel punca" for stem cell) outranks entities
		// that merely contain the words.
		exact := c.param(" | " + strings.ToLower(strings.Join(strings.Fields(q.Text), " ")) + " | ")
		branches = append(branches, fmt.Sprintf(
			"CALL db.index.fulltext.queryNodes('entity_names', %s, {limit: %s}) YIELD node, score%s "+
				"RETURN 'entity' AS kind, node, CASE WHEN (' | ' + node.searchText + ' | ') CONTAINS %s THEN score * 2 + 10 ELSE score END AS score",
			qp, lim, cond, exact))
	}
	if wantClaim && len(q.Categories) == 0 {
		branches = append(branches, fmt.Sprintf(
			"CALL db.index.fulltext.queryNodes('claim_quotes', %s, {limit: %s}) YIELD node, score RETURN 'claim' AS kind, node, score", qp, limit))
	}
	if len(branches) == 0 {
		return []*kg.SearchHit{}, nil
	}
	ep, err := projectEntity(c, "node", entitySel)
	if err != nil {
		return nil, err
	}
	cp, err := projectClaim(c, "node", claimSel)
	if err != nil {
		return nil, err
	}
	cypher := fmt.Sprintf(`CALL () { %s }
WITH kind, node, score ORDER BY score DESC, kind DESC LIMIT %s
RETURN kind, score, CASE kind WHEN 'entity' THEN %s END AS entity, CASE kind WHEN 'claim' THEN %s END AS claim`,
		strings.Join(branches, " UNION ALL "), limit, ep, cp)
	recs, err := s.read(ctx, cypher, c.params)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	out := make([]*kg.SearchHit, 0, len(recs))
	for _, r := range recs {
		h := &kg.SearchHit{Kind: kg.SearchKind(str(r.Values[0]))}
		h.Score, _ = r.Values[1].(float64)
		if h.Kind == kg.SearchEntity {
			if h.Entity, err = decodeEntity(asMap(r.Values[2]), entitySel); err != nil {
				return nil, err
			}
		} else if h.Claim, err = decodeClaim(asMap(r.Values[3]), claimSel); err != nil {
			return nil, err
		}
		out = append(out, h)
	}
	return out, nil
}
