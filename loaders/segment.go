package loaders

import (
	"github.com/regenkg/regenkg/internal/kg"
	"strings"
	"unicode"
	"unicode/utf8"
)

// lineKind classifies a line of the document.
type lineKind int

const (
	lineBody lineKind = iota
	lineHeading
	lineList
	lineBlank
	lineBoiler
	lineMeta
	lineRefHeader
	lineRef
)

// line is one line of the original text; start and end bound its content
// without surrounding space, bullets or caption credits.
type line struct {
	start, end int
	kind       lineKind
}

// sentence is one sentence (or list item, or heading) of the document.
type sentence struct {
	start, end int
	line       int
	kind       lineKind
	toks       []token
	// gaps[i] is the text between toks[i-1] and toks[i].
	gaps []string
	lang string
	dup  bool
	// section is "results" or "methods" inside a structured abstract.
	section string
}

// analysis is a document cut into lines and sentences, with boilerplate and
// repeated text marked.
type analysis struct {
	text             string
	lines            []line
	sents            []*sentence
	boilerplateBytes int
	duplicateBytes   int
	lang             string
	// refs is the parsed reference list; own is the study a thesis or paper
	// describes.
	refs []reference
	own  *kg.Study
	// genreScore caches how many of each genre's patterns match.
	genreScore map[string]int
	// orgSpans caches each sentence's organisation pattern matches.
	orgSpans map[*sentence][][2]int
}

func (a *analysis) countSentences() int {
	n := 0
	for _, s := range a.sents {
		if !s.dup && s.kind != lineHeading {
			n++
		}
	}
	return n
}

// content reports whether a sentence may carry claims and mentions.
func (s *sentence) content() bool { return !s.dup }

const spaceChars = " \t\r\f\v\u00a0\u200b\ufeff"

var bullets = []string{"•", "·", "▪", "●", "◦", "‣", "–", "—", "-", "*", "✓", "✔", "►"}

