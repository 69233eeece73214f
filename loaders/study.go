package loaders

import (
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"strconv"
	"strings"

	"github.com/regenkg/regenkg/internal/kg"
)

var (
	doiRe        = regexp.MustCompile(`\b10\.\d{4,9}/[^\s"<>]+`)
	apaRe        = regexp.MustCompile(`^(.+?)\s*\((\d{4})[a-z]?\)\.?\s*(.+)$`)
	vancouverRe  = regexp.MustCompile(`^(.+?)\.\s+(.+?)\.\s+(.+?)\.?\s+((?:19|20)\d{2})\b`)
	authorRe     = regexp.MustCompile(`([\p{L}'’\- ]+?),\s*((?:\p{Lu}\.\s*-?\s*)+)`)
	yearRe       = regexp.MustCompile(`\b(19|20)\d{2}\b`)
	numMarkerRe  = regexp.MustCompile(`\[(\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\]`)
	authorYearRe = regexp.MustCompile(`\b(\p{Lu}[\p{L}'’-]+)(?:\s+(?:et al\.?|dkk\.?|and \p{Lu}[\p{L}'’-]+|& \p{Lu}[\p{L}'’-]+))?,?\s*\(?((?:19|20)\d{2})\)?`)
	periodRe     = regexp.MustCompile(`(?i)(?:pada bulan|dilakukan pada|dari|from|between|periode|period)\s+(?:bulan\s+)?(` + monthRe + `\s+\d{4})\s*(?:sampai dengan|sampai|hingga|to|until|and|s\.d\.|[-–—])\s*(` + monthRe + `\s+\d{4})`)
)

// reference is a parsed reference-list entry.
type reference struct {
	num   int
	study kg.Study
}

// studies reads the document's reference list and, for a thesis or paper,
// the study the document itself describes.
func (x *Extractor) studies(a *analysis, src *kg.Source) []kg.Study {
	var out []kg.Study
	a.refs = nil
	for _, ln := range a.lines {
		if ln.kind != lineRef {
			continue
		}
		if r, ok := parseReference(a.text[ln.start:ln.end]); ok {
			a.refs = append(a.refs, r)
			out = append(out, r.study)
		}
	}
	if src.Genre == kg.GenreThesis || src.Genre == kg.GenrePaper {
		if st, ok := x.describedStudy(a, src); ok {
			a.own = &st
			out = append(out, st)
		}
	}
	// The same study listed twice is one study.
	seen := map[string]bool{}
	dedup := out[:0]
	for _, st := range out {
		if !seen[st.ID] {
			seen[st.ID] = true
			dedup = append(dedup, st)
		}
	}
	return dedup
}

// parseReference reads one entry of a reference list (APA, or Vancouver
// as a fallback). It reports false for a line with neither a year nor a DOI.
func parseReference(line string) (reference, bool) {
	var r reference
	s := strings.TrimSpace(line)
	if n := bulletPrefix(s); n > 0 {
		if v, err := strconv.Atoi(strings.TrimRight(s[:n], ".)")); err == nil {
			r.num = v
		}
		s = strings.TrimSpace(s[n:])
	}
	st := kg.Study{Reference: s}
	if m := doiRe.FindString(s); m != "" {
		st.DOI = kg.NormalizeDOI(m)
	}
	rest := s
	if st.DOI != "" {
		if i := strings.Index(strings.ToLower(rest), "https://doi.org/"); i >= 0 {
			rest = strings.TrimSpace(rest[:i])
		} else if i := strings.Index(rest, "doi:"); i >= 0 {
			rest = strings.TrimSpace(rest[:i])
		}
	}
	if m := apaRe.FindStringSubmatch(rest); m != nil {
		st.Authors = parseAuthors(m[1])
		st.Year, _ = strconv.Atoi(m[2])
		title, venue := splitTitleVenue(m[3])
		st.Title, st.Venue = title, venue
	} else if m := vancouverRe.FindStringSubmatch(rest); m != nil {
		for _, au := range strings.Split(m[1], ",") {
			if au = strings.TrimSpace(au); au != "" {
				st.Authors = append(st.Authors, au)
			}
		}
		st.Title, st.Venue = strings.TrimSpace(m[2]), strings.TrimSpace(m[3])
		st.Year, _ = strconv.Atoi(m[4])
	} else if y := yearRe.FindString(rest); y != "" {
		st.Year, _ = strconv.Atoi(y)
	}
	if st.DOI == "" && st.Year == 0 {
		return r, false
	}
	st.ID = studyID(st)
	r.study = st
	return r, true
}

func studyID(st kg.Study) string {
	if st.DOI != "" {
		return st.DOI
	}
	sum := sha256.Sum256([]byte(fold(st.Reference + "|" + st.Title)))
	return "kg:study/" + hex.EncodeToString(sum[:6])
}

