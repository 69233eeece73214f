package neo4j

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/regenkg/regenkg/internal/kg"
)

// Write stores docs in batches of s.BatchDocs documents, one managed write
// transaction per batch (retried by the driver on transient errors). A batch
// that fails for another reason is retried one document per transaction, so
// a bad document fails alone and nothing of it remains.
func (s *Store) Write(ctx context.Context, docs []*kg.Document) ([]kg.WriteResult, error) {
	results := make([]kg.WriteResult, len(docs))
	var todo []int
	for i, d := range docs {
		results[i] = kg.WriteResult{SourceID: d.Source.ID, Path: d.Source.Path, Sentences: d.Stats.Sentences}
		if err := validate(d); err != nil {
			results[i].Status, results[i].Err = kg.Failed, err
			continue
		}
		todo = append(todo, i)
	}
	size := max(s.BatchDocs, 1)
	for len(todo) > 0 {
		n := min(size, len(todo))
		batch := todo[:n]
		todo = todo[n:]
		err := s.writeBatch(ctx, docs, batch, results)
		if err == nil {
			continue
		}
		if ctx.Err() != nil || kg.ErrorCode(err) == kg.Unavailable {
			return results, err
		}
		if len(batch) == 1 {
			results[batch[0]].Status, results[batch[0]].Err = kg.Failed, err
			continue
		}
		for _, i := range batch {
			if err := s.writeBatch(ctx, docs, []int{i}, results); err != nil {
				if ctx.Err() != nil || kg.ErrorCode(err) == kg.Unavailable {
					return results, err
				}
				results[i].Status, results[i].Err = kg.Failed, err
			}
		}
	}
	return results, nil
}

// validate rejects a document whose claims point at entities or studies it
// does not carry: MATCH would silently drop such rows.
func validate(d *kg.Document) error {
	if !strings.HasPrefix(d.Source.ID, "sha256:") {
		return kg.Errorf(kg.Invalid, "source %q: id is not a sha256 digest", d.Source.ID)
	}
	ents := make(map[string]bool, len(d.Entities))
	for _, e := range d.Entities {
		if e.ID == "" || !e.Category.Valid() {
			return kg.Errorf(kg.Invalid, "source %s: entity %q has no id or a bad category", d.Source.ID, e.Name)
		}
		ents[e.ID] = true
	}
	studies := make(map[string]bool, len(d.Studies))
	for _, st := range d.Studies {
		studies[st.ID] = true
	}
	seen := map[string]bool{}
	for _, c := range d.Claims {
		switch {
		case seen[c.ID]:
			return kg.Errorf(kg.Invalid, "source %s: claim %s appears twice", d.Source.ID, c.ID)
		case !c.Predicate.Valid() || !c.Certainty.Valid():
			return kg.Errorf(kg.Invalid, "source %s: claim %s has a bad predicate or certainty", d.Source.ID, c.ID)
		case !ents[c.Subject.ID] || !ents[c.Object.ID]:
			return kg.Errorf(kg.Invalid, "source %s: claim %s names an entity the document lacks", d.Source.ID, c.ID)
		case c.AttributedTo != "" && !ents[c.AttributedTo], c.Via != "" && !ents[c.Via]:
			return kg.Errorf(kg.Invalid, "source %s: claim %s is attributed to an entity the document lacks", d.Source.ID, c.ID)
		case c.Start < 0 || c.End > len(d.Source.Text) || c.Start > c.End || d.Source.Text[c.Start:c.End] != c.Quote:
			return kg.Errorf(kg.Invalid, "source %s: claim %s quote does not match the text at its offsets", d.Source.ID, c.ID)
		}
		for _, st := range c.Citations {
			if !studies[st] {
				return kg.Errorf(kg.Invalid, "source %s: claim %s cites a study the document lacks", d.Source.ID, c.ID)
			}
		}
		seen[c.ID] = true
	}
	return nil
}

// relKey identifies a direct edge by its endpoints and type.
type relKey struct{ ID, S, P, O string }

func (k relKey) row() map[string]any { return map[string]any{"id": k.ID, "s": k.S, "p": k.P, "o": k.O} }