// analyze cuts text into classified lines and sentences.
func (x *Extractor) analyze(text string) *analysis {
	a := &analysis{text: text}
	cc := &x.cues.compiled
	stopped, inRefs, skipNext := false, false, false
	afterBlank, prevBoiler := false, false
	// bulleted counts the teaser block's bulleted headlines so far, and
	// unbulleted says one was not.
	bulleted, unbulleted := 0, false
	for off := 0; off <= len(text); {
		nl := strings.IndexByte(text[off:], '\n')
		end := len(text)
		if nl >= 0 {
			end = off + nl
		}
		raw := text[off:end]
		ln := line{start: off, end: end}
		lead := len(raw) - len(strings.TrimLeft(raw, spaceChars))
		trail := len(raw) - len(strings.TrimRight(raw, spaceChars))
		ln.start, ln.end = off+lead, end-trail
		if ln.start > ln.end {
			ln.start = ln.end
		}
		content := text[ln.start:ln.end]
		// A teaser block ("Recommendation For You" and its headlines) ends
		// where, after a blank line, a long sentence starts that does not
		// follow a teaser's date line: some pages put the block mid-article.
		if stopped && content != "" && afterBlank && !prevBoiler && len(strings.Fields(content)) >= 12 && !matchAny(cc.boilerLine, content) {
			stopped = false
		}
		// One whose headlines are all bulleted ends at a heading after
		// them ("- Can stem cells help …?" then "Important safety
		// information"): the page goes on. An unbulleted blurb ("PRP
		// healed tennis elbow faster … Read more.") is a teaser's; an ad
		// line between the bullets breaks no run.
		// So does one followed, with no blank line, by a paragraph of the
		// article ("- Why your heart can't regrow muscle" then "But the
		// study also carries a warning. In the first two weeks …").
		boiler := matchAny(cc.boilerLine, content) || matchAny(cc.boilerStop, content)
		if stopped && content != "" && bulleted > 0 && !unbulleted && bulletPrefix(content) == 0 && !boiler &&
			(isHeading(content) || len(strings.Fields(content)) >= 20) {
			stopped = false
		}
		if stopped && content != "" && !boiler {
			if bulletPrefix(content) > 0 {
				bulleted++
			} else {
				unbulleted = true
			}
		}
		if content == "" {
			afterBlank = true
		} else {
			afterBlank = false
		}
		switch {
		case content == "":
			ln.kind = lineBlank
		case stopped:
			ln.kind = lineBoiler
		case matchAny(cc.boilerStop, content):
			ln.kind, stopped, bulleted, unbulleted = lineBoiler, true, 0, false
		case skipNext:
			ln.kind, skipNext = lineBoiler, false
		case matchAny(cc.boilerNext, content):
			ln.kind, skipNext = lineBoiler, true
		case matchAny(cc.boilerLine, content):
			ln.kind = lineBoiler
		case matchAny(cc.references, content):
			ln.kind, inRefs = lineRefHeader, true
		case inRefs:
			ln.kind = lineRef
		case matchAny(cc.metadata, content):
			ln.kind = lineMeta
		default:
			ln.kind = lineBody
			if b := bulletPrefix(content); b > 0 {
				ln.kind = lineList
				ln.start += b
				ln.start += len(text[ln.start:ln.end]) - len(strings.TrimLeft(text[ln.start:ln.end], spaceChars))
			} else if isHeading(content) {
				ln.kind = lineHeading
			}
			// A photo credit at the end of a caption is not text.
			for _, re := range cc.caption {
				if loc := re.FindStringIndex(text[ln.start:ln.end]); loc != nil {
					a.boilerplateBytes += ln.end - (ln.start + loc[0])
					ln.end = ln.start + loc[0]
					ln.end -= len(text[ln.start:ln.end]) - len(strings.TrimRight(text[ln.start:ln.end], spaceChars+".,;"))
				}
			}
		}
		if ln.kind == lineBoiler {
			a.boilerplateBytes += ln.end - ln.start
		}
		if ln.kind != lineBlank {
			// A teaser's own date line ("Umum14 Oct 2025") matches a
			// boilerplate pattern; the paragraph after it is the teaser's.
			prevBoiler = matchAny(cc.boilerLine, content)
		}
		a.lines = append(a.lines, ln)
		if nl < 0 {
			break
		}
		off = end + 1
	}
	unbulletedItems(text, a.lines)
	seen := map[string]bool{}
	section := ""
	for i, ln := range a.lines {
		if ln.kind != lineBody && ln.kind != lineList && ln.kind != lineHeading {
			continue
		}
		for _, sp := range x.segment(text, ln.start, ln.end) {
			for _, pc := range splitLong(text, sp) {
				s := &sentence{start: pc.start, end: pc.end, line: i, kind: ln.kind, toks: pc.toks}
				if len(s.toks) == 0 {
					continue
				}
				s.gaps = make([]string, len(s.toks))
				for k := 1; k < len(s.toks); k++ {
					s.gaps[k] = text[s.toks[k-1].end:s.toks[k].start]
				}
				body := text[s.start:s.end]
				for name, res := range cc.sections {
					if matchAny(res, body) {
						section = name
					}
				}
				s.section = section
				// Scrapers repeat whole articles: a sentence seen before is
				// skipped so that every claim points at one occurrence.
				if len(s.toks) >= 4 {
					key := joinNorm(s.toks)
					if seen[key] {
						s.dup = true
						a.duplicateBytes += s.end - s.start
					}
					seen[key] = true
				}
				s.lang = x.language(s.toks)
				a.sents = append(a.sents, s)
			}
		}
	}
	a.lang = documentLanguage(a.sents)
	return a
}

func joinNorm(toks []token) string {
	var b strings.Builder
	for _, t := range toks {
		b.WriteString(t.norm)
		b.WriteByte(' ')
	}
	return b.String()
}

func bulletPrefix(s string) int {
	for _, b := range bullets {
		if strings.HasPrefix(s, b) && len(s) > len(b) {
			r, _ := utf8.DecodeRuneInString(s[len(b):])
			if unicode.IsSpace(r) || r == 0xA0 {
				return len(b)
			}
		}
	}
	// "1. " or "2) " numbered items.
	i := 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && s[i+1] == ' ' {
		return i + 1
	}
	return 0
}

