// Package export writes extracted documents as the CSV files that
// `neo4j-admin database import full` reads, for corpora too large for
// transactional loading. The files hold the same graph the loader writes —
// nodes, provenance relationships, and the direct edges with their
// aggregates — so that after an import `kg migrate` (run by every kg
// command) adds the constraints and indexes and the API serves it as is.
package export

import (
	"encoding/csv"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/regenkg/regenkg/internal/kg"
)

// ArrayDelimiter separates array elements in a field; it is passed to
// neo4j-admin as --array-delimiter, and stripped from the elements.
const ArrayDelimiter = ";"

// file is one CSV file being written.
type file struct {
	f *os.File
	w *csv.Writer
	n int
}

// Writer writes a corpus as import files into a folder. Sources, claims and
// their relationships stream to disk; entities, studies and edge aggregates
// are kept in memory (they grow with the vocabulary, not the corpus) and
// written by Close.
type Writer struct {
	dir      string
	files    map[string]*file
	entities map[string]*entityRow
	studies  map[string]kg.Study
	edges    map[string]*kg.Tally
	sources  map[string]bool
	loadedAt string
}

type entityRow struct {
	e                  kg.Entity
	aliases            map[string]bool
	mentions, nsources int
}

// node and relationship files with their headers.
var headers = map[string][]string{
	"sources.csv": {"id:ID(Source)", "uri", "path", "title", "publisher", "author", "language", "genre", "published",
		"publishedText", "size:int", "text", "claimCount:int", "sentences:int", "loadedAt", ":LABEL"},
	"claims.csv": {"id:ID(Claim)", "predicate", "quote", "start:int", "end:int", "certainty", "rank:int", "negated:boolean",
		"cues:string[]", "language", "sourceId", "subjectId", "objectId", "relationId", "cited:boolean", "extractor", "extractorVersion", ":LABEL"},
	"entities.csv": {"id:ID(Entity)", "name", "category", "sortName", "aliases:string[]", "aliasText", "searchText",
		"xrefs:string[]", "mentionCount:int", "sourceCount:int", ":LABEL"},
	"studies.csv":       {"id:ID(Study)", "doi", "title", "authors:string[]", "year:int", "venue", "design", "n:int", "period", "reference", ":LABEL"},
	"stated_in.csv":     {":START_ID(Claim)", ":END_ID(Source)", ":TYPE"},
	"subject.csv":       {":START_ID(Claim)", ":END_ID(Entity)", ":TYPE"},
	"object.csv":        {":START_ID(Claim)", ":END_ID(Entity)", ":TYPE"},
	"attributed_to.csv": {":START_ID(Claim)", ":END_ID(Entity)", ":TYPE"},
	"via.csv":           {":START_ID(Claim)", ":END_ID(Entity)", ":TYPE"},
	"cited_by.csv":      {":START_ID(Claim)", ":END_ID(Study)", ":TYPE"},
	"cites.csv":         {":START_ID(Source)", ":END_ID(Study)", ":TYPE"},
	"mentions.csv":      {":START_ID(Source)", ":END_ID(Entity)", "count:int", "starts:int[]", "ends:int[]", ":TYPE"},
	"relations.csv": {":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "id", "predicate", "claimCount:int", "sourceCount:int",
		"assertedCount:int", "hedgedCount:int", "speculativeCount:int", "negatedCount:int", "citedCount:int",
		"bestAffirmative:int", "bestNegated:int", "bestRank:int", "bestCertainty", "affirmed:boolean", "contradicted:boolean"},
}

// New creates dir (which must be empty or absent) and starts the files. It
// returns an error when dir holds files or cannot be written.
func New(dir string) (*Writer, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) > 0 {
		return nil, fmt.Errorf("export: %s is not empty", dir)
	}
	w := &Writer{dir: dir, files: map[string]*file{}, entities: map[string]*entityRow{}, studies: map[string]kg.Study{},
		edges: map[string]*kg.Tally{}, sources: map[string]bool{}, loadedAt: time.Now().UTC().Format(time.RFC3339Nano)}
	for name, h := range headers {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			w.abort()
			return nil, fmt.Errorf("export: %w", err)
		}
		cw := csv.NewWriter(f)
		if err := cw.Write(h); err != nil {
			w.abort()
			return nil, fmt.Errorf("export: %w", err)
		}
		w.files[name] = &file{f: f, w: cw}
	}
	return w, nil
}