func parseAuthors(s string) []string {
	var out []string
	for _, m := range authorRe.FindAllStringSubmatch(s, -1) {
		name := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(m[1]), "&"))
		name = strings.TrimSpace(strings.TrimPrefix(name, "and "))
		if name != "" {
			out = append(out, name+", "+strings.TrimSpace(m[2]))
		}
	}
	if len(out) == 0 && strings.TrimSpace(s) != "" {
		out = []string{strings.TrimSpace(s)}
	}
	return out
}

// splitTitleVenue splits "Title. Venue, 13(1), 262." at the end of the
// title: the first full stop, question or exclamation mark followed by a
// space.
func splitTitleVenue(s string) (string, string) {
	cut := -1
	for i := 0; i+1 < len(s); i++ {
		if (s[i] == '.' || s[i] == '?' || s[i] == '!') && s[i+1] == ' ' {
			cut = i
			break
		}
	}
	if cut < 0 {
		return strings.TrimRight(s, ". "), ""
	}
	title := strings.TrimSpace(s[:cut+1])
	title = strings.TrimSuffix(title, ".")
	venue := strings.TrimSpace(s[cut+1:])
	if i := strings.IndexAny(venue, ",("); i > 0 {
		venue = venue[:i]
	}
	return title, strings.TrimRight(strings.TrimSpace(venue), ".")
}

// describedStudy builds the study a thesis or paper reports on: its
// design, sample size and period, from the document's own words.
func (x *Extractor) describedStudy(a *analysis, src *kg.Source) (kg.Study, bool) {
	st := kg.Study{Title: src.Title}
	var designs []string
	seen := map[string]bool{}
	text := a.text
	for _, s := range a.sents {
		if s.dup {
			continue
		}
		for _, d := range x.idx.designs {
			if _, ok := d.words.any(s.toks, 0, len(s.toks)); ok && !seen[d.design] {
				seen[d.design] = true
				if d.modifier {
					designs = append(designs, d.design)
				} else {
					designs = append([]string{d.design}, designs...)
				}
			}
		}
		body := text[s.start:s.end]
		if st.N == 0 {
			for _, re := range x.cues.compiled.sampleSize {
				if m := re.FindStringSubmatch(body); m != nil {
					if n, err := strconv.Atoi(m[1]); err == nil && n > 0 {
						st.N = n
						break
					}
				}
			}
		}
		if st.Period == "" {
			if m := periodRe.FindStringSubmatch(body); m != nil {
				st.Period = m[1] + " – " + m[3]
			}
		}
	}
	st.Design = strings.Join(designs, ", ")
	if st.Design == "" && st.N == 0 {
		return st, false
	}
	if y := yearRe.FindString(src.Published); y != "" {
		st.Year, _ = strconv.Atoi(y)
	}
	st.Venue = string(src.Genre)
	st.Reference = "described in " + src.ID
	sum := sha256.Sum256([]byte(src.ID))
	st.ID = "kg:study/" + hex.EncodeToString(sum[:6])
	return st, true
}

// citedStudies returns the studies a sentence ties itself to: numbered
// markers ([3]), author–year mentions (Harrell et al., 2019), the venue of a
// listed study (jurnal Molecular Medicine Reports pada tahun 2025),
// "this study"-style continuations of the last citation, and, in a thesis or
// paper, the document's own study for its results.
func (x *Extractor) citedStudies(a *analysis, s *sentence, last []string) []string {
	body := a.text[s.start:s.end]
	folded := fold(body)
	var ids []string
	add := func(id string) {
		for _, x := range ids {
			if x == id {
				return
			}
		}
		ids = append(ids, id)
	}
	for _, m := range numMarkerRe.FindAllStringSubmatch(body, -1) {
		for _, part := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ',' || r == ' ' }) {
			if n, err := strconv.Atoi(part); err == nil {
				for _, r := range a.refs {
					if r.num == n {
						add(r.study.ID)
					}
				}
			}
		}
	}
	years := yearRe.FindAllString(body, -1)
	for _, m := range authorYearRe.FindAllStringSubmatch(body, -1) {
		y, _ := strconv.Atoi(m[2])
		for _, r := range a.refs {
			if r.study.Year == y && len(r.study.Authors) > 0 && strings.HasPrefix(fold(r.study.Authors[0]), fold(m[1])) {
				add(r.study.ID)
			}
		}
	}
	for _, r := range a.refs {
		v := fold(r.study.Venue)
		if len(v) < 8 || !strings.Contains(folded, v) {
			continue
		}
		if len(years) > 0 {
			ok := false
			for _, y := range years {
				ok = ok || y == strconv.Itoa(r.study.Year)
			}
			if !ok {
				continue
			}
		}
		if _, ok := x.idx.studyWords.any(s.toks, 0, len(s.toks)); ok {
			add(r.study.ID)
		}
	}
	if len(ids) == 0 && len(last) > 0 {
		if _, ok := x.idx.continuation.any(s.toks, 0, len(s.toks)); ok {
			ids = append(ids, last...)
		}
	}
	if len(ids) == 0 && a.own != nil && (s.section == "results") {
		add(a.own.ID)
	}
	return ids
}