// writeBatch writes the documents docs[i] for i in idx in one transaction
// and fills their results.
func (s *Store) writeBatch(ctx context.Context, docs []*kg.Document, idx []int, results []kg.WriteResult) error {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	type outcome struct {
		status   map[string]kg.WriteStatus
		replaced map[string]string
		edges    map[string]int
	}
	out, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		o := outcome{status: map[string]kg.WriteStatus{}, replaced: map[string]string{}, edges: map[string]int{}}
		var probe []map[string]any
		for _, i := range idx {
			src := docs[i].Source
			probe = append(probe, map[string]any{"id": src.ID, "uri": nullIfEmpty(uriOf(src))})
		}
		recs, err := s.run(ctx, tx, `
UNWIND $docs AS d
OPTIONAL MATCH (s:Source {id: d.id})
OPTIONAL MATCH (old:Source {uri: d.uri}) WHERE old.id <> d.id
RETURN d.id AS id, s IS NOT NULL AS exists, collect(old.id) AS old`, map[string]any{"docs": probe})
		if err != nil {
			return nil, err
		}
		var oldIDs []string
		fresh := map[string]bool{}
		for _, r := range recs {
			id := r.Values[0].(string)
			if r.Values[1].(bool) {
				o.status[id] = kg.Unchanged
				continue
			}
			fresh[id] = true
			o.status[id] = kg.Created
			for _, old := range r.Values[2].([]any) {
				o.status[id] = kg.Replaced
				o.replaced[id] = old.(string)
				oldIDs = append(oldIDs, old.(string))
			}
		}
		var write []*kg.Document
		for _, i := range idx {
			if d := docs[i]; fresh[d.Source.ID] {
				fresh[d.Source.ID] = false // the same bytes twice in one batch load once
				write = append(write, d)
			}
		}
		touched := map[string]relKey{}
		var gone removed
		if len(oldIDs) > 0 {
			if gone, err = s.deleteSources(ctx, tx, oldIDs); err != nil {
				return nil, err
			}
			for _, k := range gone.relations {
				touched[k.ID] = k
			}
		}
		if len(write) > 0 {
			keys, err := s.writeDocs(ctx, tx, write)
			if err != nil {
				return nil, err
			}
			for _, k := range keys {
				touched[k.ID] = k
			}
			for _, d := range write {
				seen := map[string]bool{}
				for _, c := range d.Claims {
					seen[c.RelationID] = true
				}
				o.edges[d.Source.ID] = len(seen)
			}
		}
		if err := s.recomputeRelations(ctx, tx, touched); err != nil {
			return nil, err
		}
		if err := s.deleteOrphans(ctx, tx, gone); err != nil {
			return nil, err
		}
		return o, nil
	}, txConfig(ctx)...)
	if err != nil {
		return fmt.Errorf("write batch: %w", classify(ctx, err))
	}
	o := out.(outcome)
	for _, i := range idx {
		id := docs[i].Source.ID
		r := &results[i]
		r.Status, r.ReplacedID, r.Err = o.status[id], o.replaced[id], nil
		if r.Status == kg.Created || r.Status == kg.Replaced {
			r.Claims, r.Entities, r.Edges = len(docs[i].Claims), len(docs[i].Entities), o.edges[id]
		}
	}
	return nil
}

func uriOf(s kg.Source) string {
	if s.URI != "" {
		return s.URI
	}
	return s.Path
}

func nullIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// writeDocs creates new sources with their claims, merges the entities and
// studies they name, and returns the direct edges their claims touch.
func (s *Store) writeDocs(ctx context.Context, tx neo4j.ManagedTransaction, docs []*kg.Document) ([]relKey, error) {
	loadedAt := time.Now().UTC().Format(time.RFC3339Nano)
	entities := map[string]map[string]any{}
	studies := map[string]map[string]any{}
	var sources, cites, mentions, claims, attributions, citations []map[string]any
	rels := map[string]relKey{}
	for _, d := range docs {
		src := d.Source
		sources = append(sources, map[string]any{
			"id": src.ID, "uri": nullIfEmpty(uriOf(src)), "path": nullIfEmpty(src.Path),
			"title": nullIfEmpty(src.Title), "publisher": nullIfEmpty(src.Publisher), "author": nullIfEmpty(src.Author),
			"language": src.Language, "genre": string(src.Genre), "published": nullIfEmpty(src.Published),
			"publishedText": nullIfEmpty(src.PublishedText), "retrieved": nullIfEmpty(src.Retrieved),
			"size": len(src.Text), "text": src.Text, "claimCount": len(d.Claims), "loadedAt": loadedAt,
			"sentences": d.Stats.Sentences,
		})
		for _, e := range d.Entities {
			row, ok := entities[e.ID]
			if !ok {
				row = map[string]any{"id": e.ID, "name": e.Name, "category": string(e.Category), "xrefs": nonNil(e.XRefs), "aliases": []string{}}
				entities[e.ID] = row
			}
			row["aliases"] = union(row["aliases"].([]string), e.Aliases)
			starts, ends := make([]int, len(e.Mentions)), make([]int, len(e.Mentions))
			for i, m := range e.Mentions {
				starts[i], ends[i] = m.Start, m.End
			}
			mentions = append(mentions, map[string]any{"source": src.ID, "entity": e.ID, "count": len(e.Mentions), "starts": starts, "ends": ends})
		}
		for _, st := range d.Studies {
			if _, ok := studies[st.ID]; !ok {
				studies[st.ID] = studyRow(st)
			}
			cites = append(cites, map[string]any{"source": src.ID, "study": st.ID})
		}
		for _, c := range d.Claims {
			rid := kg.RelationID(c.Subject.ID, c.Predicate, c.Object.ID)
			rels[rid] = relKey{ID: rid, S: c.Subject.ID, P: string(c.Predicate), O: c.Object.ID}
			claims = append(claims, map[string]any{
				"id": c.ID, "sourceId": src.ID, "subjectId": c.Subject.ID, "objectId": c.Object.ID,
				"props": map[string]any{
					"id": c.ID, "predicate": string(c.Predicate), "quote": c.Quote, "start": c.Start, "end": c.End,
					"certainty": string(c.Certainty), "rank": claimRank(c), "negated": c.Negated, "cues": nonNil(c.Cues),
					"language": nullIfEmpty(c.Language), "sourceId": src.ID, "subjectId": c.Subject.ID,
					"objectId": c.Object.ID, "relationId": rid, "cited": len(c.Citations) > 0,
					"extractor": c.Extractor, "extractorVersion": c.ExtractorVersion,
				},
			})
			if c.AttributedTo != "" || c.Via != "" {
				attributions = append(attributions, map[string]any{"claim": c.ID, "person": nullIfEmpty(c.AttributedTo), "via": nullIfEmpty(c.Via)})
			}
			for _, st := range c.Citations {
				citations = append(citations, map[string]any{"claim": c.ID, "study": st})
			}
		}
	}
	entityRows := make([]map[string]any, 0, len(entities))
	for _, r := range entities {
		entityRows = append(entityRows, r)
	}
	studyRows := make([]map[string]any, 0, len(studies))
	for _, r := range studies {
		studyRows = append(studyRows, r)
	}
	steps := []struct {
		cypher string
		rows   []map[string]any
	}{
		{`UNWIND $rows AS r
MERGE (n:Entity {id: r.id})
ON CREATE SET n.name = r.name, n.category = r.category, n.sortName = toLower(r.name), n.xrefs = r.xrefs, n.aliases = []
WITH n, r, [a IN r.aliases WHERE NOT a IN n.aliases] AS added
SET n.aliases = n.aliases + added, n:$(r.category)
SET n.aliasText = reduce(t = '', a IN n.aliases | t + ' | ' + a),
    n.searchText = toLower(n.name + ' | ' + reduce(t = '', a IN n.aliases | t + ' | ' + a))`, entityRows},
		{`UNWIND $rows AS r
MERGE (n:Study {id: r.id})
ON CREATE SET n += r
ON MATCH SET n.doi = coalesce(n.doi, r.doi), n.title = coalesce(n.title, r.title),
  n.authors = coalesce(n.authors, r.authors), n.year = coalesce(n.year, r.year),
  n.venue = coalesce(n.venue, r.venue), n.design = coalesce(n.design, r.design),
  n.n = coalesce(n.n, r.n), n.period = coalesce(n.period, r.period),
  n.reference = coalesce(n.reference, r.reference)`, studyRows},
		{`UNWIND $rows AS r CREATE (n:Source) SET n = r`, sources},
		{`UNWIND $rows AS r
MATCH (s:Source {id: r.source}) MATCH (st:Study {id: r.study})
MERGE (s)-[:CITES]->(st)`, cites},
		{`UNWIND $rows AS r
MATCH (s:Source {id: r.source}) MATCH (e:Entity {id: r.entity})
CREATE (s)-[:MENTIONS {count: r.count, starts: r.starts, ends: r.ends}]->(e)
SET e.mentionCount = coalesce(e.mentionCount, 0) + r.count, e.sourceCount = coalesce(e.sourceCount, 0) + 1`, mentions},
		{`UNWIND $rows AS r
MATCH (s:Source {id: r.sourceId}) MATCH (a:Entity {id: r.subjectId}) MATCH (b:Entity {id: r.objectId})
CREATE (c:Claim) SET c = r.props
CREATE (c)-[:STATED_IN]->(s), (c)-[:SUBJECT]->(a), (c)-[:OBJECT]->(b)`, claims},
		{`UNWIND $rows AS r
MATCH (c:Claim {id: r.claim})
CALL (c, r) { MATCH (p:Entity {id: r.person}) CREATE (c)-[:ATTRIBUTED_TO]->(p) }
CALL (c, r) { MATCH (o:Entity {id: r.via}) CREATE (c)-[:VIA]->(o) }`, attributions},
		{`UNWIND $rows AS r
MATCH (c:Claim {id: r.claim}) MATCH (st:Study {id: r.study})
CREATE (c)-[:CITED_BY]->(st)`, citations},
	}
	for _, st := range steps {
		if len(st.rows) == 0 {
			continue
		}
		if _, err := s.run(ctx, tx, st.cypher, map[string]any{"rows": st.rows}); err != nil {
			return nil, err
		}
	}
	keys := make([]relKey, 0, len(rels))
	rows := make([]map[string]any, 0, len(rels))
	for _, k := range rels {
		keys = append(keys, k)
		rows = append(rows, k.row())
	}
	if len(rows) > 0 {
		if _, err := s.run(ctx, tx, `
UNWIND $rows AS r
MATCH (a:Entity {id: r.s}) MATCH (b:Entity {id: r.o})
MERGE (a)-[e:$(r.p)]->(b)
ON CREATE SET e.id = r.id, e.predicate = r.p`, map[string]any{"rows": rows}); err != nil {
			return nil, err
		}
	}
	return keys, nil
}

