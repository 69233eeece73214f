package neo4j

import (
	"context"
	"fmt"
	"strings"

	"github.com/regenkg/regenkg/internal/kg"
)

var studyProps = map[string][]string{
	"doi": {".doi"}, "title": {".title"}, "authors": {".authors"}, "year": {".year"}, "venue": {".venue"},
	"design": {".design"}, "n": {".n"}, "period": {".period"}, "reference": {".reference"},
}

// projectStudy renders the map projection of the study bound to st.
func projectStudy(c *compiler, st string, sel kg.Selection) (string, error) {
	parts := props(sel, []string{".id"}, studyProps)
	for i, f := range sel {
		var expr string
		var err error
		x := c.fresh("n")
		switch f.Name {
		case "claims":
			match := fmt.Sprintf("MATCH (%s)<-[:CITED_BY]-(%s:Claim)", st, x)
			expr, err = c.connection(f, match, x, fmt.Sprintf("%[1]s.rank DESC, %[1]s.sourceId, %[1]s.start", x), projectClaim, kg.MaxPageSize)
		default:
			continue
		}
		if err != nil {
			return "", err
		}
		parts = append(parts, nestedKey(i)+": "+expr)
	}
	if sub, ok, err := byName(sel, "citedBy"); err != nil {
		return "", err
	} else if ok {
		x := c.fresh("n")
		expr, err := c.list(fmt.Sprintf("MATCH (%s)<-[:CITES]-(%s:Source)", st, x), x, fmt.Sprintf("%[1]s.loadedAt DESC, %[1]s.id", x), sub, projectSource, 1000)
		if err != nil {
			return "", err
		}
		parts = append(parts, "n_citedBy: "+expr)
	}
	return st + " {" + strings.Join(parts, ", ") + "}", nil
}

// decodeStudy builds a study from what projectStudy rendered.
func decodeStudy(m map[string]any, sel kg.Selection) (*kg.Study, error) {
	if m == nil {
		return nil, nil
	}
	st := &kg.Study{
		ID: str(m["id"]), DOI: str(m["doi"]), Title: str(m["title"]), Authors: stringList(m["authors"]),
		Year: toInt(m["year"]), Venue: str(m["venue"]), Design: str(m["design"]), N: toInt(m["n"]),
		Period: str(m["period"]), Reference: str(m["reference"]),
	}
	for i, f := range sel {
		var v any
		var err error
		raw := m[nestedKey(i)]
		switch f.Name {
		case "claims":
			v, err = decodeClaimConnection(raw, f)
		default:
			continue
		}
		if err != nil {
			return nil, err
		}
		st.Nested.Set(f.Key, v)
	}
	if sub, ok, _ := byName(sel, "citedBy"); ok {
		st.CitedByNodes = []*kg.Source{}
		for _, it := range asList(m["n_citedBy"]) {
			src, err := decodeSource(asMap(it), sub)
			if err != nil {
				return nil, err
			}
			st.CitedByNodes = append(st.CitedByNodes, src)
		}
	}
	return st, nil
}

// studyKey turns what a client may pass for a study (a DOI in any case,
// with or without a resolver prefix, or a kg:study/ ID) into its ID.
func studyKey(s string) string {
	if doi := kg.NormalizeDOI(s); doi != "" {
		return doi
	}
	return strings.TrimSpace(s)
}

// Studies returns the studies with the given IDs or DOIs that exist, in the
// order asked; one round trip.
func (s *Store) Studies(ctx context.Context, ids []string, sel kg.Selection) ([]*kg.Study, error) {
	keys := make([]string, len(ids))
	for i, id := range ids {
		keys[i] = studyKey(id)
	}
	return byIDs(ctx, s, "studies", "Study", keys, sel, projectStudy, decodeStudy)
}