func (w *Writer) abort() {
	for _, f := range w.files {
		f.f.Close()
	}
}

func (w *Writer) row(name string, fields ...string) error {
	f := w.files[name]
	f.n++
	return f.w.Write(fields)
}

func array(list []string) string {
	clean := make([]string, len(list))
	for i, s := range list {
		clean[i] = strings.ReplaceAll(s, ArrayDelimiter, ",")
	}
	return strings.Join(clean, ArrayDelimiter)
}

func ints(list []int) string {
	s := make([]string, len(list))
	for i, n := range list {
		s[i] = strconv.Itoa(n)
	}
	return strings.Join(s, ArrayDelimiter)
}

func itoa(n int) string { return strconv.Itoa(n) }

func boolean(b bool) string { return strconv.FormatBool(b) }

// Add writes one document. A document whose bytes were already added is
// skipped, as the loader would; it returns an error only when a file cannot
// be written.
func (w *Writer) Add(d *kg.Document) error {
	src := d.Source
	if w.sources[src.ID] {
		return nil
	}
	w.sources[src.ID] = true
	uri := src.URI
	if uri == "" {
		uri = src.Path
	}
	err := w.row("sources.csv", src.ID, uri, src.Path, src.Title, src.Publisher, src.Author, src.Language, string(src.Genre),
		src.Published, src.PublishedText, itoa(len(src.Text)), src.Text, itoa(len(d.Claims)), itoa(d.Stats.Sentences), w.loadedAt, "Source")
	for _, e := range d.Entities {
		r := w.entities[e.ID]
		if r == nil {
			r = &entityRow{e: e, aliases: map[string]bool{}}
			w.entities[e.ID] = r
		}
		for _, a := range e.Aliases {
			r.aliases[a] = true
		}
		r.mentions += len(e.Mentions)
		r.nsources++
		starts, ends := make([]int, len(e.Mentions)), make([]int, len(e.Mentions))
		for i, m := range e.Mentions {
			starts[i], ends[i] = m.Start, m.End
		}
		err = firstErr(err, w.row("mentions.csv", src.ID, e.ID, itoa(len(e.Mentions)), ints(starts), ints(ends), "MENTIONS"))
	}
	for _, st := range d.Studies {
		if _, ok := w.studies[st.ID]; !ok {
			w.studies[st.ID] = st
		}
		err = firstErr(err, w.row("cites.csv", src.ID, st.ID, "CITES"))
	}
	for _, c := range d.Claims {
		rid := kg.RelationID(c.Subject.ID, c.Predicate, c.Object.ID)
		rank := c.Certainty.Rank() * 2
		if len(c.Citations) > 0 {
			rank++
		}
		if c.Negated {
			rank -= 10
		}
		err = firstErr(err, w.row("claims.csv", c.ID, string(c.Predicate), c.Quote, itoa(c.Start), itoa(c.End), string(c.Certainty),
			itoa(rank), boolean(c.Negated), array(c.Cues), c.Language, src.ID, c.Subject.ID, c.Object.ID, rid,
			boolean(len(c.Citations) > 0), c.Extractor, c.ExtractorVersion, "Claim"))
		err = firstErr(err, w.row("stated_in.csv", c.ID, src.ID, "STATED_IN"))
		err = firstErr(err, w.row("subject.csv", c.ID, c.Subject.ID, "SUBJECT"))
		err = firstErr(err, w.row("object.csv", c.ID, c.Object.ID, "OBJECT"))
		if c.AttributedTo != "" {
			err = firstErr(err, w.row("attributed_to.csv", c.ID, c.AttributedTo, "ATTRIBUTED_TO"))
		}
		if c.Via != "" {
			err = firstErr(err, w.row("via.csv", c.ID, c.Via, "VIA"))
		}
		for _, st := range c.Citations {
			err = firstErr(err, w.row("cited_by.csv", c.ID, st, "CITED_BY"))
		}
		t := w.edges[rid]
		if t == nil {
			t = &kg.Tally{}
			w.edges[rid] = t
		}
		t.Add(c, src.ID)
	}
	if err != nil {
		return fmt.Errorf("export %s: %w", src.ID, err)
	}
	return nil
}