// unbulletedItems reads a paragraph of a heading of at most four words and
// two or more short lines with no closing full stop ("Keunggulan" / "Nyeri
// pascaoperasi lebih ringan" / "Infection (uncommon)") as a heading and its
// list: pages scraped without their bullets keep the lines but lose the
// marks.
func unbulletedItems(text string, lines []line) {
	// An item may close with a bracket or a quotation mark ("Infection
	// (uncommon)"), which a heading may not; a line that was only a photo
	// credit is empty.
	item := func(ln line) bool {
		return (ln.kind == lineHeading || ln.kind == lineBody) && shortCapitalised(text[ln.start:ln.end], ".!?:;,")
	}
	for i := 1; i+2 < len(lines); i++ {
		// A section's heading is short ("Keunggulan", "Risks and side
		// effects"); a headline with its deck and kicker is not a list.
		if lines[i].kind != lineHeading || lines[i-1].kind != lineBlank || len(strings.Fields(text[lines[i].start:lines[i].end])) > 4 {
			continue
		}
		j := i + 1
		for j < len(lines) && lines[j].kind != lineBlank && item(lines[j]) {
			j++
		}
		// The run is a paragraph of its own, with a blank line or the end of
		// the text after it.
		if j-i < 3 || j < len(lines) && lines[j].kind != lineBlank {
			continue
		}
		for k := i + 1; k < j; k++ {
			lines[k].kind = lineList
		}
		i = j
	}
}

// isHeading reports whether a line looks like a heading: short, capitalised
// and without closing punctuation.
func isHeading(s string) bool {
	return shortCapitalised(s, ".!?:;,\"”)")
}

// shortCapitalised reports whether s is a line of at most fourteen words
// that opens with a capital and does not end in one of closers.
func shortCapitalised(s, closers string) bool {
	if s == "" || strings.ContainsAny(s[len(s)-1:], closers) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return len(strings.Fields(s)) <= 14 && unicode.IsUpper(r)
}

// segment splits text[from:to] into sentences, returning [start, end)
// byte spans without surrounding space. A full stop after an abbreviation
// (dr., Prof., et al., SpS(K).), an initial (Y.) or inside a number does not
// end a sentence.
func (x *Extractor) segment(text string, from, to int) [][2]int {
	var out [][2]int
	start := from
	emit := func(end int) {
		s := strings.TrimLeft(text[start:end], spaceChars)
		st := end - len(s)
		s = strings.TrimRight(s, spaceChars)
		if len(s) > 0 {
			out = append(out, [2]int{st, st + len(s)})
		}
	}
	for i := from; i < to; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += size
			continue
		}
		j := i + size
		// Closing quotes and brackets belong to the sentence they end.
		for j < to {
			c, cs := utf8.DecodeRuneInString(text[j:])
			if c != '"' && c != '”' && c != '’' && c != '\'' && c != ')' && c != ']' && c != '.' {
				break
			}
			j += cs
		}
		if j >= to {
			break
		}
		c, _ := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsSpace(c) && c != 0xA0 {
			i = j
			continue
		}
		k := j + len(text[j:to]) - len(strings.TrimLeft(text[j:to], spaceChars))
		if k >= to {
			break
		}
		next, _ := utf8.DecodeRuneInString(text[k:])
		startsNew := unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune("\"“‘('[•", next)
		if r == '.' && x.abbreviationBefore(text, from, i) && !(startsNew && x.postNominalBefore(text, from, i) && !x.degreeAt(text, k, to)) {
			i = j
			continue
		}
		// Sloppy text starts sentences in lower case ("(54,5%). terdapat"):
		// a full stop after a word that is no abbreviation still ends one.
		if !startsNew && !unicode.IsLower(next) {
			i = j
			continue
		}
		emit(j)
		start = j
		i = j
	}
	emit(to)
	return out
}

// maxSentenceTokens bounds a sentence. Reading a sentence costs more than
// linear time in its length, so text without full stops (a scraped table, a
// hostile upload) is cut into pieces: at the last comma, semicolon or colon
// before the bound when there is one, else at the bound. No real sentence of
// the corpora comes near it.
const maxSentenceTokens = 160

