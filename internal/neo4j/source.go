package neo4j

import (
	"context"
	"fmt"
	"strings"

	"github.com/regenkg/regenkg/internal/kg"
)

var sourceProps = map[string][]string{
	"uri": {".uri"}, "title": {".title"}, "publisher": {".publisher"}, "author": {".author"}, "language": {".language"},
	"genre": {".genre"}, "published": {".published"}, "publishedText": {".publishedText"}, "size": {".size"},
	"claimCount": {".claimCount"}, "text": {".text"},
}

// projectSource renders the map projection of the source bound to s, with
// only the properties asked for (the text is large).
func projectSource(c *compiler, s string, sel kg.Selection) (string, error) {
	parts := props(sel, []string{".id"}, sourceProps)
	for i, f := range sel {
		var expr string
		var err error
		x := c.fresh("n")
		switch f.Name {
		case "claims":
			match := fmt.Sprintf("MATCH (%s)<-[:STATED_IN]-(%s:Claim)", s, x)
			expr, err = c.connection(f, match, x, fmt.Sprintf("%[1]s.start, %[1]s.id", x), projectClaim, kg.MaxPageSize)
		default:
			continue
		}
		if err != nil {
			return "", err
		}
		parts = append(parts, nestedKey(i)+": "+expr)
	}
	if sub, ok, err := byName(sel, "cites"); err != nil {
		return "", err
	} else if ok {
		x := c.fresh("n")
		expr, err := c.list(fmt.Sprintf("MATCH (%s)-[:CITES]->(%s:Study)", s, x), x, fmt.Sprintf("%[1]s.year DESC, %[1]s.id", x), sub, projectStudy, 1000)
		if err != nil {
			return "", err
		}
		parts = append(parts, "n_cites: "+expr)
	}
	return s + " {" + strings.Join(parts, ", ") + "}", nil
}

// decodeSource builds a source from what projectSource rendered.
func decodeSource(m map[string]any, sel kg.Selection) (*kg.Source, error) {
	if m == nil {
		return nil, nil
	}
	src := &kg.Source{
		ID: str(m["id"]), URI: str(m["uri"]), Path: str(m["path"]), Title: str(m["title"]),
		Publisher: str(m["publisher"]), Author: str(m["author"]), Language: str(m["language"]),
		Genre: kg.Genre(str(m["genre"])), Published: str(m["published"]), PublishedText: str(m["publishedText"]),
		Retrieved: str(m["retrieved"]), Size: toInt(m["size"]), Text: str(m["text"]),
		ClaimCount: toInt(m["claimCount"]), LoadedAt: str(m["loadedAt"]),
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
		src.Nested.Set(f.Key, v)
	}
	if sub, ok, _ := byName(sel, "cites"); ok {
		src.CitesNodes = []*kg.Study{}
		for _, it := range asList(m["n_cites"]) {
			st, err := decodeStudy(asMap(it), sub)
			if err != nil {
				return nil, err
			}
			src.CitesNodes = append(src.CitesNodes, st)
		}
	}
	return src, nil
}

// Sources returns the sources with the given IDs that exist, in the order
// asked; one round trip.
func (s *Store) Sources(ctx context.Context, ids []string, sel kg.Selection) ([]*kg.Source, error) {
	return byIDs(ctx, s, "sources", "Source", ids, sel, projectSource, decodeSource)
}

// SourcePage lists sources, most recently loaded first; one round trip.
func (s *Store) SourcePage(ctx context.Context, p kg.Page, sel kg.Selection) (*kg.SourceConnection, error) {
	c := newCompiler()
	field := kg.Field{Name: "sources", Key: "sources", Args: map[string]any{"first": p.First, "after": p.After}, Sub: sel}
	if p.First == 0 {
		field.Args["first"] = kg.DefaultPageSize
	}
	conn, err := c.connection(field, "MATCH (s:Source) WHERE s.loadedAt >= ''", "s", "s.loadedAt DESC, s.id", projectSource, kg.MaxPageSize)
	if err != nil {
		return nil, err
	}
	recs, err := s.read(ctx, "RETURN "+conn+" AS x", c.params)
	if err != nil {
		return nil, fmt.Errorf("source page: %w", err)
	}
	nodes, res, err := decodePage(recs[0].Values[0], field, decodeSource)
	if err != nil {
		return nil, err
	}
	out := &kg.SourceConnection{TotalCount: res.total, PageInfo: res.pageInfo()}
	for i, n := range nodes {
		out.Edges = append(out.Edges, kg.SourceEdge{Cursor: kg.Cursor(res.offset + i), Node: n})
	}
	return out, nil
}