func firstErr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

// Summary counts what an export wrote.
type Summary struct {
	Dir                                string
	Sources, Claims, Entities, Studies int
	Relations                          int
	// Command is the neo4j-admin invocation that imports the files.
	Command string
}

// Close writes the entities, studies and edges, flushes every file and
// returns what was written with the import command.
func (w *Writer) Close() (*Summary, error) {
	var err error
	for _, id := range slices.Sorted(maps.Keys(w.entities)) {
		r := w.entities[id]
		aliases := slices.Sorted(maps.Keys(r.aliases))
		text := ""
		for _, a := range aliases {
			text += " | " + a
		}
		e := r.e
		err = firstErr(err, w.row("entities.csv", e.ID, e.Name, string(e.Category), strings.ToLower(e.Name), array(aliases), text,
			strings.ToLower(e.Name+" | "+text), array(e.XRefs), itoa(r.mentions), itoa(r.nsources), "Entity;"+string(e.Category)))
	}
	for _, id := range slices.Sorted(maps.Keys(w.studies)) {
		st := w.studies[id]
		year, n := "", ""
		if st.Year > 0 {
			year = itoa(st.Year)
		}
		if st.N > 0 {
			n = itoa(st.N)
		}
		err = firstErr(err, w.row("studies.csv", id, st.DOI, st.Title, array(st.Authors), year, st.Venue, st.Design, n, st.Period, st.Reference, "Study"))
	}
	for _, id := range slices.Sorted(maps.Keys(w.edges)) {
		t := w.edges[id]
		best := t.BestRank()
		err = firstErr(err, w.row("relations.csv", t.Subject, t.Object, string(t.Predicate), id, string(t.Predicate),
			itoa(t.Claims), itoa(t.Sources), itoa(t.Asserted), itoa(t.Hedged), itoa(t.Speculative), itoa(t.Negated), itoa(t.Cited),
			itoa(t.BestAffirmative), itoa(t.BestNegated), itoa(best), string(kg.CertaintyOfRank(best)),
			boolean(t.Claims > t.Negated), boolean(t.Negated > 0 && t.Negated < t.Claims)))
	}
	for _, f := range w.files {
		f.w.Flush()
		err = firstErr(err, f.w.Error())
		err = firstErr(err, f.f.Close())
	}
	if err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	return &Summary{Dir: w.dir, Sources: w.files["sources.csv"].n, Claims: w.files["claims.csv"].n, Entities: len(w.entities),
		Studies: len(w.studies), Relations: len(w.edges), Command: Command(w.dir)}, nil
}

// Args returns the options of `neo4j-admin database import full neo4j`
// for the files in dir (absolute paths). The database name goes before
// them: after --relationships it would be read as one more file.
func Args(dir string) []string {
	abs, _ := filepath.Abs(dir)
	p := func(name string) string { return filepath.Join(abs, name) }
	args := []string{"--nodes=" + p("sources.csv"), "--nodes=" + p("claims.csv"), "--nodes=" + p("entities.csv"), "--nodes=" + p("studies.csv")}
	for _, r := range []string{"stated_in.csv", "subject.csv", "object.csv", "attributed_to.csv", "via.csv", "cited_by.csv", "cites.csv", "mentions.csv", "relations.csv"} {
		args = append(args, "--relationships="+p(r))
	}
	return append(args, "--array-delimiter="+ArrayDelimiter, "--multiline-fields=true", "--overwrite-destination=true",
		"--report-file="+p("import.report"))
}

// Command renders Args as a shell command line, quoting what the shell
// would otherwise read (the ";" delimiter, paths with spaces).
func Command(dir string) string {
	args := Args(dir)
	for i, a := range args {
		if strings.ContainsAny(a, ";&|<>()$`\\\"' \t") {
			args[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
		}
	}
	return "neo4j-admin database import full neo4j " + strings.Join(args, " ")
}