// piece is a sentence span with its words.
type piece struct {
	start, end int
	toks       []token
}

// splitLong returns sp cut into pieces of at most maxSentenceTokens words,
// each with its words (tokenized once).
func splitLong(text string, sp [2]int) []piece {
	toks := tokenize(text, sp[0], sp[1])
	var out []piece
	start, first := sp[0], 0
	for len(toks)-first > maxSentenceTokens {
		cut := first + maxSentenceTokens
		for k := cut; k > first+maxSentenceTokens/2; k-- {
			if strings.ContainsAny(text[toks[k-1].end:toks[k].start], ",;:") {
				cut = k
				break
			}
		}
		end := toks[cut-1].end
		if g := text[end:toks[cut].start]; strings.ContainsAny(g, ",;:") {
			end += strings.IndexAny(g, ",;:") + 1
		}
		out = append(out, piece{start: start, end: end, toks: toks[first:cut]})
		start, first = toks[cut].start, cut
	}
	return append(out, piece{start: start, end: sp[1], toks: toks[first:]})
}

// postNominalBefore reports whether the word ending at the full stop at i
// is a degree that stands after a name (Cues.Attribution.Degrees).
func (x *Extractor) postNominalBefore(text string, from, i int) bool {
	_, word := wordEndingAt(text, from, i)
	return x.idx.degrees[fold(word)]
}

// degreeAt reports whether the word starting at k is itself a degree
// ("Dipl. AAAM"): a degree after a degree goes on naming the person.
func (x *Extractor) degreeAt(text string, k, to int) bool {
	e := k
	for e < to {
		r, size := utf8.DecodeRuneInString(text[e:])
		if unicode.IsSpace(r) || r == ',' || r == 0xA0 {
			break
		}
		e += size
	}
	_, word := wordEndingAt(text, k, e)
	return x.idx.degrees[fold(strings.TrimSuffix(word, "."))]
}

// wordEndingAt returns where the word ending at i starts, and the word
// lower-cased and without the brackets and commas around it; i and "" when
// a space, a bracket or from comes right before i.
func wordEndingAt(text string, from, i int) (int, string) {
	w := i
	for w > from {
		r, size := utf8.DecodeLastRuneInString(text[from:w])
		if unicode.IsSpace(r) || r == '(' || r == 0xA0 || r == '/' {
			break
		}
		w -= size
	}
	return w, strings.ToLower(strings.Trim(text[w:i], "(),;"))
}

// abbreviationBefore reports whether the word ending at the full stop at i
// is an abbreviation or an initial.
func (x *Extractor) abbreviationBefore(text string, from, i int) bool {
	w, word := wordEndingAt(text, from, i)
	if word == "" {
		return false
	}
	if x.cues.compiled.abbrev[word] {
		return true
	}
	// An initial: one letter, capital.
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(text[w:i])
		return unicode.IsUpper(r)
	}
	// Dotted abbreviations such as "Sp.KK" or "M.Kes" (letters only: "54.5%"
	// is a number).
	if strings.Contains(word, ".") && len(word) <= 8 && strings.IndexFunc(word, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '.'
	}) < 0 {
		return true
	}
	return false
}

// language guesses the language of a sentence from its function words.
func (x *Extractor) language(toks []token) string {
	id, en := 0, 0
	sw := x.idx.stopwords
	for _, t := range toks {
		if sw["id"][t.norm] {
			id++
		}
		if sw["en"][t.norm] {
			en++
		}
	}
	switch {
	case en > id:
		return "en"
	case id > en:
		return "id"
	}
	return ""
}

// documentLanguage is "id" or "en" when one language holds at least 80% of
// the sentences' bytes, else "mixed".
func documentLanguage(sents []*sentence) string {
	bytes := map[string]int{}
	total := 0
	for _, s := range sents {
		if s.lang != "" && !s.dup {
			bytes[s.lang] += s.end - s.start
			total += s.end - s.start
		}
	}
	if total == 0 {
		return "und"
	}
	for _, l := range []string{"id", "en"} {
		if bytes[l]*10 >= total*8 {
			return l
		}
	}
	// Sentences the stopwords could not place take the majority's language.
	return "mixed"
}