// claimRank orders claims by strength of evidence: affirmative before
// negated, then by certainty, then cited before uncited.
func claimRank(c kg.Claim) int {
	r := c.Certainty.Rank() * 2
	if len(c.Citations) > 0 {
		r++
	}
	if c.Negated {
		r -= 10
	}
	return r
}

func studyRow(st kg.Study) map[string]any {
	row := map[string]any{"id": st.ID}
	set := func(k string, v any, ok bool) {
		if ok {
			row[k] = v
		}
	}
	set("doi", st.DOI, st.DOI != "")
	set("title", st.Title, st.Title != "")
	set("authors", st.Authors, len(st.Authors) > 0)
	set("year", st.Year, st.Year > 0)
	set("venue", st.Venue, st.Venue != "")
	set("design", st.Design, st.Design != "")
	set("n", st.N, st.N > 0)
	set("period", st.Period, st.Period != "")
	set("reference", st.Reference, st.Reference != "")
	return row
}

// recomputeRelations sets the aggregates of the touched direct edges from
// the claims now behind them, and deletes edges no claim supports any more.
func (s *Store) recomputeRelations(ctx context.Context, tx neo4j.ManagedTransaction, touched map[string]relKey) error {
	if len(touched) == 0 {
		return nil
	}
	rows := make([]map[string]any, 0, len(touched))
	for _, k := range touched {
		rows = append(rows, k.row())
	}
	_, err := s.run(ctx, tx, `
UNWIND $rows AS r
MATCH (a:Entity {id: r.s})-[e:$(r.p)]->(b:Entity {id: r.o})
CALL (r) {
  OPTIONAL MATCH (c:Claim {relationId: r.id})
  RETURN count(c) AS n, count(DISTINCT c.sourceId) AS sources,
    sum(CASE WHEN c.certainty = 'asserted' THEN 1 ELSE 0 END) AS asserted,
    sum(CASE WHEN c.certainty = 'hedged' THEN 1 ELSE 0 END) AS hedged,
    sum(CASE WHEN c.certainty = 'speculative' THEN 1 ELSE 0 END) AS speculative,
    sum(CASE WHEN c.negated THEN 1 ELSE 0 END) AS negated,
    sum(CASE WHEN c.cited THEN 1 ELSE 0 END) AS cited,
    max(CASE WHEN NOT c.negated THEN c.rank / 2 END) AS bestAffirmative,
    max(CASE WHEN c.negated THEN (c.rank + 10) / 2 END) AS bestNegated
}
WITH e, n, sources, asserted, hedged, speculative, negated, cited,
  coalesce(bestAffirmative, bestNegated, 0) AS best
FOREACH (_ IN CASE WHEN n = 0 THEN [1] ELSE [] END | DELETE e)
FOREACH (_ IN CASE WHEN n > 0 THEN [1] ELSE [] END |
  SET e.claimCount = n, e.sourceCount = sources, e.assertedCount = asserted,
      e.hedgedCount = hedged, e.speculativeCount = speculative, e.negatedCount = negated,
      e.citedCount = cited, e.bestRank = best,
      e.bestCertainty = CASE best WHEN 3 THEN 'asserted' WHEN 2 THEN 'hedged' ELSE 'speculative' END,
      e.affirmed = n > negated, e.contradicted = negated > 0 AND negated < n)`, map[string]any{"rows": rows})
	return err
}

