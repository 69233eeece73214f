package neo4j

import (
	"context"
	"errors"
	"fmt"
	"sort"
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
		recs, err := s.runWrite(ctx, tx, `
UNWIND $docs AS d
CALL (d) { OPTIONAL MATCH (s:Source {id: d.id}) RETURN s IS NOT NULL AS exists }
CALL (d) { OPTIONAL MATCH (old:Source {uri: d.uri}) WHERE old.id <> d.id RETURN collect(old.id) AS old }
RETURN d.id AS id, exists, old`, map[string]any{"docs": probe})
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
			// The edges of new claims are updated incrementally; only the
			// edges that lost claims to a replaced version are recounted.
			if _, err := s.writeDocs(ctx, tx, write); err != nil {
				return nil, err
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
	deltas := map[string]*relDelta{}
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
				row = map[string]any{"id": e.ID, "name": e.Name, "category": string(e.Category), "xrefs": nonNil(e.XRefs),
					"aliases": []string{}, "mentions": 0, "sources": 0}
				entities[e.ID] = row
			}
			row["aliases"] = union(row["aliases"].([]string), e.Aliases)
			// Entity counters are summed here, so that a hub entity is
			// written once per batch, not once per document naming it.
			row["mentions"] = row["mentions"].(int) + len(e.Mentions)
			row["sources"] = row["sources"].(int) + 1
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
			if deltas[rid] == nil {
				deltas[rid] = &relDelta{key: relKey{ID: rid, S: c.Subject.ID, P: string(c.Predicate), O: c.Object.ID}}
			}
			deltas[rid].Add(c, src.ID)
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
	entityIDs := make([]string, 0, len(entities))
	for id := range entities {
		entityIDs = append(entityIDs, id)
	}
	sort.Strings(entityIDs)
	entityRows := make([]map[string]any, 0, len(entities))
	for _, id := range entityIDs {
		entityRows = append(entityRows, entities[id])
	}
	studyRows := make([]map[string]any, 0, len(studies))
	for _, r := range studies {
		studyRows = append(studyRows, r)
	}
	steps := []struct {
		cypher string
		rows   []map[string]any
	}{
		// Alias texts feed the full-text index: rewrite them only when a
		// new alias arrives, not every time a hub entity is named again.
		{`UNWIND $rows AS r
MERGE (n:Entity {id: r.id})
ON CREATE SET n.name = r.name, n.category = r.category, n.sortName = toLower(r.name), n.xrefs = r.xrefs, n.aliases = [],
  n.mentionCount = 0, n.sourceCount = 0, n:$(r.category)
SET n.mentionCount = n.mentionCount + r.mentions, n.sourceCount = n.sourceCount + r.sources
WITH n, r, [a IN r.aliases WHERE NOT a IN n.aliases] AS added
WHERE size(added) > 0
SET n.aliases = n.aliases + added
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
CREATE (s)-[:MENTIONS {count: r.count, starts: r.starts, ends: r.ends}]->(e)`, mentions},
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
		if _, err := s.runWrite(ctx, tx, st.cypher, map[string]any{"rows": st.rows}); err != nil {
			return nil, err
		}
	}
	// A fixed order keeps concurrent loaders from locking edges in
	// opposite orders.
	ids := make([]string, 0, len(deltas))
	for id := range deltas {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	rows := make([]map[string]any, 0, len(deltas))
	for _, id := range ids {
		rows = append(rows, deltas[id].row())
	}
	byType := map[string][]map[string]any{}
	for _, r := range rows {
		p := r["p"].(string)
		byType[p] = append(byType[p], r)
	}
	// New documents only add claims, so the edges' aggregates take the
	// batch's sums instead of being recounted from every claim: the cost
	// of a load does not grow with what is already loaded.
	for _, p := range kg.Predicates {
		if rows := byType[string(p)]; len(rows) > 0 {
			if _, err := s.runWrite(ctx, tx, fmt.Sprintf(relationUpdate, p), map[string]any{"rows": rows}); err != nil {
				return nil, err
			}
		}
	}
	keys := make([]relKey, 0, len(deltas))
	for _, id := range ids {
		keys = append(keys, deltas[id].key)
	}
	return keys, nil
}

// relDelta is what a batch of new documents adds to one direct edge.
type relDelta struct {
	key relKey
	kg.Tally
}

func (d *relDelta) row() map[string]any {
	// The derived fields serve an edge the batch creates: its aggregates
	// are the batch's own, written once.
	best := d.BestRank()
	certainty := kg.CertaintyOfRank(best)
	if certainty == "" {
		certainty = kg.Speculative
	}
	return map[string]any{"id": d.key.ID, "s": d.key.S, "p": d.key.P, "o": d.key.O, "n": d.Claims, "sources": d.Sources,
		"asserted": d.Asserted, "hedged": d.Hedged, "speculative": d.Speculative, "negated": d.Negated, "cited": d.Cited,
		"bestAffirmative": d.BestAffirmative, "bestNegated": d.BestNegated, "bestRank": best, "bestCertainty": string(certainty),
		"affirmed": d.Claims > d.Negated, "contradicted": d.Negated > 0 && d.Negated < d.Claims}
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
	byType := map[string][]map[string]any{}
	for _, r := range rows {
		byType[r["p"].(string)] = append(byType[r["p"].(string)], r)
	}
	for _, p := range kg.Predicates {
		if len(byType[string(p)]) == 0 {
			continue
		}
		if _, err := s.runWrite(ctx, tx, fmt.Sprintf(`
UNWIND $rows AS r
MATCH ()-[e:%s {id: r.id}]->()
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
WITH e, n, sources, asserted, hedged, speculative, negated, cited, bestAffirmative, bestNegated,
  coalesce(bestAffirmative, bestNegated, 0) AS best
FOREACH (_ IN CASE WHEN n = 0 THEN [1] ELSE [] END | DELETE e)
FOREACH (_ IN CASE WHEN n > 0 THEN [1] ELSE [] END |
  SET e.claimCount = n, e.sourceCount = sources, e.assertedCount = asserted,
      e.hedgedCount = hedged, e.speculativeCount = speculative, e.negatedCount = negated,
      e.citedCount = cited, e.bestRank = best, e.bestAffirmative = coalesce(bestAffirmative, 0), e.bestNegated = coalesce(bestNegated, 0),
      e.bestCertainty = CASE best WHEN 3 THEN 'asserted' WHEN 2 THEN 'hedged' ELSE 'speculative' END,
      e.affirmed = n > negated, e.contradicted = negated > 0 AND negated < n)`, p), map[string]any{"rows": byType[string(p)]}); err != nil {
			return err
		}
	}
	return nil
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
	recs, err := s.runWrite(ctx, tx, `
UNWIND $ids AS sid
MATCH (:Source {id: sid})<-[:STATED_IN]-(c:Claim)
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
	recs, err = s.runWrite(ctx, tx, `
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
	_, err := s.runWrite(ctx, tx, `
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
		recs, err := s.runWrite(ctx, tx, `MATCH (s:Source {id: $id}) RETURN s.claimCount AS claims, COUNT { (s)-[:MENTIONS]->() } AS entities`, map[string]any{"id": id})
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

// noReplan keeps Neo4j from replanning the loader's statements while it
// loads: statistics change with every batch, and a replan every ten seconds
// per statement cost more than the writes themselves (hundreds of
// milliseconds each). Every statement finds its nodes through unique
// constraints or indexes, so the first plan stays the right one.
const noReplan = "CYPHER replan=skip "

func (s *Store) runWrite(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	return s.run(ctx, tx, noReplan+cypher, params)
}

// relationUpdate adds a batch's deltas to the edges of one type (%[1]s).
// Each edge is looked up once, by its ID in the type's uniqueness
// constraint (MERGE between two entities would lock both and expand from
// hubs with tens of thousands of relationships): a missing edge is created
// with the batch's aggregates, computed in Go; an existing one is updated
// in place.
const relationUpdate = `
UNWIND $rows AS r
OPTIONAL MATCH ()-[old:%[1]s {id: r.id}]->()
CALL (r, old) {
  WITH r WHERE old IS NULL
  MATCH (a:Entity {id: r.s}) MATCH (b:Entity {id: r.o})
  CREATE (a)-[:%[1]s {id: r.id, predicate: r.p, claimCount: r.n, sourceCount: r.sources, assertedCount: r.asserted,
    hedgedCount: r.hedged, speculativeCount: r.speculative, negatedCount: r.negated, citedCount: r.cited,
    bestAffirmative: r.bestAffirmative, bestNegated: r.bestNegated, bestRank: r.bestRank, bestCertainty: r.bestCertainty,
    affirmed: r.affirmed, contradicted: r.contradicted}]->(b)
}
CALL (r, old) {
  WITH r, old WHERE old IS NOT NULL
  SET old.claimCount = old.claimCount + r.n, old.sourceCount = old.sourceCount + r.sources,
    old.assertedCount = old.assertedCount + r.asserted, old.hedgedCount = old.hedgedCount + r.hedged,
    old.speculativeCount = old.speculativeCount + r.speculative, old.negatedCount = old.negatedCount + r.negated,
    old.citedCount = old.citedCount + r.cited,
    old.bestAffirmative = CASE WHEN r.bestAffirmative > old.bestAffirmative THEN r.bestAffirmative ELSE old.bestAffirmative END,
    old.bestNegated = CASE WHEN r.bestNegated > old.bestNegated THEN r.bestNegated ELSE old.bestNegated END
  WITH old, CASE WHEN old.bestAffirmative > 0 THEN old.bestAffirmative ELSE old.bestNegated END AS best
  SET old.bestRank = best,
    old.bestCertainty = CASE best WHEN 3 THEN 'asserted' WHEN 2 THEN 'hedged' ELSE 'speculative' END,
    old.affirmed = old.claimCount > old.negatedCount, old.contradicted = old.negatedCount > 0 AND old.negatedCount < old.claimCount
}`