// removed is what deleting sources left to clean up: the edges their claims
// supported, and the studies and entities they referred to, which may now be
// orphans.
type removed struct {
	relations []relKey
	studies   []string
	entities  []string
}

// deleteSources removes sources and their claims.
func (s *Store) deleteSources(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (removed, error) {
	var out removed
	recs, err := s.run(ctx, tx, `
UNWIND $ids AS sid
MATCH (c:Claim {sourceId: sid})
WITH c, {id: c.relationId, s: c.subjectId, p: c.predicate, o: c.objectId} AS k
DETACH DELETE c
RETURN collect(DISTINCT k) AS keys`, map[string]any{"ids": ids})
	if err != nil {
		return out, err
	}
	if len(recs) > 0 {
		for _, v := range recs[0].Values[0].([]any) {
			m := v.(map[string]any)
			out.relations = append(out.relations, relKey{ID: m["id"].(string), S: m["s"].(string), P: m["p"].(string), O: m["o"].(string)})
		}
	}
	recs, err = s.run(ctx, tx, `
UNWIND $ids AS sid
MATCH (s:Source {id: sid})
CALL (s) {
  MATCH (s)-[m:MENTIONS]->(e:Entity)
  SET e.mentionCount = e.mentionCount - m.count, e.sourceCount = e.sourceCount - 1
}
WITH s, COLLECT { MATCH (s)-[:CITES]->(st:Study) RETURN st.id } AS studies,
        COLLECT { MATCH (s)-[:MENTIONS]->(e:Entity) RETURN e.id } AS entities
DETACH DELETE s
RETURN studies, entities`, map[string]any{"ids": ids})
	if err != nil {
		return out, err
	}
	for _, r := range recs {
		out.studies = append(out.studies, stringList(r.Values[0])...)
		out.entities = append(out.entities, stringList(r.Values[1])...)
	}
	return out, nil
}

// deleteOrphans removes the candidate studies and entities that nothing
// refers to any more.
func (s *Store) deleteOrphans(ctx context.Context, tx neo4j.ManagedTransaction, r removed) error {
	if len(r.studies) == 0 && len(r.entities) == 0 {
		return nil
	}
	_, err := s.run(ctx, tx, `
CALL () { UNWIND $studies AS id MATCH (st:Study {id: id}) WHERE NOT (st)--() DELETE st }
CALL () { UNWIND $entities AS id MATCH (e:Entity {id: id}) WHERE NOT (e)--() DELETE e }`,
		map[string]any{"studies": r.studies, "entities": r.entities})
	return err
}

func stringList(v any) []string {
	list, _ := v.([]any)
	out := make([]string, 0, len(list))
	for _, x := range list {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// DeleteSource removes one source and its claims, recomputes the edges they
// supported and removes what is left unreferenced, in one transaction. It
// returns a NotFound error for an unknown ID.
func (s *Store) DeleteSource(ctx context.Context, id string) (*kg.WriteResult, error) {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	out, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		recs, err := s.run(ctx, tx, `MATCH (s:Source {id: $id}) RETURN s.claimCount AS claims, COUNT { (s)-[:MENTIONS]->() } AS entities`, map[string]any{"id": id})
		if err != nil {
			return nil, err
		}
		if len(recs) == 0 {
			return nil, kg.Errorf(kg.NotFound, "no source %q", id)
		}
		res := &kg.WriteResult{SourceID: id, Status: kg.Deleted, Claims: toInt(recs[0].Values[0]), Entities: toInt(recs[0].Values[1])}
		gone, err := s.deleteSources(ctx, tx, []string{id})
		if err != nil {
			return nil, err
		}
		touched := map[string]relKey{}
		for _, k := range gone.relations {
			touched[k.ID] = k
		}
		res.Edges = len(touched)
		if err := s.recomputeRelations(ctx, tx, touched); err != nil {
			return nil, err
		}
		return res, s.deleteOrphans(ctx, tx, gone)
	}, txConfig(ctx)...)
	if err != nil {
		var kerr *kg.Error
		if errors.As(err, &kerr) && kerr.Code == kg.NotFound {
			return nil, err
		}
		return nil, fmt.Errorf("delete source %s: %w", id, classify(ctx, err))
	}
	return out.(*kg.WriteResult), nil
}

func union(a, b []string) []string {
	seen := make(map[string]bool, len(a)+len(b))
	out := a[:0:0]
	for _, s := range append(append([]string{}, a...), b...) {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func toInt(v any) int {
	switch n := v.(type) {
	case int64:
		return int(n)
	case int:
		return n
	case float64:
		return int(n)
	}
	return 0
}
