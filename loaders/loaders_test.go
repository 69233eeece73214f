package loaders_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/regenkg/regenkg/internal/kg"
	"github.com/regenkg/regenkg/loaders"
)

// now pins the date that year-less dates are resolved against.
var now = time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)

func extractor(t testing.TB) *loaders.Extractor {
	t.Helper()
	x, err := loaders.New(loaders.Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func seed(t testing.TB, prefix string) (string, []byte) {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "corpus", "seeds", prefix+"*.txt"))
	if len(files) != 1 {
		t.Fatalf("seed %s: %v", prefix, files)
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	return files[0], b
}

func extractSeed(t testing.TB, prefix string) *kg.Document {
	t.Helper()
	path, b := seed(t, prefix)
	d, err := extractor(t).Extract(context.Background(), b, kg.Source{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func extractText(t testing.TB, text string) *kg.Document {
	t.Helper()
	d, err := extractor(t).Extract(context.Background(), []byte(text), kg.Source{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// checkProvenance asserts the invariants every extraction must keep: every
// quote and mention is exactly the original bytes at its offsets, offsets
// are in range and on UTF-8 boundaries.
func checkProvenance(t testing.TB, original []byte, d *kg.Document) {
	t.Helper()
	inRange := func(what string, s, e int) {
		t.Helper()
		if s < 0 || e > len(original) || s > e {
			t.Fatalf("%s: offsets %d..%d outside %d bytes", what, s, e, len(original))
		}
		if (s < len(original) && !utf8.RuneStart(original[s])) || (e < len(original) && !utf8.RuneStart(original[e])) {
			t.Fatalf("%s: offsets %d..%d split a UTF-8 character", what, s, e)
		}
	}
	for _, c := range d.Claims {
		inRange("claim "+c.ID, c.Start, c.End)
		if string(original[c.Start:c.End]) != c.Quote {
			t.Fatalf("claim %s: quote is not the bytes at its offsets", c.ID)
		}
	}
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			inRange("mention of "+e.ID, m.Start, m.End)
			if string(original[m.Start:m.End]) != m.Text {
				t.Fatalf("mention of %s: text %q is not the bytes at its offsets", e.ID, m.Text)
			}
		}
	}
}

func TestSeedsKeepProvenance(t *testing.T) {
	for _, p := range []string{"000", "001", "002", "003"} {
		t.Run(p, func(t *testing.T) {
			_, b := seed(t, p)
			checkProvenance(t, b, extractSeed(t, p))
		})
	}
}

func TestUnreadableDocumentsAreRefusedClearly(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, want string
		data       []byte
	}{
		{"empty", "empty document", nil},
		{"blank", "empty document", []byte(" \n\t\n")},
		{"binary", "binary content", []byte("PK\x03\x04\x00\x00data")},
		{"invalid utf-8", "not valid UTF-8", []byte("secretome \xff\xfe mengandung")},
		{"too large", "over the", []byte(strings.Repeat("a", loaders.MaxDocumentBytes+1))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := x.Extract(context.Background(), tc.data, kg.Source{Path: "doc.txt"})
			var kerr *kg.Error
			if !errors.As(err, &kerr) || kerr.Code != kg.Invalid || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "doc.txt") {
				t.Fatalf("err = %v, want an Invalid error naming doc.txt and saying %q", err, tc.want)
			}
		})
	}
}

// TestAFailingRuleCostsOneDocument checks that a reading rule that fails
// on a document (here: an extractor that was never built, so every rule
// fails) returns an Internal error naming the document, with no detail in
// its client-safe message, instead of crashing the batch.
func TestAFailingRuleCostsOneDocument(t *testing.T) {
	var x loaders.Extractor
	doc, err := x.Extract(context.Background(), []byte("Secretome contains growth factors."), kg.Source{Path: "doc.txt"})
	if doc != nil || kg.ErrorCode(err) != kg.Internal {
		t.Fatalf("doc = %v, err = %v; want no document and an Internal error", doc, err)
	}
	if msg := kg.ErrorMessage(err); !strings.Contains(msg, "doc.txt") || strings.Contains(msg, "panic") {
		t.Fatalf("message %q: want the document named and no internal detail", msg)
	}
}

func TestDuplicatedArticleGivesEachClaimOnce(t *testing.T) {
	path, b := seed(t, "000")
	d := extractSeed(t, "000")
	// The article appears twice: its second copy starts where the first
	// sentence repeats.
	first := "Injeksi exosome adalah prosedur non-bedah"
	i := strings.Index(string(b), first)
	second := strings.Index(string(b[i+1:]), first) + i + 1
	if second <= i {
		t.Fatalf("%s: expected the article twice", path)
	}
	seen := map[string]bool{}
	for _, c := range d.Claims {
		key := c.Subject.ID + string(c.Predicate) + c.Object.ID + c.Quote
		if seen[key] {
			t.Errorf("claim %s %s %s stated twice from the same sentence", c.Subject.Name, c.Predicate, c.Object.Name)
		}
		seen[key] = true
		if c.Start >= second && strings.Contains(string(b[:second]), c.Quote) {
			t.Errorf("claim %q points into the duplicate although the first copy has it", c.Quote)
		}
	}
	if d.Stats.DuplicateBytes < 3000 {
		t.Errorf("duplicate bytes = %d, want the repeated article counted", d.Stats.DuplicateBytes)
	}
}

func TestBoilerplateNeverYieldsClaimsOrMentions(t *testing.T) {
	for _, tc := range []struct{ seed, boiler string }{
		{"000", "Viral! 18 Kampus"},
		{"000", "Warga Rawamangun Kini Siap Glowing"},
		{"001", "Baca Artikel Lainnya"},
		{"001", "Recommendation For You"},
		{"001", "Terapi Stem Cell untuk Mengatasi Masalah Libido Rendah"},
	} {
		t.Run(tc.boiler, func(t *testing.T) {
			_, b := seed(t, tc.seed)
			d := extractSeed(t, tc.seed)
			at := strings.Index(string(b), tc.boiler)
			if at < 0 {
				t.Fatalf("boilerplate %q not in seed", tc.boiler)
			}
			end := at + strings.IndexByte(string(b[at:])+"\n", '\n')
			for _, c := range d.Claims {
				if c.Start < end && at < c.End {
					t.Errorf("claim from boilerplate: %q", c.Quote)
				}
			}
			for _, e := range d.Entities {
				for _, m := range e.Mentions {
					if m.Start >= at && m.End <= end {
						t.Errorf("mention of %s in boilerplate line %q", e.Name, tc.boiler)
					}
				}
			}
		})
	}
}

// TestRelatedArticleListsAreBoilerplate checks that the links a page lists
// to its other articles ("Berita Terkait:", "Related stories", lines opened
// by ">") name nothing: they are about other stories.
func TestRelatedArticleListsAreBoilerplate(t *testing.T) {
	for _, tc := range []struct{ name, text, boiler string }{
		{"berita terkait", "Sekretom membantu regenerasi saraf tepi pada tikus.\n\nBerita Terkait:\nMahasiswa Raih Emas lewat Gel Exosome untuk Luka Bakar\n", "Gel Exosome untuk Luka Bakar"},
		{"related stories", "Stem cells were given to babies with osteogenesis imperfecta.\n\nRelated stories\n- Gene therapy for sickle cell disease: who can get it?\n", "Gene therapy for sickle cell disease"},
		{"lihat juga", "Sekretom membantu regenerasi saraf tepi pada tikus.\nLihat juga: Efektivitas Irigasi Salin Hipertonik pada Rinitis Alergi | Sekretom untuk Anosmia\n", "Sekretom untuk Anosmia"},
		{"also read", "Stem cells were given to babies with osteogenesis imperfecta.\nAlso read: PRP for knee osteoarthritis, explained\n", "PRP for knee osteoarthritis"},
		{"a line opened by >", "Sekretom membantu regenerasi saraf tepi pada tikus.\n> FK Buka Layanan Terapi PRP untuk Cedera Olahraga\n", "Terapi PRP untuk Cedera Olahraga"},
		{"artikel lainnya", "PRP membantu mengencangkan kulit paha.\nArtikel Lainnya: Skin Booster Exosome untuk Bekas Jerawat | Tanam Benang vs HIFU\n", "Exosome untuk Bekas Jerawat"},
		{"related after a pipe", "BMAC is injected into the hip.\nBook your consultation today | Related: PRP for Tennis Elbow | Hyaluronic Acid vs. Steroid Shots\n", "PRP for Tennis Elbow"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			at := strings.Index(tc.text, tc.boiler)
			end := at + len(tc.boiler)
			for _, c := range d.Claims {
				if c.Start < end && at < c.End {
					t.Errorf("claim from a related-article line: %q", c.Quote)
				}
			}
			for _, e := range d.Entities {
				for _, m := range e.Mentions {
					if m.Start >= at && m.End <= end {
						t.Errorf("mention of %s in a related-article line", e.Name)
					}
				}
			}
		})
	}
}

// TestAffiliationLinesAreMetadata checks that a paper's numbered
// affiliations name no entity: "Department of Radiation Oncology, … Cancer
// Centre" is an address, not radiotherapy and cancer.
func TestAffiliationLinesAreMetadata(t *testing.T) {
	text := "Stem cells for xerostomia: a randomised trial\n\nKarin Holm 1, Budi Santosa 2\n" +
		"1 Department of Oral Surgery, Nordby University Hospital, Nordby\n" +
		"2 Department of Radiation Oncology, Sentosa Cancer Centre, Surabaya\n" +
		"(3) Cell Therapy Facility, Nordby University Hospital\n\n" +
		"Methods: Forty patients with xerostomia after radiotherapy received mesenchymal stem cells.\n"
	d := extractText(t, text)
	end := strings.Index(text, "Methods:")
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			if m.Start < end && m.Start > strings.Index(text, "1 Department") {
				t.Errorf("mention of %s in an affiliation: %q", e.Name, text[m.Start:m.End])
			}
		}
	}
	// The title claims ("Stem cells for xerostomia"); the author and
	// affiliation lines under it may not.
	authors := strings.Index(text, "Karin Holm")
	title := false
	for _, c := range d.Claims {
		if c.Start >= authors && c.Start < end {
			t.Errorf("claim from the header: %q", c.Quote)
		}
		title = title || c.Start == 0 && c.Predicate == kg.Treats && c.Object.Name == "xerostomia"
	}
	if !title {
		t.Error("the title's claim (stem cells treat xerostomia) is missing")
	}
}

func TestSourceDescription(t *testing.T) {
	for _, tc := range []struct {
		seed                                 string
		genre                                kg.Genre
		lang, title, author, published, text string
	}{
		{"000", kg.GenreNews, "id", "Beda Exosome, Secretome, dan Stem Cell serta Efek Sampingnya", "Yatin Suleha", "2025-11-05", "Rabu 05 November 2025 / 18:00"},
		{"001", kg.GenreCommercial, "id", "Terapi Regeneratif pada Asma Kronis dengan Secretome", "", "", ""},
		{"002", kg.GenreUniversityNews, "en", "", "Leony", "2025-12-03", "Wednesday (Dec. 3)"},
		{"003", kg.GenreThesis, "mixed", "Efektivitas Pemberian Sekretom", "", "", ""},
	} {
		t.Run(tc.seed, func(t *testing.T) {
			s := extractSeed(t, tc.seed).Source
			if s.Genre != tc.genre || s.Language != tc.lang || !strings.HasPrefix(s.Title, tc.title) ||
				s.Author != tc.author || s.Published != tc.published || s.PublishedText != tc.text {
				t.Fatalf("source = genre %q lang %q title %q author %q published %q (%q)", s.Genre, s.Language, s.Title, s.Author, s.Published, s.PublishedText)
			}
		})
	}
	if p := extractSeed(t, "001").Source.Publisher; p != "Regenic" {
		t.Errorf("001 publisher = %q, want Regenic", p)
	}
	if p := extractSeed(t, "002").Source.Publisher; p != "Universitas Gadjah Mada" {
		t.Errorf("002 publisher = %q, want Universitas Gadjah Mada", p)
	}
}

// TestGenreOfAClinicPage checks that a clinic's page is commercial: its
// booking words ("Book Online", "Patient Portal") say so, and a reference
// list citing papers ("doi:", "2024;12(3):") says what a page cites, not
// what it is.
func TestGenreOfAClinicPage(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"a reference list", "Beranda | Layanan | Dokter Kami | Artikel | Promo | Kontak\n\nSuntik PRP untuk De Quervain\n\n" +
			"Klinik kami menawarkan suntik PRP untuk tenosinovitis De Quervain. Jadwalkan konsultasi Anda.\n\n" +
			"Referensi:\n1. Santoso R, Wirawan K. Platelet-rich plasma versus corticosteroid in de Quervain tenosynovitis. J Hand Ther. 2024;12(3):101-108. doi:10.5555/jht.2024.0123\n" +
			"2. Hartono D. PRP for tendinopathy. Orthop Rev. 2023;8(2):55-61. doi:10.5555/or.2023.0456\n"},
		{"English booking words", "Harbourview Youth Sports Clinic | Book Online | Patient Portal | Careers\n\nOsgood-Schlatter Disease: When the Knee Won't Settle\n\n" +
			"Osgood-Schlatter disease is a painful bump below the kneecap. For a few teens, our physicians may discuss platelet-rich plasma.\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if d := extractText(t, tc.text); d.Source.Genre != kg.GenreCommercial {
				t.Fatalf("genre %q, want commercial", d.Source.Genre)
			}
		})
	}
}

// TestGenreOfPageChrome checks that what a page wears says what it is: a
// university's masthead over its news section and its office of
// communications, a shop's cart and shipping words, a clinic's team and
// free-consultation words, and a paper's question-and-answer column whose
// reader asks a doctor.
func TestGenreOfPageChrome(t *testing.T) {
	body := "\n\nSecretome reduced lung damage in mice, the researchers said. The team hopes to begin a trial.\n"
	for _, tc := range []struct {
		name, text string
		want       kg.Genre
	}{
		{"university masthead", "Eastmere University | News & Events\nHome > News > Health & Medicine\nSecretome eases lung damage in mice\nPublished 18 November 2026 | By Eastmere News Office" + body + "Read more: Open day draws record crowds\n", kg.GenreUniversityNews},
		{"university nav and communications office", "Skip to main content\nUniversity of Eastmoor\nStudy | Research | Alumni | About\nSecretome eases lung damage in mice\nBy Office of Communications | 18 November 2026" + body + "Read more: Open day draws record crowds\n", kg.GenreUniversityNews},
		{"shop listing", "Kategori > Kecantikan > Serum\nSerum Sekretom 20ml BPOM\nTerjual 2rb+ | Rp129.000\nGratis Ongkir | [+ Keranjang] [Beli Langsung]" + body, kg.GenreCommercial},
		{"clinic with a team and free consultations", "Crestline Regenerative Center | Treatments | Our Team | Patient Stories | Contact\nCall (480) 555-0172 to book a free phone consultation\n\nStem Cell Therapy for Lung Damage" + body, kg.GenreCommercial},
		{"a news report quoting a university's alumnus and a doctor's team", "Kabar Sehat | Kesehatan\nJakarta - Klinik itu menawarkan suntik sel punca.\nSelasa, 18 November 2025 09:12 WIB\n\"Bukti ilmiahnya belum kuat,\" kata dr. Budi, alumni FK Universitas Gadjah Mada, kepada wartawan.\n\"Our team saw less pain at six months,\" said Dr Amir Khan, who trained at the University of Leeds, told BBC News." + body + "Baca juga: Harga vaksin turun\n", kg.GenreNews},
		{"a doctor answers a reader", "Beranda > Kesehatan > Tanya Dokter\nTANYA DOKTER\nPerlukah Coba Suntik Stemcell?\nTim Redaksi | Selasa, 18 November 2025 - 09:12 WIB\nPertanyaan pembaca pekan ini dijawab oleh dr. Hendra, dokter di RS Harapan Medika. Kirim pertanyaan Anda ke konsultasi@redaksi.example." + body + "BACA JUGA\nSering Begadang, Benarkah Bisa Bikin Perlemakan Hati?\n", kg.GenreNews},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if d := extractText(t, tc.text); d.Source.Genre != tc.want {
				t.Fatalf("genre %q, want %q", d.Source.Genre, tc.want)
			}
		})
	}
}

// TestTitleAndPublisherUnderPageChrome checks that the headline is found
// below what pages put above it, and that a site's name over its menu is
// the publisher (and, on a clinic's own page, not an entity).
func TestTitleAndPublisherUnderPageChrome(t *testing.T) {
	// unchecked as a row's publisher leaves the publisher unchecked.
	const unchecked = "-"
	body := "\n\nDermatitis atopik adalah peradangan kulit kronis. Klinik kami menawarkan sekretom untuk dermatitis atopik.\n"
	for _, tc := range []struct {
		name, text, title, publisher string
	}{
		{"site name, menu and breadcrumb",
			"Klinik Kulit Sejahtera\nBeranda | Layanan | Dokter Kami | Kontak\n\nArtikel > Kulit Sensitif\n\nSekretom untuk Dermatitis Atopik: Apa Manfaatnya?\nDitulis oleh Tim Medis Sejahtera | Ditinjau oleh dr. Nadia | 19 November 2025" + body,
			"Sekretom untuk Dermatitis Atopik: Apa Manfaatnya?", "Klinik Kulit Sejahtera"},
		{"site name with a tagline",
			"Prima Sport Clinic - Klinik Cedera Olahraga\nBeranda | Layanan | FAQ | Booking\n\nFAQ: Terapi Sekretom di Prima Sport Clinic" + body,
			"FAQ: Terapi Sekretom di Prima Sport Clinic", "Prima Sport Clinic"},
		{"article-type label", "Original Research\nUmbilical cord mesenchymal stem cell infusion in new-onset type 1 diabetes: a randomized trial" + body,
			"Umbilical cord mesenchymal stem cell infusion in new-onset type 1 diabetes: a randomized trial", ""},
		{"release lines in capitals", "NEWS RELEASE\nFOR IMMEDIATE RELEASE - 18 November 2025\nStem cells given through the breathing tube appear safe in premature babies, first trial finds" + body,
			"Stem cells given through the breathing tube appear safe in premature babies, first trial finds", ""},
		{"body text first", "Secretome is a fluid produced by stem cells that contains proteins and growth factors, the seminar heard." + body, "", ""},
		{"site name opening its own menu line", "Nirmala Regenerative Center | Beranda | Layanan | Dokter Kami | Artikel | Hubungi Kami\nSitus ini menggunakan cookie untuk meningkatkan pengalaman Anda. [Setuju] [Pengaturan]\n\nTerapi Sekretom untuk Dermatitis Atopik" + body,
			"Terapi Sekretom untuk Dermatitis Atopik", "Nirmala Regenerative Center"},
		{"a cookie banner over a menu names no site", "Kami menggunakan cookie untuk meningkatkan pengalaman Anda. [Terima] [Pengaturan]\nBeranda | Layanan | Dokter Kami | Promo | Artikel | Hubungi Kami\n\nTerapi Sekretom untuk Dermatitis Atopik" + body,
			"Terapi Sekretom untuk Dermatitis Atopik", ""},
		{"cookie banner", "Kami menggunakan cookie untuk meningkatkan pengalaman Anda. [Setuju] [Pengaturan]\n\nSekretom untuk Dermatitis Atopik: Apa Manfaatnya?" + body,
			"Sekretom untuk Dermatitis Atopik: Apa Manfaatnya?", unchecked},
		{"advertisement", "IKLAN - Susu Tinggi Kalsium untuk Tulang Kuat di Usia Senja. Beli 2 Gratis 1!\n\nSekretom Diuji untuk Dermatitis Atopik pada Anak" + body,
			"Sekretom Diuji untuk Dermatitis Atopik pada Anak", unchecked},
		{"journal header", "Journal of Dermatological Regeneration | Volume 7, Issue 4 | Original Research\nVolume 7, Issue 4 | Received 12 May 2025; Accepted 3 September 2025\n\nTopical secretome for atopic dermatitis in children: a randomized trial" + body,
			"Topical secretome for atopic dermatitis in children: a randomized trial", unchecked},
		{"repository header", "Repositori Institusi Universitas Sriwangsa\nDetail Cantuman\nTesis (Magister) - Program Studi Ilmu Biomedik\n\nPengaruh Sekretom terhadap Dermatitis Atopik pada Tikus" + body,
			"Pengaruh Sekretom terhadap Dermatitis Atopik pada Tikus", unchecked},
		{"menu spaced with blanks and a clinic's name", "Harrowgate Skin & Scalp Institute\nHome  Treatments  Conditions  Our Team  Book Now\nBook a consultation: +65 0000 1403\n\nAtopic Dermatitis: Our Secretome Protocol" + body,
			"Atopic Dermatitis: Our Secretome Protocol", unchecked},
		{"headline ending in a full stop", "THE LAKESHORE LEDGER\n\nShe paid for secretome drips to treat her eczema. Experts say the evidence is thin.\nDitulis oleh Tim Redaksi | 19 November 2025" + body,
			"She paid for secretome drips to treat her eczema. Experts say the evidence is thin.", unchecked},
		{"a heading after the text has begun is no headline", "Secretome is a fluid produced by stem cells that contains proteins and growth factors, the seminar heard.\n\nWhat the Speakers Said About Regulation" + body, "", unchecked},
		{"a site's name has no lower-case word", "Suntik PRP di Klinik Prima Sport" + body, "Suntik PRP di Klinik Prima Sport", unchecked},
		{"a headline naming a clinic", "Why Our Clinic Offers PRP for Knee Pain" + body, "Why Our Clinic Offers PRP for Knee Pain", unchecked},
		{"a short heading with nothing longer after it", "Terapi PRP" + body, "Terapi PRP", unchecked},
		{"'Oleh karena itu' is no byline", "Sekretom mempercepat penyembuhan luka bakar pada tikus.\nOleh karena itu, peneliti akan mengujinya pada manusia." + body, "", unchecked},
		{"a one-word heading is no headline", "Home" + body, "", unchecked},
		{"a byline-like heading is no headline", "By 2030\nSekretom mungkin menjadi terapi standar." + body, "", unchecked},
		{"a clinic's name with a joining word is no headline", "Klinik Kulit dan Kelamin Prima\n\nTerapi Sekretom untuk Dermatitis Atopik" + body, "Terapi Sekretom untuk Dermatitis Atopik", unchecked},
		{"a breadcrumb names no site", "Kesehatan Kulit > Artikel > Eksim > Anak\n\nTerapi Sekretom untuk Dermatitis Atopik" + body, "Terapi Sekretom untuk Dermatitis Atopik", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			if d.Source.Title != tc.title || tc.publisher != unchecked && d.Source.Publisher != tc.publisher {
				t.Fatalf("title %q publisher %q, want %q and %q", d.Source.Title, d.Source.Publisher, tc.title, tc.publisher)
			}
			if d.Source.Genre == kg.GenreCommercial && tc.publisher != "" && tc.publisher != unchecked {
				for _, e := range d.Entities {
					if e.Name == tc.publisher {
						t.Errorf("the clinic whose page it is became an entity: %+v", e.Name)
					}
				}
			}
		})
	}
}

func TestBylines(t *testing.T) {
	body := "\n\nSecretome is a fluid produced by stem cells.\n"
	for _, tc := range []struct{ text, want string }{
		{"HEALTH | LUNGS\nInhaled exosomes for lung scarring\nBy Marcus Tan, Health Reporter\nPublished 14 November 2025" + body, "Marcus Tan"},
		{"BEAUTY / HAIR\nPRP vs. Exosomes for Thinning Hair\nBy Maya Thornton | October 29, 2025" + body, "Maya Thornton"},
		{"Gel Sekretom Bantu Pulihkan Gusi\nPenulis: Anisa Rahmadani | Editor: Tri Wulandari" + body, "Anisa Rahmadani"},
	} {
		t.Run(tc.want, func(t *testing.T) {
			if got := extractText(t, tc.text).Source.Author; got != tc.want {
				t.Errorf("author = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestSentenceLanguageInAMixedDocument(t *testing.T) {
	d := extractSeed(t, "003")
	langs := map[string]int{}
	for _, c := range d.Claims {
		langs[c.Language]++
	}
	if langs["id"] == 0 || langs["en"] == 0 {
		t.Fatalf("claims by language = %v, want both id and en", langs)
	}
}

func TestReferenceListsAndCitations(t *testing.T) {
	d := extractSeed(t, "001")
	byDOI := map[string]kg.Study{}
	for _, st := range d.Studies {
		byDOI[st.DOI] = st
	}
	if len(byDOI) != 5 {
		t.Fatalf("studies = %d, want the five references", len(byDOI))
	}
	mmr := byDOI["10.3892/mmr.2025.13531"]
	if mmr.Year != 2025 || mmr.Venue != "Molecular Medicine Reports" || len(mmr.Authors) != 4 || mmr.Authors[0] != "Lv, K." ||
		!strings.HasPrefix(mmr.Title, "The role of mesenchymal stem cell") {
		t.Fatalf("parsed reference: %+v", mmr)
	}
	if abb := byDOI["10.1186/s13287-022-02938-5"]; len(abb.Authors) != 11 || abb.Venue != "Stem cell research & therapy" {
		t.Fatalf("parsed reference: %+v", abb)
	}
	cited := 0
	for _, c := range d.Claims {
		for _, id := range c.Citations {
			if id == mmr.ID {
				cited++
				if !strings.Contains(c.Quote, "Molecular Medicine Reports") && !strings.Contains(c.Quote, "tinjauan tersebut") {
					t.Errorf("claim %q cites the review without the text tying them", c.Quote)
				}
			}
		}
	}
	if cited == 0 {
		t.Fatal("no claim is tied to the study the text names")
	}
}

// TestReferenceHeadings checks that the headings a reference list goes by,
// a note in brackets included ("Daftar Pustaka (pilihan)"), turn the
// numbered lines under them into studies, never into claims.
func TestReferenceHeadings(t *testing.T) {
	for _, heading := range []string{"Daftar Pustaka", "Daftar Pustaka (pilihan)", "Daftar Pustaka (terpilih)", "References (selected)", "Referensi terpilih:"} {
		t.Run(heading, func(t *testing.T) {
			text := "Eksosom menurunkan peradangan pada tikus obesitas.\n" + heading + "\n" +
				"1. Prasetyo, A. D., & Hanum, L. (2023). Mesenchymal stem cell-derived exosomes restore insulin sensitivity in high-fat-diet mice. Jurnal Biomedik Nusantara, 15(2), 77-86. https://doi.org/10.5555/jbn.2023.15.2.77\n"
			d := extractText(t, text)
			if len(d.Studies) != 1 || d.Studies[0].DOI != "10.5555/jbn.2023.15.2.77" {
				t.Errorf("studies = %+v, want the one reference", d.Studies)
			}
			for _, c := range d.Claims {
				if strings.Contains(c.Quote, "Prasetyo") {
					t.Errorf("claim %s %s %s read from the reference list", c.Subject.Name, c.Predicate, c.Object.Name)
				}
			}
		})
	}
}

func TestTheThesisDescribesItsOwnStudy(t *testing.T) {
	d := extractSeed(t, "003")
	var own *kg.Study
	for i := range d.Studies {
		if strings.HasPrefix(d.Studies[i].ID, "kg:study/") {
			own = &d.Studies[i]
		}
	}
	if own == nil || own.N != 11 || !strings.Contains(own.Design, "retrospective cohort") || !strings.Contains(own.Design, "single-arm") || own.Period == "" {
		t.Fatalf("described study = %+v", own)
	}
	for _, c := range d.Claims {
		if strings.HasPrefix(c.Quote, "Kesimpulan:") && len(c.Citations) == 0 {
			t.Errorf("a conclusion claim does not cite the thesis's own study: %q", c.Quote)
		}
	}
}

// claimsOf returns "subject PREDICATE object" strings (with NOT and the
// certainty) of a document's claims.
func claimsOf(d *kg.Document) map[string]kg.Claim {
	out := map[string]kg.Claim{}
	for _, c := range d.Claims {
		k := c.Subject.Name + " " + string(c.Predicate) + " " + c.Object.Name
		if c.Negated {
			k = "NOT " + k
		}
		out[k] = c
	}
	return out
}

func TestClaimReading(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       map[string]kg.Certainty // "NOT s P o" for negated
		absent     []string
	}{
		{"negated contains", "Injeksi exosome adalah prosedur non-bedah. Prosedur ini aman, tidak mengandung sel hidup.",
			map[string]kg.Certainty{"NOT exosome CONTAINS live cell": kg.Asserted}, []string{"exosome CONTAINS live cell"}},
		{"not only is not a negation", "Dengan cara ini, secretome bukan hanya membantu memperbaiki jaringan yang rusak.",
			map[string]kg.Certainty{"secretome ACTS_VIA tissue regeneration": kg.Asserted}, nil},
		{"english negation", "Unlike stem cells, secretome does not contain living cells.",
			map[string]kg.Certainty{"NOT secretome CONTAINS live cell": kg.Asserted}, nil},
		{"hedge id", "Sekretom dapat memperbaiki perburukan osteoporosis vertebra.",
			map[string]kg.Certainty{"secretome TREATS vertebral osteoporosis": kg.Hedged}, nil},
		{"hedge en, coreference", "Secretome is a fluid produced by stem cells. In theory, this fluid can support tissue regeneration.",
			map[string]kg.Certainty{"secretome ACTS_VIA tissue regeneration": kg.Hedged, "secretome DERIVED_FROM stem cell": kg.Asserted}, nil},
		{"strong", "Eksosom dalam secretome juga terbukti membantu merangsang regenerasi sel epitel.",
			map[string]kg.Certainty{"secretome ACTS_VIA epithelial regeneration": kg.Asserted}, nil},
		{"speculative", "Kami berharap terapi exosome di masa depan dapat mengobati psoriasis.",
			map[string]kg.Certainty{"exosome TREATS psoriasis": kg.Speculative}, nil},
		{"rare risk is hedged", "Efek samping stem cell seperti demam jarang terjadi.",
			map[string]kg.Certainty{"stem cell HAS_RISK fever": kg.Hedged}, nil},
		{"typos", "The Efectivity of Mesenchimal Stem Cell Scretome Administration in Patients with Vertebral Osteoporosis.",
			map[string]kg.Certainty{"secretome DERIVED_FROM mesenchymal stem cell": kg.Asserted, "secretome TREATS vertebral osteoporosis": kg.Asserted}, nil},
		{"relative clause", "eksosom yang berasal dari secretome MSC memiliki potensi untuk asma.",
			map[string]kg.Certainty{"exosome TREATS asthma": kg.Hedged}, []string{"mesenchymal stem cell TREATS asthma"}},
		{"coordinated objects", "Kami menemukan exosome membantu meringankan psoriasis dan dermatisis atopi.",
			map[string]kg.Certainty{"exosome TREATS psoriasis": kg.Asserted, "exosome TREATS atopic dermatitis": kg.Asserted}, nil},
		{"reduced inflammation is anti-inflammatory", "Secretome menekan gejala dan peradangan pada pasien.",
			map[string]kg.Certainty{"secretome ACTS_VIA anti-inflammatory effect": kg.Asserted}, []string{"secretome ACTS_VIA inflammation"}},
		{"route", "Terapi secretome umumnya diberikan melalui injeksi intravena (IV).",
			map[string]kg.Certainty{"secretome ADMINISTERED_VIA intravenous": kg.Asserted}, nil},
		{"measured by", "There was a significant difference in osteoporosis patients based on laboratory parameters osteocalcin and CTX.",
			map[string]kg.Certainty{"osteoporosis MEASURED_BY osteocalcin": kg.Asserted, "osteoporosis MEASURED_BY C-terminal telopeptide": kg.Asserted}, nil},
		{"carried subject after because", "Sekretom tidak menyebabkan penolakan karena tidak mengandung sel hidup.",
			map[string]kg.Certainty{"NOT secretome CONTAINS live cell": kg.Asserted}, nil},
		{"relative clause on a copula's complement", "Sekretom adalah cairan hasil sekresi sel punca mesenkimal yang mengandung growth factor dan sitokin.",
			map[string]kg.Certainty{"secretome CONTAINS growth factor": kg.Asserted, "secretome CONTAINS cytokine": kg.Asserted,
				"secretome DERIVED_FROM mesenchymal stem cell": kg.Asserted},
			[]string{"mesenchymal stem cell CONTAINS growth factor"}},
		{"measures of the document's condition", "Secretome was given to patients with osteoporosis. Osteoporosis is common. The primary endpoint was the change in osteocalcin.",
			map[string]kg.Certainty{"osteoporosis MEASURED_BY osteocalcin": kg.Asserted}, nil},
		{"specific route over injection", "Secretome is injected into the knee joint (intra-articular injection).",
			map[string]kg.Certainty{"secretome ADMINISTERED_VIA intra-articular": kg.Asserted}, []string{"secretome ADMINISTERED_VIA injection"}},
		{"cell-free denies live cells", "Sekretom merupakan produk sekresi bebas sel yang dihasilkan oleh sel punca mesenkimal.",
			map[string]kg.Certainty{"NOT secretome CONTAINS live cell": kg.Asserted, "secretome DERIVED_FROM mesenchymal stem cell": kg.Asserted},
			[]string{"secretome CONTAINS live cell", "NOT secretome CONTAINS mesenchymal stem cell"}},
		{"cell-free before its product", "Because it is cell-free, the secretome cannot be rejected.",
			map[string]kg.Certainty{"NOT secretome CONTAINS live cell": kg.Asserted}, nil},
		{"named living cells are that cell type", "Sekretom tidak mengandung sel punca hidup.",
			map[string]kg.Certainty{"NOT secretome CONTAINS stem cell": kg.Asserted}, []string{"NOT secretome CONTAINS live cell"}},
		{"standard care lists treatments", "Perawatan standar luka kaki diabetik meliputi debridemen dan offloading.",
			map[string]kg.Certainty{"debridement TREATS diabetic foot ulcer": kg.Asserted, "offloading TREATS diabetic foot ulcer": kg.Asserted}, nil},
		{"a severity word inside a denied list", "Umbilical cord MSCs were infused. No tumour formation, thromboembolic events or severe hypoglycaemia attributable to the cells were observed.",
			map[string]kg.Certainty{"NOT umbilical cord mesenchymal stem cell HAS_RISK tumour formation": kg.Asserted,
				"NOT umbilical cord mesenchymal stem cell HAS_RISK thromboembolism": kg.Asserted,
				"NOT umbilical cord mesenchymal stem cell HAS_RISK hypoglycaemia":   kg.Asserted}, nil},
		{"a therapy in a job title is not the one at hand", "Professor Kenji Arakawa, a stem cell biologist, said the risks of exosomes are poorly understood. \"Products of unknown origin may carry a risk of infection,\" he said.",
			map[string]kg.Certainty{"exosome HAS_RISK infection": kg.Hedged}, []string{"stem cell HAS_RISK infection"}},
		{"scales the lexicon does not know", "Secretome was given to patients with stroke. Stroke recovery was measured with the Fugl-Meyer Motor Scale (FMMS) and the Barthel Index.",
			map[string]kg.Certainty{"stroke MEASURED_BY Fugl-Meyer Motor Scale": kg.Asserted, "stroke MEASURED_BY Barthel Index": kg.Asserted}, nil},
		{"an Indonesian scale noun opens the name", "Pasien osteoartritis lutut diberi sekretom. Respons osteoartritis lutut diukur dengan tes Lequesne.",
			map[string]kg.Certainty{"knee osteoarthritis MEASURED_BY Lequesne test": kg.Asserted}, nil},
		{"'di dalamnya' is the product just named", "Sekretome adalah kumpulan zat yang dikeluarkan sel punca mesenkimal. Di dalamnya terdapat growth factor, sitokin, dan exosom.",
			map[string]kg.Certainty{"secretome CONTAINS growth factor": kg.Asserted, "secretome CONTAINS cytokine": kg.Asserted, "secretome CONTAINS exosome": kg.Asserted}, nil},
		{"'isinya' opens the contents of the product at hand", "Sekretom adalah cairan yang dilepaskan sel punca. Isinya antara lain growth factor, sitokin anti-radang, dan eksosom.",
			map[string]kg.Certainty{"secretome CONTAINS growth factor": kg.Asserted, "secretome CONTAINS cytokine": kg.Asserted, "secretome CONTAINS exosome": kg.Asserted}, []string{"secretome CONTAINS stem cell"}},
		{"the contents end where a clause about them begins", "Sekretom adalah cairan dari sel punca. Isinya faktor pertumbuhan dan eksosom yang membawa mikroRNA.",
			map[string]kg.Certainty{"secretome CONTAINS growth factor": kg.Asserted, "secretome CONTAINS exosome": kg.Asserted, "exosome CONTAINS microRNA": kg.Asserted}, []string{"secretome CONTAINS microRNA"}},
		{"a condition not improved with a therapy is one it treats", "Rotator cuff tendinopathy that has not improved with physical therapy.",
			map[string]kg.Certainty{"physiotherapy TREATS rotator cuff tendinopathy": kg.Asserted}, []string{"NOT physiotherapy TREATS rotator cuff tendinopathy"}},
		{"'tidak membaik dengan' denies nothing", "Untuk vitiligo stabil yang tidak membaik dengan obat, dokter dapat melakukan transplantasi melanosit-keratinosit (MKTP).",
			map[string]kg.Certainty{"melanocyte-keratinocyte transplantation TREATS vitiligo": kg.Hedged}, []string{"NOT melanocyte-keratinocyte transplantation TREATS vitiligo"}},
		{"an epidural steroid injection is a corticosteroid given epidurally", "He had two epidural steroid injections last year.",
			map[string]kg.Certainty{"corticosteroid ADMINISTERED_VIA epidural": kg.Asserted}, nil},
		{"a product said not to be cells holds no live cells", "\"Eksosom ini bukan sel, jadi aman, tidak ada risiko ditolak tubuh,\" ujar dr. Rendra.",
			map[string]kg.Certainty{"NOT exosome CONTAINS live cell": kg.Asserted, "NOT exosome HAS_RISK transplant rejection": kg.Asserted}, nil},
		{"vesicles that are not cells hold no live cells", "Because EVs are not cells, they cannot divide or engraft.",
			map[string]kg.Certainty{"NOT extracellular vesicle CONTAINS live cell": kg.Asserted}, nil},
		{"a product that is not stem cells says nothing of what it holds", "\"Exosome bukan stem cell, jadi tidak ada risiko penolakan.\"",
			nil, []string{"NOT exosome CONTAINS stem cell", "NOT exosome CONTAINS live cell"}},
		{"a cause after a list of harms is only the last one's", "Stem cell transplantation can cure thalassaemia. Other risks include severe infection, graft rejection and infertility caused by chemotherapy.",
			map[string]kg.Certainty{"stem cell HAS_RISK infection": kg.Asserted, "stem cell HAS_RISK transplant rejection": kg.Asserted}, []string{"chemotherapy HAS_RISK infection", "chemotherapy HAS_RISK transplant rejection"}},
		{"two harms a cause follows with no comma share it", "Sekretom diberikan pada tikus. Tidak ditemukan kematian atau emboli paru akibat pemberian sekretom.",
			map[string]kg.Certainty{"NOT secretome HAS_RISK death": kg.Asserted, "NOT secretome HAS_RISK pulmonary embolism": kg.Asserted}, nil},
		{"a harm denied after a product is set apart from another therapy is the product's", "Klinik kami menawarkan exosome untuk jerawat. \"Exosome bukan stem cell, jadi tidak ada risiko penolakan,\" jelas dr. Melinda.",
			map[string]kg.Certainty{"NOT exosome HAS_RISK transplant rejection": kg.Asserted}, []string{"NOT stem cell HAS_RISK transplant rejection"}},
		{"a negation reaches past a verb phrase joined by 'or'", "Exosomes are given as drops. They contain no living cells, so they cannot grow into tissue or form tumours, the researchers say.",
			map[string]kg.Certainty{"NOT exosome HAS_RISK tumour formation": kg.Asserted, "NOT exosome CONTAINS live cell": kg.Asserted}, []string{"exosome HAS_RISK tumour formation"}},
		{"a bloodstream infection is recorded as an infection", "Stem cell infusions sold at salons have caused bloodstream infections.",
			map[string]kg.Certainty{"stem cell HAS_RISK infection": kg.Asserted}, []string{"stem cell HAS_RISK bacteraemia"}},
		{"'no risk that they will' denies what follows", "Exosomes were tested. Because the exosomes contain no living cells, there is also no risk that they will form tumours themselves, said co-author Dr. Lee.",
			map[string]kg.Certainty{"NOT exosome HAS_RISK tumour formation": kg.Asserted}, []string{"exosome HAS_RISK tumour formation"}},
		{"a therapy that avoids a risk does not carry it", "Because the secretome contains no living cells, it avoids the risk of tumour formation.",
			map[string]kg.Certainty{"NOT secretome HAS_RISK tumour formation": kg.Asserted}, []string{"secretome HAS_RISK tumour formation"}},
		{"a denied rise reaches its object", "MSCs were infused. UC-MSCs did not increase the rate of cytomegalovirus infection.",
			map[string]kg.Certainty{"NOT umbilical cord mesenchymal stem cell HAS_RISK cytomegalovirus infection": kg.Asserted}, []string{"umbilical cord mesenchymal stem cell HAS_RISK cytomegalovirus infection"}},
		{"patients who do not respond to a therapy name what it treats", "Up to 30% of patients with lupus nephritis do not respond to standard induction therapy with mycophenolate mofetil or cyclophosphamide.",
			map[string]kg.Certainty{"mycophenolate mofetil TREATS lupus nephritis": kg.Asserted, "cyclophosphamide TREATS lupus nephritis": kg.Asserted}, []string{"NOT cyclophosphamide TREATS lupus nephritis"}},
		{"'tanpa pengawasan' denies the supervision, not the harm", "Menurut Rahmawati, pemakaian hidrokuinon tanpa pengawasan dapat menyebabkan iritasi kulit dan okronosis.",
			map[string]kg.Certainty{"hydroquinone HAS_RISK skin irritation": kg.Hedged, "hydroquinone HAS_RISK ochronosis": kg.Hedged}, []string{"NOT hydroquinone HAS_RISK skin irritation"}},
		{"a clinic that does not claim a cure denies it", "We do not claim that stem cells cure chronic Lyme disease, ME/CFS or any other condition.",
			map[string]kg.Certainty{"NOT stem cell TREATS chronic Lyme disease": kg.Asserted, "NOT stem cell TREATS chronic fatigue syndrome": kg.Asserted}, []string{"stem cell TREATS chronic Lyme disease"}},
		{"'tidak mengklaim' denies the cure it names", "\"Kami tidak mengklaim sel punca menyembuhkan autisme.",
			map[string]kg.Certainty{"NOT stem cell TREATS autism": kg.Asserted}, []string{"stem cell TREATS autism"}},
		{"'its contents include' opens the contents of the product at hand", "Secretome is the fluid released by stem cells. Its contents include growth factors, cytokines and exosomes.",
			map[string]kg.Certainty{"secretome CONTAINS growth factor": kg.Asserted, "secretome CONTAINS cytokine": kg.Asserted, "secretome CONTAINS exosome": kg.Asserted}, nil},
		{"contents compared with a therapy are no list of them", "Sekretom adalah produk regeneratif. Isinya mirip dengan PRP.",
			nil, []string{"secretome CONTAINS platelet-rich plasma"}},
		{"unnamed contents may come first in the list", "Eksosom dilepaskan sel. Isinya protein, lipid, dan mikroRNA yang berfungsi sebagai pembawa pesan antarsel.",
			map[string]kg.Certainty{"exosome CONTAINS microRNA": kg.Asserted}, nil},
		{"patients who did not respond to a trial's therapy report a failure", "Most patients with ALS did not respond to stem cell therapy in the trial.",
			map[string]kg.Certainty{"NOT stem cell TREATS amyotrophic lateral sclerosis": kg.Asserted}, []string{"stem cell TREATS amyotrophic lateral sclerosis"}},
		{"a denied rise stops at a joining word", "MSCs were infused. MSC therapy did not increase survival and caused fever in two patients.",
			map[string]kg.Certainty{"mesenchymal stem cell HAS_RISK fever": kg.Asserted}, []string{"NOT mesenchymal stem cell HAS_RISK fever"}},
		{"a relative clause after the therapy set apart is that therapy's", "Eksosom dipakai di klinik. Eksosom bukan sel punca, yang berisiko membentuk tumor.",
			map[string]kg.Certainty{"stem cell HAS_RISK tumour formation": kg.Asserted}, []string{"exosome HAS_RISK tumour formation"}},
		{"a denial in a relative clause after the therapy set apart is that therapy's", "Eksosom dipakai di klinik. Eksosom bukan sel punca, yang tidak menimbulkan risiko penolakan.",
			map[string]kg.Certainty{"NOT stem cell HAS_RISK transplant rejection": kg.Asserted}, []string{"NOT exosome HAS_RISK transplant rejection"}},
		{"a harm not denied after a product is set apart stays the other therapy's", "Eksosom dipakai di klinik. Eksosom bukan sel punca, jadi infeksi tetap mungkin terjadi.",
			nil, []string{"NOT exosome HAS_RISK infection", "exosome HAS_RISK infection"}},
		{"harms a cause follows outside a list of risks are the cause's", "Stem cell therapy is offered for autism. Nausea, vomiting and hair loss caused by chemotherapy are common.",
			map[string]kg.Certainty{"chemotherapy HAS_RISK nausea": kg.Asserted, "chemotherapy HAS_RISK vomiting": kg.Asserted}, []string{"stem cell HAS_RISK nausea"}},
		{"a list of risks caused by the therapy at hand stays its", "Stem cell transplantation can cure thalassaemia. Risks include severe infection, graft rejection and infertility caused by stem cell transplantation.",
			map[string]kg.Certainty{"stem cell HAS_RISK infection": kg.Asserted, "stem cell HAS_RISK transplant rejection": kg.Asserted}, nil},
		{"avoiding a risk in an instruction denies nothing", "To avoid the risk of infection, PRP injections must be done under sterile conditions.",
			map[string]kg.Certainty{"platelet-rich plasma HAS_RISK infection": kg.Asserted}, []string{"NOT platelet-rich plasma HAS_RISK infection"}},
		{"relief of a condition a therapy treats is no mechanism of it", "Steroid injections can relieve pain in knee osteoarthritis for a few weeks.",
			map[string]kg.Certainty{"corticosteroid TREATS knee osteoarthritis": kg.Hedged}, []string{"corticosteroid ACTS_VIA pain relief"}},
		{"relief with no condition treated stays a mechanism", "PRP injections may reduce pain for a few months.",
			map[string]kg.Certainty{"platelet-rich plasma ACTS_VIA pain relief": kg.Hedged}, nil},
		{"'the solution' is the product just named", "Our exosome solution is made in a certified laboratory. Because the solution contains no cells, there is no risk of rejection.",
			map[string]kg.Certainty{"NOT exosome HAS_RISK transplant rejection": kg.Asserted, "NOT exosome CONTAINS live cell": kg.Asserted}, nil},
		{"a fronted purpose names the condition", "Untuk spastisitas, suntikan toksin botulinum terbukti efektif.",
			map[string]kg.Certainty{"botulinum toxin TREATS spasticity": kg.Asserted}, nil},
		{"a fronted purpose is served by the main clause's subject only", "Untuk bekas jerawat, exosome dioleskan setelah tindakan laser.",
			map[string]kg.Certainty{"exosome TREATS acne scar": kg.Asserted}, []string{"laser therapy TREATS acne scar"}},
		{"an inverted copula lists the therapies last", "Yang sudah terbukti membantu anak dengan cerebral palsy adalah fisioterapi, terapi okupasi, dan terapi wicara.",
			map[string]kg.Certainty{"physiotherapy TREATS cerebral palsy": kg.Asserted, "occupational therapy TREATS cerebral palsy": kg.Asserted,
				"speech therapy TREATS cerebral palsy": kg.Asserted}, nil},
		{"a fronted 'because' clause takes the main clause's subject", "Karena tidak mengandung sel hidup, gel sekretom dapat disimpan di lemari es.",
			map[string]kg.Certainty{"NOT secretome CONTAINS live cell": kg.Asserted}, nil},
		{"nobody experienced it", "Sel punca mesenkimal tali pusat diberikan pada 20 pasien.\n\nPemantauan dilakukan selama enam bulan.\n\nTidak ada pasien yang mengalami reaksi alergi berat.",
			map[string]kg.Certainty{"NOT umbilical cord mesenchymal stem cell HAS_RISK immune reaction": kg.Asserted}, nil},
		{"a side-effect question opens the paragraph", "Growth factor dalam sekretom dapat merangsang folikel rambut.\n\n8. Apa saja efek sampingnya?\n• Nyeri ringan dan kemerahan di kulit kepala dapat muncul.",
			map[string]kg.Certainty{"secretome HAS_RISK erythema": kg.Hedged}, nil},
		{"what a therapy lowers is no risk of it", "Tujuan: mengetahui efektivitas obat kumur sekretom dalam menurunkan derajat mukositis oral dan nyeri pada anak.",
			map[string]kg.Certainty{"secretome TREATS oral mucositis": kg.Asserted}, []string{"secretome HAS_RISK pain"}},
		{"the therapy whose side effects are listed carries into the next clause", "Side effects of exosome treatments are usually mild, such as redness, but infections have been reported when products were not sterile.",
			map[string]kg.Certainty{"exosome HAS_RISK erythema": kg.Asserted, "exosome HAS_RISK infection": kg.Asserted}, nil},
		{"a concession does not inherit the subject", "In theory, mesenchymal stem cells could form tumours, although no such case has been reported in stroke trials.",
			map[string]kg.Certainty{"mesenchymal stem cell HAS_RISK tumour formation": kg.Hedged}, []string{"NOT mesenchymal stem cell TREATS stroke"}},
		{"an acronym the document defines", "Insufisiensi ovarium prematur (IOP) menyebabkan infertilitas. Injeksi PRP diharapkan memperbaiki IOP.",
			map[string]kg.Certainty{"platelet-rich plasma TREATS premature ovarian insufficiency": kg.Speculative}, nil},
		{"a formulation word inside a list of therapies", "Krim kortikosteroid dan salep takrolimus masih menjadi pengobatan lini pertama vitiligo.",
			map[string]kg.Certainty{"corticosteroid TREATS vitiligo": kg.Asserted, "tacrolimus TREATS vitiligo": kg.Asserted}, nil},
		{"a side-effect list item needs no risk word", "Exosome dioleskan setelah microneedling.\n\nEfek samping\nTerapi ini umumnya aman. Efek samping yang mungkin muncul antara lain:\n- kemerahan dan rasa perih 1-2 hari setelah tindakan\n\nCatatan: exosome bukan pengganti obat vitiligo dari dokter.",
			map[string]kg.Certainty{"exosome HAS_RISK erythema": kg.Asserted}, []string{"NOT exosome TREATS vitiligo", "exosome TREATS vitiligo"}},
		{"a capital joined by an apostrophe opens a scale's name", "Exosomes were instilled in interstitial cystitis. Interstitial cystitis was measured with the O'Leary-Sant Interstitial Cystitis Symptom Index (ICSI).",
			map[string]kg.Certainty{"interstitial cystitis MEASURED_BY O'Leary-Sant Interstitial Cystitis Symptom Index": kg.Asserted}, []string{"interstitial cystitis MEASURED_BY Leary-Sant Interstitial Cystitis Symptom Index"}},
		{"a possessive inside a scale's name", "Adipose stem cells were injected in patients with Crohn disease. Crohn disease activity was measured with the Crohn's Disease Activity Index.",
			map[string]kg.Certainty{"Crohn disease MEASURED_BY Crohn's Disease Activity Index": kg.Asserted}, nil},
		{"the spelt-out name in brackets names the scale", "Pasien vitiligo mendapat exosome. Hasil vitiligo dinilai dengan skor VASI (Vitiligo Area Scoring Index).",
			map[string]kg.Certainty{"vitiligo MEASURED_BY Vitiligo Area Scoring Index": kg.Asserted}, nil},
		{"a negation before a list denies every item", "Mesenchymal stem cells were injected into the fistula. During follow-up the patients showed no fever, headache, ectopic tissue formation or tumour formation.",
			map[string]kg.Certainty{"NOT mesenchymal stem cell HAS_RISK tumour formation": kg.Asserted, "NOT mesenchymal stem cell HAS_RISK ectopic tissue formation": kg.Asserted},
			[]string{"mesenchymal stem cell HAS_RISK tumour formation"}},
		{"a cause is no treatment of what it causes", "Obat kumur sekretom terhadap mukositis oral akibat kemoterapi pada anak dengan leukemia.",
			map[string]kg.Certainty{"secretome TREATS oral mucositis": kg.Asserted}, []string{"chemotherapy TREATS oral mucositis"}},
		{"a condition that says who the patients are", "Objective: to determine the effectiveness of secretome mouthwash in reducing oral mucositis in children with leukaemia.",
			map[string]kg.Certainty{"secretome TREATS oral mucositis": kg.Asserted}, []string{"secretome TREATS leukaemia"}},
		{"a denied reason", "Efek ini diduga muncul karena sel punca melindungi sel saraf, bukan karena sel punca berubah menjadi sel saraf baru.",
			map[string]kg.Certainty{"NOT stem cell ACTS_VIA cell differentiation": kg.Asserted}, []string{"stem cell ACTS_VIA cell differentiation"}},
		{"standard care lists treatments of the document's condition", "Lupus nephritis affects many patients with lupus. Lupus nephritis can lead to kidney failure. Standard induction therapy combines corticosteroids with mycophenolate mofetil.",
			map[string]kg.Certainty{"corticosteroid TREATS lupus nephritis": kg.Asserted, "mycophenolate mofetil TREATS lupus nephritis": kg.Asserted}, nil},
		{"a route before a therapy's name is that therapy's", "Standard induction therapy combines corticosteroids with mycophenolate mofetil or intravenous cyclophosphamide.",
			map[string]kg.Certainty{"cyclophosphamide ADMINISTERED_VIA intravenous": kg.Asserted}, []string{"mycophenolate mofetil ADMINISTERED_VIA intravenous"}},
		{"a condition in a side-effect list is a side effect", "Penyuntikan sel punca secara intratekal juga punya risiko:\n- sakit kepala setelah pungsi lumbal\n- nyeri punggung dan demam sesaat setelah tindakan",
			map[string]kg.Certainty{"stem cell HAS_RISK back pain": kg.Asserted, "stem cell HAS_RISK fever": kg.Asserted}, nil},
		{"a label that names a mechanism", "• Memperbaiki skin barrier: sekretom merangsang sel kulit membentuk lipid.",
			map[string]kg.Certainty{"secretome ACTS_VIA skin barrier repair": kg.Asserted}, nil},
		{"standard care is given only through its drugs", "Pengobatan standar artritis reumatoid adalah metotrexat yang diminum seminggu sekali.",
			map[string]kg.Certainty{"methotrexate TREATS rheumatoid arthritis": kg.Asserted}, []string{"conventional therapy ADMINISTERED_VIA oral"}},
		{"negation stays in its clause", "Terapi exosome diberikan pada 20 pasien. Tidak ditemukan efek samping serius; dua pasien mengalami demam ringan.",
			map[string]kg.Certainty{"exosome HAS_RISK fever": kg.Asserted}, []string{"NOT exosome HAS_RISK fever"}},
		{"side effects of the therapy at hand", "Terapi exosome populer di klinik. Banyak pasien puas dengan hasilnya. Efek samping yang mungkin muncul adalah demam.",
			map[string]kg.Certainty{"exosome HAS_RISK fever": kg.Hedged}, nil},
		{"the cells are the cell therapy just named", "UC-MSCs are injected into the knee. Once inside the joint, the cells act mainly through paracrine signalling.",
			map[string]kg.Certainty{"umbilical cord mesenchymal stem cell ACTS_VIA paracrine signalling": kg.Asserted}, nil},
		{"it in a later clause", "Exosome serums are popular. PRP has the stronger evidence base: several trials have shown it can increase hair density in androgenetic alopecia.",
			map[string]kg.Certainty{"platelet-rich plasma TREATS androgenetic alopecia": kg.Hedged}, []string{"exosome TREATS androgenetic alopecia"}},
		{"after a fronted clause", "Setelah perawatan exosome, kulit mungkin tampak kemerahan dan sedikit bengkak.",
			map[string]kg.Certainty{"exosome HAS_RISK erythema": kg.Hedged, "exosome HAS_RISK swelling": kg.Hedged}, nil},
		{"denied effects attributable to the therapy", "UC-MSCs were infused twice. No tumour formation attributable to the cells was observed during follow-up.",
			map[string]kg.Certainty{"NOT umbilical cord mesenchymal stem cell HAS_RISK tumour formation": kg.Asserted},
			[]string{"umbilical cord mesenchymal stem cell HAS_RISK tumour formation"}},
		{"symptoms of the document's condition", "Pasien PPOK sering kambuh. PPOK adalah penyakit kronis. Terapi standar berupa bronkodilator hanya meredakan gejala.",
			map[string]kg.Certainty{"bronchodilator TREATS chronic obstructive pulmonary disease": kg.Asserted}, nil},
		{"so that: the clause inherits the subject, not the contrasted one", "Berbeda dengan terapi sel punca, sekretom tidak mengandung sel punca hidup, sehingga risiko reaksi penolakan dinilai rendah.",
			map[string]kg.Certainty{"secretome HAS_RISK transplant rejection": kg.Hedged}, []string{"stem cell HAS_RISK transplant rejection"}},
		{"a list item's label", "Meningkatkan regenerasi jaringan: exosome merangsang sel kulit.",
			map[string]kg.Certainty{"exosome ACTS_VIA tissue regeneration": kg.Asserted}, nil},
		{"a colon lists what the clause before it announced", "The pilot trial tested an exosome spray.\n\nSide effects were mild: headache in three patients.",
			map[string]kg.Certainty{"exosome HAS_RISK headache": kg.Asserted}, nil},
		{"a subtype is recorded as its vocabulary parent", "Umbilical cord MSCs were infused. One patient developed cellulitis after the infusion.",
			map[string]kg.Certainty{"umbilical cord mesenchymal stem cell HAS_RISK infection": kg.Asserted}, []string{"umbilical cord mesenchymal stem cell HAS_RISK cellulitis"}},
		{"helping a process is acting via it", "PRP mengandung growth factor dalam kadar tinggi yang membantu perbaikan tendon.",
			map[string]kg.Certainty{"platelet-rich plasma ACTS_VIA tissue regeneration": kg.Asserted, "platelet-rich plasma CONTAINS growth factor": kg.Asserted}, nil},
		{"examples of a class named by its action act via it", "Antifibrotic drugs such as pirfenidone and nintedanib are approved for idiopathic pulmonary fibrosis.",
			map[string]kg.Certainty{"pirfenidone ACTS_VIA anti-fibrotic effect": kg.Asserted, "nintedanib ACTS_VIA anti-fibrotic effect": kg.Asserted}, nil},
		{"a denied benefit denies the treatment", "Untuk tendinopati Achilles, sebuah uji klinis acak tidak menemukan manfaat tambahan PRP dibandingkan latihan eksentrik saja.",
			map[string]kg.Certainty{"NOT platelet-rich plasma TREATS Achilles tendinopathy": kg.Asserted}, []string{"platelet-rich plasma TREATS Achilles tendinopathy"}},
		{"a verdict on the evidence after the claim hedges it", "Manfaat sel punca untuk autisme belum terbukti.",
			map[string]kg.Certainty{"stem cell TREATS autism": kg.Hedged}, nil},
		{"being studied is hedged", "MSCs are being studied as a treatment for multiple sclerosis.",
			map[string]kg.Certainty{"mesenchymal stem cell TREATS multiple sclerosis": kg.Hedged}, nil},
		{"patients who underwent a therapy", "Banyak pasien psoriasis yang menjalani terapi exosome melaporkan kulit lebih halus.",
			map[string]kg.Certainty{"exosome TREATS psoriasis": kg.Asserted}, nil},
		{"two scales sharing their noun", "Outcomes were assessed with the Constant-Murley and ASES scores in patients with rotator cuff tear.",
			map[string]kg.Certainty{"rotator cuff tear MEASURED_BY Constant-Murley score": kg.Asserted, "rotator cuff tear MEASURED_BY ASES score": kg.Asserted},
			[]string{"rotator cuff tear MEASURED_BY Constant-Murley and ASES scores"}},
		{"a symptom in a fronted condition is no risk", "Jika nyeri menjalar tetap berat, injeksi steroid epidural dapat membantu.",
			nil, []string{"corticosteroid HAS_RISK pain", "epidural steroid injection HAS_RISK pain"}},
		{"a symptom in a later condition is no risk", "Injeksi steroid diberikan bila nyeri menetap.",
			nil, []string{"corticosteroid HAS_RISK pain"}},
		{"a condition naming the therapy keeps the risk", "Jika demam muncul setelah suntikan sel punca, segera hubungi dokter.",
			map[string]kg.Certainty{"stem cell HAS_RISK fever": kg.Asserted}, nil},
		{"what cells release comes from them", "EVs are tiny packages that stem cells release to signal to other cells.",
			map[string]kg.Certainty{"extracellular vesicle DERIVED_FROM stem cell": kg.Asserted}, nil},
		{"a population may try a therapy", "Pria dengan azoospermia kini bisa mencoba terapi sel punca.",
			map[string]kg.Certainty{"stem cell TREATS azoospermia": kg.Hedged}, nil},
		{"a complication of patients who received a therapy is not treated", "Xerostomia in patients who received radiotherapy is common.",
			nil, []string{"radiotherapy TREATS xerostomia"}},
		{"a route before a quoted name", "Hapsari warned that intravenous \"exosome drips\" sold at wellness clinics are not the same.",
			map[string]kg.Certainty{"exosome ADMINISTERED_VIA intravenous": kg.Asserted}, nil},
		{"an improved outcome of the document's condition", "Disfungsi ereksi sering dialami pria. Disfungsi ereksi dapat diobati. Beberapa uji klinis kecil dengan sel punca mesenkimal yang disuntikkan langsung ke batang penis melaporkan perbaikan skor IIEF-5.",
			map[string]kg.Certainty{"mesenchymal stem cell TREATS erectile dysfunction": kg.Asserted}, nil},
		{"a fronted clause lends its subject, not its object", "Because exosome products contain no stem cells, the risk of rejection is considered low.",
			map[string]kg.Certainty{"exosome HAS_RISK transplant rejection": kg.Hedged, "NOT exosome CONTAINS stem cell": kg.Asserted},
			[]string{"stem cell HAS_RISK transplant rejection"}},
		{"the cream is what was named a cream", "Patients applied an exosome cream twice daily.\n\nNo skin atrophy was seen, unlike with topical steroids.\n\nWe hope to evaluate the cream next in palmoplantar pustulosis.",
			map[string]kg.Certainty{"exosome TREATS palmoplantar pustulosis": kg.Speculative}, []string{"corticosteroid TREATS palmoplantar pustulosis"}},
		{"a reference back leaves the therapy at hand the subject", "The team applied a secretome hydrogel to burns.\nNo infections attributable to the hydrogel were observed; transient itching occurred in three patients.",
			map[string]kg.Certainty{"secretome HAS_RISK itching": kg.Asserted, "NOT secretome HAS_RISK infection": kg.Asserted}, nil},
		{"a specific route anywhere in the document makes injection redundant", "MSCs were injected into the gastrocnemius muscle.\n\nThe intramuscular MSCs were well tolerated.",
			map[string]kg.Certainty{"mesenchymal stem cell ADMINISTERED_VIA intramuscular": kg.Asserted}, []string{"mesenchymal stem cell ADMINISTERED_VIA injection"}},
		{"initial therapy is standard care", "Robekan rotator cuff sering terjadi. Robekan rotator cuff menyebabkan nyeri bahu. Terapi awal berupa fisioterapi dan obat antiinflamasi non steroid (OAINS).",
			map[string]kg.Certainty{"physiotherapy TREATS rotator cuff tear": kg.Asserted, "non-steroidal anti-inflammatory drug TREATS rotator cuff tear": kg.Asserted}, nil},
		{"a denied improvement denies the treatment", "In this small pilot trial, adding UC-MSCs to standard therapy did not significantly increase complete renal response in refractory lupus nephritis.",
			map[string]kg.Certainty{"NOT umbilical cord mesenchymal stem cell TREATS lupus nephritis": kg.Asserted}, []string{"umbilical cord mesenchymal stem cell TREATS lupus nephritis"}},
		{"a trial that found no difference", "Nyeri pinggang kronis sering kambuh. Nyeri pinggang kronis sulit diobati. Namun, uji klinis acak terbesar tidak menemukan perbedaan bermakna pada skor nyeri antara MSC dan suntikan plasebo setelah 12 bulan.",
			map[string]kg.Certainty{"NOT mesenchymal stem cell TREATS chronic low back pain": kg.Asserted}, nil},
		{"what no arm of a trial showed", "Pasien menerima PRP atau kortikosteroid; tidak ditemukan infeksi pada kedua kelompok.",
			map[string]kg.Certainty{"NOT platelet-rich plasma HAS_RISK infection": kg.Asserted, "NOT corticosteroid HAS_RISK infection": kg.Asserted}, nil},
		{"a cell mixture contains cells", "SVF mengandung sel punca mesenkimal dan faktor pertumbuhan.",
			map[string]kg.Certainty{"stromal vascular fraction CONTAINS mesenchymal stem cell": kg.Asserted, "stromal vascular fraction CONTAINS growth factor": kg.Asserted}, nil},
		{"a procedure named as a place is no subject", "Nanofat disuntikkan ke wajah.\n\n- Bengkak dan memar pada wajah dan area sedot lemak selama 1-2 minggu",
			nil, []string{"liposuction HAS_RISK bruising", "liposuction HAS_RISK swelling"}},
		{"a route word inside a coordinated list", "Calcium channel blockers and intravenous iloprost reduce Raynaud attacks.",
			map[string]kg.Certainty{"calcium channel blocker TREATS Raynaud phenomenon": kg.Asserted, "iloprost TREATS Raynaud phenomenon": kg.Asserted, "iloprost ADMINISTERED_VIA intravenous": kg.Asserted}, nil},
		{"supportive care spelt out after a colon", "ARDS is deadly. ARDS often kills. Care is supportive: patients receive lung-protective mechanical ventilation and prone positioning.",
			map[string]kg.Certainty{"mechanical ventilation TREATS acute respiratory distress syndrome": kg.Asserted, "prone positioning TREATS acute respiratory distress syndrome": kg.Asserted}, nil},
		{"patients with a condition received a therapy", "In the phase I study, 24 adults with moderate to severe ARDS received one or two infusions of UC-MSCs.",
			map[string]kg.Certainty{"umbilical cord mesenchymal stem cell TREATS acute respiratory distress syndrome": kg.Asserted}, nil},
		{"turning into new cells is differentiation", "MSCs don't work by turning into new lung cells.",
			map[string]kg.Certainty{"NOT mesenchymal stem cell ACTS_VIA cell differentiation": kg.Asserted}, nil},
		{"the cells an earlier clause named", "SVF diproses dari lemak pasien.\n\nADSC bekerja melalui sinyal parakrin: sel ini melepaskan faktor yang merangsang pembentukan pembuluh darah baru.",
			map[string]kg.Certainty{"mesenchymal stem cell ACTS_VIA angiogenesis": kg.Asserted}, []string{"stromal vascular fraction ACTS_VIA angiogenesis"}},
		{"patients who had a side effect", "Twenty adults received UC-MSCs.\n\nTwo patients had a transient fever and one had a headache.",
			map[string]kg.Certainty{"umbilical cord mesenchymal stem cell HAS_RISK fever": kg.Asserted, "umbilical cord mesenchymal stem cell HAS_RISK headache": kg.Asserted}, nil},
		{"a list under a neutral heading on a page about two products", "Nanofat dan SVF: Peremajaan Wajah\n\nManfaat Perawatan\n• Menyamarkan kerutan halus di sekitar mata dan bibir",
			map[string]kg.Certainty{"nanofat TREATS skin ageing": kg.Asserted, "stromal vascular fraction TREATS skin ageing": kg.Asserted}, nil},
		{"a measure named with its measuring word", "Sebuah uji klinis pada 64 pasien artritis reumatoid melaporkan skor DAS28 turun.",
			map[string]kg.Certainty{"rheumatoid arthritis MEASURED_BY DAS28": kg.Asserted}, nil},
		{"a null result does not deny the measure", "Secretome was given to patients with burns. Burns hurt. The trial found no difference in pain scores.",
			map[string]kg.Certainty{"burn MEASURED_BY pain score": kg.Asserted}, []string{"NOT burn MEASURED_BY pain score"}},
		{"a hyphenated no is a modifier", "Conclusions: Intramuscular BM-MSCs reduced rest pain in no-option CLTI.",
			map[string]kg.Certainty{"mesenchymal stem cell TREATS critical limb ischaemia": kg.Asserted}, []string{"NOT mesenchymal stem cell TREATS critical limb ischaemia"}},
		{"a trial's population is treated", "Sebuah uji klinis pada 64 pasien artritis reumatoid melaporkan infus sel punca tali pusat menurunkan skor DAS28.",
			map[string]kg.Certainty{"umbilical cord mesenchymal stem cell TREATS rheumatoid arthritis": kg.Asserted}, nil},
		{"the head noun refers to the therapy at hand", "A nasal spray of extracellular vesicles (EVs) was tested in Parkinson disease.\n\nParkinson disease affects millions of people.\n\nIn animal studies, the vesicles calmed inflammation.",
			map[string]kg.Certainty{"extracellular vesicle ACTS_VIA anti-inflammatory effect": kg.Asserted}, nil},
		{"a route in a relative clause is its therapy's alone", "Terapi kelasi besi, misalnya deferasirox yang diminum atau deferoxamine yang disuntikkan di bawah kulit, mencegah penumpukan zat besi.",
			map[string]kg.Certainty{"deferasirox ADMINISTERED_VIA oral": kg.Asserted, "deferoxamine ADMINISTERED_VIA subcutaneous": kg.Asserted},
			[]string{"iron chelation therapy ADMINISTERED_VIA oral", "deferasirox ADMINISTERED_VIA subcutaneous", "iron chelation therapy ADMINISTERED_VIA subcutaneous"}},
		{"doctors follow a disease with its measures", "Secretome drops were tested in glaucoma. Glaucoma damages the optic nerve. Doctors follow the disease with intraocular pressure readings and scans of the retinal nerve fibre layer.",
			map[string]kg.Certainty{"glaucoma MEASURED_BY intraocular pressure": kg.Asserted, "glaucoma MEASURED_BY retinal nerve fibre layer thickness": kg.Asserted}, nil},
		{"a named drug is not its class", "Pressure-lowering drugs such as latanoprost treat glaucoma.",
			map[string]kg.Certainty{"latanoprost TREATS glaucoma": kg.Asserted}, []string{"ocular hypotensive drug TREATS glaucoma"}},
		{"what cured a side effect did not cause it", "Stromal vascular fraction (SVF) was injected into the fingers. Bruising occurred in 18 of 20 SVF patients; one infection was treated with oral antibiotics. Secretome was given to two patients, and one developed a retinal detachment that needed repeat surgery.",
			map[string]kg.Certainty{"stromal vascular fraction HAS_RISK bruising": kg.Asserted},
			[]string{"antibiotic HAS_RISK infection", "surgery HAS_RISK retinal detachment"}},
		{"a side effect with only its remedy named is the topic's", "Gel sekretom dioleskan pada 20 pasien luka bakar.\nSatu infeksi luka yang sembuh dengan antibiotik oral menjadi efek samping.",
			map[string]kg.Certainty{"secretome HAS_RISK infection": kg.Asserted}, []string{"antibiotic HAS_RISK infection"}},
		{"an inflected verb phrase names its mechanism", "In animal studies, exosomes protected dopamine neurons.",
			map[string]kg.Certainty{"exosome ACTS_VIA neuroprotection": kg.Asserted}, nil},
		{"a negation in a relative clause stops at the modal", "Produk sel punca yang tidak terstandar bisa terkontaminasi bakteri.",
			map[string]kg.Certainty{"stem cell HAS_RISK contamination": kg.Hedged}, []string{"NOT stem cell HAS_RISK contamination"}},
		{"a contrasted therapy is not the topic", "Exosome dioleskan setelah microneedling.\nBerbeda dengan steroid, exosome tidak menyebabkan penipisan kulit.\nEfek samping yang mungkin timbul:\n1. Kemerahan ringan\n2. Bengkak ringan",
			map[string]kg.Certainty{"exosome HAS_RISK erythema": kg.Asserted, "exosome HAS_RISK swelling": kg.Asserted}, []string{"corticosteroid HAS_RISK erythema"}},
		{"a negated finding denies what was found", "Extracellular vesicles were given to rat pups. \"We never saw the particles trigger an immune reaction in the pups,\" he said.",
			map[string]kg.Certainty{"NOT extracellular vesicle HAS_RISK immune reaction": kg.Asserted}, []string{"extracellular vesicle HAS_RISK immune reaction"}},
		{"current treatment is standard care", "Secretome eye drops were tested in glaucoma. Glaucoma damages the optic nerve. Current treatment means giving latanoprost.",
			map[string]kg.Certainty{"latanoprost TREATS glaucoma": kg.Asserted}, nil},
		{"a parenthesised class glosses the list before it", "Donepezil, rivastigmin atau galantamin (golongan penghambat kolinesterase) terbukti memperlambat Alzheimer.",
			map[string]kg.Certainty{"donepezil TREATS Alzheimer disease": kg.Asserted, "rivastigmine TREATS Alzheimer disease": kg.Asserted,
				"galantamine TREATS Alzheimer disease": kg.Asserted, "cholinesterase inhibitor TREATS Alzheimer disease": kg.Asserted}, nil},
		{"a therapy's own noun refers back to it", "For stubborn cases we combine PRP with exosomes derived from umbilical cord mesenchymal stem cells. These vesicles are cell-free.",
			map[string]kg.Certainty{"NOT exosome CONTAINS live cell": kg.Asserted}, []string{"NOT platelet-rich plasma CONTAINS live cell"}},
		{"a denied finding stops at a comma", "Gel PRP dioleskan pada 30 pasien. Tidak ditemukan infeksi pada kedua kelompok, tiga pasien kelompok PRP mengeluhkan rasa perih.",
			map[string]kg.Certainty{"platelet-rich plasma HAS_RISK stinging": kg.Asserted}, []string{"NOT platelet-rich plasma HAS_RISK stinging"}},
		{"a cell named as a product's source is not its agent", "Exosomes derived from donated umbilical cord stem cells, delivered by IV infusion, reach the nerves. Sekretom SP-MSC hipoksia intranasal dapat memperbaiki fungsi kognitif pada cedera otak traumatik.",
			map[string]kg.Certainty{"exosome ADMINISTERED_VIA intravenous": kg.Asserted, "exosome DERIVED_FROM stem cell": kg.Asserted, "secretome TREATS traumatic brain injury": kg.Hedged, "secretome ADMINISTERED_VIA intranasal": kg.Asserted},
			[]string{"stem cell ADMINISTERED_VIA intravenous", "mesenchymal stem cell TREATS traumatic brain injury", "mesenchymal stem cell ADMINISTERED_VIA intranasal"}},
		{"a cell a product is released by does not act", "Tiny packages released by stem cells may help protect the kidneys.",
			nil, []string{"stem cell ACTS_VIA renoprotection"}},
		{"zero risk denies the risk", "Because exosomes contain no living cells, there is zero risk of rejection.",
			map[string]kg.Certainty{"NOT exosome HAS_RISK transplant rejection": kg.Asserted}, []string{"exosome HAS_RISK transplant rejection"}},
		{"a fronted contrast ends its clause at the comma", "Dibandingkan filler asam hialuronat, secretome tidak menimbulkan efek kebiruan (Tyndall effect).",
			map[string]kg.Certainty{"NOT secretome HAS_RISK Tyndall effect": kg.Asserted}, []string{"secretome HAS_RISK Tyndall effect"}},
		{"current therapies are standard care", "Interstitial cystitis is a chronic condition for which current therapies, including pentosan polysulfate and intravesical dimethyl sulfoxide, give incomplete relief. Penanganan standar serangan jantung tetap pemasangan ring (PCI), ditambah obat seperti aspirin dan statin.",
			map[string]kg.Certainty{"pentosan polysulfate TREATS interstitial cystitis": kg.Asserted, "dimethyl sulfoxide TREATS interstitial cystitis": kg.Asserted, "aspirin TREATS myocardial infarction": kg.Asserted, "statin TREATS myocardial infarction": kg.Asserted}, nil},
		{"a harm a disease is made of is its symptom", "Background: Interstitial cystitis is a chronic condition of bladder pain, urgency and frequency for which current therapies, including oral amitriptyline and pentosan polysulfate, give incomplete relief.",
			nil, []string{"pentosan polysulfate HAS_RISK pain", "amitriptyline HAS_RISK pain"}},
		{"keduanya refers to both therapies just joined", "Karena itu sebagian peneliti beralih ke sekretom dan eksosom yang dihasilkan sel punca mesenkimal. Keduanya tidak mengandung sel hidup.",
			map[string]kg.Certainty{"NOT secretome CONTAINS live cell": kg.Asserted, "NOT exosome CONTAINS live cell": kg.Asserted}, []string{"NOT mesenchymal stem cell CONTAINS live cell"}},
		{"conservative therapy is standard care, and inadequate denies nothing", "Osteoartritis sendi temporomandibula sering terjadi. Osteoartritis sendi temporomandibula menyebabkan nyeri. Terapi konservatif seperti splin oklusal dan fisioterapi sering tidak memadai.",
			map[string]kg.Certainty{"occlusal splint TREATS temporomandibular joint osteoarthritis": kg.Asserted, "physiotherapy TREATS temporomandibular joint osteoarthritis": kg.Asserted}, nil},
		{"a therapy that helps with nothing named helps with the document's condition", "Knee osteoarthritis is common. Knee osteoarthritis hurts. Obat antinyeri dan fisioterapi memang membantu, tetapi keluhan sering kambuh. A standard corneal transplant does not help these patients. Secretome juga membantu mempercepat proses pemulihan sesudah tindakan.",
			map[string]kg.Certainty{"analgesic TREATS knee osteoarthritis": kg.Asserted, "physiotherapy TREATS knee osteoarthritis": kg.Asserted, "NOT corneal transplantation TREATS knee osteoarthritis": kg.Asserted},
			[]string{"secretome TREATS knee osteoarthritis", "corneal transplantation TREATS knee osteoarthritis"}},
		{"a measure reported as moving measures the document's condition", "Dermatitis atopik sering kambuh. Sekretom dioleskan pada pasien dermatitis atopik. Kadar IgE total dalam darah tidak berubah. Serum creatinine returned to baseline faster in treated patients.",
			map[string]kg.Certainty{"atopic dermatitis MEASURED_BY immunoglobulin E": kg.Asserted, "atopic dermatitis MEASURED_BY creatinine": kg.Asserted}, []string{"NOT atopic dermatitis MEASURED_BY immunoglobulin E"}},
		{"standard care does not become the therapy at hand", "Terapi sel punca untuk serangan jantung masih diteliti. Pada uji klinis, sel punca dimasukkan lewat kateter. Penanganan standar serangan jantung tetap pemasangan ring (PCI) secepatnya. Efek samping yang dilaporkan antara lain aritmia dan infeksi di lokasi kateter.",
			map[string]kg.Certainty{"stem cell HAS_RISK arrhythmia": kg.Asserted, "percutaneous coronary intervention TREATS myocardial infarction": kg.Asserted},
			[]string{"percutaneous coronary intervention HAS_RISK arrhythmia"}},
		{"a risk-list item opening with the harm stays about the therapy at hand", "Secretome Under Eye Treatment memakai sekretom.\nApakah Ada Efek Samping?\nEfek samping umumnya ringan, antara lain:\n1. Kemerahan di area yang di-microneedling.\n2. Memar kecil, terutama bila dikombinasikan dengan suntik PRP.\n3. Bengkak ringan.",
			map[string]kg.Certainty{"secretome HAS_RISK erythema": kg.Asserted, "secretome HAS_RISK bruising": kg.Asserted, "secretome HAS_RISK swelling": kg.Asserted},
			[]string{"microneedling HAS_RISK erythema", "platelet-rich plasma HAS_RISK swelling"}},
		{"a product the therapy releases does not become the therapy at hand", "Cardiosphere-derived cells were infused into boys with Duchenne muscular dystrophy. They are thought to work by releasing exosomes that calm inflammation. The most common side effects were infusion reactions.",
			map[string]kg.Certainty{"cardiosphere-derived cell HAS_RISK infusion reaction": kg.Asserted}, []string{"exosome HAS_RISK infusion reaction"}},
		{"a route written against a drug is its route after any marker", "The therapies, including oral amitriptyline, give relief.",
			map[string]kg.Certainty{"amitriptyline ADMINISTERED_VIA oral": kg.Asserted}, nil},
		{"an example after a treating therapy treats the same", "Terapi sel punca untuk retinitis pigmentosa memang sedang diteliti, misalnya sel progenitor retina yang disuntikkan ke mata.",
			map[string]kg.Certainty{"stem cell TREATS retinitis pigmentosa": kg.Hedged, "retinal progenitor cell TREATS retinitis pigmentosa": kg.Hedged}, nil},
		{"the basis of care and a treatment option are standard care", "Rosacea sering kambuh. Rosacea membuat wajah merah. \"Tabir surya setiap hari tetap menjadi dasar perawatan rosacea.\" When they don't, shockwave therapy (ESWT) is another non-surgical option we offer.",
			map[string]kg.Certainty{"sunscreen TREATS rosacea": kg.Asserted, "extracorporeal shockwave therapy TREATS rosacea": kg.Asserted}, nil},
		{"a reference back makes its therapy the one at hand", "The team gave 24 patients extracellular vesicles. Fewer needed dialysis by day 30. \"In our mouse work the vesicles kept tubular cells from dying,\" said Dr. Samuel Ito. \"We think that anti-apoptotic effect is the main reason kidney function recovers.\"",
			map[string]kg.Certainty{"extracellular vesicle ACTS_VIA anti-apoptotic effect": kg.Asserted}, []string{"dialysis ACTS_VIA anti-apoptotic effect"}},
		{"a therapy combined with a treating one treats the same, unless only when combined", "Untuk kantung mata yang sudah besar, secretome dapat dikombinasikan dengan PRP. Exosome dapat membantu menyamarkan bekas jerawat (acne scar) bila dikombinasikan dengan laser.",
			map[string]kg.Certainty{"secretome TREATS under-eye bags": kg.Hedged, "platelet-rich plasma TREATS under-eye bags": kg.Hedged},
			[]string{"laser therapy TREATS acne scar"}},
		{"a pointed reference before any therapy named is the subject", "Sekretom diberikan pada pasien perlemakan hati. Cairan ini mengandung faktor pertumbuhan, namun tidak mengandung sel punca itu sendiri. Sejauh ini efek samping yang tercatat hanya demam ringan.",
			map[string]kg.Certainty{"secretome HAS_RISK fever": kg.Asserted}, []string{"stem cell HAS_RISK fever"}},
		{"a bare definite reference does not set the subject", "A thin patch of lab-grown retinal cells was implanted under the retina. In the wet form, monthly intravitreal anti-VEGF injections can preserve sight. The patch is made of RPE cells grown from induced pluripotent stem cells. Two developed a retinal detachment that needed repeat surgery.",
			map[string]kg.Certainty{"retinal pigment epithelium cell HAS_RISK retinal detachment": kg.Asserted}, []string{"anti-VEGF therapy HAS_RISK retinal detachment"}},
		{"a route's vehicle holds its therapies", "A nasal spray containing extracellular vesicles (EVs) was safe. Paket yang sama menjual semprotan hidung berisi sekretome.",
			map[string]kg.Certainty{"extracellular vesicle ADMINISTERED_VIA intranasal": kg.Asserted, "secretome ADMINISTERED_VIA intranasal": kg.Asserted}, nil},
		{"a route before a list is each item's, unless items carry their own", "Kali ini ada injeksi exosome, secretome, dan stem cell. Current therapies include oral amitriptyline, pentosan polysulfate and intravesical dimethyl sulfoxide.",
			map[string]kg.Certainty{"exosome ADMINISTERED_VIA injection": kg.Asserted, "secretome ADMINISTERED_VIA injection": kg.Asserted, "stem cell ADMINISTERED_VIA injection": kg.Asserted, "amitriptyline ADMINISTERED_VIA oral": kg.Asserted},
			[]string{"pentosan polysulfate ADMINISTERED_VIA oral"}},
		{"packed with contains, a culture product derives", "Exosomes are tiny particles packed with growth factors and microRNAs. Sekretome adalah cairan hasil kultur sel punca. The patch is made of RPE cells grown from induced pluripotent stem cells.",
			map[string]kg.Certainty{"exosome CONTAINS growth factor": kg.Asserted, "exosome CONTAINS microRNA": kg.Asserted, "secretome DERIVED_FROM stem cell": kg.Asserted}, nil},
		{"a lead-in opens a list of a condition's care", "Sekretom diuji pada pasien NASH.\nUntuk pasien NASH tertentu, dokter dapat meresepkan:\n- vitamin E, pada pasien tanpa diabetes;\n- pioglitazone, terutama pada pasien dengan diabetes tipe 2;",
			map[string]kg.Certainty{"vitamin E TREATS non-alcoholic steatohepatitis": kg.Asserted, "pioglitazone TREATS non-alcoholic steatohepatitis": kg.Asserted},
			[]string{"NOT vitamin E TREATS diabetes", "pioglitazone TREATS type 2 diabetes"}},
		{"a name right before a route's is its subject, marked or not", "Standard treatment for children is bisphosphonate infusions, which strengthen bone.",
			map[string]kg.Certainty{"bisphosphonate ADMINISTERED_VIA intravenous": kg.Asserted}, nil},
		{"limited benefit is still a benefit", "Vocal fold scarring is hard to treat. Vocal fold scarring stiffens the voice. Steroid injection offers limited benefit.",
			map[string]kg.Certainty{"corticosteroid TREATS vocal fold scarring": kg.Asserted, "corticosteroid ADMINISTERED_VIA injection": kg.Asserted}, nil},
		{"a denied approval denies no treating", "Disclaimer: PRP and BMAC are not FDA-approved for Achilles tendinopathy. The FDA has not approved any stem cell or exosome product for glaucoma.",
			nil, []string{"NOT platelet-rich plasma TREATS Achilles tendinopathy", "NOT bone marrow aspirate concentrate TREATS Achilles tendinopathy", "stem cell TREATS glaucoma", "exosome TREATS glaucoma", "NOT stem cell TREATS glaucoma", "NOT exosome TREATS glaucoma"}},
		{"a condition diagnosed before receiving is the one treated", "Osteogenesis imperfecta (OI) is rare. In the study, eight fetuses diagnosed with severe OI on ultrasound received mesenchymal stem cells (MSCs) through the umbilical vein.",
			map[string]kg.Certainty{"mesenchymal stem cell TREATS osteogenesis imperfecta": kg.Asserted}, nil},
		{"unbulleted labelled lines after a lead-in are the list of care", "Achilles tendinopathy is common in runners. Achilles tendinopathy heals slowly.\nFor stubborn cases of Achilles tendinopathy we offer three options:\nPlatelet Rich Plasma (PRP): a concentrate of your own platelets, injected into the tendon.\nBone marrow aspirate concentrate (BMAC), sometimes marketed elsewhere as \"stem cell therapy\": cells drawn from your hip bone.\nShockwave therapy (ESWT): focused sound waves.",
			map[string]kg.Certainty{"platelet-rich plasma TREATS Achilles tendinopathy": kg.Asserted, "bone marrow aspirate concentrate TREATS Achilles tendinopathy": kg.Asserted, "extracorporeal shockwave therapy TREATS Achilles tendinopathy": kg.Asserted}, nil},
		{"a negation counting the patients denies", "Transient throat irritation occurred in three EV patients; no EV-treated patient developed granuloma.",
			map[string]kg.Certainty{"NOT extracellular vesicle HAS_RISK granuloma": kg.Asserted}, []string{"extracellular vesicle HAS_RISK granuloma"}},
		{"a benefit in a role is still bare", "Epidermolisis bulosa membuat kulit mudah melepuh. Epidermolisis bulosa belum bisa disembuhkan. Ganda menambahkan, terapi sel punca mungkin bermanfaat sebagai terapi pendukung, namun bukti ilmiahnya masih terbatas.",
			map[string]kg.Certainty{"stem cell TREATS epidermolysis bullosa": kg.Hedged}, nil},
		{"tracking measures, and an examination that shows measures", "Achilles tendinopathy is common. Achilles tendinopathy hurts. We track your progress with the VISA-A questionnaire and tendon thickness at 6 and 12 weeks. Pemeriksaan elektromiografi juga memperlihatkan pemulihan otot yang lebih cepat.",
			map[string]kg.Certainty{"Achilles tendinopathy MEASURED_BY VISA-A": kg.Asserted, "Achilles tendinopathy MEASURED_BY tendon thickness": kg.Asserted, "Achilles tendinopathy MEASURED_BY electromyography": kg.Asserted}, nil},
		{"a treating verb opening a mechanism reaches the condition after it", "Fisioterapi terbukti mengurangi nyeri tennis elbow pada sebagian besar pasien. Secretome juga terbukti mengurangi fibrosis (jaringan parut) pada paru-paru.",
			map[string]kg.Certainty{"physiotherapy TREATS lateral epicondylitis": kg.Asserted}, []string{"secretome TREATS fibrosis", "physiotherapy ACTS_VIA pain relief"}},
		{"a therapy added to standard care stays the one at hand", "Exosomes were first studied in mice with ARDS. UC-MSCs were added to standard care for ARDS. Two patients had a transient fever.",
			map[string]kg.Certainty{"umbilical cord mesenchymal stem cell HAS_RISK fever": kg.Asserted}, nil},
		{"a pair reference holding a route word", "Klinik kami memakai PRP dan eksosom untuk rambut rontok. Kedua suntikan dapat menyebabkan bengkak.",
			map[string]kg.Certainty{"platelet-rich plasma HAS_RISK swelling": kg.Hedged, "exosome HAS_RISK swelling": kg.Hedged}, nil},
		{"a risk-list item must open with the harm to keep the therapy at hand", "Eksosom untuk luka.\nEfek samping yang mungkin terjadi:\n- Pada pasien diabetes, infeksi dapat muncul setelah PRP.",
			nil, []string{"exosome TREATS diabetes", "exosome HAS_RISK diabetes"}},
		{"a care item keeps the other conditions it treats", "Osteoarthritis is common.\nFor knee osteoarthritis, doctors may prescribe:\n- hyaluronic acid, also used for rheumatoid arthritis;",
			map[string]kg.Certainty{"hyaluronic acid TREATS knee osteoarthritis": kg.Asserted, "hyaluronic acid TREATS rheumatoid arthritis": kg.Asserted}, nil},
		{"help with what it does is no bare benefit", "Knee osteoarthritis is common. Knee osteoarthritis hurts. Exosomes help heal cartilage.",
			nil, []string{"exosome TREATS knee osteoarthritis"}},
		{"without is no count of patients", "Tanpa sekretom, pasien mengalami infeksi. Without PRP, patients developed infection.",
			nil, []string{"NOT secretome HAS_RISK infection", "NOT platelet-rich plasma HAS_RISK infection"}},
		{"not evaluated is no denied approval", "MSCs reduced pain in knee osteoarthritis and were not evaluated for safety.",
			map[string]kg.Certainty{"mesenchymal stem cell TREATS knee osteoarthritis": kg.Asserted}, nil},
		{"a route after the list is not the items' own", "Kali ini ada injeksi exosome, secretome, dan stem cell; pasien juga minum oral metformin.",
			map[string]kg.Certainty{"exosome ADMINISTERED_VIA injection": kg.Asserted, "secretome ADMINISTERED_VIA injection": kg.Asserted, "stem cell ADMINISTERED_VIA injection": kg.Asserted}, nil},
		{"a cell before -derived and after dari is a source", "Intravesical MSC-derived exosomes were given. Sekretom dari MSC diberikan secara intranasal.",
			map[string]kg.Certainty{"secretome ADMINISTERED_VIA intranasal": kg.Asserted},
			[]string{"mesenchymal stem cell ADMINISTERED_VIA intravesical", "mesenchymal stem cell ADMINISTERED_VIA intranasal"}},
		{"a noun of change before a measure", "Retinitis pigmentosa merusak retina. Retinitis pigmentosa diturunkan. Hasil uji klinis awal menunjukkan sebagian pasien mengalami perbaikan ketajaman penglihatan.",
			map[string]kg.Certainty{"retinitis pigmentosa MEASURED_BY visual acuity": kg.Asserted}, nil},
		{"a sentence opening with a condition names its complications", "Gel sekretom dioleskan pada luka perineum.\nRuptur perineum yang sembuh lambat meningkatkan risiko infeksi dan nyeri berkepanjangan.",
			nil, []string{"secretome HAS_RISK infection", "secretome HAS_RISK pain"}},
		{"an infusion-related event names no route, a secretion product its source", "Umbilical cord blood cells were given to infants. No infusion-related serious adverse events occurred. Sekretom adalah produk sekresi sel punca mesenkimal yang mempercepat angiogenesis.",
			map[string]kg.Certainty{"secretome ACTS_VIA angiogenesis": kg.Asserted},
			[]string{"NOT umbilical cord blood ADMINISTERED_VIA intravenous", "mesenchymal stem cell ACTS_VIA angiogenesis"}},
		{"the paragraph under a heading that names none is about a page's products", "Perawatan Keloid dengan Exosome & Secretome\n\nEfek Samping\nSetelah perawatan, efek samping yang bisa muncul umumnya ringan: kemerahan, bengkak, dan rasa perih.",
			map[string]kg.Certainty{"exosome HAS_RISK erythema": kg.Hedged, "secretome HAS_RISK erythema": kg.Hedged}, nil},
		{"a procedure a title names is not one of the page's products", "Injeksi PRP dan Asam Hialuronat Pasca Artrosentesis\n\nEfek Samping\nSetelah perawatan, efek samping yang bisa muncul umumnya ringan: bengkak.",
			map[string]kg.Certainty{"platelet-rich plasma HAS_RISK swelling": kg.Hedged, "hyaluronic acid HAS_RISK swelling": kg.Hedged}, []string{"arthrocentesis HAS_RISK swelling"}},
		{"rich in contains", "Secretome adalah cairan hasil sekresi sel punca mesenkimal yang kaya growth factor dan sitokin.",
			map[string]kg.Certainty{"secretome CONTAINS growth factor": kg.Asserted, "secretome CONTAINS cytokine": kg.Asserted}, []string{"mesenchymal stem cell CONTAINS growth factor"}},
		{"remains puts the therapies last like a copula", "Klinik menawarkan sel punca untuk autisme. Yang sudah terbukti membantu anak dengan autisme tetap terapi perilaku dan terapi wicara.",
			map[string]kg.Certainty{"behavioural therapy TREATS autism": kg.Asserted, "speech therapy TREATS autism": kg.Asserted}, nil},
		{"a cream or ointment is topical", "Empat puluh pasien fisura ani diacak menerima salep sekretom 10% atau salep diltiazem 2%. The cream did not cause skin atrophy.",
			map[string]kg.Certainty{"secretome ADMINISTERED_VIA topical": kg.Asserted, "diltiazem ADMINISTERED_VIA topical": kg.Asserted}, nil},
		{"a solution for a condition treats it", "Klinik mengiklankan suntik platelet rich plasma (PRP) ke testis sebagai solusi azoospermia.",
			map[string]kg.Certainty{"platelet-rich plasma TREATS azoospermia": kg.Asserted}, nil},
		{"standard care is for the condition named with it", "A nasal spray of extracellular vesicles was tested in Parkinson disease. Parkinson disease affects millions. Levodopa, the standard treatment, replaces the missing dopamine and eases tremor.",
			map[string]kg.Certainty{"levodopa TREATS Parkinson disease": kg.Asserted}, []string{"levodopa TREATS tremor"}},
		{"standard care is no node: it means other drugs on every page", "All patients continued guideline-directed standard care for heart failure throughout the trial. Standard care treats heart failure, while stem cell therapy is offered at a few private clinics.",
			nil, []string{"conventional therapy TREATS heart failure", "stem cell TREATS heart failure"}},
		{"an injection into a place names its route", "Pada tikus, suntikan MSC langsung ke testis memulihkan pembentukan sperma.",
			map[string]kg.Certainty{"mesenchymal stem cell ADMINISTERED_VIA intratesticular": kg.Asserted}, nil},
		{"a symptom in a disease points to the disease", "Donepezil terbukti membantu memperlambat penurunan fungsi kognitif pada Alzheimer ringan.",
			map[string]kg.Certainty{"donepezil TREATS Alzheimer disease": kg.Asserted}, []string{"donepezil TREATS cognitive impairment"}},
		{"an outcome scored with a measure is no harm", "Gel PRP dioleskan pada ulkus vena tungkai setiap minggu, luaran berupa skor PUSH dan nyeri dengan VAS.",
			map[string]kg.Certainty{"platelet-rich plasma ADMINISTERED_VIA topical": kg.Asserted}, []string{"platelet-rich plasma HAS_RISK pain"}},
		{"a phrase after a copula's complement describes it", "Pengobatan standar tuli mendadak adalah kortikosteroid, baik diminum maupun disuntikkan langsung melalui gendang telinga (intratimpani).",
			map[string]kg.Certainty{"corticosteroid ADMINISTERED_VIA oral": kg.Asserted, "corticosteroid ADMINISTERED_VIA intratympanic": kg.Asserted}, nil},
		{"lowering the risk of a disease treats it", "Probiotics remain the best-proven ways to lower the risk of necrotising enterocolitis. Extracellular vesicles were injected into the abdomen of rat pups.",
			map[string]kg.Certainty{"probiotic TREATS necrotising enterocolitis": kg.Asserted, "extracellular vesicle ADMINISTERED_VIA intraperitoneal": kg.Asserted}, nil},
		{"a lead-in names what its list is about", "Terapi Stem Cell dan Secretome untuk Kolitis Ulseratif\nPenyakit Dalam\nManfaat terapi stem cell dan secretome untuk kolitis ulseratif:\n• Meredakan peradangan di usus besar\nEfek samping terapi stem cell yang mungkin muncul:\n1. Demam ringan\n2. Sakit kepala",
			map[string]kg.Certainty{"stem cell ACTS_VIA anti-inflammatory effect": kg.Asserted, "secretome ACTS_VIA anti-inflammatory effect": kg.Asserted, "stem cell HAS_RISK fever": kg.Asserted},
			[]string{"secretome HAS_RISK fever"}},
		{"a term defined with its acronym is an entity", "Surgeons used autologous keratinocyte suspension grafting (AKSG) for chronic burns. AKSG healed burns in 10 patients.",
			map[string]kg.Certainty{"autologous keratinocyte suspension grafting TREATS burn": kg.Asserted}, nil},
		{"an acronym introduced with or", "He receives infusions of cardiosphere-derived cells, or CDCs, grown from donated heart tissue.\n\nSteroids such as prednisone are given daily.\n\nDoctors hope CDCs treat muscular dystrophy.",
			map[string]kg.Certainty{"cardiosphere-derived cell TREATS muscular dystrophy": kg.Speculative}, nil},
		{"an acronym after or must be spelled by the name", "Patients received corticosteroids, or IVIG, for two weeks. Doctors said IVIG treats lupus.",
			map[string]kg.Certainty{"intravenous immunoglobulin TREATS systemic lupus erythematosus": kg.Asserted}, []string{"corticosteroid TREATS systemic lupus erythematosus"}},
		{"a known head word does not make a defined term known", "Surgeons used autologous fat cell injection (AFCI) for scars. AFCI treats acne scars.",
			map[string]kg.Certainty{"autologous fat cell injection TREATS acne scar": kg.Asserted}, nil},
		{"standard care for a condition named before it", "Secretome cream was tested in psoriasis. Psoriasis is common. In rheumatoid arthritis, methotrexate is the first-line treatment.",
			map[string]kg.Certainty{"methotrexate TREATS rheumatoid arthritis": kg.Asserted}, []string{"methotrexate TREATS psoriasis"}},
		{"a contrast naming the only therapy keeps the topic", "Exosome dioleskan setelah microneedling.\nBerbeda dengan steroid, produk ini tidak menipiskan kulit.\nEfek samping yang mungkin timbul:\n1. Kemerahan ringan",
			map[string]kg.Certainty{"exosome HAS_RISK erythema": kg.Asserted}, []string{"corticosteroid HAS_RISK erythema"}},
		{"a negation does not reach a conjunct with its own subject", "Sel punca bukan obat untuk saraf kejepit, dan pada HNP yang menekan saraf berat, operasi tetap pilihan utama.",
			map[string]kg.Certainty{"NOT stem cell TREATS herniated disc": kg.Asserted, "surgery TREATS herniated disc": kg.Asserted}, []string{"NOT surgery TREATS herniated disc"}},
		{"a therapy patients took besides the studied one is not the topic", "A patch of retinal pigment epithelium cells was implanted in 12 patients. The retinal pigment epithelium cells survived. Patients took immunosuppressive drugs for three months. Two developed a retinal detachment.",
			map[string]kg.Certainty{"retinal pigment epithelium cell HAS_RISK retinal detachment": kg.Asserted}, []string{"immunosuppressant HAS_RISK retinal detachment"}},
		{"seeming is a hedge", "Extracellular vesicles were given to rat pups. The vesicles seem to calm inflammation in the gut.",
			map[string]kg.Certainty{"extracellular vesicle ACTS_VIA anti-inflammatory effect": kg.Hedged}, nil},
		{"another option treats the document's condition", "Exosome dioleskan untuk stretch mark. Stretch mark sering muncul setelah hamil. Pilihan lain adalah platelet-rich plasma (PRP) dari darah pasien sendiri. Nanofat disuntikkan lebih dangkal, ke lapisan dermis.",
			map[string]kg.Certainty{"platelet-rich plasma TREATS stretch marks": kg.Asserted, "nanofat ADMINISTERED_VIA intradermal": kg.Asserted}, nil},
		{"a therapy in the patients' history is not the topic", "Mesenchymal stem cells were tested for xerostomia. Mesenchymal stem cells were injected into the glands. Thirty patients with xerostomia after radiotherapy were enrolled. There were no gland infections and no signs of immune rejection.",
			map[string]kg.Certainty{"NOT mesenchymal stem cell HAS_RISK infection": kg.Asserted}, []string{"NOT radiotherapy HAS_RISK infection"}},
		{"success judged by a measure", "Cultivated cells were grafted in limbal stem cell deficiency. Limbal stem cell deficiency causes blindness. Success was judged by visual acuity.",
			map[string]kg.Certainty{"limbal stem cell deficiency MEASURED_BY visual acuity": kg.Asserted}, nil},
		{"a known condition narrowed by a defined name", "Stem cells were injected in radiation-induced xerostomia (RIX). Secretome treats RIX.",
			map[string]kg.Certainty{"secretome TREATS radiation-induced xerostomia": kg.Asserted}, []string{"secretome TREATS xerostomia"}},
		{"a mixture contains its parts", "Sel ini melepaskan secretome, yaitu campuran sitokin anti-inflamasi, growth factor, dan exosome. Sel diambil dari otot paha, lalu disuntikkan ke sekitar uretra.",
			map[string]kg.Certainty{"secretome CONTAINS cytokine": kg.Asserted, "secretome CONTAINS growth factor": kg.Asserted, "secretome CONTAINS exosome": kg.Asserted}, nil},
		{"still at the research stage hedges", "Terapi PRP untuk psoriasis masih tahap penelitian.",
			map[string]kg.Certainty{"platelet-rich plasma TREATS psoriasis": kg.Hedged}, nil},
		{"helping patients with a condition treats it", "Terapi stimulasi kognitif juga membantu pasien Alzheimer mempertahankan kemandirian.",
			map[string]kg.Certainty{"cognitive stimulation therapy TREATS Alzheimer disease": kg.Asserted}, nil},
		{"an acronym defined in the plural names the singular too", "Adipose-derived mesenchymal stem cells (ASCs) were injected. In future, ASC-derived extracellular vesicles could offer a cell-free alternative.",
			map[string]kg.Certainty{"extracellular vesicle DERIVED_FROM mesenchymal stem cell": kg.Asserted}, nil},
		{"an acronym after a slash in the bracket", "Kondisi yang disebut inkontinensia urine tipe stres (stress urinary incontinence/SUI) ini banyak dialami perempuan. Tim dokter kini menguji terapi sel punca pada pasien SUI.",
			map[string]kg.Certainty{"stem cell TREATS stress urinary incontinence": kg.Asserted}, nil},
		{"a route after a list is the list's", "Sekretom dan eksosom yang diberikan secara intravena diteliti untuk stroke.",
			map[string]kg.Certainty{"secretome ADMINISTERED_VIA intravenous": kg.Asserted, "exosome ADMINISTERED_VIA intravenous": kg.Asserted}, nil},
		{"a longer name of the same kind inside a shorter one wins", "Tim dokter menguji terapi sel punca mesenkimal tali pusar untuk pasien proktitis radiasi.",
			map[string]kg.Certainty{"umbilical cord mesenchymal stem cell TREATS radiation proctitis": kg.Asserted}, []string{"stem cell TREATS radiation proctitis"}},
		{"a mechanism defining the condition before it", "Tim dokter menguji sel punca untuk pasien proktitis radiasi, yaitu peradangan rektum setelah radioterapi.",
			map[string]kg.Certainty{"stem cell TREATS radiation proctitis": kg.Asserted}, []string{"stem cell ACTS_VIA inflammation"}},
		{"a sentence opening with the disease's symptoms names no side effect", "Sel punca diuji untuk proktitis radiasi. Keluhan utamanya adalah buang air besar berdarah, diare, dan nyeri perut.",
			map[string]kg.Certainty{"stem cell TREATS radiation proctitis": kg.Asserted}, []string{"stem cell HAS_RISK diarrhoea"}},
		{"a therapy patients no longer need is not the one at hand", "Sel punca tali pusat diberikan lewat infus pada 10 pasien proktitis radiasi. Sel punca tali pusat berasal dari donor. Hasilnya, tujuh pasien tidak lagi membutuhkan transfusi darah. Efek samping yang tercatat berupa demam ringan setelah infus.",
			map[string]kg.Certainty{"umbilical cord mesenchymal stem cell HAS_RISK fever": kg.Asserted}, []string{"blood transfusion HAS_RISK fever"}},
		{"a harm named as what is treated is no side effect", "Sel punca tali pusat diuji untuk proktitis radiasi. Dokter menegaskan terapi ini bukan pengobatan untuk kankernya.",
			nil, []string{"NOT umbilical cord mesenchymal stem cell HAS_RISK tumour formation", "umbilical cord mesenchymal stem cell HAS_RISK tumour formation"}},
		{"standard care written noun first", "ACL yang putus total tidak menyambung sendiri, sehingga standar penanganannya adalah operasi rekonstruksi ACL. Cedera ACL sering dialami atlet. Cedera ACL butuh waktu pulih lama.",
			map[string]kg.Certainty{"anterior cruciate ligament reconstruction TREATS anterior cruciate ligament injury": kg.Asserted}, []string{"surgery TREATS anterior cruciate ligament injury"}},
		{"a kind named with a demonstrative refers back to the two therapies just joined", "Selama operasi, PRP dan BMAC disuntikkan langsung ke graft. Menurut tim kami, terapi biologis ini dapat merangsang pembentukan pembuluh darah baru (angiogenesis).",
			map[string]kg.Certainty{"platelet-rich plasma ACTS_VIA angiogenesis": kg.Hedged, "bone marrow aspirate concentrate ACTS_VIA angiogenesis": kg.Hedged},
			[]string{"biologic therapy ACTS_VIA angiogenesis", "surgery ACTS_VIA angiogenesis"}},
		{"a paragraph of unpunctuated lines under a short heading is a list", "Cedera ACL sering dialami atlet. Cedera ACL dapat diperbaiki dengan operasi.\n\nKeunggulan\nRawat inap hanya 1 malam\nEvaluasi terukur dengan skor Lysholm dan IKDC pada bulan ke-6\n\nHubungi kami.",
			map[string]kg.Certainty{"anterior cruciate ligament injury MEASURED_BY Lysholm score": kg.Asserted, "anterior cruciate ligament injury MEASURED_BY IKDC score": kg.Asserted}, nil},
		{"a therapy named as when the sentence happens is not the one at hand", "Selama operasi, PRP disuntikkan langsung ke graft. Terapi ini dapat merangsang pembentukan pembuluh darah baru (angiogenesis).",
			map[string]kg.Certainty{"platelet-rich plasma ACTS_VIA angiogenesis": kg.Hedged}, []string{"surgery ACTS_VIA angiogenesis"}},
		{"an evaluation names the document's measures", "Cedera ACL sering dialami atlet. Cedera ACL dapat diperbaiki dengan operasi. Evaluasi terukur dengan IKDC dan MRI pada bulan ke-6.",
			map[string]kg.Certainty{"anterior cruciate ligament injury MEASURED_BY IKDC score": kg.Asserted}, nil},
		{"an acronym spelled out by unknown words loses the lexicon's meaning", "Combined autologous lipoinjection (CAL) is used for breast cancer patients. Small studies report higher fat graft retention with CAL, measured by volumetric imaging. Breast cancer survivors often choose it.",
			nil, []string{"breast cancer MEASURED_BY clinical attachment level"}},
		{"an unbulleted item may end in a bracket", "Fat grafting restores the breast. Fat grafting is safe.\n\nPossible side effects\nBruising at the liposuction site\nInfection (uncommon)\n\nBook a consultation",
			map[string]kg.Certainty{"autologous fat grafting HAS_RISK bruising": kg.Asserted, "autologous fat grafting HAS_RISK infection": kg.Hedged}, nil},
		{"softening hardened skin treats it", "Fat grafting can also soften skin that has been hardened by radiotherapy (radiation fibrosis).",
			map[string]kg.Certainty{"autologous fat grafting TREATS radiation fibrosis": kg.Hedged}, nil},
		{"how a condition arises is not about the therapy at hand", "Tetes mata sekretom dikembangkan untuk keratitis neurotrofik. Keratitis neurotrofik sering muncul pada penderita diabetes.",
			map[string]kg.Certainty{"secretome TREATS neurotrophic keratitis": kg.Asserted}, []string{"secretome TREATS diabetes"}},
		{"what a condition does untreated is not about the therapy at hand", "Tetes mata sekretom dikembangkan untuk keratitis neurotrofik. Jika tidak ditangani, luka pada kornea dapat berkembang menjadi ulkus kornea.",
			nil, []string{"secretome TREATS corneal ulcer"}},
		{"a study's measures are not what the therapy contains", "Pasien meneteskan sekretom empat kali sehari. Luaran yang diukur meliputi luas defek epitel dan sensitivitas kornea.",
			nil, []string{"secretome CONTAINS epithelial defect size", "secretome CONTAINS corneal sensitivity"}},
		{"a drug patients were weaned off is not the therapy at hand", "Kidney transplant recipients received mesenchymal stem cells (MSCs). MSCs were given twice. Five patients in the cell group were later weaned off tacrolimus entirely. The infusions caused only transient fever in a few patients.",
			map[string]kg.Certainty{"mesenchymal stem cell HAS_RISK fever": kg.Asserted}, []string{"tacrolimus HAS_RISK fever"}},
		{"current drugs are standard care", "Pulmonary hypertension is progressive. Current drugs, namely sildenafil and prostacyclin analogues, act mainly as vasodilators. Pulmonary hypertension remains fatal.",
			map[string]kg.Certainty{"sildenafil TREATS pulmonary hypertension": kg.Asserted, "sildenafil ACTS_VIA vasodilation": kg.Asserted, "prostanoid ACTS_VIA vasodilation": kg.Asserted},
			[]string{"vasodilator TREATS pulmonary hypertension"}},
		{"a therapy written against a condition treats it", "Dok, ibu saya selesai kemoterapi kanker payudara Juni lalu.",
			map[string]kg.Certainty{"chemotherapy TREATS breast cancer": kg.Asserted}, nil},
		{"the lead sentence's condition is the document's when none is named twice", "Tim dokter menguji terapi sel punca untuk pasien proktitis radiasi. Terapi oksigen hiperbarik juga membantu, tapi alatnya hanya ada di beberapa kota.",
			map[string]kg.Certainty{"hyperbaric oxygen therapy TREATS radiation proctitis": kg.Asserted}, nil},
		{"the class before golongan is not a second therapy", "Frozen shoulder sering dialami penderita diabetes. Penanganan standar frozen shoulder biasanya berupa obat antinyeri golongan NSAID.",
			map[string]kg.Certainty{"non-steroidal anti-inflammatory drug TREATS frozen shoulder": kg.Asserted}, []string{"analgesic TREATS frozen shoulder"}},
		{"a generic measure yields to the named scale", "Frozen shoulder sering dialami penderita diabetes. Dalam uji klinis, suntikan PRP ke dalam kapsul sendi bahu memberikan perbaikan skor nyeri VAS pada pasien frozen shoulder.",
			map[string]kg.Certainty{"frozen shoulder MEASURED_BY visual analogue scale": kg.Asserted, "platelet-rich plasma ADMINISTERED_VIA intra-articular": kg.Asserted},
			[]string{"frozen shoulder MEASURED_BY pain score"}},
		{"a pronoun after a class and its examples is the class", "Cardiosphere-derived cells were infused. The most common side effects were infusion reactions. Corticosteroids such as prednisone and deflazacort remain the standard treatment and can delay the loss of walking by several years, though they cause weight gain and mood changes.",
			map[string]kg.Certainty{"corticosteroid HAS_RISK weight gain": kg.Asserted}, []string{"deflazacort HAS_RISK weight gain"}},
		{"a time point before a scale is not part of its name", "Perineal tears heal slowly. Perineal tears are common after birth. Results: Day-7 KORVA scores were significantly lower in the secretome group.",
			map[string]kg.Certainty{"perineal tear MEASURED_BY KORVA score": kg.Asserted}, []string{"perineal tear MEASURED_BY Day-7 KORVA scores"}},
		{"a plural in -ies names the singular", "Players with acute muscle injuries received PRP injections.",
			map[string]kg.Certainty{"platelet-rich plasma TREATS muscle injury": kg.Asserted}, nil},
		{"a name written as the text is wins over an inflected one as long", "Most patients start with the basics: calf and plantar fascia stretching, custom orthotics and anti-inflammatories (NSAIDs). Plantar fasciitis is common.",
			nil, []string{"stretching exercises ACTS_VIA anti-inflammatory effect"}},
		{"a specific therapy named with a demonstrative stays itself", "Stem cells were injected into the knee. These exosomes reduce inflammation.",
			map[string]kg.Certainty{"exosome ACTS_VIA anti-inflammatory effect": kg.Asserted}, []string{"stem cell ACTS_VIA anti-inflammatory effect"}},
		{"'saat ini' is no occasion", "Saat ini terapi sel punca diteliti untuk osteoartritis. Terapi ini dapat mengurangi peradangan.",
			map[string]kg.Certainty{"stem cell ACTS_VIA anti-inflammatory effect": kg.Hedged}, nil},
		{"a therapy an occasion names without a comma stays the one at hand", "Ketika PRP disuntikkan, pasien merasa nyeri ringan. Terapi ini dapat mempercepat penyembuhan tendon.",
			map[string]kg.Certainty{"platelet-rich plasma ACTS_VIA tissue regeneration": kg.Hedged}, nil},
		{"a harm another clause says eased stays a side effect", "Sekretom diberikan pada pasien. Efek samping: demam muncul, tetapi nyeri berkurang.",
			map[string]kg.Certainty{"secretome HAS_RISK fever": kg.Asserted}, nil},
		{"acting as a class after an article", "Iloprost, which acts as a vasodilator, is given intravenously.",
			map[string]kg.Certainty{"iloprost ACTS_VIA vasodilation": kg.Asserted}, nil},
		{"a head word after a procedure is part of its name", "ACL reconstruction surgery is the standard treatment for an ACL tear. ACL tears are common. ACL tears need surgery.",
			map[string]kg.Certainty{"anterior cruciate ligament reconstruction TREATS anterior cruciate ligament injury": kg.Asserted}, []string{"surgery TREATS anterior cruciate ligament injury"}},
		{"an onset one word after the condition", "Tetes mata sekretom dikembangkan untuk keratitis neurotrofik. Keratitis neurotrofik kerap timbul pada penderita diabetes.",
			map[string]kg.Certainty{"secretome TREATS neurotrophic keratitis": kg.Asserted}, []string{"secretome TREATS diabetes"}},
		{"an onset right after the condition", "Tetes mata sekretom dikembangkan untuk keratitis neurotrofik. Keratitis neurotrofik muncul pada penderita diabetes.",
			map[string]kg.Certainty{"secretome TREATS neurotrophic keratitis": kg.Asserted}, []string{"secretome TREATS diabetes"}},
		{"softening in Indonesian treats", "Fat grafting dapat melunakkan fibrosis akibat radiasi pada kulit payudara.",
			map[string]kg.Certainty{"autologous fat grafting TREATS radiation fibrosis": kg.Hedged}, nil},
		{"a line emptied by a photo credit under a short heading", "Sekretom diteliti untuk luka bakar.\n\nKeunggulan\n, Foto: Antara\nPemulihan lebih cepat\nRawat inap singkat\n",
			nil, nil},
		{"a sentence reporting only harms seen is about the therapy at hand, a paragraph later", "Mesenchymal stem cells were infused into the womb.\n\nNo tumours or signs of rejection were seen, although one baby developed a short-lived fever after the postnatal dose.",
			map[string]kg.Certainty{"mesenchymal stem cell HAS_RISK fever": kg.Asserted}, nil},
		{"a warning names the therapy at hand's risks", "Inhaled exosomes were given to patients with lung fibrosis.\n\nThe trial was small.\n\nFeld also warned that inhaling unregulated products could trigger bronchospasm or infection.",
			map[string]kg.Certainty{"exosome HAS_RISK bronchospasm": kg.Hedged}, nil},
		{"a harm less frequent with a therapy is no side effect", "Kidney transplant recipients received mesenchymal stem cells (MSCs). Half were given two infusions of MSCs. Over 12 months, kidney function was similar. Cytomegalovirus infection was less frequent in the MSC group.",
			nil, []string{"mesenchymal stem cell HAS_RISK infection"}},
		{"a fronted condition ends at its comma", "Eksosom dipakai di klinik.\n\nIa menambahkan hal lain.\n\nKalau disuntikkan sembarangan, risiko infeksi dan memar.",
			map[string]kg.Certainty{"exosome HAS_RISK infection": kg.Asserted, "exosome HAS_RISK bruising": kg.Asserted}, nil},
		{"a risk word with -nya", "Eksosom dipakai di klinik.\n\nIa menambahkan hal lain.\n\nRisikonya infeksi dan memar.",
			map[string]kg.Certainty{"exosome HAS_RISK infection": kg.Asserted}, nil},
		{"examples of what is for a condition treat it, past a gloss", "Menurut Fransiska, terapi yang buktinya lebih kuat untuk selulit antara lain subsisi, yaitu memotong septa dengan jarum khusus, serta terapi gelombang kejut (ESWT) dan radiofrekuensi.",
			map[string]kg.Certainty{"subcision TREATS cellulite": kg.Asserted, "extracorporeal shockwave therapy TREATS cellulite": kg.Asserted, "radiofrequency skin tightening TREATS cellulite": kg.Asserted}, nil},
		{"options for a condition include", "Options for knee osteoarthritis include hyaluronic acid and PRP.",
			map[string]kg.Certainty{"hyaluronic acid TREATS knee osteoarthritis": kg.Asserted, "platelet-rich plasma TREATS knee osteoarthritis": kg.Asserted}, nil},
		{"this material refers back", "Sekretom adalah cairan hasil sekresi sel punca mesenkimal. Bahan ini tidak mengandung sel hidup.",
			map[string]kg.Certainty{"NOT secretome CONTAINS live cell": kg.Asserted}, nil},
		{"a care lead-in naming no condition is about the document's", "Dokter bilang saya kena carpal tunnel syndrome (CTS). CTS sering pada pekerja kantor.\n\nPada derajat ringan, langkah awalnya biasanya konservatif:\n1. Memakai bidai malam.\n2. Mengatur posisi kerja.",
			map[string]kg.Certainty{"night splint TREATS carpal tunnel syndrome": kg.Asserted}, nil},
		{"the grade of a condition is no scale; assessing measures", "Dokter bilang saya kena carpal tunnel syndrome (CTS). Saran saya, ulangi pemeriksaan kecepatan hantar saraf untuk menilai derajat CTS Ibu sekarang.",
			map[string]kg.Certainty{"carpal tunnel syndrome MEASURED_BY nerve conduction velocity": kg.Asserted}, []string{"carpal tunnel syndrome MEASURED_BY CTS Ibu grade"}},
		{"the grade of a condition the lexicon names is no scale", "Sekretom diuji pada psoriasis. Dokter menilai derajat Psoriasis Ibu dengan skor PASI.",
			map[string]kg.Certainty{"psoriasis MEASURED_BY PASI score": kg.Asserted}, []string{"psoriasis MEASURED_BY Psoriasis Ibu grade"}},
		{"a question about the reader's symptoms names no risk", "Gusi di sekitar implan gigi Anda berdarah, bengkak, atau terasa longgar saat mengunyah? Apakah PRP menyebabkan nyeri?",
			nil, []string{"dental implant HAS_RISK swelling", "platelet-rich plasma HAS_RISK pain"}},
		{"severity assessed in a list item measures", "Perawatan peri-implantitis dengan PRF.\n\nTahapan perawatan\n1. Pemeriksaan tingkat keparahan peri-implantitis: kedalaman poket (probing depth) dan perdarahan saat probing (bleeding on probing).\n2. Injeksi PRF.",
			map[string]kg.Certainty{"peri-implantitis MEASURED_BY probing depth": kg.Asserted, "peri-implantitis MEASURED_BY bleeding on probing": kg.Asserted}, nil},
		{"there is no risk after a fronted reason", "Because PRP comes from your own blood, there is no risk of an allergic reaction or of rejection.",
			map[string]kg.Certainty{"NOT platelet-rich plasma HAS_RISK immune reaction": kg.Asserted, "NOT platelet-rich plasma HAS_RISK transplant rejection": kg.Asserted},
			[]string{"platelet-rich plasma HAS_RISK immune reaction"}},
		{"or other therapies share the claim", "We do not offer bone marrow aspirate concentrate or other stem cell therapies for jumper's knee, because there is no good evidence yet that they work.",
			map[string]kg.Certainty{"bone marrow aspirate concentrate TREATS patellar tendinopathy": kg.Hedged, "stem cell TREATS patellar tendinopathy": kg.Hedged}, nil},
		{"kick-starting healing and recovery from a condition", "Exercise therapy remains the foundation of recovery from jumper's knee. PRP is rich in growth factors. These growth factors are thought to kick-start tendon healing.",
			map[string]kg.Certainty{"exercise therapy TREATS patellar tendinopathy": kg.Asserted, "platelet-rich plasma ACTS_VIA tissue regeneration": kg.Hedged}, nil},
		{"for a condition we offer", "For athletes with patellar tendinopathy who have not improved after at least 3 months of rehab, we offer PRP injections.",
			map[string]kg.Certainty{"platelet-rich plasma TREATS patellar tendinopathy": kg.Asserted}, nil},
		{"easing pain is no risk; a harm of a harm", "Shockwave therapy can ease tendon pain. The most common side effect of PRP is a post-injection flare of pain lasting a few days.",
			map[string]kg.Certainty{"platelet-rich plasma HAS_RISK post-injection flare": kg.Asserted},
			[]string{"extracorporeal shockwave therapy HAS_RISK pain", "platelet-rich plasma HAS_RISK pain"}},
		{"an apposition spelling out a mechanism", "Temuan ini menunjukkan eksosom bekerja melalui imunomodulasi, yaitu menggeser respons imun dari pola alergi ke arah toleransi, antara lain dengan memperbanyak sel T regulator.",
			map[string]kg.Certainty{"exosome ACTS_VIA immunomodulation": kg.Asserted, "exosome ACTS_VIA immune tolerance": kg.Asserted, "exosome ACTS_VIA regulatory T cell induction": kg.Asserted},
			[]string{"exosome HAS_RISK immune reaction"}},
		{"levels in a condition measure it", "Pada mencit rinitis alergi tersebut, kadar IgE spesifik juga turun. In patients with frailty, TNF-alpha levels fell.",
			map[string]kg.Certainty{"allergic rhinitis MEASURED_BY immunoglobulin E": kg.Asserted, "frailty MEASURED_BY cytokine": kg.Asserted}, nil},
		{"a list after 'that underwent' runs on", "A cohort of 38 eyes with idiopathic macular holes larger than 400 um that underwent pars plana vitrectomy, internal limiting membrane (ILM) peeling and SF6 gas tamponade.",
			map[string]kg.Certainty{"vitrectomy TREATS macular hole": kg.Asserted, "internal limiting membrane peeling TREATS macular hole": kg.Asserted, "gas tamponade TREATS macular hole": kg.Asserted}, nil},
		{"no therapy-related harm was observed", "No PRP-related intraocular inflamation or retinal detachment was observed.",
			map[string]kg.Certainty{"NOT platelet-rich plasma HAS_RISK intraocular inflammation": kg.Asserted, "NOT platelet-rich plasma HAS_RISK retinal detachment": kg.Asserted},
			[]string{"platelet-rich plasma HAS_RISK retinal detachment"}},
		{"a therapy and the verb of its route are no name", "Nineteen eyes received 0.1 mL of autologous PRP injected intravitreally over the hole.",
			map[string]kg.Certainty{"platelet-rich plasma ADMINISTERED_VIA intravitreal": kg.Asserted}, []string{"platelet-rich plasma ADMINISTERED_VIA injection"}},
		{"a therapy and the verb of its route are no name, whatever the sentence", "PRP was given intravitreally in all eyes. Eyes that had PRP injected once closed faster.",
			map[string]kg.Certainty{"platelet-rich plasma ADMINISTERED_VIA intravitreal": kg.Asserted}, []string{"platelet-rich plasma ADMINISTERED_VIA injection"}},
		{"a long list after 'who underwent'", "Patients with macular holes who underwent pars plana vitrectomy, internal limiting membrane peeling, SF6 gas tamponade, laser photocoagulation and cataract surgery were studied.",
			map[string]kg.Certainty{"cataract surgery TREATS macular hole": kg.Asserted}, nil},
		{"a product releasing growth factors contains them", "Platelet-rich plasma (PRP) releases growth factors and may therefore help erosive lesions to re-epithelialise.",
			map[string]kg.Certainty{"platelet-rich plasma CONTAINS growth factor": kg.Asserted, "platelet-rich plasma ACTS_VIA epithelial regeneration": kg.Hedged}, nil},
		{"a descriptor inside a scale's name; oral thrush is itself", "Oral lichen planus activity was assessed by the Thongprasom clinical score. Two patients given triamcinolone developed oral candidiasis.",
			map[string]kg.Certainty{"oral lichen planus MEASURED_BY Thongprasom clinical score": kg.Asserted, "triamcinolone HAS_RISK oral thrush": kg.Asserted}, nil},
		{"these cells are the cells the sentence before named", "Fat grafting may help, because the grafted tissue carries its own mesenchymal stem cells. These cells can dampen fibrosis in scarred skin.",
			map[string]kg.Certainty{"mesenchymal stem cell ACTS_VIA anti-fibrotic effect": kg.Hedged}, []string{"autologous fat grafting ACTS_VIA anti-fibrotic effect"}},
		{"a symptom judged on a scale with its range is no risk", "PRP was injected for lichen sclerosus. Symptoms of women given PRP were judged by itch on a 0-10 numeric rating scale.",
			nil, []string{"platelet-rich plasma HAS_RISK itching"}},
		{"a therapy's head noun yields to a name as long that it opens", "Terapi sel punca mesenkimal untuk endometrium tipis masih dalam tahap penelitian.",
			map[string]kg.Certainty{"mesenchymal stem cell TREATS thin endometrium": kg.Hedged}, []string{"stem cell TREATS thin endometrium"}},
		{"a component named with a demonstrative stands for what contains it", "Di dalam PRP terkandung berbagai faktor pertumbuhan.\n\nPRP dimasukkan secara intrauterin.\n\nDokter menjelaskan bahwa faktor pertumbuhan tersebut diduga dapat merangsang pembentukan pembuluh darah baru.",
			map[string]kg.Certainty{"platelet-rich plasma ACTS_VIA angiogenesis": kg.Hedged}, nil},
		{"a therapy used when a condition is present treats it", "Pilihan lain yang kadang dipakai dokter antara lain heparin berat molekul rendah bila ada gangguan pembekuan darah.",
			map[string]kg.Certainty{"low-molecular-weight heparin TREATS coagulation disorder": kg.Asserted}, nil},
		{"an acronym spelt with full stops", "Pada sesi berikutnya, P.R.P. dari darah Anda sendiri disuntikkan secara intradermal.",
			map[string]kg.Certainty{"platelet-rich plasma ADMINISTERED_VIA intradermal": kg.Asserted}, nil},
		{"this method right after standard care is that care", "Exosome dipakai untuk alopecia areata.\n\nPengobatan standar biasanya berupa suntikan kortikosteroid. Cara ini cukup efektif, tetapi penyuntikan berulang dapat menyebabkan kulit menipis.",
			map[string]kg.Certainty{"corticosteroid HAS_RISK skin atrophy": kg.Hedged}, []string{"exosome HAS_RISK skin atrophy"}},
		{"a sentence naming no therapy after one joining two speaks of both", "Terapi exosome dan PRP minim risiko. Efek samping yang mungkin terjadi hanya kemerahan di kulit kepala.",
			map[string]kg.Certainty{"exosome HAS_RISK erythema": kg.Hedged, "platelet-rich plasma HAS_RISK erythema": kg.Hedged}, nil},
		{"a condition right after a verb of harm with a therapy before it", "Li-ESWT does not cause erectile dysfunction. Pada kasus berat, perdarahan berulang menyebabkan anemia hingga pasien harus menjalani transfusi darah.",
			map[string]kg.Certainty{"NOT extracorporeal shockwave therapy HAS_RISK erectile dysfunction": kg.Asserted}, []string{"blood transfusion HAS_RISK anaemia"}},
		{"conventional care lists what treats the document's condition", "Chronic prostatitis affects many men. Chronic prostatitis is painful.\n\nConventional care usually combines alpha blockers such as tamsulosin, anti-inflammatory medication and pelvic floor physiotherapy.",
			map[string]kg.Certainty{"tamsulosin TREATS chronic prostatitis": kg.Asserted, "anti-inflammatory drug TREATS chronic prostatitis": kg.Asserted},
			[]string{"alpha blocker ACTS_VIA anti-inflammatory effect"}},
		{"the document's condition is the specific kind it names twice", "Gel Sekretom untuk Bekas Luka Bakar\n\nBekas luka bakar yang menebal sering membuat penyintas tidak percaya diri. Kondisi ini dikenal sebagai parut hipertrofik.\n\nDalam studi, pasien parut hipertrofik memakai gel sekretom. Skor Vancouver Scar Scale menurun.",
			map[string]kg.Certainty{"hypertrophic scar MEASURED_BY Vancouver Scar Scale": kg.Asserted}, []string{"scar MEASURED_BY Vancouver Scar Scale"}},
		{"arms a condition's patients were randomised to treat it; a route's noun joins it", "Ninety-two patients with gluteal tendinopathy were randomised to a single intratendinous injection of PRP (n=46) or a peritendinous injection of triamcinolone (n=46).",
			map[string]kg.Certainty{"platelet-rich plasma TREATS gluteal tendinopathy": kg.Asserted, "triamcinolone TREATS gluteal tendinopathy": kg.Asserted,
				"triamcinolone ADMINISTERED_VIA peritendinous": kg.Asserted, "platelet-rich plasma ADMINISTERED_VIA intratendinous": kg.Asserted},
			[]string{"platelet-rich plasma ADMINISTERED_VIA peritendinous"}},
		{"less pain is no risk; a tendon rupture is a harm", "For chronic gluteal tendinopathy, PRP gave better function and less pain than steroid. No tendon rupture occurred in the PRP group.",
			map[string]kg.Certainty{"NOT platelet-rich plasma HAS_RISK tendon rupture": kg.Asserted}, []string{"platelet-rich plasma HAS_RISK pain"}},
		{"a placebo arm treats nothing", "Eighty players with hamstring injury were randomised to two injections of PRP or of saline solution.",
			map[string]kg.Certainty{"platelet-rich plasma TREATS hamstring injury": kg.Asserted}, []string{"saline solution TREATS hamstring injury"}},
		{"no report of a harm denies it", "Sejauh ini juga tidak ada laporan sel CD34+ autolog memicu tumor. There were no reports of PRP causing infection.",
			map[string]kg.Certainty{"NOT CD34+ cell therapy HAS_RISK tumour formation": kg.Asserted, "NOT platelet-rich plasma HAS_RISK infection": kg.Asserted}, nil},
		{"second-line options for the document's condition", "Immune thrombocytopenia is rare. Immune thrombocytopenia is treated with steroids.\n\nSecond-line options such as rituximab and splenectomy are used. MSCs are powerful immunomodulators.",
			map[string]kg.Certainty{"rituximab TREATS immune thrombocytopenia": kg.Asserted, "splenectomy TREATS immune thrombocytopenia": kg.Asserted, "mesenchymal stem cell ACTS_VIA immunomodulation": kg.Asserted}, nil},
		{"a safety heading opens the section on the page's own product", "Our UC-MSC protocol treats Hashimoto's thyroiditis. Each protocol gives UC-MSCs by infusion. UC-MSCs calm the immune system.\n\n- An exosome concentrate given by nebulizer\n\nSome patients reduce their levothyroxine dose.\n\nIs it safe?\nSide effects are uncommon and mild: a low-grade fever or headache on the day of infusion.",
			map[string]kg.Certainty{"umbilical cord mesenchymal stem cell HAS_RISK fever": kg.Hedged}, []string{"exosome HAS_RISK fever", "levothyroxine HAS_RISK fever"}},
		{"the therapy patients were refractory to is aside; the one they received is the topic", "Mesenchymal stromal cells (MSCs) exert immunomodulatory effects.\nMethods: 26 adults with ITP refractory to corticosteroids received four intravenous infusions of UC-MSCs. Adverse events were mostly mild: transient fever in 5 patients. Whole-body imaging showed no ectopic tissue or tumour formation.",
			map[string]kg.Certainty{"umbilical cord mesenchymal stem cell HAS_RISK fever": kg.Asserted, "NOT umbilical cord mesenchymal stem cell HAS_RISK tumour formation": kg.Asserted},
			[]string{"corticosteroid HAS_RISK fever", "mesenchymal stem cell HAS_RISK fever"}},
		{"lowering a process named as a condition is how a therapy works", "Mesenchymal stem cells may restore salivary gland function through paracrine signalling, promoting angiogenesis and limiting fibrosis. Sekretom adalah kumpulan growth factor dan sitokin.",
			map[string]kg.Certainty{"mesenchymal stem cell ACTS_VIA anti-fibrotic effect": kg.Hedged, "secretome CONTAINS cytokine": kg.Asserted}, []string{"mesenchymal stem cell TREATS fibrosis"}},
		{"a drug that causes a condition treats none of it", "Paracetamol in overdose is the most frequent cause of acute liver failure. N-acetylcysteine is the standard therapy for paracetamol-induced liver injury.",
			map[string]kg.Certainty{"N-acetylcysteine TREATS liver injury": kg.Asserted}, []string{"paracetamol TREATS liver failure", "paracetamol TREATS liver injury"}},
		{"a cause named in a relative clause is not the therapy", "Secretome menekan aktivasi sel imun berlebih yang menjadi penyebab utama kekambuhan asma.",
			map[string]kg.Certainty{"secretome TREATS asthma": kg.Asserted}, nil},
		{"harms tied to a route only one therapy is given by are its", "Umbilical cord MSCs were given by intravenous infusion to stroke patients. Mesenchymal stem cells calm inflammation.\n\nThe trial lasted a year.\n\nSafety concerns after the infusion are fever and allergic reactions.",
			map[string]kg.Certainty{"umbilical cord mesenchymal stem cell HAS_RISK fever": kg.Asserted}, []string{"mesenchymal stem cell HAS_RISK fever"}},
		{"treating the root cause of a condition treats it", "Exosomes target the root cause of hair loss. Eksosom mengatasi penyebab utama kerontokan rambut.",
			map[string]kg.Certainty{"exosome TREATS alopecia": kg.Asserted}, nil},
		{"an after-care list treats nothing", "Knee osteoarthritis is common. Knee osteoarthritis hurts.\n\nAfter the treatment, please avoid:\n- Ibuprofen for three days\n- Heavy exercise",
			nil, []string{"ibuprofen TREATS knee osteoarthritis"}},
		{"this method is the therapy named as standard care", "Exosome dipakai untuk alopecia areata.\n\nSelain minoksidil, pengobatan standar biasanya berupa suntikan kortikosteroid. Cara ini cukup efektif, tetapi penyuntikan berulang dapat menyebabkan kulit menipis.",
			map[string]kg.Certainty{"corticosteroid HAS_RISK skin atrophy": kg.Hedged}, []string{"minoxidil HAS_RISK skin atrophy"}},
		{"a narrower condition named less often does not take the page", "Osteoarthritis is common. Osteoarthritis hurts. Osteoarthritis worsens with age. Osteoarthritis is frequent in the elderly. Hip osteoarthritis is rarer. Hip osteoarthritis needs care.\n\nThe primary outcome was the WOMAC score.",
			map[string]kg.Certainty{"osteoarthritis MEASURED_BY WOMAC score": kg.Asserted}, []string{"hip osteoarthritis MEASURED_BY WOMAC score"}},
		{"a harm in a later clause after an apposition on a mechanism stays", "Exosomes work through immunomodulation, i.e. shifting the immune response away from allergy, but they may cause fever.",
			map[string]kg.Certainty{"exosome ACTS_VIA immunomodulation": kg.Asserted, "exosome HAS_RISK fever": kg.Hedged}, nil},
		{"a generic route names too many therapies to give harms an owner", "Exosomes were given by injection. PRP was also studied.\n\nThe trial lasted a year.\n\nSafety concerns after the injection are fever.",
			map[string]kg.Certainty{"platelet-rich plasma HAS_RISK fever": kg.Asserted}, []string{"exosome HAS_RISK fever"}},
		{"a route noun's therapy owns the route", "Methods: Ninety-two patients with MRI-confirmed gluteal tendinopathy and symptoms for at least 4 months were randomised to a single ultrasound-guided intratendinous injection of leukocyte-poor PRP (n=46) or a peritendinous injection of triamcinolone 40 mg with lidocaine (n=46).",
			map[string]kg.Certainty{"triamcinolone ADMINISTERED_VIA peritendinous": kg.Asserted}, []string{"platelet-rich plasma ADMINISTERED_VIA peritendinous"}},
		{"patients reporting a harm after the therapy at hand", "Gel sekretom dioleskan dua kali sehari pada parut.\n\nDua pasien melaporkan gatal ringan yang hilang sendiri.",
			map[string]kg.Certainty{"secretome HAS_RISK itching": kg.Asserted}, nil},
		{"doing nothing to heal denies treating", "PRP does nothing to heal patellar tendinopathy. Tetrabenazine can reduce chorea.",
			map[string]kg.Certainty{"NOT platelet-rich plasma TREATS patellar tendinopathy": kg.Asserted, "tetrabenazine TREATS chorea": kg.Hedged},
			[]string{"platelet-rich plasma TREATS patellar tendinopathy"}},
		{"becoming new brain cells is differentiation", "Mesenchymal stem cells were infused. The cells do not become new brain cells.",
			map[string]kg.Certainty{"NOT mesenchymal stem cell ACTS_VIA cell differentiation": kg.Asserted}, []string{"NOT mesenchymal stem cell ACTS_VIA neurogenesis"}},
		{"standard care named as a class leads a list", "Kardiomiopati peripartum (KMPP) adalah gagal jantung pada ibu hamil.\n\nPengobatan standar untuk KMPP antara lain:\n1. Penghambat ACE dan penyekat beta, yang terbukti memperbaiki fungsi pompa jantung.\n2. Bromokriptin pada pasien tertentu.",
			map[string]kg.Certainty{"ACE inhibitor TREATS peripartum cardiomyopathy": kg.Asserted, "beta blocker TREATS peripartum cardiomyopathy": kg.Asserted,
				"bromocriptine TREATS peripartum cardiomyopathy": kg.Asserted}, nil},
		{"a condition's care includes examples, each with its purpose", "Conventional bronchiectasis care includes daily chest physiotherapy to clear the airways, nebulised hypertonic saline to thin the mucus and, for frequent flare-ups, long-term azithromycin.",
			map[string]kg.Certainty{"chest physiotherapy TREATS bronchiectasis": kg.Asserted, "hypertonic saline TREATS bronchiectasis": kg.Asserted,
				"azithromycin TREATS bronchiectasis": kg.Asserted}, nil},
		{"improving with a therapy is treated by it, unless the patients did not", "Sebagian besar pasien sindrom nefrotik membaik dengan kortikosteroid. Sel punca diuji pada pasien SUI yang tidak membaik dengan senam Kegel. PRP was tested in tendinopathy patients who did not improve with physiotherapy.",
			map[string]kg.Certainty{"corticosteroid TREATS nephrotic syndrome": kg.Asserted},
			[]string{"NOT pelvic floor muscle training TREATS stress urinary incontinence", "NOT physiotherapy TREATS tendinopathy",
				"pelvic floor muscle training TREATS stress urinary incontinence", "physiotherapy TREATS tendinopathy"}},
		{"patients referred back to receive a therapy for the page's condition", "Sindrom nefrotik sering kambuh. Sindrom nefrotik sulit diobati. Kelompok ini biasanya mendapat takrolimus atau rituksimab.",
			map[string]kg.Certainty{"tacrolimus TREATS nephrotic syndrome": kg.Asserted, "rituximab TREATS nephrotic syndrome": kg.Asserted}, nil},
		{"an acronym may take letters from inside words; no proven benefit hedges", "The scan showed osteochondritis dissecans, or OCD, a loose piece of cartilage. Stem cell injections have no proven benefit for OCD.",
			map[string]kg.Certainty{"stem cell TREATS osteochondritis dissecans": kg.Hedged}, []string{"NOT stem cell TREATS osteochondritis dissecans"}},
		{"a flare is the page's condition; patients after a harm are at risk, not treated", "Hip osteoarthritis wears the joint. Hip osteoarthritis is common. A cortisone injection can calm a flare, but the relief usually fades within weeks, and steroid shots can push blood sugar up in people with diabetes.",
			map[string]kg.Certainty{"corticosteroid TREATS hip osteoarthritis": kg.Hedged, "corticosteroid HAS_RISK steroid-induced hyperglycaemia": kg.Hedged},
			[]string{"corticosteroid TREATS diabetes"}},
		{"patients named after a harm run the risk", "Suntikan steroid bisa menaikkan gula darah pada pasien diabetes.",
			map[string]kg.Certainty{"corticosteroid HAS_RISK steroid-induced hyperglycaemia": kg.Hedged}, []string{"corticosteroid TREATS diabetes"}},
		{"a product contains no count or score, but the list runs through it", "Plasma kaya fibrin (PRF) dibuat dari darah sendiri. Di dalam PRF terkandung trombosit, sel darah putih, dan faktor pertumbuhan. Follow-up includes the WOMAC score.",
			map[string]kg.Certainty{"platelet-rich fibrin CONTAINS growth factor": kg.Asserted},
			[]string{"platelet-rich fibrin CONTAINS platelet count", "platelet-rich fibrin CONTAINS white blood cell count", "platelet-rich fibrin CONTAINS WOMAC score"}},
		{"what a product is loaded on contains it and does not act", "Exosomes loaded on a scaffold enhanced new bone formation.",
			map[string]kg.Certainty{"scaffold CONTAINS exosome": kg.Asserted, "exosome ACTS_VIA tissue regeneration": kg.Asserted},
			[]string{"scaffold ACTS_VIA tissue regeneration"}},
		{"a mechanism lowered with no name for its lowering is no mechanism", "Eksosom menghambat pembentukan pembuluh darah baru. Mesenchymal stem cells turn overactive T cells into calmer regulatory T cells.",
			map[string]kg.Certainty{"mesenchymal stem cell ACTS_VIA regulatory T cell induction": kg.Asserted}, []string{"exosome ACTS_VIA angiogenesis"}},
		{"a describing word between a pointing word and a therapy's noun", "Kami memakai exosome dan PRP.\n- Exosomes purified from umbilical cord cells.\n- PRP, spun from your blood.\n\nThese tiny vesicles carry growth factors and microRNAs.",
			map[string]kg.Certainty{"exosome CONTAINS growth factor": kg.Asserted, "exosome CONTAINS microRNA": kg.Asserted}, []string{"platelet-rich plasma CONTAINS microRNA"}},
		{"a known condition named with a closing word is a measure", "Peptic ulcer is common. Peptic ulcer was induced in rats. Ulcer index was scored macroscopically and TNF-α was measured. Secretome reduced the ulcer index.",
			map[string]kg.Certainty{"peptic ulcer MEASURED_BY ulcer index": kg.Asserted}, []string{"secretome TREATS ulcer", "ulcer MEASURED_BY ulcer index"}},
		{"a benefits lead-in lists what the therapy at hand does, and names no risk", "Membran PRF diletakkan ke dalam soket gigi.\n\nPasien pulang di hari yang sama.\n\nManfaat yang kami amati pada pasien kami:\n1. Merangsang pembentukan tulang baru di bekas soket.\n2. Nyeri setelah operasi mereda.",
			map[string]kg.Certainty{"platelet-rich fibrin ACTS_VIA tissue regeneration": kg.Asserted}, []string{"platelet-rich fibrin HAS_RISK pain", "surgery HAS_RISK pain"}},
		{"a mechanism named by its lowering verb cues itself past a relative clause", "Eksosom dari sel punca mesenkimal yang disuntikkan ke telinga tengah dapat meredam peradangan pada koklea.",
			map[string]kg.Certainty{"exosome ACTS_VIA anti-inflammatory effect": kg.Hedged}, nil},
		{"a therapy carried on unchanged beside the one studied is no topic", "Twelve recipients received MSCs. The MSCs were given as two infusions. Maintenance tacrolimus was continued unchanged. Two patients had transient hypoxaemia during the first infusion.",
			map[string]kg.Certainty{"mesenchymal stem cell HAS_RISK hypoxaemia": kg.Asserted}, []string{"tacrolimus HAS_RISK hypoxaemia"}},
		{"drugs named after a sentence on a condition's treatments treat it", "Mateo has spinal muscular atrophy (SMA). Three approved treatments have changed the outlook for children with SMA. Nusinersen is given by lumbar puncture every four months, and risdiplam is a daily oral liquid. Secretome dari sel punca bekerja parakrin. Regenerative therapy is new.",
			map[string]kg.Certainty{"nusinersen TREATS spinal muscular atrophy": kg.Asserted, "risdiplam TREATS spinal muscular atrophy": kg.Asserted}, nil},
		{"what patients first try is standard care for the page's condition", "Sacroiliac joint dysfunction hurts. Sacroiliac joint dysfunction is common. Most patients first try physical therapy, anti-inflammatory pills (NSAIDs) and a steroid injection.",
			map[string]kg.Certainty{"physiotherapy TREATS sacroiliac joint dysfunction": kg.Asserted, "non-steroidal anti-inflammatory drug TREATS sacroiliac joint dysfunction": kg.Asserted}, nil},
		{"settling a flare treats the page's condition", "Osteitis pubis hurts. Osteitis pubis is common in footballers. Anti-inflammatory tablets (NSAIDs) can settle a flare.",
			map[string]kg.Certainty{"non-steroidal anti-inflammatory drug TREATS osteitis pubis": kg.Hedged}, nil},
		{"a sentence opening with the act of giving speaks of the therapy at hand", "Sekretom disuntikkan di dekat saraf wajah.\n\nSuntikan di wajah oleh tenaga yang tidak kompeten bisa menimbulkan infeksi dan memar.",
			map[string]kg.Certainty{"secretome HAS_RISK infection": kg.Hedged, "secretome HAS_RISK bruising": kg.Hedged}, nil},
		{"a page's own product is the therapy it names most", "Sekretom adalah cairan dari sel punca. Sekretom kami murni. Produk kami bebas sel, sehingga tidak ada risiko penolakan.",
			map[string]kg.Certainty{"NOT secretome CONTAINS live cell": kg.Asserted, "NOT secretome HAS_RISK transplant rejection": kg.Asserted}, nil},
		{"'these cells' are the narrower cells named last", "Terapi stem cell untuk jantung sudah diteliti, terutama sel punca mesenkimal (MSC) yang disuntikkan ke pembuluh koroner. Sel-sel ini diduga bekerja lewat efek parakrin.",
			map[string]kg.Certainty{"mesenchymal stem cell ACTS_VIA paracrine signalling": kg.Hedged}, []string{"stem cell ACTS_VIA paracrine signalling"}},
		{"only two or more drugs, said of nothing else, follow a sentence on a condition's treatments", "Mateo has spinal muscular atrophy (SMA). Three approved treatments have changed the outlook for children with SMA. Nusinersen is given by lumbar puncture.\n\nPsoriasis is common. Current treatments for psoriasis are often disappointing. Methotrexate and ciclosporin damaged the liver in some patients.",
			nil, []string{"nusinersen TREATS spinal muscular atrophy", "methotrexate TREATS psoriasis", "ciclosporin TREATS psoriasis"}},
		{"drugs named with a harm after a counted lead are not read as its treatments", "Gout is painful. Gout is common. Several treatments exist for gout. Allopurinol and febuxostat can cause trouble in the first months.",
			nil, []string{"allopurinol TREATS gout", "febuxostat TREATS gout"}},
		{"a condition an English text names again with a head noun the lexicon lacks is one", "Juvenile bone cyst is the most common benign bone lesion in children. Intralesional BMAC healed more paediatric juvenile bone cysts than methylprednisolone. Paediatric juvenile bone cysts often recur in the first year after treatment. Tolvaptan was tried in medullary sponge cyst disease. Medullary sponge cyst disease is a rare kidney disorder. Dapsone helped patients with Haverly disease. Haverly disease is rare. Lichen sclerosus is a chronic inflammatory skin disease. Steroids calm the genital skin disease.",
			map[string]kg.Certainty{"bone marrow aspirate concentrate TREATS juvenile bone cyst": kg.Asserted, "tolvaptan TREATS medullary sponge cyst disease": kg.Asserted,
				"dapsone TREATS haverly disease": kg.Asserted},
			[]string{"bone marrow aspirate concentrate TREATS paediatric juvenile bone cyst", "bone marrow aspirate concentrate TREATS bone lesion", "tolvaptan TREATS medullary sponge cyst",
				"corticosteroid TREATS skin disease"}},
		{"a heading right above a list leads its care", "Osgood-Schlatter disease is a painful bump below the kneecap. Osgood-Schlatter disease settles once the growth plate closes.\n\nFirst-line care at Harbourview\n• Relative rest and activity modification after training\n• The RICE protocol after training and during flare-ups\n",
			map[string]kg.Certainty{"activity modification TREATS Osgood-Schlatter disease": kg.Asserted, "RICE protocol TREATS Osgood-Schlatter disease": kg.Asserted}, nil},
		{"a heading naming no care leads no care", "Osgood-Schlatter disease is a painful bump below the kneecap. Osgood-Schlatter disease settles once the growth plate closes.\n\nWhat our young patients say\n• Relative rest and activity modification after training\n• The RICE protocol after training and during flare-ups\n",
			nil, []string{"activity modification TREATS Osgood-Schlatter disease", "RICE protocol TREATS Osgood-Schlatter disease"}},
		{"a care item's first name may follow a few words of its own", "Osgood-Schlatter disease is a painful bump below the kneecap. Osgood-Schlatter disease settles once the growth plate closes.\n\nConventional options\n- A short course of NSAIDs for pain during bad weeks\n- Quadriceps and hamstring stretching exercises at home\n",
			map[string]kg.Certainty{"non-steroidal anti-inflammatory drug TREATS Osgood-Schlatter disease": kg.Asserted, "stretching exercises TREATS Osgood-Schlatter disease": kg.Asserted}, nil},
		{"what doctors usually give is standard care", "Hidradenitis suppurativa adalah radang kronis kelenjar keringat. Hidradenitis suppurativa sering kambuh. Pada tahap awal, dokter biasanya memberikan antibiotik seperti klindamisin oles atau rifampisin.",
			map[string]kg.Certainty{"clindamycin TREATS hidradenitis suppurativa": kg.Asserted, "rifampicin TREATS hidradenitis suppurativa": kg.Asserted}, nil},
		{"pengobatan baku is standard care", "Fibrosis submukosa oral membuat mulut sulit dibuka. Fibrosis submukosa oral sering ditemukan pada pengunyah pinang. Selama ini pengobatan baku berupa suntikan kortikosteroid dan hialuronidase ke dalam lesi.",
			map[string]kg.Certainty{"corticosteroid TREATS oral submucous fibrosis": kg.Asserted, "hyaluronidase TREATS oral submucous fibrosis": kg.Asserted}, nil},
		{"standard care is for the condition of an opening conditional clause", "Gagal hati akut-on-kronis sering dipicu infeksi. Pasien gagal hati perlu dirawat di rumah sakit. Bila pemicunya kekambuhan hepatitis B, dokter akan memberikan antivirus seperti tenofovir atau entecavir.",
			map[string]kg.Certainty{"tenofovir TREATS hepatitis B": kg.Asserted, "entecavir TREATS hepatitis B": kg.Asserted}, []string{"tenofovir TREATS liver failure"}},
		{"an item of a side-effect list naming the harm's source is that therapy's", "Our protocol combines exosomes and PRP for frontal fibrosing alopecia.\n\nPossible side effects\n- Temporary redness and pinpoint bleeding from microneedling\n- Mild scalp tenderness for a day or two after PRP\n- Rarely, a mild headache after the PRP injections\n",
			map[string]kg.Certainty{"platelet-rich plasma HAS_RISK scalp tenderness": kg.Asserted, "platelet-rich plasma HAS_RISK headache": kg.Hedged},
			[]string{"exosome HAS_RISK erythema", "exosome HAS_RISK scalp tenderness", "exosome HAS_RISK headache", "platelet-rich plasma HAS_RISK erythema"}},
		{"a benefits item naming a source keeps the therapy at hand", "Manfaat terapi exosome untuk vitiligo:\n• Menenangkan peradangan: sinyal antiinflamasi dari exosome meredam kemerahan\n• Memperbaiki skin barrier yang kering setelah fototerapi\n",
			map[string]kg.Certainty{"exosome ACTS_VIA skin barrier repair": kg.Asserted}, nil},
		{"the paragraph under a risks heading speaks of the page's products", "PRP and BMAC Injections for Hip Arthritis\n\nWe offer PRP and BMAC injections for hip osteoarthritis.\n\nRisks\nMost patients have soreness at the injection site for two to three days. BMAC may also cause bruising where the marrow was taken. Infection is rare.\n",
			map[string]kg.Certainty{"platelet-rich plasma HAS_RISK infection": kg.Hedged, "bone marrow aspirate concentrate HAS_RISK infection": kg.Hedged}, nil},
		{"a class of drugs named by how it acts gives its members the mechanism", "Anti-inflammatory tablets (NSAIDs) can settle a flare. Ketua tim menjelaskan bahwa obat antifibrotik yang tersedia saat ini, yaitu pirfenidon dan nintedanib, hanya memperlambat perburukan penyakit.",
			map[string]kg.Certainty{"non-steroidal anti-inflammatory drug ACTS_VIA anti-inflammatory effect": kg.Asserted, "pirfenidone ACTS_VIA anti-fibrotic effect": kg.Asserted, "nintedanib ACTS_VIA anti-fibrotic effect": kg.Asserted}, nil},
		{"a mechanism without a drug noun names no class", "Regular exercise is anti-inflammatory (NSAIDs work differently) and helps the joints.",
			nil, []string{"non-steroidal anti-inflammatory drug ACTS_VIA anti-inflammatory effect"}},
		{"an unnamed item in a list of contents keeps the list going", "Exsosome membawa microRNA, protein, dan faktor pertumbuhan dari sel asalnya.",
			map[string]kg.Certainty{"exosome CONTAINS microRNA": kg.Asserted, "exosome CONTAINS growth factor": kg.Asserted}, nil},
		{"a copula's subject reaches the cue of its description's relative clause", "PRF adalah konsentrat trombosit autolog generasi kedua yang melepaskan faktor pertumbuhan secara perlahan.",
			map[string]kg.Certainty{"platelet-rich fibrin CONTAINS growth factor": kg.Asserted}, nil},
		{"a subject named inside the sentence is no described subject", "Artrosentesis yang diikuti injeksi asam hialuronat (HA) merupakan terapi minimal invasif yang lazim, sedangkan Platelet Rich Plasm mengandung faktor pertumbuhan yang diduga mendukung regenerasi kartilago.",
			nil, []string{"hyaluronic acid ACTS_VIA tissue regeneration"}},
		{"a negation of a harm does not deny the route", "Tidak ditemukan iritasi hidung selama pemberian tetes hidung sekretom pada bayi prematur.",
			map[string]kg.Certainty{"secretome ADMINISTERED_VIA intranasal": kg.Asserted}, []string{"NOT secretome ADMINISTERED_VIA intranasal"}},
		{"standard care that names its therapies treats nothing as such", "Artritis reumatoid (AR) adalah penyakit autoimun kronis yang membuat sendi kecil di tangan dan kaki meradang. Pengobatan standar AR adalah obat DMARD seperti metotrexat yang diminum seminggu sekali, dan bila tidak mempan dokter menambahkan agen biologis.",
			nil, []string{"conventional therapy TREATS rheumatoid arthritis"}},
		{"a pronoun after a sentence about a condition is the condition", "Stem Cell Therapy for Psoriatic Arthritis\n\nPsoriatic arthritis is an autoimmune disease of the joints. It can cause painful, swollen joints. Stem cells may treat psoriatic arthritis.\n",
			map[string]kg.Certainty{"stem cell TREATS psoriatic arthritis": kg.Hedged}, []string{"stem cell HAS_RISK pain", "stem cell HAS_RISK swelling"}},
		{"a reference back in a sentence about a condition causes none of its harms", "Terapi Sekretom untuk Jerawat\n\nJerawat meradang (papul yang merah, bengkak, dan nyeri) muncul ketika bakteri berkembang biak di dalamnya. Sekretom meredakan jerawat meradang.\n",
			map[string]kg.Certainty{"secretome TREATS acne": kg.Asserted}, []string{"secretome HAS_RISK pain", "secretome HAS_RISK swelling"}},
		{"basic care leads a list of its care", "Perawatan dasar luka tekan tetap menjadi kunci, yaitu:\n1. Mengubah posisi tidur pasien setiap 2 jam.\n2. Memakai kasur anti-dekubitus agar tekanan tersebar merata.\n",
			map[string]kg.Certainty{"repositioning TREATS pressure ulcer": kg.Asserted, "pressure-redistributing mattress TREATS pressure ulcer": kg.Asserted}, nil},
		{"blood-vessel growth held back is angiogenesis inhibition", "Sekretom dapat menghambat pembentukan pembuluh darah baru di kornea.",
			map[string]kg.Certainty{"secretome ACTS_VIA angiogenesis inhibition": kg.Hedged}, []string{"secretome ACTS_VIA angiogenesis"}},
		{"a prefix lowers only the word it is joined to", "Oral secretome can accelerate gastric ulcer healing through anti-inflammatory and angiogenic effects.",
			map[string]kg.Certainty{"secretome ACTS_VIA angiogenesis": kg.Hedged, "secretome ACTS_VIA anti-inflammatory effect": kg.Hedged}, []string{"secretome ACTS_VIA angiogenesis inhibition"}},
		{"'ours' opening a sentence is the page's own product", "Exosome Facial\n\nOur exosome facial uses exosomes. Exosomes are tiny vesicles. Ours are isolated from adipose-derived mesenchymal stem cells. They carry growth factors and microRNAs.\n",
			map[string]kg.Certainty{"exosome CONTAINS growth factor": kg.Asserted, "exosome CONTAINS microRNA": kg.Asserted}, []string{"mesenchymal stem cell CONTAINS growth factor"}},
		{"an object denied after a contrast closing a list", "Exosomes carry growth factors, peptides and microRNAs, but no living cells. Sekretom berisi faktor pertumbuhan, tetapi tanpa sel hidup.",
			map[string]kg.Certainty{"NOT exosome CONTAINS live cell": kg.Asserted, "NOT secretome CONTAINS live cell": kg.Asserted, "exosome CONTAINS microRNA": kg.Asserted}, nil},
		{"a therapy named as a condition's cause is no subject", "Conclusion: Bone marrow MSC exosomes can protect rat kidneys against cisplatin-induced AKI through antioxidant and anti-apoptotic effects. Eksosom dapat melindungi ginjal tikus dari AKI akibat cisplatin melalui efek antioksidan.",
			map[string]kg.Certainty{"exosome ACTS_VIA antioxidant effect": kg.Hedged, "exosome ACTS_VIA anti-apoptotic effect": kg.Hedged}, []string{"cisplatin ACTS_VIA antioxidant effect", "cisplatin ACTS_VIA anti-apoptotic effect"}},
		{"a care item may name its route before its therapy", "Pilihan pengobatan psoriasis antara lain:\n- Suntikan metotreksat setiap minggu.\n- Topical corticosteroids for plaques.\n",
			map[string]kg.Certainty{"methotrexate TREATS psoriasis": kg.Asserted, "corticosteroid TREATS psoriasis": kg.Asserted}, nil},
		{"a condition named with its body site is the site's entry", "Osteoartritis (OA) adalah penyakit sendi. Asam hialuronat menjadi pilihan untuk OA pergelangan kaki derajat ringan.",
			map[string]kg.Certainty{"hyaluronic acid TREATS ankle osteoarthritis": kg.Asserted}, []string{"hyaluronic acid TREATS osteoarthritis"}},
		{"what a product lacks is not the subject of the consequence", "Keunggulan sekretom kami:\n- Tidak mengandung antibiotik, jadi tidak memicu resistensi antibiotik.\n",
			map[string]kg.Certainty{"NOT secretome CONTAINS antibiotic": kg.Asserted, "NOT secretome HAS_RISK antibiotic resistance": kg.Asserted}, []string{"NOT antibiotic HAS_RISK antibiotic resistance"}},
		{"a question right above a list leads it", "Mengapa secretome untuk jerawat?\n1. Meredakan kemerahan pada jerawat aktif.\n2. Tidak mengandung sel hidup.\n",
			map[string]kg.Certainty{"NOT secretome CONTAINS live cell": kg.Asserted}, nil},
		{"a negation after a conditional word is the condition's", "Artritis reumatoid (AR) adalah penyakit autoimun. Pengobatan standar AR adalah obat DMARD seperti metotrexat, dan bila tidak mempan dokter menambahkan agen biologis. Standard treatment of RA is DMARDs such as methotrexate, and if it does not help doctors add biologics.",
			map[string]kg.Certainty{"biologic therapy TREATS rheumatoid arthritis": kg.Asserted}, []string{"NOT biologic therapy TREATS rheumatoid arthritis"}},
		{"what doctors usually add is standard care", "Gout adalah radang sendi. Saat serangan gout akut, dokter biasanya menambahkan kolkisin atau OAINS.",
			map[string]kg.Certainty{"colchicine TREATS gout": kg.Asserted, "non-steroidal anti-inflammatory drug TREATS gout": kg.Asserted}, nil},
		{"how a therapy works spelled out after a colon", "Eksosom tampaknya bekerja ganda: meredam peradangan dan melindungi sel saraf retina dari kematian sel. Secretome works in two ways: it speeds epithelial regeneration and calms inflammation.",
			map[string]kg.Certainty{"exosome ACTS_VIA anti-inflammatory effect": kg.Hedged, "exosome ACTS_VIA neuroprotection": kg.Hedged, "secretome ACTS_VIA epithelial regeneration": kg.Asserted, "secretome ACTS_VIA anti-inflammatory effect": kg.Asserted}, []string{"exosome ACTS_VIA cell death"}},
		{"what a contrast sets aside is its own, and the main clause that only denies is denied it", "Unlike embryonic stem cells, which can form tumours, UC-MSCs do not.",
			map[string]kg.Certainty{"stem cell HAS_RISK tumour formation": kg.Hedged, "NOT umbilical cord mesenchymal stem cell HAS_RISK tumour formation": kg.Hedged}, []string{"umbilical cord mesenchymal stem cell HAS_RISK tumour formation"}},
		{"a harm named as what is treated is no risk", "At Meridian we treat long COVID fatigue with umbilical cord-derived mesenchymal stem cells, given by intravenous infusion. We expect exosome therapy to become an option for pelvic pain.",
			map[string]kg.Certainty{"umbilical cord mesenchymal stem cell ADMINISTERED_VIA intravenous": kg.Asserted}, []string{"umbilical cord mesenchymal stem cell HAS_RISK fatigue", "exosome HAS_RISK pelvic pain", "exosome HAS_RISK pain"}},
		{"a sentence naming the primary outcome states no harm", "The intervention group received MSCs. The primary outcome was wound infection within 6 months. MSCs may heal pressure ulcers.",
			map[string]kg.Certainty{"mesenchymal stem cell TREATS pressure ulcer": kg.Hedged}, []string{"mesenchymal stem cell HAS_RISK infection"}},
		{"what sufferers have is the condition's", "Terapi sel punca untuk penyakit Buerger.\n\nPada tahap lanjut, penderitanya mengalami nyeri hebat saat istirahat, dari betis hingga telapak kaki.\n",
			map[string]kg.Certainty{"stem cell TREATS thromboangiitis obliterans": kg.Asserted}, []string{"stem cell HAS_RISK pain"}},
		{"a product noun closed by a demonstrative a few words on refers back", "Sekretom adalah cairan hasil sekresi sel punca. Cairan hasil sekresi sel punca ini mengandung faktor pertumbuhan.",
			map[string]kg.Certainty{"secretome CONTAINS growth factor": kg.Asserted}, []string{"stem cell CONTAINS growth factor"}},
		{"what comes after 'melainkan' holds", "Sekretom tidak mengandung sel hidup, melainkan faktor pertumbuhan dan eksosom. Secretome contains no living cells but rather growth factors. Eksosom tidak mengandung sel, melainkan microRNA.",
			map[string]kg.Certainty{"NOT secretome CONTAINS live cell": kg.Asserted, "secretome CONTAINS growth factor": kg.Asserted, "secretome CONTAINS exosome": kg.Asserted, "exosome CONTAINS microRNA": kg.Asserted}, []string{"NOT secretome CONTAINS growth factor", "NOT exosome CONTAINS microRNA"}},
		{"'rather than' is no 'but rather'", "Secretome treats knee osteoarthritis rather than rheumatoid arthritis.",
			map[string]kg.Certainty{"secretome TREATS knee osteoarthritis": kg.Asserted}, []string{"secretome TREATS rheumatoid arthritis"}},
		{"a mechanism lowered after it is named", "Sekretom diteteskan ke mata. Ada juga tanda bahwa pertumbuhan pembuluh darah baru di kornea dapat ditekan. Secretome was given to mice, and inflammation was reduced.",
			map[string]kg.Certainty{"secretome ACTS_VIA angiogenesis inhibition": kg.Asserted, "secretome ACTS_VIA anti-inflammatory effect": kg.Asserted}, []string{"secretome ACTS_VIA angiogenesis", "secretome ACTS_VIA inflammation"}},
		{"drugs named by the condition they are for, with examples", "Obat nyeri saraf seperti gabapentin atau pregabalin membantu sebagian pasien.",
			map[string]kg.Certainty{"gabapentin TREATS neuropathic pain": kg.Asserted, "pregabalin TREATS neuropathic pain": kg.Asserted}, nil},
		{"a very small risk is hedged", "Risiko infeksi PRP sangat kecil.",
			map[string]kg.Certainty{"platelet-rich plasma HAS_RISK infection": kg.Hedged}, nil},
		{"a harm conceded after a clause about a therapy is its own", "PRP aman, meski bisa muncul memar dan nyeri di titik suntik. Secretome is safe, although redness may occur. Sekretom bermanfaat, meskipun belum ada kasus serupa pada pasien stroke.",
			map[string]kg.Certainty{"platelet-rich plasma HAS_RISK bruising": kg.Hedged, "platelet-rich plasma HAS_RISK pain": kg.Hedged, "secretome HAS_RISK erythema": kg.Hedged}, []string{"secretome TREATS stroke"}},
		{"a generic harm heads a denied list", "Mesenchymal stem cells were injected in patients with ALS. No serious treatment-related adverse events, tumour formation or deaths occurred.",
			map[string]kg.Certainty{"NOT mesenchymal stem cell HAS_RISK tumour formation": kg.Asserted, "NOT mesenchymal stem cell HAS_RISK death": kg.Asserted}, []string{"mesenchymal stem cell HAS_RISK death"}},
		{"a named product is referred back to", "The regulator approved Fistracel, a one-off injection of stem cells. The product contains about 120 million adipose-derived mesenchymal stem cells.",
			map[string]kg.Certainty{"Fistracel CONTAINS mesenchymal stem cell": kg.Asserted}, nil},
		{"standard medicines are no topic for a pronoun", "Patients received mesenchymal stem cells or a sham procedure. All patients continued standard medicines for heart failure, such as beta blockers. They seem to work by releasing signals that calm inflammation.",
			map[string]kg.Certainty{"mesenchymal stem cell ACTS_VIA anti-inflammatory effect": kg.Hedged}, []string{"beta blocker ACTS_VIA anti-inflammatory effect"}},
		{"no sign that a therapy caused a harm", "Patients received mesenchymal stem cells. There was no sign that the donor cells triggered an immune reaction or tumours.",
			map[string]kg.Certainty{"NOT mesenchymal stem cell HAS_RISK immune reaction": kg.Asserted}, []string{"mesenchymal stem cell HAS_RISK immune reaction"}},
		{"a harm contrasted with a therapy's listed harms is its own", "Efek samping terapi sel punca yang paling sering adalah demam ringan, sementara infeksi sangat jarang terjadi.",
			map[string]kg.Certainty{"stem cell HAS_RISK fever": kg.Asserted, "stem cell HAS_RISK infection": kg.Hedged}, nil},
		{"an injection site is no route", "Karena autolog, risiko alergi PRP sangat kecil, meski bisa muncul memar dan nyeri di titik suntik.",
			map[string]kg.Certainty{"platelet-rich plasma HAS_RISK bruising": kg.Hedged}, []string{"platelet-rich plasma ADMINISTERED_VIA injection"}},
		{"a question of how it works leads a list about the therapy at hand", "Gel Secretome untuk Luka Kaki Diabetes\n\nSecretome adalah kumpulan protein yang dilepaskan oleh sel punca.\n\nBagaimana cara kerjanya?\n- Merangsang pembentukan pembuluh darah baru (angiogenesis) di dasar luka\n- Meredakan peradangan kronis yang membuat luka \"macet\"\n",
			map[string]kg.Certainty{"secretome ACTS_VIA angiogenesis": kg.Asserted, "secretome ACTS_VIA anti-inflammatory effect": kg.Asserted}, nil},
		{"a second risk after a denied one stands", "PRP uses your own blood, so there is no risk of rejection and only a very low risk of infection.",
			map[string]kg.Certainty{"NOT platelet-rich plasma HAS_RISK transplant rejection": kg.Hedged, "platelet-rich plasma HAS_RISK infection": kg.Hedged}, []string{"NOT platelet-rich plasma HAS_RISK infection"}},
		{"rather than denies the way set aside", "Stem cells are thought to work mainly by releasing signalling molecules that help the damaged lining repair itself, rather than by turning into new endometrial cells.",
			map[string]kg.Certainty{"NOT stem cell ACTS_VIA cell differentiation": kg.Hedged, "stem cell ACTS_VIA paracrine signalling": kg.Hedged}, []string{"stem cell ACTS_VIA cell differentiation"}},
		{"the condition of those who received a therapy", "In a 2023 randomised trial, women with thin endometrium who received two intrauterine PRP infusions gained on average 1.4 mm.",
			map[string]kg.Certainty{"platelet-rich plasma TREATS thin endometrium": kg.Asserted, "platelet-rich plasma ADMINISTERED_VIA intrauterine": kg.Asserted}, []string{"platelet-rich plasma ADMINISTERED_VIA intravenous"}},
		{"a title's therapy is no part of a scale's name", "Effectiveness of Umbilical Cord Mesenchymal Stem Cell Infusion on MELD Score in Decompensated Liver Cirrhosis Patients",
			map[string]kg.Certainty{"liver cirrhosis MEASURED_BY MELD score": kg.Asserted}, []string{"liver cirrhosis MEASURED_BY Infusion on MELD Score", "liver cirrhosis MEASURED_BY Cord Mesenchymal Stem Cell Infusion on MELD Score"}},
		{"capitals name no scale in a title written in capitals", "EFEK EKSOSOM SEL PUNCA MESENKIMAL TERHADAP DISEASE ACTIVITY INDEX DAN KADAR TNF-α PADA TIKUS MODEL KOLITIS ULSERATIF",
			map[string]kg.Certainty{"ulcerative colitis MEASURED_BY cytokine": kg.Asserted}, []string{"ulcerative colitis MEASURED_BY MESENKIMAL TERHADAP DISEASE ACTIVITY INDEX", "ulcerative colitis MEASURED_BY TERHADAP DISEASE ACTIVITY INDEX"}},
		{"a therapy named as the occasion of harms is no cause", "Serum exosome populer untuk bekas jerawat. Risikonya mulai dari iritasi, reaksi alergi, sampai infeksi kalau dipakai setelah microneedling di rumah.",
			map[string]kg.Certainty{"exosome HAS_RISK infection": kg.Asserted, "exosome HAS_RISK immune reaction": kg.Asserted}, []string{"microneedling HAS_RISK infection"}},
		{"who runs a higher risk is not treated", "Surgery carries a risk of wound infection. The risk is higher in people with obesity.",
			map[string]kg.Certainty{"surgery HAS_RISK infection": kg.Asserted}, []string{"surgery TREATS obesity"}},
		{"the main measure names what measures the condition", "Patients with multiple sclerosis received MSCs. The main measure was the annualised relapse rate over two years.",
			map[string]kg.Certainty{"multiple sclerosis MEASURED_BY relapse rate": kg.Asserted}, nil},
		{"a finding in a trial arm is about the arm's therapy", "Pasien dibagi dua kelompok, PRP dan kontrol. Tidak ditemukan infeksi soket maupun reaksi alergi pada kelompok PRP.",
			map[string]kg.Certainty{"NOT platelet-rich plasma HAS_RISK infection": kg.Asserted, "NOT platelet-rich plasma HAS_RISK immune reaction": kg.Asserted}, nil},
		{"a form named before the therapy is referred back to", "Tim peneliti Fakultas Kedokteran Gigi tengah menguji gel sekretom sel punca sebagai terapi tambahan bagi pasien periodontitis kronis. Gel tersebut diaplikasikan secara subgingiva, yaitu disemprotkan ke dalam poket periodontal menggunakan jarum tumpul segera setelah SRP.",
			map[string]kg.Certainty{"secretome ADMINISTERED_VIA subgingival": kg.Asserted}, nil},
		{"a verb after what a product contains is the product's", "Bone marrow aspirate concentrate (BMAC) contains mesenchymal stem cells and other progenitor cells and may enhance bone regeneration within the necrotic lesion.",
			map[string]kg.Certainty{"bone marrow aspirate concentrate CONTAINS mesenchymal stem cell": kg.Asserted, "bone marrow aspirate concentrate ACTS_VIA tissue regeneration": kg.Hedged}, []string{"mesenchymal stem cell ACTS_VIA tissue regeneration"}},
		{"the cell group is the cells' arm", "Patients received mesenchymal stem cells or a sham procedure.\n\nRead more: Why your resting heart rate matters\n\nSerious side effects were rare. Four patients in the cell group developed a build-up of fluid around the heart (pericardial effusion) after the catheter procedure.",
			map[string]kg.Certainty{"mesenchymal stem cell HAS_RISK pericardial effusion": kg.Asserted}, nil},
		{"cells named back after other therapies are the page's cells", "Salon itu menawarkan infus stem cell. Stem cell dipasarkan untuk anti-penuaan. Dokter menyebut belum ada bukti infus stem cell bisa membalikkan penuaan kulit.\n\nMenurutnya, yang terbukti justru tabir surya dan retinoid topikal.\n\nIa menambahkan, produk sel yang tidak jelas asal berisiko menularkan penyakit dari donor.",
			map[string]kg.Certainty{"stem cell HAS_RISK disease transmission": kg.Asserted}, []string{"retinoid HAS_RISK disease transmission"}},
		{"a negation of something else before a route denies no route", "Dinkes mengimbau masyarakat tidak tergiur tawaran infus stem cell di salon.",
			map[string]kg.Certainty{"stem cell ADMINISTERED_VIA intravenous": kg.Asserted}, []string{"NOT stem cell ADMINISTERED_VIA intravenous"}},
		{"a condition referred back by its head noun", "Adults with Crohn's disease who live with complex perianal fistulas will soon have a new option. Standard care - antibiotics, drugs such as infliximab and surgery - fails to heal the fistulas in roughly half of patients.",
			map[string]kg.Certainty{"infliximab TREATS perianal fistula": kg.Asserted}, []string{"infliximab TREATS Crohn disease"}},
		{"a second harm after a denied one under the same negation", "Secretome was given to 20 patients. No patient had fever or experienced itching.",
			map[string]kg.Certainty{"NOT secretome HAS_RISK itching": kg.Asserted}, []string{"secretome HAS_RISK itching"}},
		{"a therapy preferred instead of another still treats", "Doctors increasingly recommend PRP instead of steroids for plantar fasciitis.",
			map[string]kg.Certainty{"platelet-rich plasma TREATS plantar fasciitis": kg.Asserted}, []string{"NOT platelet-rich plasma TREATS plantar fasciitis"}},
		{"a lowered risk of patients with a condition treats it", "Secretome therapy reduced the risk of amputation in patients with diabetic foot ulcers.",
			map[string]kg.Certainty{"secretome TREATS diabetic foot ulcer": kg.Asserted}, nil},
		{"a knee that feels new is no differentiation", "PRP was injected into my knee. After the treatment my knee feels like it has become new again.",
			map[string]kg.Certainty{"platelet-rich plasma ADMINISTERED_VIA injection": kg.Asserted}, []string{"platelet-rich plasma ACTS_VIA cell differentiation"}},
		{"a routine measurement is no outcome", "Measurement of blood pressure is routine before PRP injections for knee osteoarthritis.",
			map[string]kg.Certainty{"platelet-rich plasma TREATS knee osteoarthritis": kg.Asserted}, []string{"knee osteoarthritis MEASURED_BY blood pressure"}},
		{"an infusion coordinated with another route is its own", "Stem cells can be given by injection or infusion.",
			map[string]kg.Certainty{"stem cell ADMINISTERED_VIA intravenous": kg.Hedged}, nil},
		{"a route word opening a scale's name is part of it", "Patients with xerostomia received secretome. Xerostomia was measured with the Oral Dryness Severity Score.",
			map[string]kg.Certainty{"xerostomia MEASURED_BY Oral Dryness Severity Score": kg.Asserted}, []string{"xerostomia MEASURED_BY Dryness Severity Score"}},
		{"a condition named as a risk a therapy raises is its harm", "Postnatal dexamethasone lowers BPD rates but increases the risk of cerebral palsy.",
			map[string]kg.Certainty{"dexamethasone HAS_RISK cerebral palsy": kg.Asserted}, nil},
		{"a reducing word does not reach past a clause break", "PRP lowers pain but increases the risk of infection.",
			map[string]kg.Certainty{"platelet-rich plasma HAS_RISK infection": kg.Asserted}, nil},
		{"patients at risk of a condition do not get it from the therapy", "Extracellular vesicles were given to preterm infants at high risk of bronchopulmonary dysplasia.",
			nil, []string{"extracellular vesicle HAS_RISK bronchopulmonary dysplasia"}},
		{"a pronoun opening the sentence is the therapy at hand though a therapy is named later", "The exosomes in our serum are derived from umbilical cord mesenchymal stem cells. They carry growth factors and microRNAs but no living cells, so this is not a stem cell treatment.",
			map[string]kg.Certainty{"exosome CONTAINS growth factor": kg.Asserted, "NOT exosome CONTAINS live cell": kg.Asserted}, nil},
		{"a pronoun after a contrast is not what it is set against", "Exosomes are nano-sized packets of proteins. Unlike whole stem cells, they contain no living cells.",
			map[string]kg.Certainty{"NOT exosome CONTAINS live cell": kg.Asserted}, []string{"NOT stem cell CONTAINS live cell"}},
		{"a negation reaches past one verb joined to the next", "Exosomes contain no cells, so they cannot multiply or form tumours.",
			map[string]kg.Certainty{"NOT exosome HAS_RISK tumour formation": kg.Asserted}, []string{"exosome HAS_RISK tumour formation"}},
		{"an adjective of standard care next to a noun of care marks it", "PRP helps tennis elbow. For decades the standard injection for tennis elbow was a corticosteroid.",
			map[string]kg.Certainty{"corticosteroid TREATS lateral epicondylitis": kg.Asserted}, nil},
		{"packets of proteins contain them", "Doctors gave exosomes. Exosomes are nano-sized packets of proteins and microRNA that cells use to communicate.",
			map[string]kg.Certainty{"exosome CONTAINS microRNA": kg.Asserted}, nil},
		{"a noun of care before an adjective of standard care marks it", "PRP membantu tennis elbow. Selama ini suntikan standar untuk tennis elbow adalah kortikosteroid.",
			map[string]kg.Certainty{"corticosteroid TREATS lateral epicondylitis": kg.Asserted}, nil},
		{"a condition that responds to a therapy is treated by it", "Plantar fasciitis often responds to PRP in a similar way.",
			map[string]kg.Certainty{"platelet-rich plasma TREATS plantar fasciitis": kg.Asserted}, nil},
		{"what a patient can do again thanks to a therapy it treated", "Pasien lumpuh kembali bisa berdiri berkat terapi sel punca.",
			map[string]kg.Certainty{"stem cell TREATS paralysis": kg.Hedged}, nil},
		{"how rare a harm is, in a parenthesis, is no comparison", "PRP is made from blood. Are there side effects?\nThe most common side effect is a flare of pain. Infection is rare (fewer than 1 in 1,000 injections).",
			map[string]kg.Certainty{"platelet-rich plasma HAS_RISK infection": kg.Hedged}, nil},
		{"a paraphrase frame names the epithelium's regeneration", "In mice with influenza pneumonia, exosomes reduced lung inflammation and helped repair the alveolar epithelium.",
			map[string]kg.Certainty{"exosome ACTS_VIA epithelial regeneration": kg.Asserted}, nil},
		{"a paraphrase frame names cell differentiation, denied", "Sel punca tidak bisa berubah menjadi sel kulit manusia.",
			map[string]kg.Certainty{"NOT stem cell ACTS_VIA cell differentiation": kg.Hedged}, nil},
		{"a paraphrase frame names immunomodulation", "UC-MSCs release growth factors that calm overactive immune cells.",
			map[string]kg.Certainty{"umbilical cord mesenchymal stem cell ACTS_VIA immunomodulation": kg.Asserted}, nil},
		{"a paraphrase frame names tissue regeneration, denied", "Sel punca tidak bisa menumbuhkan ginjal baru.",
			map[string]kg.Certainty{"NOT stem cell ACTS_VIA tissue regeneration": kg.Hedged}, nil},
		{"regrowing bone is bone formation, recorded as tissue regeneration", "Menurut drg. Anindya, i-PRF tidak dapat menumbuhkan kembali tulang penyangga yang sudah hilang.",
			map[string]kg.Certainty{"NOT platelet-rich fibrin ACTS_VIA tissue regeneration": kg.Hedged}, nil},
		{"restoring a function is no regeneration", "Belum ada terapi sel punca yang terbukti dapat memulihkan fungsi ginjal.",
			nil, []string{"stem cell ACTS_VIA tissue regeneration", "NOT stem cell ACTS_VIA tissue regeneration"}},
		{"the frame whose noun is nearest the verb names it", "Cultivated limbal epithelial transplantation restores the cornea. After a year, the transplanted cells appear to be rebuilding the corneal epithelium themselves.",
			map[string]kg.Certainty{"cultivated limbal epithelial transplantation ACTS_VIA epithelial regeneration": kg.Hedged}, []string{"cultivated limbal epithelial transplantation ACTS_VIA tissue regeneration"}},
		{"a frame's blocking word makes it something else", "PRP can restore tendon function. Sekretom memperbaiki aliran darah ke jaringan penis.",
			map[string]kg.Certainty{"secretome ACTS_VIA improved blood circulation": kg.Asserted}, []string{"platelet-rich plasma ACTS_VIA tissue regeneration", "secretome ACTS_VIA tissue regeneration"}},
		{"the noun nearest the frame's verb names it", "PRP helps regrow muscle and bone.",
			map[string]kg.Certainty{"platelet-rich plasma ACTS_VIA tissue regeneration": kg.Asserted}, nil},
		{"a paraphrase frame names cell communication", "Exosomes are tiny vesicles released by stem cells. They carry proteins and microRNAs from cell to cell.",
			map[string]kg.Certainty{"exosome ACTS_VIA cell communication": kg.Asserted, "exosome CONTAINS microRNA": kg.Asserted}, nil},
		{"a paraphrase frame names neuroprotection", "Sekretom bekerja dengan menjaga sel saraf yang tersisa.",
			map[string]kg.Certainty{"secretome ACTS_VIA neuroprotection": kg.Asserted}, nil},
		{"what a therapy contains in high levels is no condition's measure", "PRP untuk tennis elbow. PRP mengandung growth factor dalam kadar tinggi yang membantu perbaikan tendon.",
			map[string]kg.Certainty{"platelet-rich plasma CONTAINS growth factor": kg.Asserted}, []string{"lateral epicondylitis MEASURED_BY growth factor", "tendon injury MEASURED_BY growth factor"}},
		{"cytokines named one by one are measured as cytokines", "In rats with periodontitis, IL-1β and TNF-α levels fell after secretome.",
			map[string]kg.Certainty{"periodontitis MEASURED_BY cytokine": kg.Asserted}, nil},
		{"eye drops are recorded as topical, an injection into the lesion as an injection", "Secretome eye drops were instilled four times a day. Triamcinolone was injected intralesionally into the keloid.",
			map[string]kg.Certainty{"secretome ADMINISTERED_VIA topical": kg.Asserted, "triamcinolone ADMINISTERED_VIA injection": kg.Asserted}, nil},
		{"a journal's title names nothing", "Exosomes helped the rats. The findings were published this month in Ocular Regeneration Letters.",
			nil, []string{"exosome ACTS_VIA tissue regeneration"}},
		{"capitalised words with no word of a journal still name", "Exosomes helped the rats. Exosomes support Tissue Regeneration in rats.",
			map[string]kg.Certainty{"exosome ACTS_VIA tissue regeneration": kg.Asserted}, nil},
		{"a pneumonia named by its cause is that pneumonia", "Inhaled exosomes were tested in adults with severe viral pneumonia. In mice with influenza pneumonia, the vesicles reduced lung inflammation.",
			map[string]kg.Certainty{"exosome TREATS viral pneumonia": kg.Hedged, "exosome TREATS influenza pneumonia": kg.Asserted}, []string{"exosome TREATS pneumonia"}},
		{"a negation does not reach past 'and' to a new verb phrase", "Exosomes are not alive and can cause allergic reactions. Secretome is not painful and leaves slight redness.",
			map[string]kg.Certainty{"exosome HAS_RISK immune reaction": kg.Hedged, "secretome HAS_RISK erythema": kg.Asserted}, []string{"NOT exosome HAS_RISK immune reaction", "NOT secretome HAS_RISK erythema"}},
		{"only a therapy right after a contrast is set against", "Our clinic also offers hyaluronic acid. Unlike surgery, PRP needs no incision because it comes from your own blood; it can cause mild swelling.",
			map[string]kg.Certainty{"platelet-rich plasma HAS_RISK swelling": kg.Hedged}, []string{"hyaluronic acid HAS_RISK swelling"}},
		{"a pronoun after a sentence about patients is not the therapy", "Patients were screened before PRP. They had a fever before treatment, but PRP was given anyway.",
			nil, []string{"platelet-rich plasma HAS_RISK fever"}},
		{"patients at a high risk of a condition are not harmed by the therapy", "Extracellular vesicles were given to preterm infants at very high risk of bronchopulmonary dysplasia. MSC infusion was tested in patients with a high risk of stroke.",
			nil, []string{"extracellular vesicle HAS_RISK bronchopulmonary dysplasia", "mesenchymal stem cell HAS_RISK stroke"}},
		{"a lead-in asking about conditions lists no treated ones", "Before your PRP treatment, tell us if you have:\n- Diabetes\n- Hepatitis\nPRP is not suitable for people with:\n- Blood cancers",
			nil, []string{"platelet-rich plasma TREATS diabetes", "platelet-rich plasma TREATS hepatitis", "platelet-rich plasma TREATS leukaemia"}},
		{"a lead-in saying what a therapy treats lists conditions it treats", "PRP clinic\nPRP is made from your blood.\nPRP can help with:\n- Golfer's elbow (medial epicondylitis)\n- Achilles tendinopathy: PRP is one option when rest has not helped.",
			map[string]kg.Certainty{"platelet-rich plasma TREATS medial epicondylitis": kg.Asserted, "platelet-rich plasma TREATS Achilles tendinopathy": kg.Asserted}, nil},
		{"a title-case heading is no journal's title", "A Review of Stem Cell Therapy for Knee Osteoarthritis\nThis therapy reduces pain in knee osteoarthritis. Reviews of Exosome Therapy for Hair Loss are mixed.",
			map[string]kg.Certainty{"stem cell TREATS knee osteoarthritis": kg.Asserted}, nil},
		{"turning into cancer cells is no differentiation", "Stem cells can turn into cancer cells. Sel punca dapat berkembang menjadi sel kanker.",
			nil, []string{"stem cell ACTS_VIA cell differentiation"}},
		{"a replaced joint is no regeneration", "Knee replacement surgery replaces the damaged cartilage with metal and plastic parts.",
			nil, []string{"knee replacement ACTS_VIA tissue regeneration"}},
		{"a cytokine measured is measured though another was contained", "In patients with psoriasis, secretome containing IL-10 was applied and serum IL-17 levels were measured.",
			map[string]kg.Certainty{"psoriasis MEASURED_BY cytokine": kg.Asserted, "secretome CONTAINS cytokine": kg.Asserted}, nil},
		{"a specific route recorded as the generic one stays beside another route", "Triamcinolone was injected intralesionally into the keloid. Topical triamcinolone cream was also applied.",
			map[string]kg.Certainty{"triamcinolone ADMINISTERED_VIA injection": kg.Asserted, "triamcinolone ADMINISTERED_VIA topical": kg.Asserted}, nil},
		{"a heading saying what a therapy treats lists conditions it treats", "PRP clinic\nPRP is made from your blood.\nOther tendon problems we treat with PRP\n- Golfer's elbow (medial epicondylitis)\n- Plantar fasciitis",
			map[string]kg.Certainty{"platelet-rich plasma TREATS medial epicondylitis": kg.Asserted, "platelet-rich plasma TREATS plantar fasciitis": kg.Asserted}, nil},
		{"an injection word before a therapy's name gives its route", "Teman menyarankan suntik PRP untuk nyeri lutut. Suntik steroid memang efektif untuk keloid.",
			map[string]kg.Certainty{"platelet-rich plasma ADMINISTERED_VIA injection": kg.Asserted, "corticosteroid ADMINISTERED_VIA injection": kg.Asserted}, nil},
		{"what the topic lacks is no other therapy", "Paket infus secretome kami tersedia setiap hari. Karena bebas sel, risiko penolakan hampir tidak ada.",
			map[string]kg.Certainty{"NOT secretome CONTAINS live cell": kg.Asserted, "secretome HAS_RISK transplant rejection": kg.Hedged}, []string{"NOT secretome HAS_RISK transplant rejection"}},
		{"relieving a named pain treats it, reducing fibrosis stays a way of working", "PRP mungkin mengurangi nyeri sendi pada pasien. Sekretom mengurangi fibrosis akibat radiasi.",
			map[string]kg.Certainty{"platelet-rich plasma TREATS joint pain": kg.Hedged, "secretome ACTS_VIA anti-fibrotic effect": kg.Asserted}, []string{"platelet-rich plasma ACTS_VIA pain relief"}},
		{"a question of who suits the page's therapy lists what it treats", "Stem Cell Therapy for Lung Disease\nOur clinic offers stem cell therapy for lung disease.\nWho may benefit?\n- Pulmonary fibrosis\n- Post-COVID lung damage",
			map[string]kg.Certainty{"stem cell TREATS pulmonary fibrosis": kg.Asserted, "stem cell TREATS post-COVID lung damage": kg.Asserted}, nil},
		{"an anaesthetic given for the procedure is not the topic of its side effects", "PRP untuk Rambut\nPRP disuntikkan ke kulit kepala untuk kebotakan. Kami mengoleskan krim anestesi 30 menit sebelum tindakan.\nEfek samping yang umum adalah kemerahan dan bengkak.",
			map[string]kg.Certainty{"platelet-rich plasma HAS_RISK erythema": kg.Asserted}, []string{"local anaesthesia HAS_RISK erythema"}},
		{"a drug to avoid, and its example, are not the topic", "Hip OA: stem cells\nStem cells were injected into the hip. Please avoid anti-inflammatory painkillers such as ibuprofen for two weeks. Serious complications are rare but include infection.",
			map[string]kg.Certainty{"stem cell HAS_RISK infection": kg.Hedged}, []string{"ibuprofen HAS_RISK infection", "non-steroidal anti-inflammatory drug HAS_RISK infection"}},
		{"an acronym of a therapy and its route stands for the therapy", "Objective: To compare PRP with corticosteroid injection (CSI) for golfer's elbow. Results: Two CSI patients developed skin depigmentation and two PRP patients had pain.",
			map[string]kg.Certainty{"corticosteroid HAS_RISK hypopigmentation": kg.Asserted}, []string{"platelet-rich plasma HAS_RISK hypopigmentation"}},
		{"ischaemic stroke keeps its own name", "Sekretom dapat mengurangi volume infark pada tikus model stroke iskemik.",
			map[string]kg.Certainty{"secretome TREATS ischaemic stroke": kg.Hedged}, []string{"secretome TREATS stroke"}},
		{"a cell's acronym joined to a product's short form names the product", "Hasil: MSC-Exo menurunkan pembengkakan sendi pada tikus model gout. Tikus menerima UC-MSC-S secara intraperitoneal.",
			map[string]kg.Certainty{"exosome TREATS gout": kg.Asserted, "secretome ADMINISTERED_VIA intraperitoneal": kg.Asserted}, []string{"mesenchymal stem cell TREATS gout", "umbilical cord mesenchymal stem cell ADMINISTERED_VIA intraperitoneal"}},
		{"a therapy named as a trial's arm contains nothing", "Results: Femoral BMD in the ADSC-Exo group was 17.6% higher than in untreated OVX rats.",
			nil, []string{"exosome CONTAINS bone mineral density"}},
		{"a title names what was studied, not how it works or risks", "Repositori Institusional Universitas Lintang Samudra\nBeranda > Tesis > Magister Ilmu Biomedik > Detail\n\nEFEK EKSOSOM SEL PUNCA MESENKIMAL TERHADAP PEMBENGKAKAN SENDI DAN KADAR IL-1β PADA TIKUS MODEL ARTRITIS GOUT\nDewi Anggraeni Putri (2026)",
			map[string]kg.Certainty{"exosome TREATS gout": kg.Asserted}, []string{"exosome HAS_RISK joint swelling"}},
		{"a class of markers measures no condition", "Kadar penanda peradangan di otak tikus model Parkinson juga turun setelah pemberian sekretom.",
			nil, []string{"Parkinson disease MEASURED_BY inflammatory markers"}},
		{"a long title, kept cut short, is still the title", "Repositori Tesis - Program Magister Ilmu Biomedik\nDetail Karya Ilmiah\nPengaruh Sekretom Sel Punca Mesenkimal Tali Pusat terhadap Kualitas Sperma, Stres Oksidatif dan Kadar Testosteron pada Tikus Diabetes Melitus dengan Kerusakan Testis = The Effect of Umbilical Cord Mesenchymal Stem Cell Secretome on Sperm Quality, Oxidative Stress and Testosterone in Diabetic Rats with Testicular Damage\nPenulis: Dewi Anggraini Putri | Tahun: 2026 | Jenis: Tesis\nABSTRAK\nLatar belakang: Diabetes melitus merusak testis. Sekretom diberikan intraperitoneal selama 4 minggu.",
			map[string]kg.Certainty{"secretome ADMINISTERED_VIA intraperitoneal": kg.Asserted}, []string{"secretome ACTS_VIA oxidative stress"}},
		{"an item of a list of what a therapy treats names no harm", "Terapi PRP untuk Penyakit Peyronie\nPRP disuntikkan langsung ke dalam plak.\nPRP dapat membantu:\n• Nyeri saat ereksi mereda",
			nil, []string{"platelet-rich plasma HAS_RISK pain"}},
		{"a general name of cells with a demonstrative is the narrower cells named last", "Pori-pori scaffold kemudian ditanami sel punca mesenkimal dari pulpa gigi susu yang telah dibiakkan di laboratorium.\n\"Sel punca ini berperan ganda. Selain itu, sel ini mengeluarkan faktor yang memicu tumbuhnya pembuluh darah baru.\"",
			map[string]kg.Certainty{"mesenchymal stem cell ACTS_VIA angiogenesis": kg.Asserted}, []string{"stem cell ACTS_VIA angiogenesis"}},
		{"inflammation among harms is an inflammatory reaction", "Tetes mata sekretom diuji pada kelinci dengan defek epitel kornea. Tidak ditemukan tanda infeksi maupun peradangan pada mata kelinci yang diberi sekretom.",
			map[string]kg.Certainty{"NOT secretome HAS_RISK inflammatory reaction": kg.Asserted}, []string{"NOT secretome ACTS_VIA inflammation"}},
		{"inflammation reduced is still a way of working", "Sekretom menekan proses inflamasi di paru, dan efek sampingnya ringan.",
			map[string]kg.Certainty{"secretome ACTS_VIA anti-inflammatory effect": kg.Asserted}, []string{"secretome HAS_RISK inflammatory reaction"}},
		{"chronic periodontitis keeps its own name", "Gel sekretom dioleskan ke poket periodontal pasien periodontitis kronis dan dapat mengurangi kedalaman poket.",
			map[string]kg.Certainty{"secretome TREATS chronic periodontitis": kg.Hedged}, []string{"secretome TREATS periodontitis"}},
		{"a question of who should avoid a therapy lists nothing it treats", "Terapi PRP untuk Rambut Rontok\nPRP disuntikkan ke kulit kepala untuk mengatasi kerontokan rambut.\nSiapa saja yang sebaiknya menghindari terapi ini?\n- Penderita gangguan pembekuan darah",
			nil, []string{"platelet-rich plasma TREATS coagulation disorder"}},
		{"an anaesthetic a sentence opens with is its subject", "Stem Cell Therapy for Knee Osteoarthritis\nOur clinic offers stem cell therapy for knee osteoarthritis. Fat is harvested from the abdomen under general anaesthesia.\nGeneral anaesthesia itself carries some risks. Its side effects include nausea and vomiting.",
			map[string]kg.Certainty{"general anaesthesia HAS_RISK nausea": kg.Asserted}, []string{"stem cell HAS_RISK nausea"}},
		{"an example of a therapy not set aside stays the topic", "Stem Cell Therapy for Knee Osteoarthritis\nOur clinic offers stem cell therapy for knee osteoarthritis.\nPatients who failed physiotherapy may instead receive injections such as PRP. Its side effects include pain and swelling at the injection site.",
			nil, []string{"stem cell HAS_RISK injection site swelling"}},
		{"a short title opening a body sentence is not that sentence", "Terapi Sekretom\n\nTerapi Sekretom bekerja melalui efek anti-inflamasi dan merangsang angiogenesis pada jaringan yang rusak.",
			map[string]kg.Certainty{"secretome ACTS_VIA angiogenesis": kg.Asserted}, nil},
		{"a demonstrative after two kinds of cells narrows to neither", "Ada dua jenis sel punca yang banyak diteliti, yaitu sel punca embrionik dan sel punca mesenkimal.\nSel punca ini mampu memperbaiki jaringan melalui angiogenesis.",
			map[string]kg.Certainty{"stem cell ACTS_VIA angiogenesis": kg.Asserted}, []string{"mesenchymal stem cell ACTS_VIA angiogenesis"}},
		{"inflammation a therapy works by is no harm", "PRP for Tennis Elbow\nPRP works by triggering a controlled inflammatory response that kick-starts healing, with a low risk of side effects.",
			nil, []string{"platelet-rich plasma HAS_RISK inflammatory reaction"}},
		{"inflammation right after a word of working is no harm", "Sekretom bekerja melalui inflamasi terkendali dengan risiko rendah.",
			map[string]kg.Certainty{"secretome ACTS_VIA inflammation": kg.Asserted}, []string{"secretome HAS_RISK inflammatory reaction"}},
		{"a question of who suits the therapy and who risks harm lists nothing it treats", "Terapi PRP untuk Rambut Rontok\nPRP disuntikkan ke kulit kepala untuk mengatasi kerontokan rambut.\nWho is a good candidate, and who is at risk of side effects?\n- Penderita gangguan pembekuan darah",
			nil, []string{"platelet-rich plasma TREATS coagulation disorder"}},
		{"a fronted clause's joined subjects are all carried", "Because PRP and BMAC come from your own body, there is no risk of rejection.",
			map[string]kg.Certainty{"NOT platelet-rich plasma HAS_RISK transplant rejection": kg.Asserted, "NOT bone marrow aspirate concentrate HAS_RISK transplant rejection": kg.Asserted}, nil},
		{"what follows contains is no source", "BMAC is harvested from the back of the hip bone and contains mesenchymal stem cells.",
			map[string]kg.Certainty{"bone marrow aspirate concentrate CONTAINS mesenchymal stem cell": kg.Asserted}, []string{"bone marrow aspirate concentrate DERIVED_FROM mesenchymal stem cell"}},
		{"these cells after a mixture and the cells it holds", "BMAC is harvested from the hip bone and contains mesenchymal stem cells. These cells are thought to calm inflammation.",
			map[string]kg.Certainty{"mesenchymal stem cell ACTS_VIA anti-inflammatory effect": kg.Hedged}, []string{"bone marrow aspirate concentrate ACTS_VIA anti-inflammatory effect"}},
		{"not yet tested is hedged, not denied", "Exosome therapy for frailty has not yet been tested in human trials.",
			map[string]kg.Certainty{"exosome TREATS frailty": kg.Hedged}, []string{"NOT exosome TREATS frailty"}},
		{"not yet tested in people is hedged", "Sekretom belum diuji pada pasien stroke.",
			map[string]kg.Certainty{"secretome TREATS stroke": kg.Hedged}, []string{"NOT secretome TREATS stroke"}},
		{"into a joint is intra-articular", "Dr. Oyelaran isolates mesenchymal stem cells from the fat and injects them directly into the arthritic joints.",
			map[string]kg.Certainty{"mesenchymal stem cell ADMINISTERED_VIA intra-articular": kg.Asserted}, nil},
		{"a lexicon scale opening with a connecting word", "Stretch marks were rated on the Manchester Scar Scale and the Global Aesthetic Improvement Scale.",
			map[string]kg.Certainty{"stretch marks MEASURED_BY Global Aesthetic Improvement Scale": kg.Asserted}, []string{"stretch marks MEASURED_BY Aesthetic Improvement Scale"}},
		{"the injection site is not the last therapy named as an injection", "A cortisone injection may ease pain for a few weeks. PRP is prepared from your own blood and injected under ultrasound guidance. Temporary soreness at the injection site for 2-3 days is common.",
			map[string]kg.Certainty{"platelet-rich plasma HAS_RISK pain": kg.Asserted}, []string{"corticosteroid HAS_RISK pain"}},
		{"the injection is what was injected, not the rest after it", "PRP is prepared from your own blood and injected into the knee. After the session, patients follow relative rest for a week. Temporary soreness at the injection site for 2-3 days is common.",
			map[string]kg.Certainty{"platelet-rich plasma HAS_RISK pain": kg.Asserted}, []string{"activity modification HAS_RISK pain"}},
		{"a benefits lead-in naming a condition lists what the page's therapy does", "Klinik kami menawarkan infus stem cell untuk pasien stroke dan Parkinson. Terapi stem cell diberikan dua kali.\nSel punca mesenkimal bekerja lewat efek parakrin.\nManfaat untuk pasien pasca stroke:\n- Membantu memulihkan kelemahan separuh badan (hemiparesis)\n- Mendukung hasil fisioterapi\nManfaat untuk penderita Parkinson:\n- Mengurangi tremor",
			map[string]kg.Certainty{"stem cell TREATS hemiparesis": kg.Asserted, "stem cell TREATS tremor": kg.Asserted}, []string{"physiotherapy TREATS tremor", "mesenchymal stem cell TREATS hemiparesis"}},
		{"a title in capitals names no scale after 'skor'", "PENGARUH PEMBERIAN SEKRETOM SEL PUNCA MESENKIMAL TERHADAP VOLUME INFARK, SKOR NEUROLOGIS DAN PENANDA INFLAMASI PADA TIKUS MODEL STROKE ISKEMIK",
			map[string]kg.Certainty{"ischaemic stroke MEASURED_BY infarct size": kg.Asserted}, []string{"ischaemic stroke MEASURED_BY NEUROLOGIS DAN PENANDA INFLAMASI PADA score"}},
		{"what a therapy is no substitute for keeps its own claim", "Ia menegaskan, sel punca bukan pengganti transplantasi hati, yang sampai saat ini tetap menjadi satu-satunya terapi definitif untuk sirosis stadium akhir.",
			map[string]kg.Certainty{"liver transplantation TREATS liver cirrhosis": kg.Asserted}, []string{"stem cell TREATS liver cirrhosis"}},
		{"events attributed to a therapy are its harms", "The most frequent events attributed to MSCs were transient fever and infusion-related reactions.",
			map[string]kg.Certainty{"mesenchymal stem cell HAS_RISK fever": kg.Asserted, "mesenchymal stem cell HAS_RISK infusion reaction": kg.Asserted}, nil},
		{"flek on the skin is hyperpigmentation", "Exosome membantu memudarkan flek di pipi.",
			map[string]kg.Certainty{"exosome TREATS hyperpigmentation": kg.Asserted}, []string{"exosome HAS_RISK vaginal spotting"}},
		{"shrinking enlarged pores treats them", "Exosome facial mengecilkan tampilan pori-pori besar.",
			map[string]kg.Certainty{"exosome TREATS enlarged pores": kg.Asserted}, nil},
		{"into an artery is intra-arterial", "Sel punca mesenkimal kemudian dimasukkan melalui kateter ke arteri hati.",
			map[string]kg.Certainty{"mesenchymal stem cell ADMINISTERED_VIA intra-arterial": kg.Asserted}, nil},
		{"into the eye is intravitreal, an eye hospital is not", "In animal studies, mesenchymal stem cells injected into the eye have protected retinal cells. Pasien dirujuk ke RS Mata Cakrawala untuk terapi stem cell.",
			map[string]kg.Certainty{"mesenchymal stem cell ADMINISTERED_VIA intravitreal": kg.Asserted}, []string{"stem cell ADMINISTERED_VIA intravitreal"}},
		{"a contraindication names no claim of what follows it", "Kontraindikasi PRP pada pasien dengan gangguan pembekuan darah dan kanker aktif.",
			nil, []string{"platelet-rich plasma TREATS coagulation disorder", "platelet-rich plasma HAS_RISK tumour formation"}},
		{"a benefits lead-in naming no condition lists the therapy at hand's", "Terapi PRP di Klinik Sehat\nPRP dibuat dari darah pasien sendiri dan disuntikkan ke kulit kepala untuk mengatasi kerontokan rambut. PRP aman karena berasal dari tubuh sendiri.\nTerapi Eksosom\nSelain itu, kami juga menyediakan terapi eksosom untuk peremajaan kulit wajah.\nManfaat yang dirasakan pasien:\n- Menyamarkan bekas jerawat\n- Mengecilkan pori-pori besar",
			map[string]kg.Certainty{"exosome TREATS acne scar": kg.Asserted, "exosome TREATS enlarged pores": kg.Asserted}, []string{"platelet-rich plasma TREATS acne scar"}},
		{"a contrast after a negation and a comma opens a clause", "No serious adverse events were linked to the MSC infusions. Deaths: none, but two patients developed fever after the infusion.",
			map[string]kg.Certainty{"mesenchymal stem cell HAS_RISK fever": kg.Asserted}, []string{"NOT mesenchymal stem cell HAS_RISK fever"}},
		{"these cells after a mixture not said to hold them", "Stromal vascular fraction (SVF) is often confused with mesenchymal stem cells. These cells are obtained from liposuction fat and injected into the knee.",
			map[string]kg.Certainty{"stromal vascular fraction ADMINISTERED_VIA injection": kg.Asserted}, []string{"mesenchymal stem cell ADMINISTERED_VIA injection"}},
		{"the injection site after the page's therapy was just named", "Hyaluronic acid has been injected into arthritic knees for decades. Exosome therapy is a newer option for knee osteoarthritis. Temporary soreness at the injection site for 2-3 days is common.",
			map[string]kg.Certainty{"exosome HAS_RISK pain": kg.Asserted}, []string{"hyaluronic acid HAS_RISK pain"}},
		{"a source named through a relative clause holding the cells stays a source", "Exosomes are isolated from conditioned medium of cultures containing umbilical cord mesenchymal stem cells.",
			map[string]kg.Certainty{"exosome DERIVED_FROM umbilical cord mesenchymal stem cell": kg.Asserted}, nil},
		{"and berisikan holds, no source", "BMAC dipanen dari tulang panggul dan berisikan sel punca mesenkimal.",
			map[string]kg.Certainty{"bone marrow aspirate concentrate CONTAINS mesenchymal stem cell": kg.Asserted}, []string{"bone marrow aspirate concentrate DERIVED_FROM mesenchymal stem cell"}},
		{"a question claims nothing", "Exosome untuk Kulit Kusam\nExosome facial mencerahkan kulit kusam.\nApakah exosome mengandung sel hidup?\nTidak, produk kami bebas sel.",
			map[string]kg.Certainty{"NOT exosome CONTAINS live cell": kg.Asserted}, []string{"exosome CONTAINS live cell"}},
		{"this therapy in a question is the page's", "Terapi Stem Cell untuk Nekrosis Avaskular\nStem cell disuntikkan ke sendi panggul. Stem cell menekan peradangan di sendi.\nPaket Terapi\n- Paket AVN (core decompression + implantasi stem cell): hubungi kami\nApakah terapi ini sakit?\nTindakan dilakukan dengan bius lokal. Pasien biasanya hanya merasa pegal 1-2 hari.",
			map[string]kg.Certainty{"stem cell HAS_RISK myalgia": kg.Asserted}, []string{"core decompression HAS_RISK myalgia"}},
		{"a teaser block of bulleted headlines ends at the first line without a bullet", "Stem Cell Therapy for CKD\nWe offer stem cell infusions for chronic kidney disease.\nRecommendation For You\n- Can stem cells help with diabetes?\n- What to expect on your first day\nImportant safety information\nPossible side effects include fever and headache after the infusion.",
			map[string]kg.Certainty{"stem cell HAS_RISK fever": kg.Hedged, "stem cell HAS_RISK headache": kg.Hedged}, nil},
		{"teaser headlines without bullets stay boilerplate", "Stem Cell Therapy for CKD\nWe offer stem cell infusions for chronic kidney disease.\nRecommendation For You\nStem cells for diabetes: what we know\nWhat to expect on your first day\nPossible side effects include fever and headache after the infusion.",
			nil, []string{"stem cell HAS_RISK fever"}},
		{"the mix of in apposition contains", "The secretome, the mix of growth factors and cytokines that stem cells release, is thought to calm inflammation.",
			map[string]kg.Certainty{"secretome CONTAINS growth factor": kg.Asserted, "secretome CONTAINS cytokine": kg.Asserted}, nil},
		{"a cell acronym the text defines, joined to a product's short form, names the product", "Dental pulp stem cell (DPSC) melepaskan eksosom. Kelompok DPSC-Exo lokal diberikan melalui injeksi pada lokasi cedera. Tidak ditemukan infeksi pada lokasi injeksi.",
			map[string]kg.Certainty{"exosome ADMINISTERED_VIA injection": kg.Asserted, "NOT exosome HAS_RISK infection": kg.Asserted}, []string{"NOT mesenchymal stem cell HAS_RISK infection"}},
		{"a pronoun before after in a lead-in is the therapy at hand", "Exosome Therapy After Facelift\nWhat are exosomes?\nExosomes are tiny vesicles that cells release.\nHow do they help after surgery or laser?\n- Calm inflammation and reduce redness\n- Boost collagen production for firmer results",
			map[string]kg.Certainty{"exosome ACTS_VIA anti-inflammatory effect": kg.Asserted, "exosome ACTS_VIA collagen production": kg.Asserted}, []string{"laser therapy ACTS_VIA collagen production", "surgery ACTS_VIA anti-inflammatory effect"}},
		{"the product is the therapy at hand", "Exosome therapy is very well tolerated. Because exosomes contain no cells, there is no risk of rejection. Mild, temporary stinging or redness can occur when the product is applied to fresh laser skin.",
			map[string]kg.Certainty{"exosome HAS_RISK stinging": kg.Hedged, "exosome HAS_RISK erythema": kg.Hedged}, []string{"laser therapy HAS_RISK stinging"}},
		{"current care lists the standard therapies of the condition at hand", "Bronchopulmonary dysplasia (BPD) is a chronic lung disease of premature infants. Current care relies on gentle ventilation, caffeine and, in severe cases, corticosteroids.",
			map[string]kg.Certainty{"caffeine TREATS bronchopulmonary dysplasia": kg.Asserted, "corticosteroid TREATS bronchopulmonary dysplasia": kg.Asserted, "mechanical ventilation TREATS bronchopulmonary dysplasia": kg.Asserted}, nil},
		{"selama ini, pilihan lists the options so far", "Gagal jantung adalah penyakit kronis. Selama ini, pilihan bagi pasien gagal jantung stadium lanjut terbatas pada obat-obatan, alat pacu jantung khusus (CRT), pompa jantung mekanik (LVAD), hingga transplantasi jantung.",
			map[string]kg.Certainty{"cardiac resynchronisation therapy TREATS heart failure": kg.Asserted, "ventricular assist device TREATS heart failure": kg.Asserted, "heart transplantation TREATS heart failure": kg.Asserted}, nil},
		{"insulin given is a therapy", "Sampai saat ini, terapi standar DMT1 adalah insulin seumur hidup, yang diberikan lewat suntikan di bawah kulit.",
			map[string]kg.Certainty{"insulin therapy TREATS type 1 diabetes": kg.Asserted}, nil},
		{"what was examined measures the condition at hand", "Rumah sakit menguji suntikan sel punca pada pasien retinitis pigmentosa. Lapang pandang dan rekaman elektroretinogram (ERG) pasien diperiksa setiap tiga bulan.",
			map[string]kg.Certainty{"retinitis pigmentosa MEASURED_BY visual field": kg.Asserted, "retinitis pigmentosa MEASURED_BY electroretinography": kg.Asserted}, nil},
		{"the fibrotic area is a measure, not the condition", "Sekretom diberikan pada tikus dengan endometrium tipis. Ketebalan endometrium dinilai dengan pewarnaan HE, luas fibrosis dengan Masson trichrome.",
			map[string]kg.Certainty{"thin endometrium MEASURED_BY endometrial thickness": kg.Asserted, "thin endometrium MEASURED_BY collagen volume fraction": kg.Asserted}, []string{"fibrosis MEASURED_BY endometrial thickness"}},
		{"shrinking scar tissue acts against fibrosis", "Pada hewan coba, sel punca mesenkimal terbukti memperkecil jaringan parut di jantung.",
			map[string]kg.Certainty{"mesenchymal stem cell ACTS_VIA anti-fibrotic effect": kg.Asserted}, []string{"mesenchymal stem cell TREATS fibrosis"}},
		{"less scarring is anti-fibrotic", "Mice given exosomes breathed better. Exosome-treated lungs also showed less scarring.",
			map[string]kg.Certainty{"exosome ACTS_VIA anti-fibrotic effect": kg.Asserted}, nil},
		{"these drugs are all the drugs the sentence before named", "Lupus eritematosus sistemik (LES) adalah penyakit autoimun. Pengobatan standar LES saat ini berupa kortikosteroid, hidroksiklorokuin dan obat imunosupresan. Obat-obatan ini membantu mengendalikan gejala, namun penggunaan jangka panjang dapat menimbulkan efek samping seperti infeksi dan kenaikan berat badan.",
			map[string]kg.Certainty{"corticosteroid HAS_RISK infection": kg.Hedged, "hydroxychloroquine HAS_RISK weight gain": kg.Hedged, "immunosuppressant HAS_RISK infection": kg.Hedged}, []string{"conventional therapy HAS_RISK infection"}},
		{"a condition glossing an item's words in brackets is one the list treats", "Exosome Hair Restoration\nExosomes are tiny vesicles that cells use to talk to each other.\nWho is it for?\n- Female pattern hair loss\n- Stress-related shedding (telogen effluvium)",
			map[string]kg.Certainty{"exosome TREATS telogen effluvium": kg.Asserted, "exosome TREATS androgenetic alopecia": kg.Asserted}, nil},
		{"no way for it to form a tumour denies it", "Extracellular vesicles were given to rat pups. \"Because nothing in the dose can divide, there is no way for it to engraft or form a tumor.\"",
			map[string]kg.Certainty{"NOT extracellular vesicle HAS_RISK tumour formation": kg.Asserted}, []string{"extracellular vesicle HAS_RISK tumour formation"}},
		{"but no living cells is a negated contains", "Exosomes carry proteins, but no living cells.",
			map[string]kg.Certainty{"NOT exosome CONTAINS live cell": kg.Asserted}, nil},
		{"mesenchymal stem cells from the umbilical cord are cord cells", "Bank sel kami kini juga menyimpan sel punca mesenkimal dari jaringan tali pusat, yang menurutnya bisa dipakai untuk cedera saraf tulang belakang.",
			map[string]kg.Certainty{"umbilical cord mesenchymal stem cell TREATS spinal cord injury": kg.Hedged}, []string{"mesenchymal stem cell TREATS spinal cord injury"}},
		{"Wharton's jelly MSCs are cord cells", "Pengaruh Pemberian Sekretom Wharton's Jelly Mesenchymal Stem Cell (WJ-MSC) terhadap Kadar AMH pada Tikus.",
			map[string]kg.Certainty{"secretome DERIVED_FROM umbilical cord mesenchymal stem cell": kg.Asserted}, nil},
		{"vesicles cells release to communicate act via communication", "Exosomes are tiny vesicles that cells release to communicate with each other.",
			map[string]kg.Certainty{"exosome ACTS_VIA cell communication": kg.Asserted}, nil},
		{"vesikel yang dilepaskan sel untuk berkomunikasi", "Eksosom adalah vesikel kecil yang dilepaskan sel untuk berkomunikasi satu sama lain.",
			map[string]kg.Certainty{"exosome ACTS_VIA cell communication": kg.Asserted}, nil},
		{"disuntik is by injection", "Di sana lutut saya disuntik sel punca mesenkimal dari lemak perut saya sendiri.",
			map[string]kg.Certainty{"mesenchymal stem cell ADMINISTERED_VIA injection": kg.Asserted}, nil},
		{"cord-derived mesenchymal stem cells are cord cells", "Our protocol uses umbilical cord-derived mesenchymal stem cells (UC-MSCs) given by intravenous infusion.",
			map[string]kg.Certainty{"umbilical cord mesenchymal stem cell ADMINISTERED_VIA intravenous": kg.Asserted}, []string{"mesenchymal stem cell ADMINISTERED_VIA intravenous"}},
		{"a statement before a closing question stands", "Regenerative Therapies at Our Clinic\nWe offer several regenerative therapies.\nStem cells can repair damaged cartilage, but are they safe?\n",
			map[string]kg.Certainty{"stem cell ACTS_VIA tissue regeneration": kg.Hedged}, nil},
		{"a clause opening with a question word asks", "Sekretom untuk Rambut\nSekretom makin populer di klinik.\nDokter kami ditanya pasien, apakah secretom benar-benar bisa menumbuhkan rambut?\n",
			nil, []string{"secretome ACTS_VIA hair growth"}},
		{"a did-you-know question states what follows", "Terapi Regeneratif di Klinik Kami\nKami menawarkan beberapa terapi regeneratif.\nTahukah Anda bahwa sekretom mengandung faktor pertumbuhan yang mempercepat penyembuhan luka?\n",
			map[string]kg.Certainty{"secretome CONTAINS growth factor": kg.Asserted}, nil},
		{"this procedure in a question under the comparator's heading is the comparator", "Stem Cell Therapy for Knee Osteoarthritis\nMesenchymal stem cells are injected into the knee to ease osteoarthritis pain. The mesenchymal stem cells are taken from belly fat.\nKnee Replacement\nWhen arthritis is severe, surgeons recommend total knee replacement.\nIs this procedure painful?\nYes, most patients have significant pain and swelling for several weeks.\n",
			map[string]kg.Certainty{"knee replacement HAS_RISK pain": kg.Asserted}, []string{"mesenchymal stem cell HAS_RISK pain"}},
		{"a teaser's unbulleted blurb stays boilerplate", "Stem Cell Therapy for CKD\nWe offer stem cell infusions for chronic kidney disease.\nRecommendation For You\n- Can stem cells help with diabetes?\n- What to expect on your first day\nPRP injections healed tennis elbow faster than steroid shots in a new trial. Read more.\n",
			nil, []string{"platelet-rich plasma TREATS lateral epicondylitis", "platelet-rich plasma ADMINISTERED_VIA injection"}},
		{"an ad line between teaser bullets breaks no run", "Stem Cell Therapy for CKD\nWe offer stem cell infusions for chronic kidney disease.\nRecommendation For You\n- Can stem cells help with diabetes?\nAdvertisement\n- What to expect on your first day\nImportant safety information\nPossible side effects include fever and headache after the infusion.\n",
			map[string]kg.Certainty{"stem cell HAS_RISK fever": kg.Hedged}, nil},
		{"they who feel something after surgery are patients", "PRP for Sports Injuries\nOur sports clinic offers PRP injections for torn ligaments and tendon injuries. PRP is made from your own blood.\nWhat will they feel after ACL reconstruction?\n- Pain and swelling for two to three weeks\n- Knee stiffness\n",
			map[string]kg.Certainty{"anterior cruciate ligament reconstruction HAS_RISK pain": kg.Asserted}, []string{"platelet-rich plasma HAS_RISK pain"}},
		{"a therapy named with saat ini is no standard care", "Terapi Sel Punca untuk Osteoartritis Lutut\nSel punca mesenkimal disuntikkan ke sendi lutut pasien osteoartritis.\nSaat ini, terapi ozon sedang ramai dipromosikan di media sosial.\n",
			nil, []string{"ozone therapy TREATS osteoarthritis"}},
		{"insulin among measures is its level", "Stem Cells for Diabetes\nMesenchymal stem cells were infused into patients with type 1 diabetes. Insulin and C-peptide levels rose after the infusion.\n",
			map[string]kg.Certainty{"type 1 diabetes MEASURED_BY insulin level": kg.Asserted, "mesenchymal stem cell ADMINISTERED_VIA intravenous": kg.Asserted}, []string{"insulin therapy ADMINISTERED_VIA intravenous"}},
		{"a measuring word hedges no measure", "Sekretom untuk Psoriasis\nPasien psoriasis mendapat sekretom topikal.\nTingkat keparahan psoriasis dinilai memakai PASI.\n",
			map[string]kg.Certainty{"psoriasis MEASURED_BY PASI score": kg.Asserted}, nil},
		{"vital signs recorded before a procedure measure no condition", "PRP for Knee Osteoarthritis\nWe inject PRP into the knee for osteoarthritis. Before the injection, your blood pressure and blood sugar are recorded to make sure the procedure is safe for you.\n",
			nil, []string{"osteoarthritis MEASURED_BY blood pressure", "osteoarthritis MEASURED_BY blood glucose"}},
		{"a slowed heart rate in a harm list keeps the harms", "Stem Cell Infusion\nWe give mesenchymal stem cells by intravenous infusion.\nRare side effects include a slowed heart rate, dizziness and nausea.\n",
			map[string]kg.Certainty{"mesenchymal stem cell HAS_RISK dizziness": kg.Hedged, "mesenchymal stem cell HAS_RISK nausea": kg.Hedged}, nil},
		{"these drugs are the drugs, not the procedures", "Stem Cells for Knee Osteoarthritis\nKnee osteoarthritis wears away the cartilage.\nPatients usually receive physiotherapy, acupuncture and NSAIDs. These drugs can cause stomach ulcers and bleeding.\n",
			map[string]kg.Certainty{"non-steroidal anti-inflammatory drug HAS_RISK peptic ulcer": kg.Hedged}, []string{"physiotherapy HAS_RISK peptic ulcer", "acupuncture HAS_RISK peptic ulcer"}},
		{"a bracket of examples glosses no list item", "Exosome Hair Restoration\nExosomes are tiny vesicles that cells use to talk to each other.\nWho is it for?\n- Female pattern hair loss\n- Shedding after being unwell (COVID-19, dengue, typhoid)\n",
			nil, []string{"exosome TREATS COVID-19"}},
		{"no way that it could is a denial", "Exosomes for Premature Lungs\nExtracellular vesicles were given to rat pups.\nBecause the dose holds no cells, there is no way that it could engraft or form a tumor.\n",
			map[string]kg.Certainty{"NOT extracellular vesicle HAS_RISK tumour formation": kg.Hedged}, []string{"extracellular vesicle HAS_RISK tumour formation"}},
		{"the agent that makes a disease model treats nothing", "Exosomes for Heart Failure\nResearchers tested stem cell exosomes in rats.\nDoxorubicin was given to create a model of heart failure.\n",
			nil, []string{"doxorubicin TREATS heart failure"}},
		{"MSCs with cord tissue extract are no cord cells", "Stem Cells for Knee Pain\nWe offer stem cells for knee osteoarthritis. Some clinics give MSCs with umbilical cord tissue extract by intra-articular injection.\n",
			map[string]kg.Certainty{"mesenchymal stem cell ADMINISTERED_VIA intra-articular": kg.Asserted}, []string{"umbilical cord mesenchymal stem cell ADMINISTERED_VIA intra-articular"}},
		{"disuntik modal is investment", "Riset Sel Punca Dapat Tambahan Dana\nStartup sel punca asal Bandung disuntik modal Rp 20 miliar oleh investor.\n",
			nil, []string{"stem cell ADMINISTERED_VIA injection"}},
		{"NK cells the cells suppress are no therapy", "Stem Cells and Immunity\nMesenchymal stem cells calm the immune system. They suppress T cells and NK cells, which lowers inflammation.\n",
			map[string]kg.Certainty{"mesenchymal stem cell ACTS_VIA anti-inflammatory effect": kg.Asserted}, []string{"natural killer cell ACTS_VIA anti-inflammatory effect"}},
		{"a therapy named only as not done is no topic", "Suntik PRP untuk Frozen Shoulder\nPRP disuntikkan ke sendi bahu dengan panduan USG.\nSeluruh tindakan berlangsung kurang lebih 60 menit, tanpa operasi dan tanpa rawat inap.\nKarena berasal dari darah sendiri, risiko reaksi penolakan sangat kecil.\n",
			map[string]kg.Certainty{"platelet-rich plasma HAS_RISK transplant rejection": kg.Hedged}, []string{"surgery HAS_RISK transplant rejection"}},
		{"cancer prevented is a condition", "Imunoterapi Sel NK\nImunoterapi sel NK membantu mencegah kanker pada orang dengan riwayat keluarga.\n",
			map[string]kg.Certainty{"natural killer cell TREATS cancer": kg.Asserted}, []string{"natural killer cell HAS_RISK tumour formation"}},
		{"a risk of cancer is tumour formation", "Stem Cells\nSome worry that stem cells carry a risk of cancer.\n",
			map[string]kg.Certainty{"stem cell HAS_RISK tumour formation": kg.Asserted}, nil},
		{"a harm not found after it is named is denied", "Uji Klinis Sel Punca\nAnak-anak mendapat infus sel punca mesenkimal.\nPembentukan tumor tidak ditemukan pada pemantauan jangka pendek, namun peserta akan dipantau selama lima tahun.\n",
			map[string]kg.Certainty{"NOT mesenchymal stem cell HAS_RISK tumour formation": kg.Asserted}, []string{"mesenchymal stem cell HAS_RISK tumour formation"}},
		{"harms not seen or that did not occur are denied", "Stem Cell Trial\nChildren received mesenchymal stem cells.\nInfections and fever were not seen in any child. Tumour formation did not occur.\n",
			map[string]kg.Certainty{"NOT mesenchymal stem cell HAS_RISK infection": kg.Asserted, "NOT mesenchymal stem cell HAS_RISK fever": kg.Asserted, "NOT mesenchymal stem cell HAS_RISK tumour formation": kg.Asserted}, nil},
		{"a negation opening the next clause denies what follows it", "Injeksi PRP Intraovarium\nPasien mendapat injeksi PRP intraovarium.\nEfek samping yang ditemukan adalah nyeri panggul ringan pada 5 subjek, tidak ditemukan infeksi pasca tindakan.\n",
			map[string]kg.Certainty{"platelet-rich plasma HAS_RISK pelvic pain": kg.Asserted, "NOT platelet-rich plasma HAS_RISK infection": kg.Asserted}, []string{"NOT platelet-rich plasma HAS_RISK pelvic pain"}},
		{"a harm that occurred is not denied by a negation of another clause", "PRP Trial\nPatients received PRP injections into the knee.\nDemam muncul pada dua pasien, tetapi infeksi tidak ditemukan. Fever was reported in patients who did not develop antibodies.\n",
			map[string]kg.Certainty{"platelet-rich plasma HAS_RISK fever": kg.Asserted, "NOT platelet-rich plasma HAS_RISK infection": kg.Asserted}, []string{"NOT platelet-rich plasma HAS_RISK fever"}},
		{"a harm no longer seen came", "PRP Trial\nPatients received PRP injections into the knee.\nSwelling was not seen after day three.\n",
			map[string]kg.Certainty{"platelet-rich plasma HAS_RISK swelling": kg.Asserted}, []string{"NOT platelet-rich plasma HAS_RISK swelling"}},
		{"a harm never reported is denied", "PRP Trial\nPatients received PRP injections into the knee.\nTumour formation has not been reported. Nyeri mungkin tidak terjadi pada semua pasien.\n",
			map[string]kg.Certainty{"NOT platelet-rich plasma HAS_RISK tumour formation": kg.Asserted}, []string{"NOT platelet-rich plasma HAS_RISK pain"}},
		{"what can cause cancer risks tumours", "Stem Cell Therapy\nWe offer mesenchymal stem cells.\nStem cells can cause cancer.\n",
			map[string]kg.Certainty{"stem cell HAS_RISK tumour formation": kg.Hedged}, []string{"stem cell HAS_RISK cancer"}},
		{"a therapy denied with no is still the topic", "PRP for Knee Arthritis\nWe offer PRP injections for knee arthritis. PRP is made from your blood.\nNo stem cell therapy has been approved by the FDA for knee arthritis. It also carries a risk of infection.\n",
			map[string]kg.Certainty{"stem cell HAS_RISK infection": kg.Asserted}, []string{"platelet-rich plasma HAS_RISK infection"}},
		{"a shared head left unsaid names both", "Secretome is a fluid from stem cells. We did not see weight loss or any signs of liver or kidney toxicity in the treated mice.",
			map[string]kg.Certainty{"NOT secretome HAS_RISK hepatotoxicity": kg.Asserted, "NOT secretome HAS_RISK nephrotoxicity": kg.Asserted, "NOT secretome HAS_RISK unintended weight loss": kg.Asserted}, []string{"NOT weight loss HAS_RISK nephrotoxicity"}},
		{"a shared head left unsaid, id", "Sekretom diberikan pada tikus. Tidak ditemukan toksisitas hati dan ginjal pada tikus yang diobati.",
			map[string]kg.Certainty{"NOT secretome HAS_RISK hepatotoxicity": kg.Asserted, "NOT secretome HAS_RISK nephrotoxicity": kg.Asserted}, nil},
		{"a bare wound is the kind of wound the page is about", "Terapi sel punca untuk ulkus kaki diabetik dimulai. Pasien ulkus kaki diabetik menerima sel punca. Perkembangan luka dinilai dari kadar HbA1c pasien.",
			map[string]kg.Certainty{"diabetic foot ulcer MEASURED_BY HbA1c": kg.Asserted}, []string{"wound MEASURED_BY HbA1c"}},
		{"two conditions the patients have", "MSC therapy reduced 28-day mortality in patients with COVID-19 ARDS.",
			map[string]kg.Certainty{"mesenchymal stem cell TREATS COVID-19": kg.Asserted, "mesenchymal stem cell TREATS acute respiratory distress syndrome": kg.Asserted}, nil},
		{"a hyphened modifier between the lowering word and the mechanism", "UC-MSCs may improve survival, possibly by dampening IL-6–driven inflammation.",
			map[string]kg.Certainty{"umbilical cord mesenchymal stem cell ACTS_VIA anti-inflammatory effect": kg.Hedged}, []string{"umbilical cord mesenchymal stem cell ACTS_VIA inflammation"}},
		{"the therapy set aside owns its relative clause", "Exosomes are tiny vesicles. Unlike biologic TNF inhibitors, which suppress immunity throughout the body and raise the risk of serious infections, the exosomes acted mainly in the joints.",
			map[string]kg.Certainty{"TNF inhibitor HAS_RISK infection": kg.Asserted}, []string{"exosome HAS_RISK infection", "NOT exosome HAS_RISK infection"}},
		{"an organisation's name names no condition", "The exosome study, published in the Journal of Translational Immunotherapy, was funded by the Westmere Arthritis Research Fund.",
			nil, []string{"exosome TREATS arthritis"}},
		{"not suitable for is a contraindication", "Exosomes help dogs with arthritis. Not suitable for dogs with active cancer or an untreated infection.",
			map[string]kg.Certainty{"exosome TREATS arthritis": kg.Asserted}, []string{"NOT exosome TREATS cancer", "exosome HAS_RISK infection"}},
		{"a word shared before, in English", "Secretome is studied for liver injury or failure.",
			map[string]kg.Certainty{"secretome TREATS liver injury": kg.Asserted, "secretome TREATS liver failure": kg.Asserted}, nil},
		{"a prefix is no shared head", "Conclusion: Oral UC-MSC secretome can accelerate gastric ulcer healing through anti-inflammatory and angiogenic effects.",
			map[string]kg.Certainty{"secretome ACTS_VIA angiogenesis": kg.Hedged, "secretome ACTS_VIA anti-inflammatory effect": kg.Hedged}, []string{"secretome ACTS_VIA angiogenesis inhibition"}},
		{"a heading names therapies for conditions", "Klinik Sehat\nPRP and Exosome Therapy for Plantar Fasciitis\nPlantar fasciitis is a common cause of heel pain. We offer PRP injections.",
			map[string]kg.Certainty{"platelet-rich plasma TREATS plantar fasciitis": kg.Asserted, "exosome TREATS plantar fasciitis": kg.Asserted}, nil},
		{"a heading whose therapy a later name specifies claims nothing", "Klinik Sehat\nTerapi Regeneratif untuk Asma Kronis dengan Secretome\nKami menjawab pertanyaan Anda.",
			nil, []string{"regenerative therapy TREATS asthma"}},
		{"a heading's therapy is not what it spares", "Klinik Sehat\nTerapi Regeneratif untuk Penyakit Peyronie Tanpa Operasi\nKami menjawab pertanyaan Anda.",
			map[string]kg.Certainty{"regenerative therapy TREATS Peyronie disease": kg.Asserted}, nil},
		{"a verb of its own after the lowering word raises", "In bleomycin-treated mice, adipose-derived mesenchymal stem cells reduced dermal fibrosis and promoted angiogenesis.",
			map[string]kg.Certainty{"mesenchymal stem cell ACTS_VIA angiogenesis": kg.Asserted}, []string{"mesenchymal stem cell ACTS_VIA angiogenesis inhibition"}},
		{"responds only partly to", "Hand involvement in systemic sclerosis responds only partly to vasodilators.",
			map[string]kg.Certainty{"vasodilator TREATS systemic sclerosis": kg.Asserted}, nil},
		{"who suits the therapies a question names", "Stem Cell and PRP Therapy for Dogs\nWe offer stem cells and PRP.\nWho is a good candidate for stem cell or PRP therapy?\n• Dogs with osteoarthritis\n• Tendon and muscle injuries in working dogs",
			map[string]kg.Certainty{"stem cell TREATS osteoarthritis": kg.Asserted, "platelet-rich plasma TREATS osteoarthritis": kg.Asserted,
				"stem cell TREATS tendon injury": kg.Asserted, "stem cell TREATS muscle injury": kg.Asserted, "platelet-rich plasma TREATS muscle injury": kg.Asserted}, nil},
		{"an item's examples are not its conditions", "Stem cells help the lungs.\nWho is a good candidate for stem cell therapy?\n• COPD, including emphysema and chronic bronchitis",
			map[string]kg.Certainty{"stem cell TREATS chronic obstructive pulmonary disease": kg.Asserted}, []string{"stem cell TREATS emphysema"}},
		{"cells referred to as a source are no new topic", "Apa itu Secretome Hair Therapy?\nSekretom adalah cairan yang dilepaskan oleh sel punca mesenkimal (MSC). Produk sekretom yang kami gunakan bebas sel.\n\"Secretome tidak menyuntikkan sel punca ke kulit kepala. Yang bekerja adalah sinyal-sinyal dari sel tersebut,\" jelas dr. Hendra.\nManfaat yang bisa Anda rasakan:\n- Meredakan peradangan ringan pada kulit kepala",
			map[string]kg.Certainty{"secretome ACTS_VIA anti-inflammatory effect": kg.Asserted}, []string{"stem cell ACTS_VIA anti-inflammatory effect", "mesenchymal stem cell ACTS_VIA anti-inflammatory effect"}},
		{"a camel-case name is no acronym", "Patients with knee osteoarthritis received UC-MSCs. The primary outcome was change in the Western Ontario and McMaster Universities Osteoarthritis Index (WOMAC) total score at 12 months.",
			map[string]kg.Certainty{"knee osteoarthritis MEASURED_BY WOMAC score": kg.Asserted}, []string{"knee osteoarthritis MEASURED_BY Western Ontario index"}},
		{"of a subject on both sides, the one before the object", "Exosomes are tiny vesicles. These vesicles cannot form tumours, and they are small.",
			map[string]kg.Certainty{"NOT exosome HAS_RISK tumour formation": kg.Asserted}, []string{"exosome HAS_RISK tumour formation"}},
		{"a broader condition with a cause after it is no kind", "PRP injections are offered for knee osteoarthritis. Knee osteoarthritis affects millions of older adults. Methotrexate is used for arthritis caused by an overactive immune system.",
			map[string]kg.Certainty{"methotrexate TREATS arthritis": kg.Asserted}, []string{"methotrexate TREATS knee osteoarthritis"}},
		{"a broader condition after a verb of harm is no kind", "Sekretom diteliti untuk ulkus kaki diabetik. Ulkus kaki diabetik sering berujung amputasi. Pengambilan jaringan lemak untuk terapi ini berisiko menimbulkan luka dan memar.",
			map[string]kg.Certainty{"secretome HAS_RISK bruising": kg.Asserted}, []string{"secretome HAS_RISK diabetic foot ulcer"}},
		{"a broader condition named with another kind's word is no kind", "Most acute low back pain gets better within six weeks, and NSAIDs are used for acute low back pain. Chronic low back pain lasts longer than three months. For chronic low back pain, some clinics now offer stem cell injections into the disc.",
			map[string]kg.Certainty{"non-steroidal anti-inflammatory drug TREATS low back pain": kg.Asserted}, []string{"non-steroidal anti-inflammatory drug TREATS chronic low back pain"}},
		{"a joined word with a name of its own keeps it", "Sekretom sel punca diteliti untuk pasien dengan nefropati diabetik dan hipertensi. In neonatal rats, MSCs reduced brain injury and death after hypoxia. In rare cases, bone marrow aspiration can cause bone fracture and infection.",
			map[string]kg.Certainty{"secretome TREATS hypertension": kg.Asserted, "bone marrow aspirate concentrate HAS_RISK infection": kg.Hedged},
			[]string{"secretome TREATS hypertensive nephropathy", "mesenchymal stem cell TREATS brain death"}},
		{"a condition before another that is no acronym names one", "MSC therapy improved walking in patients with HIV neuropathy. Exosomes improved healing in patients with cancer radiation ulcers.",
			map[string]kg.Certainty{"exosome TREATS radiation ulcer": kg.Asserted}, []string{"mesenchymal stem cell TREATS HIV infection", "exosome TREATS cancer"}},
		{"a contrast without a relative clause keeps the main clause's objects", "Unlike steroid injections, for knee osteoarthritis PRP gives relief that lasts a year.",
			map[string]kg.Certainty{"platelet-rich plasma TREATS knee osteoarthritis": kg.Asserted}, []string{"corticosteroid TREATS knee osteoarthritis"}},
		{"a lowering word reaches a hyphened modifier only right before it", "Exosomes reduced apoptosis via VEGF-mediated angiogenesis.",
			map[string]kg.Certainty{"exosome ACTS_VIA angiogenesis": kg.Asserted, "exosome ACTS_VIA anti-apoptotic effect": kg.Asserted}, []string{"exosome ACTS_VIA angiogenesis inhibition"}},
		{"words between a lowering word and its objects that raise nothing", "Exosome treatment reduced, in a dose-dependent manner, inflammation and apoptosis. Treatment with secretome reduced, by day 7, inflammation and oxidative stress.",
			map[string]kg.Certainty{"exosome ACTS_VIA anti-inflammatory effect": kg.Asserted, "secretome ACTS_VIA antioxidant effect": kg.Asserted}, []string{"exosome ACTS_VIA inflammation", "secretome ACTS_VIA oxidative stress"}},
		{"a heading that does not open with the therapy claims nothing", "Health News\nWhy Doctors Don't Recommend PRP for Knee Osteoarthritis\nMany clinics still sell it.\nMitos atau Fakta: Sel Punca untuk Autisme\nBanyak orang tua mencari pengobatan baru.",
			nil, []string{"platelet-rich plasma TREATS knee osteoarthritis", "stem cell TREATS autism spectrum disorder"}},
		{"a therapy a question sets against the page's treats nothing of its list", "PRP for knees\nWho is a good candidate for PRP instead of knee replacement surgery?\n- Meniscus tears and ligament sprains",
			map[string]kg.Certainty{"platelet-rich plasma TREATS meniscus tear": kg.Asserted}, []string{"knee replacement TREATS meniscus tear"}},
		{"after its patients, two conditions leave the item open", "Terapi Sekretom untuk Sendi\nSekretom disuntikkan ke dalam sendi untuk mengurangi peradangan.\nSiapa yang cocok?\n- Pasien osteoartritis lutut dan obesitas\n- Penderita nyeri sendi",
			map[string]kg.Certainty{"secretome TREATS joint pain": kg.Asserted}, []string{"secretome TREATS obesity"}},
		{"benefiting from cells names no source", "Stem Cells or PRP for Knee Osteoarthritis?\nStem cell therapy uses mesenchymal stem cells taken from the patient's own fat tissue.\nPRP, by contrast, is made from a small sample of the patient's blood.\nPatients with severe knee osteoarthritis may benefit more from these cells, however.\nThey are injected into the knee joint and can lower inflammation for up to a year.",
			map[string]kg.Certainty{"stem cell ADMINISTERED_VIA intra-articular": kg.Asserted}, []string{"platelet-rich plasma ADMINISTERED_VIA intra-articular"}},
		{"a subject before the harm in another clause is not its own", "PRP does not contain cells, and injection-site pain after PRP is common.",
			map[string]kg.Certainty{"platelet-rich plasma HAS_RISK pain": kg.Asserted}, []string{"NOT platelet-rich plasma HAS_RISK pain"}},
		{"a policy of not using one therapy keeps the claims around it", "We do not use cortisone injections, which can weaken the tendon and cause tendon rupture. We do not use exosomes from animal sources, and our exosomes are not associated with infection or rejection.",
			map[string]kg.Certainty{"corticosteroid HAS_RISK tendon rupture": kg.Hedged, "NOT exosome HAS_RISK infection": kg.Asserted}, nil},
		{"only the broader condition's own head word stands for the kind", "Exosome Therapy for Acne Scars\nAcne scars affect many adults long after breakouts have cleared.\nAt our clinic, exosome facials are used to treat acne scars and uneven texture.\nExosomes can also soften surgical scars and burn scars.\nSekretom untuk Luka Kaki Diabetik\nLuka kaki diabetik sering sulit sembuh.\nSekretom sel punca dioleskan pada ulkus kaki diabetik dua kali seminggu.\nMenurut dr. Rina, sekretom juga dipakai untuk mempercepat penyembuhan luka operasi pada pasien caesar.",
			map[string]kg.Certainty{"exosome TREATS scar": kg.Hedged, "secretome TREATS wound": kg.Asserted}, nil},
		{"the relative clause after the set-aside therapy's phrase", "PRP for Tennis Elbow\nUnlike steroid injections, which can weaken the tendon over time, PRP helps the tendon heal.",
			map[string]kg.Certainty{"corticosteroid HAS_RISK tendon weakening": kg.Hedged}, []string{"platelet-rich plasma HAS_RISK tendon weakening"}},
		{"an -induced modifier raises nothing", "MSC exosomes reduced the LPS-stimulated inflammation in macrophages. MSC exosomes markedly decreased the hypoxia-induced apoptosis of cardiomyocytes.",
			map[string]kg.Certainty{"exosome ACTS_VIA anti-inflammatory effect": kg.Asserted, "exosome ACTS_VIA anti-apoptotic effect": kg.Asserted}, []string{"exosome ACTS_VIA inflammation", "exosome ACTS_VIA apoptosis"}},
		{"a heading of failure claims nothing", "Health News\nRegenerative Medicine Roundup\nSeveral trials of regenerative therapies reported results this month.\nStem Cell Therapy for ALS Fails in Phase 3 Trial\nThe maker said the product missed its main goal in 196 patients.\nTerapi Sel Punca untuk Stroke Gagal Tunjukkan Manfaat\nUji klinis di Jepang tidak menemukan perbedaan.",
			nil, []string{"stem cell TREATS amyotrophic lateral sclerosis", "stem cell TREATS stroke"}},
		{"in a study of laboratory animals a wound is the model's", "Sekretom untuk luka diabetik pada tikus. Luka diabetik dibuat pada punggung tikus Wistar. Tikus dibagi menjadi tiga kelompok. Perkembangan luka dinilai dari kadar VEGF.",
			map[string]kg.Certainty{"wound MEASURED_BY growth factor": kg.Asserted}, []string{"diabetic foot ulcer MEASURED_BY growth factor"}},
		{"keduanya refers to the last two therapies the text was about", "Exosome Therapy + Microneedling untuk Bopeng\nMicroneedling membuat saluran mikro di kulit sehingga exosome yang dioleskan dapat menyerap lebih dalam. Kombinasi keduanya membantu:\n• Mempercepat penyembuhan luka mikro setelah tindakan\n",
			map[string]kg.Certainty{"exosome ACTS_VIA wound healing": kg.Asserted, "microneedling ACTS_VIA wound healing": kg.Asserted}, nil},
		{"both refers to two therapies named apart", "PRP is made from your own blood. Bone marrow aspirate concentrate is taken from your hip. Both injections are placed into the hip joint.",
			map[string]kg.Certainty{"platelet-rich plasma ADMINISTERED_VIA intra-articular": kg.Asserted, "bone marrow aspirate concentrate ADMINISTERED_VIA intra-articular": kg.Asserted}, nil},
		{"keduanya after two things counted is theirs", "Klinik itu menyuntikkan sel punca mesenkimal ke mata pasien. Sekretom juga dijual di sana. Menyuntik kedua mata sekaligus berisiko karena infeksi bisa terjadi pada keduanya.",
			nil, []string{"mesenchymal stem cell HAS_RISK infection"}},
		{"a scale's lexicon name opening with lower-case words", "Patients with knee osteoarthritis received PRP. Function was assessed with the Knee injury and Osteoarthritis Outcome Score.",
			map[string]kg.Certainty{"knee osteoarthritis MEASURED_BY KOOS": kg.Asserted}, nil},
		{"a harm right after a scale is what it measured", "Patients with knee osteoarthritis received PRP injections. VAS pain did not differ significantly between groups.",
			nil, []string{"platelet-rich plasma HAS_RISK pain"}},
		{"each word of a series shares the head after it", "Cisplatin is widely prescribed for testicular, ovarian, gastric and lung cancer.",
			map[string]kg.Certainty{"cisplatin TREATS testicular cancer": kg.Asserted, "cisplatin TREATS ovarian cancer": kg.Asserted, "cisplatin TREATS gastric cancer": kg.Asserted}, nil},
		{"a cased eponym needs its capital", "Hematopoietic transplant often outperforms the best disease-modifying drugs such as natalizumab in multiple sclerosis.",
			nil, []string{"natalizumab TREATS Best disease"}},
		{"the kind of drug a therapy is said to be yields to it", "Riluzole and edaravone remain the only widely approved disease-modifying drugs for ALS, and both slow progression only modestly.",
			map[string]kg.Certainty{"riluzole TREATS amyotrophic lateral sclerosis": kg.Asserted, "edaravone TREATS amyotrophic lateral sclerosis": kg.Asserted},
			[]string{"disease-modifying therapy TREATS amyotrophic lateral sclerosis"}},
		{"the clause after a colon spells out the subjects of the care named before it", "Pengobatan osteoartritis lutut: obat antinyeri, fisioterapi, dan artroplasti.",
			map[string]kg.Certainty{"analgesic TREATS knee osteoarthritis": kg.Asserted, "physiotherapy TREATS knee osteoarthritis": kg.Asserted, "joint replacement TREATS knee osteoarthritis": kg.Asserted}, nil},
		{"surgical repair and a functional brace", "In people, Achilles tendon injuries are usually treated with surgical repair or a functional brace.",
			map[string]kg.Certainty{"surgical repair TREATS Achilles tendon injury": kg.Asserted, "orthosis TREATS Achilles tendon injury": kg.Asserted}, nil},
		{"a sentence naming only harms answers a question of side effects", "Exosome Hair Restoration\nExosomes are tiny vesicles that help hair grow.\nFAQ\nAre there side effects?\nSide effects are mild: redness. Infection is rare with sterile technique.\n",
			map[string]kg.Certainty{"exosome HAS_RISK infection": kg.Hedged}, nil},
		{"a heading's effects joined with its conditions are how its therapies work", "Terapi PRP dan Exosome untuk Peremajaan Area Intim & Inkontinensia Urin\nKami menyediakan terapi ini.\n",
			map[string]kg.Certainty{"exosome ACTS_VIA intimate rejuvenation": kg.Asserted, "exosome TREATS urinary incontinence": kg.Asserted, "platelet-rich plasma TREATS urinary incontinence": kg.Asserted}, nil},
		{"a teaser block of bulleted headlines ends at a paragraph of the article", "Stem Cell Therapy for CKD\nWe offer stem cell infusions for chronic kidney disease.\nRelated stories\n- Can stem cells help with diabetes?\n- What to expect on your first day\nBut the treatment also carries a warning. In the first two weeks after the infusion, seven of the sixteen patients developed a fever that lasted a day.\n",
			map[string]kg.Certainty{"stem cell HAS_RISK fever": kg.Asserted}, nil},
		{"a harmful process no word lowers is no way a therapy works", "Once in circulation, these stem cells home in on areas of inflammation and release growth factors.",
			nil, []string{"stem cell ACTS_VIA inflammation"}},
		{"a generic procedure word says when, not what harms", "Patches of heart muscle were stitched onto pig hearts. In the first two weeks after surgery, seven of the 16 treated pigs developed arrhythmias.",
			nil, []string{"surgery HAS_RISK arrhythmia"}},
		{"a generic procedure word still treats", "Pterygium is usually treated with surgery.",
			map[string]kg.Certainty{"surgery TREATS pterygium": kg.Asserted}, nil},
		{"keduanya after two conditions joined before it is theirs", "Sel punca mesenkimal disuntikkan ke lutut pasien. PRP diberikan dua minggu kemudian. Pasien juga menderita diabetes dan hipertensi, dan keduanya meningkatkan risiko infeksi.",
			nil, []string{"mesenchymal stem cell HAS_RISK infection", "platelet-rich plasma HAS_RISK infection"}},
		{"an ordinal kedua counts nothing", "Microneedling membuat saluran mikro di kulit. Exosome dioleskan setelahnya. Mulai minggu kedua, keduanya membantu mempercepat penyembuhan luka.",
			map[string]kg.Certainty{"microneedling ACTS_VIA wound healing": kg.Asserted, "exosome ACTS_VIA wound healing": kg.Asserted}, nil},
		{"a co-therapy after a passive or a combining verb keeps its claims", "Corticosteroids are usually combined with immunosuppressive drugs for lupus nephritis.",
			map[string]kg.Certainty{"corticosteroid TREATS lupus nephritis": kg.Asserted, "immunosuppressant TREATS lupus nephritis": kg.Asserted}, nil},
		{"drugs that cause a condition, listed after a colon, treat nothing", "Medications that can cause hair loss: warfarin, methotrexate and isotretinoin.",
			nil, []string{"warfarin TREATS alopecia", "methotrexate TREATS alopecia", "isotretinoin TREATS alopecia"}},
		{"a condition left untreated in a side-effect answer names no harm", "PRP for Tennis Elbow\nPRP is injected into the tendon under ultrasound guidance.\nAre there any risks?\nPRP is very safe. Left untreated, pain and swelling often get worse over time.\n",
			nil, []string{"platelet-rich plasma HAS_RISK pain", "platelet-rich plasma HAS_RISK swelling"}},
		{"a harmful process in a heading is no way the therapy works", "Terapi Exosome untuk Jerawat dan Peradangan Kulit\nKami menyediakan terapi ini.\n",
			map[string]kg.Certainty{"exosome TREATS acne": kg.Asserted}, []string{"exosome ACTS_VIA inflammation"}},
		{"slow movements in exercise are no bradykinesia", "Tai chi uses slow movements to improve balance and reduce knee pain in older adults.",
			nil, []string{"tai chi TREATS bradykinesia"}},
		{"a harm named as a condition's cause is no risk", "Cedera ginjal akut (acute kidney injury/AKI) sering terjadi. Tatalaksana AKI akibat sepsis saat ini terbatas pada antibiotik, resusitasi cairan dan terapi pengganti ginjal yang bersifat suportif. Treatment of acute kidney injury caused by sepsis relies on antibiotics and dialysis.",
			nil, []string{"antibiotic HAS_RISK sepsis", "dialysis HAS_RISK sepsis", "fluid therapy HAS_RISK sepsis"}},
		{"a harm causing a condition the therapy brought on stays a harm", "Pasien mengalami gagal ginjal akibat infeksi setelah disuntik sel punca di klinik ilegal. After the stem cell infusion, two patients developed heart failure secondary to arrhythmia.",
			map[string]kg.Certainty{"stem cell HAS_RISK infection": kg.Asserted, "stem cell HAS_RISK arrhythmia": kg.Asserted}, nil},
		{"what a word of care is limited to is standard care", "Cedera ginjal akut (acute kidney injury/AKI) sering terjadi. Tatalaksana AKI akibat sepsis saat ini terbatas pada antibiotik dan dialisis. Current treatment of acute kidney injury relies on intravenous fluid therapy.",
			map[string]kg.Certainty{"antibiotic TREATS acute kidney injury": kg.Asserted, "fluid therapy TREATS acute kidney injury": kg.Asserted}, nil},
		{"limits of harms or of the benefits named are no standard care", "Forty patients with knee osteoarthritis received PRP injections. Adverse events were limited to injection-site pain, managed with paracetamol. The benefits of exosomes are not limited to acne scars: clinics also combine them with microneedling for melasma.",
			nil, []string{"paracetamol TREATS knee osteoarthritis", "microneedling TREATS acne scar", "NOT microneedling TREATS acne scar"}},
		{"options limited to standard care are no topic", "SURABAYA - RS Anak mengumumkan terapi CAR-T pertama untuk anak dengan leukemia limfoblastik akut yang kambuh.\nSelama ini, pilihan bagi anak dengan leukemia limfoblastik akut kambuhan terbatas pada kemoterapi dosis tinggi.\nMeski begitu, terapi ini bukan tanpa risiko. Efek samping yang paling khas adalah sindrom pelepasan sitokin.",
			map[string]kg.Certainty{"CAR-T cell therapy HAS_RISK cytokine release syndrome": kg.Asserted}, []string{"chemotherapy HAS_RISK cytokine release syndrome"}},
		{"the last of a list of harms a word of causing leads is one too", "Terapi CAR-T bisa memicu demam tinggi dan penurunan tekanan darah. Pemberian sekretom menghasilkan penurunan tekanan darah yang bermakna pada tikus hipertensi.",
			map[string]kg.Certainty{"CAR-T cell therapy HAS_RISK hypotension": kg.Hedged, "secretome ACTS_VIA blood pressure lowering": kg.Asserted}, []string{"CAR-T cell therapy ACTS_VIA blood pressure lowering", "secretome HAS_RISK hypotension"}},
		{"a heading joining two products opens a list about both", "Apa itu Salmon DNA / PDRN?\nPDRN adalah fragmen DNA dari sel ikan salmon.\nManfaat kombinasi Salmon DNA + Exosome\n- Mengecilkan tampilan pori-pori besar\n- Menyamarkan bekas jerawat\nManfaat infus eksosom dan sekretome\n- Membantu mengatasi resistensi insulin",
			map[string]kg.Certainty{"exosome TREATS enlarged pores": kg.Asserted, "polynucleotide TREATS acne scar": kg.Asserted, "secretome TREATS insulin resistance": kg.Asserted}, nil},
		{"side by side or a menu is no joining", "Exosome Microneedling untuk Bekas Jerawat\n- Mengecilkan tampilan pori-pori besar\nLayanan Exosome, PRP dan Botox di Klinik Kami\n- Mengatasi rambut rontok",
			nil, []string{"microneedling TREATS enlarged pores", "platelet-rich plasma TREATS alopecia", "botulinum toxin TREATS alopecia"}},
		{"cells a product is secreted by do not act", "Eksosom yang disekresikan sel punca mesenkimal sumsum tulang (BMSC-Exo) memiliki efek imunomodulasi.",
			map[string]kg.Certainty{"exosome ACTS_VIA immunomodulation": kg.Asserted, "exosome DERIVED_FROM mesenchymal stem cell": kg.Asserted}, []string{"mesenchymal stem cell ACTS_VIA immunomodulation"}},
		{"what cells secrete after they were injected is how they work", "Setelah disuntikkan ke lutut, faktor pertumbuhan yang disekresikan sel punca mesenkimal membantu regenerasi tulang rawan.",
			map[string]kg.Certainty{"mesenchymal stem cell ACTS_VIA tissue regeneration": kg.Asserted}, nil},
		{"the acronym after a source is the source too", "Eksosom dari sel punca mesenkhimal asal jaringan adiposa (AD-MSC) mengandung mikroRNA yang mempercepat penyembuhan luka.",
			map[string]kg.Certainty{"exosome ACTS_VIA wound healing": kg.Asserted}, []string{"mesenchymal stem cell ACTS_VIA wound healing"}},
		{"an acronym after another listed therapy is no source", "Tikus diabetes menerima eksosom dari MSC atau sel utuh (MSC) yang mempercepat penyembuhan luka.",
			map[string]kg.Certainty{"mesenchymal stem cell ACTS_VIA wound healing": kg.Asserted}, nil},
		{"what a product contains works as the product", "Sekretom sel punca mesenkimal (MSC) mengandung faktor pertumbuhan, sitokin antiinflamasi dan vesikel ekstraseluler yang bekerja secara parakrin.",
			map[string]kg.Certainty{"secretome CONTAINS extracellular vesicle": kg.Asserted, "secretome ACTS_VIA paracrine signalling": kg.Asserted}, []string{"extracellular vesicle ACTS_VIA paracrine signalling"}},
		{"a blockage of a patient's arteries is no embolism", "Terapi sel punca dapat menjadi pilihan bagi pasien diabetes dengan penyumbatan pembuluh darah di kaki yang terancam amputasi.",
			nil, []string{"stem cell HAS_RISK embolism"}},
		{"how a heading's therapies are given may stand before its link", "Stem Cell and PRP Joint Injections for Hip Arthritis and Back Pain\nTired of living with hip pain? We can help.",
			map[string]kg.Certainty{"stem cell TREATS hip osteoarthritis": kg.Asserted, "platelet-rich plasma TREATS back pain": kg.Asserted}, []string{"stem cell TREATS low back pain"}},
		{"a heading asking what the evidence says claims nothing", "PRP Injections for Knee Pain: What the Evidence Actually Says\nMany patients ask about PRP.",
			nil, []string{"platelet-rich plasma TREATS knee pain"}},
		{"an item of a benefit list saying a condition eased", "Manfaat terapi sel punca plasenta:\n- Nyeri sendi berkurang, naik tangga jadi lebih nyaman\n- Kerutan halus dan flek memudar\n- Stamina meningkat",
			map[string]kg.Certainty{"mesenchymal stem cell TREATS joint pain": kg.Asserted, "mesenchymal stem cell TREATS skin ageing": kg.Asserted, "mesenchymal stem cell TREATS hyperpigmentation": kg.Asserted}, nil},
		{"an item of a benefit list opening with less of a condition", "Benefits of exosome therapy:\n• Fewer acne breakouts and hair loss\n• Lower blood pressure readings\n• Less fatigue",
			map[string]kg.Certainty{"exosome TREATS acne": kg.Asserted, "exosome TREATS alopecia": kg.Asserted}, []string{"exosome TREATS hypertension"}},
		{"a counting negation reaches past whom it counts to what they developed", "Exosomes were given to mice. None of the young treated mice developed tumours.",
			map[string]kg.Certainty{"NOT exosome HAS_RISK tumour formation": kg.Asserted}, []string{"exosome HAS_RISK tumour formation"}},
		{"the animals a therapy treated are whom a negation counts", "None of the exosome-treated rats developed tumours.",
			map[string]kg.Certainty{"NOT exosome HAS_RISK tumour formation": kg.Asserted}, []string{"exosome HAS_RISK tumour formation"}},
		{"a word of hope in a hospital's name hedges nothing", "Rumah Sakit Harapan Merapi Yogyakarta mulai menguji terapi sel punca mesenkimal asal tali pusat (UC-MSC) pada anak-anak yang mengalami gangguan pendengaran sensorineural berat.",
			map[string]kg.Certainty{"umbilical cord mesenchymal stem cell TREATS hearing loss": kg.Asserted}, nil},
		{"an illness caught before a condition is how it came, no risk", "Rumah sakit itu menguji terapi sel punca pada anak yang tuli setelah terserang meningitis.",
			map[string]kg.Certainty{"stem cell TREATS hearing loss": kg.Asserted}, []string{"stem cell HAS_RISK meningitis"}},
		{"the drugs a group reference stands for are the examples, not their kind", "Painkillers such as ibuprofen and naproxen are the first-line treatment for knee osteoarthritis. Long-term use of these drugs can cause stomach bleeding.",
			map[string]kg.Certainty{"ibuprofen HAS_RISK bleeding": kg.Hedged, "naproxen HAS_RISK bleeding": kg.Hedged}, []string{"analgesic HAS_RISK bleeding"}},
		{"a therapy not given to patients names a contraindication", "Kami tidak melakukan PRP maupun microneedling pada ibu hamil dan menyusui, serta pasien dengan gangguan pembekuan darah. We do not perform PRP on patients with bleeding disorders.",
			nil, []string{"platelet-rich plasma TREATS coagulation disorder", "microneedling TREATS coagulation disorder", "NOT platelet-rich plasma TREATS coagulation disorder"}},
		{"a therapy given to patients still treats them", "We perform PRP on patients with knee osteoarthritis.",
			map[string]kg.Certainty{"platelet-rich plasma TREATS knee osteoarthritis": kg.Asserted}, nil},
		{"a level of a scale is no scale", "Derajat kelumpuhan pada Bell's palsy biasanya dinilai dengan skala House-Brackmann, dari derajat I (normal) sampai VI (lumpuh total).",
			nil, []string{"paralysis MEASURED_BY I grade", "Bell palsy MEASURED_BY I grade"}},
		{"a measure of a symptom in a condition measures the condition", "Derajat kelumpuhan pada Bell's palsy dinilai dengan skala House-Brackmann.",
			map[string]kg.Certainty{"Bell palsy MEASURED_BY House-Brackmann grade": kg.Asserted}, []string{"paralysis MEASURED_BY House-Brackmann grade"}},
		{"a harm said to be measured is an outcome, no risk", "Extracellular vesicles were injected into rat knees. Pain was judged by how much weight the rats put on the affected leg. Swelling was measured with calipers.",
			nil, []string{"extracellular vesicle HAS_RISK pain", "extracellular vesicle HAS_RISK swelling"}},
		{"a harm said to ease is the condition treated; caused, it stays a harm", "Benefits of exosome infusions:\n- More energy and less fatigue\n\nExosomes may cause fatigue and headache.",
			map[string]kg.Certainty{"exosome TREATS chronic fatigue": kg.Asserted, "exosome HAS_RISK fatigue": kg.Hedged}, []string{"exosome HAS_RISK chronic fatigue"}},
		{"a condition joined to the harms a verb of harm opens is one of them", "Ibuprofen can cause vomiting, stomach ulcers and liver damage.",
			map[string]kg.Certainty{"ibuprofen HAS_RISK peptic ulcer": kg.Hedged, "ibuprofen HAS_RISK vomiting": kg.Hedged}, nil},
		{"a verb of harm joined to the first verb has the sentence's subject", "Calcineurin inhibitors induce remission in half of children with nephrotic syndrome and cause nephrotoxicity and hypertension.",
			map[string]kg.Certainty{"calcineurin inhibitor HAS_RISK hypertension": kg.Asserted, "calcineurin inhibitor TREATS nephrotic syndrome": kg.Asserted}, nil},
		{"an item of a benefit list opening with a condition names what the therapy treats", "Benefits of exosome therapy:\n• Smoother, younger-looking skin\n• Fewer colds and bouts of flu",
			map[string]kg.Certainty{"exosome TREATS skin ageing": kg.Asserted, "exosome TREATS common cold": kg.Asserted, "exosome TREATS influenza": kg.Asserted}, nil},
		{"one of the components of a product is what it contains", "Eksosom merupakan salah satu komponen dalam sekretom. Exosomes are one of the components of the secretome.",
			map[string]kg.Certainty{"secretome CONTAINS exosome": kg.Asserted}, []string{"exosome CONTAINS secretome"}},
		{"this product on a page selling one is that one, not the sunscreen named lines before", "Toner Sekretom\nToner sekretom kami menyegarkan kulit wajah. Sekretom berasal dari sel punca mesenkimal.\nGunakan pagi dan malam, lalu tutup dengan sunscreen.\n\nInformasi BPOM\nProduk ini adalah kosmetik, bukan obat, dan tidak ditujukan untuk mengobati jerawat.",
			map[string]kg.Certainty{"NOT secretome TREATS acne": kg.Asserted}, []string{"NOT sunscreen TREATS acne"}},
		{"this product right after a drug is named is that drug", "PRP Hair Therapy\nOur clinic offers PRP for hair loss.\nFor comparison, minoxidil is sold over the counter. This product can cause scalp irritation.",
			map[string]kg.Certainty{"minoxidil HAS_RISK skin irritation": kg.Hedged}, []string{"platelet-rich plasma HAS_RISK skin irritation"}},
		{"a counting negation that counts an amount or opens another clause denies nothing", "PRP was injected into 40 knees. No more than two patients developed infection. Sel punca mesenkimal disuntikkan ke lutut. Tidak ada perbaikan dan dua pasien mengalami infeksi.",
			map[string]kg.Certainty{"platelet-rich plasma HAS_RISK infection": kg.Asserted, "mesenchymal stem cell HAS_RISK infection": kg.Asserted}, []string{"NOT platelet-rich plasma HAS_RISK infection", "NOT mesenchymal stem cell HAS_RISK infection"}},
		{"a harm watched for is no condition treated", "Patients received an infusion of mesenchymal stem cells. They were monitored for fatigue and fever for two days.",
			map[string]kg.Certainty{"mesenchymal stem cell HAS_RISK fever": kg.Asserted}, []string{"mesenchymal stem cell TREATS chronic fatigue"}},
		{"a harm a verb of harm brought stays a harm though measured", "The stem cell infusion caused fever measured at 39 degrees in two patients.",
			map[string]kg.Certainty{"stem cell HAS_RISK fever": kg.Asserted}, nil},
		{"a therapy set apart by a comma is not the subject of a later verb of harm", "Despite stem cell therapy, the diabetes progressed and caused kidney failure.",
			nil, []string{"stem cell HAS_RISK kidney failure"}},
		{"a condition naming whom a new clause is about is no harm joined to harms", "Steroids can cause mood changes, and diabetes patients should monitor glucose. Ibuprofen can cause vomiting, stomach ulcers and kidney failure.",
			map[string]kg.Certainty{"corticosteroid HAS_RISK mood change": kg.Hedged, "ibuprofen HAS_RISK kidney failure": kg.Hedged}, []string{"corticosteroid HAS_RISK diabetes"}},
		{"a contraindication needs the verb right after the negation", "We do not inject PRP into patients with bleeding disorders. We do not use steroids and inject PRP in patients with knee osteoarthritis.",
			map[string]kg.Certainty{"platelet-rich plasma TREATS knee osteoarthritis": kg.Asserted}, []string{"platelet-rich plasma TREATS coagulation disorder"}},
		{"a drug followed by a condition as example stays the group", "Doctors prescribe methotrexate for conditions like rheumatoid arthritis. These drugs can cause liver damage.",
			map[string]kg.Certainty{"methotrexate HAS_RISK hepatotoxicity": kg.Hedged}, nil},
		{"a benefit item that tells of a worsening or denies names nothing treated", "Benefits of exosome therapy:\n- Acne can temporarily worsen before skin improves\n- Less hair loss is not guaranteed for everyone",
			nil, []string{"exosome TREATS acne", "exosome TREATS alopecia"}},
		{"an illness a therapy brought is a harm though caught before a condition", "Dua pasien lumpuh setelah menderita sepsis akibat infus sel punca di klinik ilegal.",
			map[string]kg.Certainty{"stem cell HAS_RISK sepsis": kg.Asserted}, nil},
		{"a hedge opening an organisation's name still hedges", "Perhaps Northvale Hospital will use stem cells to treat stroke patients next year.",
			map[string]kg.Certainty{"stem cell TREATS stroke": kg.Hedged}, nil},
		{"a range of levels is no scale", "Pasien osteoartritis lutut derajat II-III diobati dengan PRP dan dinilai dengan skor WOMAC.",
			map[string]kg.Certainty{"knee osteoarthritis MEASURED_BY WOMAC score": kg.Asserted}, []string{"knee osteoarthritis MEASURED_BY II-III grade"}},
		{"a body line opening with 'lihat pula' is no teaser", "PRP untuk lutut.\nLihat pula hasil uji klinisnya, PRP terbukti mengurangi nyeri pada osteoartritis lutut dalam enam bulan.",
			map[string]kg.Certainty{"platelet-rich plasma TREATS knee osteoarthritis": kg.Asserted}, nil},
		{"a condition not eased, or a harm eased in a side-effect list, is not treated", "Efek samping terapi sel punca:\n- Nyeri di bekas suntikan yang biasanya berkurang dalam 2 hari\n\nManfaat terapi sel punca plasenta:\n- Nyeri sendi tidak berkurang pada semua pasien",
			map[string]kg.Certainty{"stem cell HAS_RISK pain": kg.Asserted}, []string{"stem cell TREATS pain", "mesenchymal stem cell TREATS joint pain", "stem cell TREATS joint pain"}},
		{"unapproved cell products are cell therapy, not the drug named before", "Doctors say risdiplam, taken by mouth, remains the approved option. Spinal injections of unapproved cell products can lead to meningitis, experts warned.",
			map[string]kg.Certainty{"cell therapy HAS_RISK meningitis": kg.Hedged}, []string{"risdiplam HAS_RISK meningitis"}},
		{"a condition named as the setting or cause of another is not what is treated", "Allogeneic adipose-derived stem cells for complex perianal fistulas in Crohn's disease: a randomised trial. Untuk nyeri punggung bawah akibat degenerasi diskus, sekretom dapat membantu mengurangi nyeri.",
			map[string]kg.Certainty{"mesenchymal stem cell TREATS perianal fistula": kg.Asserted, "secretome TREATS low back pain": kg.Hedged}, []string{"mesenchymal stem cell TREATS Crohn disease", "secretome TREATS intervertebral disc degeneration"}},
		{"conditions joined are each treated", "Infliximab is used for Crohn's disease and for perianal fistulas.",
			map[string]kg.Certainty{"infliximab TREATS Crohn disease": kg.Asserted, "infliximab TREATS perianal fistula": kg.Asserted}, nil},
		{"a harm that got better or ended is relief, no risk", "Terapi sel punca diberikan lewat infus. Salah satu pasien mengaku kakinya tidak lagi bengkak setelah terapi sel punca. Dengan PRP, nyeri dan bengkak pasca operasi cenderung lebih ringan.",
			map[string]kg.Certainty{"stem cell ADMINISTERED_VIA intravenous": kg.Asserted}, []string{"NOT stem cell HAS_RISK swelling", "stem cell HAS_RISK swelling", "platelet-rich plasma HAS_RISK pain", "platelet-rich plasma HAS_RISK swelling"}},
		{"a harm that went away was still a harm", "PRP dapat menyebabkan bengkak di lutut yang biasanya hilang dalam 48 jam. Suntik PRP di wajah bisa menimbulkan memar yang biasanya memudar dalam seminggu.",
			map[string]kg.Certainty{"platelet-rich plasma HAS_RISK swelling": kg.Hedged, "platelet-rich plasma HAS_RISK bruising": kg.Hedged}, nil},
		{"a clause with no subject of its own hands on the one it carries", "Sekretom diberikan lewat infus. Sekretom tidak menyebabkan penolakan karena tidak mengandung sel hidup, tetapi produk yang tidak steril bisa menyebabkan infeksi.",
			map[string]kg.Certainty{"NOT secretome HAS_RISK transplant rejection": kg.Asserted, "NOT secretome CONTAINS live cell": kg.Asserted, "secretome HAS_RISK infection": kg.Hedged}, nil},
		{"a heading of benefits opens a list about the therapy at hand", "Klinik kami menawarkan terapi sel punca untuk anti-penuaan.\nManfaat yang Dilaporkan Klien Kami\n• Tidur lebih nyenyak, membantu mengatasi insomnia ringan\n• Kulit tampak lebih kencang, kerutan halus berkurang",
			map[string]kg.Certainty{"stem cell TREATS insomnia": kg.Asserted, "stem cell TREATS skin ageing": kg.Asserted}, nil},
		{"a list item naming its subject after its label", "Di dalam sekretom terdapat growth factor dan eksosom. Sekretom kami dioleskan setelah microneedling.\nManfaat untuk kulit eksim\n1. Meredakan peradangan: exosome menekan sitokin pemicu gatal seperti IL-4.",
			map[string]kg.Certainty{"exosome ACTS_VIA anti-inflammatory effect": kg.Asserted}, []string{"secretome ACTS_VIA anti-inflammatory effect"}},
		{"brightening dull skin treats it", "Manfaat booster exosome:\n- Mencerahkan kulit kusam agar tampak glowing\n- Mengencangkan kulit yang kendur",
			map[string]kg.Certainty{"exosome TREATS dull skin": kg.Asserted, "exosome ACTS_VIA skin tightening": kg.Asserted}, nil},
		{"a heading of side effects or of another subject's benefits opens no list of benefits", "Suntik PRP untuk Rambut Rontok\nPRP disuntikkan ke kulit kepala untuk mengatasi rambut rontok.\nEfek Samping\n- Nyeri di kulit kepala\n- Sakit kepala ringan\n\nKlinik kami menawarkan terapi sel punca untuk anti-penuaan.\nManfaat Tidur yang Cukup\n- Menurunkan risiko diabetes dan hipertensi",
			map[string]kg.Certainty{"platelet-rich plasma HAS_RISK headache": kg.Asserted, "platelet-rich plasma HAS_RISK scalp tenderness": kg.Asserted}, []string{"stem cell TREATS diabetes", "stem cell TREATS hypertension"}},
		{"settings of use set apart by commas are each treated", "MSCs have been tested in stroke, in spinal cord injury and in ALS.",
			map[string]kg.Certainty{"mesenchymal stem cell TREATS stroke": kg.Asserted, "mesenchymal stem cell TREATS spinal cord injury": kg.Asserted, "mesenchymal stem cell TREATS amyotrophic lateral sclerosis": kg.Asserted}, nil},
		{"an instruction to wait until a condition eases, or a side-effect list's item, names nothing treated", "Perawatan setelah suntik PRP lutut:\n- Hindari naik tangga sampai nyeri sendi berkurang\n\nEfek samping terapi sel punca:\n- Nyeri sendi yang biasanya berkurang dalam dua hari",
			nil, []string{"platelet-rich plasma TREATS joint pain", "stem cell TREATS joint pain"}},
		{"a clause with a subject of its own inherits none; one that negates at once does", "PRP is widely used because it comes from your own blood, but smokers still heal slowly and risk infection. Ia menambahkan, risiko PRP umumnya rendah karena berasal dari darah pasien sendiri, sehingga tidak menimbulkan reaksi alergi.",
			map[string]kg.Certainty{"NOT platelet-rich plasma HAS_RISK immune reaction": kg.Asserted}, []string{"platelet-rich plasma HAS_RISK infection"}},
		{"a condition left unsaid is lowered by no word (no crash on a care count for fibrosis)", "Fibrosis is scarring. Fibrosis is common.\nThree approved treatments have changed the outlook for fibrosis.\nPirfenidone decreased decline and nintedanib slows it.",
			map[string]kg.Certainty{"pirfenidone TREATS fibrosis": kg.Asserted, "nintedanib TREATS fibrosis": kg.Asserted}, nil},
		{"a name the acronym interrupts runs on past the bracket", "RSUD Anggrek membuka layanan terapi sel punca bagi pasien dengan osteoartritis (OA) lutut. Untuk OA derajat berat, operasi penggantian sendi lebih dianjurkan.",
			map[string]kg.Certainty{"stem cell TREATS knee osteoarthritis": kg.Asserted}, []string{"stem cell TREATS osteoarthritis"}},
		{"a qualifier after the acronym's bracket", "Rumah sakit membuka layanan terapi sekretom bagi veteran yang menderita nyeri punggung bawah (NPB) kronis. Fisioterapi tetap menjadi pengobatan utama NPB.",
			map[string]kg.Certainty{"secretome TREATS chronic low back pain": kg.Asserted}, []string{"secretome TREATS low back pain"}},
		{"an acronym for one site's condition read at another site", "Nyeri saat berjalan bisa jadi tanda osteoartritis (OA) pergelangan kaki. Berbeda dengan OA lutut, keluhan ini jarang. Klinik kami menawarkan PRP untuk OA lutut.",
			map[string]kg.Certainty{"platelet-rich plasma TREATS knee osteoarthritis": kg.Asserted}, []string{"platelet-rich plasma TREATS ankle osteoarthritis"}},
		{"the mainstays of treatment are standard care", "Stem cell infusions were tested in Parkinson's disease. Twomey said levodopa and deep brain stimulation remain the mainstays of treatment.",
			map[string]kg.Certainty{"levodopa TREATS Parkinson disease": kg.Asserted, "deep brain stimulation TREATS Parkinson disease": kg.Asserted}, nil},
		{"a harm judged unrelated to the therapy is denied", "One patient developed a blood clot in the lung, which the investigators judged unrelated to the stem cell treatment.",
			map[string]kg.Certainty{"NOT stem cell HAS_RISK pulmonary embolism": kg.Asserted}, []string{"stem cell HAS_RISK pulmonary embolism"}},
		{"only the harm the judgement follows is disowned", "After MSC infusion two patients had a fever, and one had an infection judged unrelated to treatment.",
			map[string]kg.Certainty{"mesenchymal stem cell HAS_RISK fever": kg.Asserted, "NOT mesenchymal stem cell HAS_RISK infection": kg.Asserted}, []string{"NOT mesenchymal stem cell HAS_RISK fever"}},
		{"a therapy named only as what the page's is no substitute for is no topic", "Rumah sakit membuka layanan terapi sekretom untuk nyeri punggung bawah kronis. Sekretom disuntikkan di sekitar tulang belakang. \"Karena itu kami menyebutnya terapi tambahan, bukan pengganti fisioterapi,\" ujarnya.\nUntuk memantau hasil, tim mengukur skor nyeri.\nEfek samping yang dilaporkan umumnya ringan, seperti demam ringan sehari setelah tindakan.",
			map[string]kg.Certainty{"secretome HAS_RISK fever": kg.Asserted}, []string{"physiotherapy HAS_RISK fever"}},
		{"a page telling who should skip the treatment lists no treated condition", "We offer PRP facials for dull skin. Please skip these treatments if you are pregnant, have active acne or take blood-thinning medication.",
			map[string]kg.Certainty{"platelet-rich plasma TREATS dull skin": kg.Asserted}, []string{"platelet-rich plasma TREATS acne", "platelet-rich plasma ACTS_VIA anticoagulant effect"}},
		{"a list of therapies runs on past the form the first comes in", "Stem cells are offered for knee osteoarthritis. Hyaluronic acid injections, painkillers and physiotherapy only relieve symptoms.",
			map[string]kg.Certainty{"hyaluronic acid TREATS knee osteoarthritis": kg.Asserted, "analgesic TREATS knee osteoarthritis": kg.Asserted, "physiotherapy TREATS knee osteoarthritis": kg.Asserted}, nil},
		{"a stem cell supplement is its own product", "Panitia seminar menjual suplemen sel punca berbentuk serbuk. Dalam brosur, produk itu diklaim mampu menyembuhkan demensia.",
			map[string]kg.Certainty{"stem cell supplement TREATS dementia": kg.Asserted}, []string{"dietary supplement TREATS dementia", "stem cell TREATS dementia"}},
		{"cured with reads back to the therapy", "Autism cannot be cured with stem cells.",
			map[string]kg.Certainty{"NOT stem cell TREATS autism": kg.Asserted}, nil},
		{"disembuhkan dengan reads back to the therapy", "Menurut klinik itu, autisme dapat disembuhkan dengan sel punca.",
			map[string]kg.Certainty{"stem cell TREATS autism": kg.Hedged}, nil},
		{"a trial arm named by the broad name is the kind the trial gave", "Adults with ARDS were randomized to umbilical cord mesenchymal stem cells or placebo. Oxygenation improved more with umbilical cord mesenchymal stem cells. Transient fever was recorded in 4 MSC recipients and 1 placebo recipient.",
			map[string]kg.Certainty{"umbilical cord mesenchymal stem cell HAS_RISK fever": kg.Asserted}, []string{"mesenchymal stem cell HAS_RISK fever"}},
		{"an arm named by the broad name stays broad when two kinds were given", "Mice received milk-derived exosomes or plant-derived exosomes. Milk-derived exosomes and plant-derived exosomes were stored frozen. Diarrhoea occurred in 4 mice of the exosome group.",
			map[string]kg.Certainty{"exosome HAS_RISK diarrhoea": kg.Asserted}, []string{"milk-derived exosome HAS_RISK diarrhoea", "plant-derived exosome HAS_RISK diarrhoea"}},
		{"a class of cell therapy stands for the cells the story is about", "The clinic sold stem cell injections for multiple sclerosis. Patients paid for three stem cell sessions. Regulators said the stem cell clinic was unlicensed. Injecting unscreened cell products into the spinal fluid can cause meningitis.",
			map[string]kg.Certainty{"stem cell HAS_RISK meningitis": kg.Hedged}, []string{"cell therapy HAS_RISK meningitis"}},
		{"a class of cell therapy named as often as the cells stays itself", "Stem cell injections were sold for multiple sclerosis. The stem cell clinic closed. Cell therapy is still experimental. Injecting unscreened cell products into the spinal fluid can cause meningitis.",
			map[string]kg.Certainty{"cell therapy HAS_RISK meningitis": kg.Hedged}, []string{"stem cell HAS_RISK meningitis"}},
		{"an NK cell drip is natural killer cell therapy", "Di klinik kami, kami menghadirkan infus NK cell dan infus stem cell untuk menjaga imunitas. Efek samping infus NK cell umumnya ringan, seperti demam ringan.",
			map[string]kg.Certainty{"natural killer cell HAS_RISK fever": kg.Asserted, "stem cell ADMINISTERED_VIA intravenous": kg.Asserted}, nil},
		{"an acronym qualified otherwise elsewhere stands for its own words", "Tuberkulosis (TB) laten harus disingkirkan sebelum terapi sel punca. Pasien TB paru aktif diobati dengan antibiotik selama enam bulan.",
			map[string]kg.Certainty{"antibiotic TREATS pulmonary tuberculosis": kg.Asserted}, []string{"antibiotic TREATS latent tuberculosis infection"}},
		{"an acronym written with a word of another kind stands for its own words", "Terapi sekretom ditawarkan untuk nyeri punggung bawah (NPB) kronis. Untuk NPB akut, dokter cukup memberikan obat antinyeri.",
			map[string]kg.Certainty{"secretome TREATS chronic low back pain": kg.Asserted, "analgesic TREATS low back pain": kg.Asserted}, []string{"analgesic TREATS chronic low back pain"}},
		{"an English phrase after the acronym's bracket does not run the name on", "Chronic rhinosinusitis (CRS) with nasal polyps is hard to treat. For CRS without nasal polyps, saline irrigation and steroid sprays help.",
			map[string]kg.Certainty{"corticosteroid TREATS chronic rhinosinusitis": kg.Asserted}, []string{"corticosteroid TREATS nasal polyps"}},
		{"an English phrase and a second site after the acronym's bracket", "Osteoarthritis (OA) of the knee and hip affects millions of adults. Clinics market stem cell injections for OA.",
			map[string]kg.Certainty{"stem cell TREATS osteoarthritis": kg.Asserted}, []string{"stem cell TREATS knee osteoarthritis"}},
		{"two sites after the acronym's bracket name the condition of both", "Osteoartritis (OA) lutut dan panggul banyak dialami lansia. Klinik menawarkan sel punca untuk OA.",
			map[string]kg.Certainty{"stem cell TREATS osteoarthritis": kg.Asserted}, []string{"stem cell TREATS knee osteoarthritis"}},
		{"a condition written out keeps its site", "Fisioterapi membantu pasien dengan nyeri leher bahu.",
			map[string]kg.Certainty{"physiotherapy TREATS neck pain": kg.Asserted}, []string{"physiotherapy TREATS shoulder pain"}},
		{"a harm unrelated to the dose is still a harm", "After MSC infusion, three patients had a fever that was unrelated to the cell dose.",
			map[string]kg.Certainty{"mesenchymal stem cell HAS_RISK fever": kg.Asserted}, []string{"NOT mesenchymal stem cell HAS_RISK fever"}},
		{"tidak berhubungan dengan terapi disowns the harm", "Setelah infus sel punca, satu pasien mengalami infeksi saluran kemih yang dinilai tidak berhubungan dengan terapi.",
			map[string]kg.Certainty{"NOT stem cell HAS_RISK urinary tract infection": kg.Hedged}, []string{"stem cell HAS_RISK urinary tract infection"}},
		{"patients who skip the treatment are no contraindication", "Patients with tennis elbow who skip the treatment recover more slowly than those given PRP.",
			map[string]kg.Certainty{"platelet-rich plasma TREATS lateral epicondylitis": kg.Asserted}, nil},
		{"a form ending a fronted phrase joins no list", "Stem cells are offered for knee osteoarthritis. Three months after failed hyaluronic acid injections, PRP and physiotherapy improved knee osteoarthritis.",
			map[string]kg.Certainty{"platelet-rich plasma TREATS knee osteoarthritis": kg.Asserted, "physiotherapy TREATS knee osteoarthritis": kg.Asserted}, []string{"hyaluronic acid TREATS knee osteoarthritis"}},
		{"an Indonesian arm names its therapy after kelompok", "Pasien menerima sel punca mesenkimal tali pusat atau plasebo. Sel punca mesenkimal tali pusat diberikan dua kali. Demam ringan terjadi pada tiga pasien kelompok MSC.",
			map[string]kg.Certainty{"umbilical cord mesenchymal stem cell HAS_RISK fever": kg.Asserted}, []string{"mesenchymal stem cell HAS_RISK fever"}},
		{"an English arm noun before the therapy names no arm", "Adults received umbilical cord mesenchymal stem cells or placebo. Umbilical cord mesenchymal stem cells were given twice. In the older group MSC from bone marrow caused joint swelling.",
			map[string]kg.Certainty{"mesenchymal stem cell HAS_RISK joint swelling": kg.Asserted}, []string{"umbilical cord mesenchymal stem cell HAS_RISK joint swelling"}},
		{"a class of cell therapy named as such stays the class", "The clinic sold stem cell injections for autism. Parents paid for three stem cell sessions. Regulators said the stem cell clinic was unlicensed. Approved cell therapies such as CAR-T treat some blood cancers.",
			map[string]kg.Certainty{"cell therapy TREATS leukaemia": kg.Asserted}, []string{"stem cell TREATS leukaemia"}},
		{"a therapy the page's is no substitute for is no topic", "Our clinic offers PRP for knee pain. PRP is drawn from your own blood. It is not a substitute for physiotherapy.\nSide effects include mild swelling for a day.",
			map[string]kg.Certainty{"platelet-rich plasma HAS_RISK swelling": kg.Asserted}, []string{"physiotherapy HAS_RISK swelling"}},
		{"the mainstay of recovery is standard care", "Stem cells were tested in stroke. For now, physiotherapy and rehabilitation remain the mainstay of recovery after stroke.",
			map[string]kg.Certainty{"physiotherapy TREATS stroke": kg.Asserted, "rehabilitation TREATS stroke": kg.Asserted}, nil},
		{"cured by reads back to the therapy", "Autism cannot be cured by stem cells.",
			map[string]kg.Certainty{"NOT stem cell TREATS autism": kg.Asserted}, nil},
		{"not a disease that can be cured with the therapy denies it", "Autism is not a disease that can be cured with stem cells.",
			map[string]kg.Certainty{"NOT stem cell TREATS autism": kg.Hedged}, []string{"stem cell TREATS autism"}},
		{"bukan penyakit yang bisa disembuhkan dengan denies it", "Autisme bukan penyakit yang bisa disembuhkan dengan sel punca.",
			map[string]kg.Certainty{"NOT stem cell TREATS autism": kg.Hedged}, []string{"stem cell TREATS autism"}},
		{"what holds after melainkan is not denied with the kind", "Menurut Ratna, autisme bukan penyakit yang perlu disembuhkan dengan infus, melainkan kondisi perkembangan yang paling terbantu oleh terapi perilaku, terapi wicara, dan dukungan di sekolah.",
			map[string]kg.Certainty{"speech therapy TREATS autism": kg.Asserted}, []string{"NOT speech therapy TREATS autism"}},
		{"a trial's arms named apart share what happened in either group", "Patients received PRP or a corticosteroid injection. At six months the PRP group reported less pain than the corticosteroid group. Grip strength improved more with PRP. No infection occurred in either group.",
			map[string]kg.Certainty{"NOT platelet-rich plasma HAS_RISK infection": kg.Asserted, "NOT corticosteroid HAS_RISK infection": kg.Asserted}, nil},
		{"one arm named is no trial's arms", "Some patients had earlier had corticosteroid injections. Patients in the PRP group were followed for a year. Grip strength improved with PRP. No infection occurred in either group.",
			nil, []string{"NOT corticosteroid HAS_RISK infection"}},
		{"a generic harm heads a denied list joined by or", "UC-MSC injection was given for knee osteoarthritis. No serious treatment-related adverse events or infections occurred.",
			map[string]kg.Certainty{"NOT umbilical cord mesenchymal stem cell HAS_RISK infection": kg.Asserted}, []string{"umbilical cord mesenchymal stem cell HAS_RISK infection"}},
		{"Indonesian with an English word for the cells", "Menurut dia, sel punca mesenchymal bekerja lewat efek parakrin.",
			map[string]kg.Certainty{"mesenchymal stem cell ACTS_VIA paracrine signalling": kg.Asserted}, []string{"stem cell ACTS_VIA paracrine signalling"}},
		{"symptoms right after a sentence about a condition are that condition's", "Terapi stem cell untuk lupus. Pasien lupus sering kambuh. Penyakit autoimun terjadi ketika sistem imun menyerang tubuh. Obat seperti metotreksat membantu mengendalikan gejala.",
			map[string]kg.Certainty{"methotrexate TREATS autoimmune disease": kg.Asserted}, []string{"methotrexate TREATS systemic lupus erythematosus"}},
		{"a lead-in of conditions helped by a therapy", "Kondisi yang dapat dibantu dengan terapi stem cell:\n• Psoriasis – memperbaiki plak bersisik\n• Rheumatoid arthritis – mengurangi kaku sendi",
			map[string]kg.Certainty{"stem cell TREATS psoriasis": kg.Asserted, "stem cell TREATS rheumatoid arthritis": kg.Asserted}, nil},
		{"vesicles described before the cells that release them are the vesicles the document names", "Lung study. Tiny packages released by stem cells reduced lung scarring in mice. The extracellular vesicles were inhaled.",
			map[string]kg.Certainty{"extracellular vesicle DERIVED_FROM stem cell": kg.Asserted}, nil},
		{"particles released by cells, in Indonesian", "Eksosom mulai dijual di klinik. Ini partikel yang dilepaskan sel punca, kata dia.",
			map[string]kg.Certainty{"exosome DERIVED_FROM stem cell": kg.Asserted}, nil},
		{"described vesicles set off by commas are not read", "Exosomes were tested in mice. Tiny bubbles, released by stem cells, reduced lung scarring.",
			nil, []string{"exosome DERIVED_FROM stem cell"}},
		{"described vesicles with no vesicles named anywhere are nothing", "Tiny packages released by stem cells reduced lung scarring in mice.",
			nil, []string{"exosome DERIVED_FROM stem cell", "extracellular vesicle DERIVED_FROM stem cell"}},
		{"a therapy those compared with received is no new subject", "Terapi sekretom diuji pada pasien stroke. Sekretom diberikan lewat infus. Skor membaik, sedikit lebih baik dibanding pasien yang hanya mendapat fisioterapi. Efek samping yang tercatat hanya demam ringan.",
			map[string]kg.Certainty{"secretome HAS_RISK fever": kg.Asserted}, []string{"physiotherapy HAS_RISK fever"}},
		{"a therapy those compared with received is no new subject, after than", "Secretome was tested in patients with stroke. The secretome was infused. Scores improved more than in those given physiotherapy. The only side effect recorded was mild fever.",
			map[string]kg.Certainty{"secretome HAS_RISK fever": kg.Asserted}, []string{"physiotherapy HAS_RISK fever"}},
		{"those who received a therapy with no comparison before are its subject", "Secretome was tested in patients with stroke. The secretome was infused. Later, those given physiotherapy were followed up. The only side effect recorded was mild fever.",
			map[string]kg.Certainty{"physiotherapy HAS_RISK fever": kg.Asserted}, nil},
		{"a therapy named only as what answered a harm is no new topic", "Secretome was injected into the knee in 40 patients. Secretome eased pain. Two patients had an infection at the injection site that resolved with antibiotics. No tumours were observed.",
			map[string]kg.Certainty{"NOT secretome HAS_RISK tumour formation": kg.Asserted}, []string{"NOT antibiotic HAS_RISK tumour formation"}},
		{"a question of who suits a therapy with its name inside leads a list of what it treats", "BMAC for Cartilage Injuries\nBMAC is an outpatient procedure. BMAC contains stem cells.\nWho is BMAC for?\n- Knee osteoarthritis\n- Chronic tendinopathy",
			map[string]kg.Certainty{"bone marrow aspirate concentrate TREATS knee osteoarthritis": kg.Asserted, "bone marrow aspirate concentrate TREATS tendinopathy": kg.Asserted}, nil},
		{"an item of what a therapy treats may open with how severe", "BMAC for Cartilage Injuries\nBMAC is an outpatient procedure. BMAC contains stem cells.\nWho is BMAC for?\n- Mild to moderate knee osteoarthritis\n- Partial tendon tears",
			map[string]kg.Certainty{"bone marrow aspirate concentrate TREATS knee osteoarthritis": kg.Asserted}, nil},
		{"a name that may be a therapy, listed before a harm, is a harm", "Exosomes were injected into mice with arthritis. Exosomes reduced swelling. The mice showed no weight loss, liver damage or other signs of toxicity at the doses used.",
			map[string]kg.Certainty{"NOT exosome HAS_RISK unintended weight loss": kg.Asserted, "NOT exosome HAS_RISK hepatotoxicity": kg.Asserted}, []string{"weight loss HAS_RISK toxicity", "weight loss HAS_RISK hepatotoxicity"}},
		{"a sentence opening with how its subject is given", "Exosomes were studied in mice with Alzheimer's disease. Given through the nose twice a week, the engineered exosomes cut plaques.",
			map[string]kg.Certainty{"exosome ADMINISTERED_VIA intranasal": kg.Asserted}, nil},
		{"a sentence opening with how its subject is given, in Indonesian", "PRP dibuat dari darah pasien. Disuntikkan ke dalam sendi lutut, PRP meredakan nyeri.",
			map[string]kg.Certainty{"platelet-rich plasma ADMINISTERED_VIA intra-articular": kg.Asserted}, nil},
		{"an opening of how something is given is not of a therapy named later in the sentence", "Exosomes were studied in mice. Given through the nose, the new drug reached the brain faster than exosomes.",
			nil, []string{"exosome ADMINISTERED_VIA intranasal"}},
		{"a heading's word for what its therapies are before what they are for", "Stem Cell and PRP Therapy for Rotator Cuff Tears\nWe offer stem cell therapy.",
			map[string]kg.Certainty{"stem cell TREATS rotator cuff tear": kg.Asserted, "platelet-rich plasma TREATS rotator cuff tear": kg.Asserted}, nil},
		{"who has the condition between a heading's link and the condition", "Stem Cell Therapy for Dogs with Hip Dysplasia\nWe offer stem cell therapy.",
			map[string]kg.Certainty{"stem cell TREATS developmental dysplasia of the hip": kg.Asserted}, nil},
		{"cord blood is a mixture of cells that holds stem cells", "Bank darah tali pusat menyimpan darah bayi. Darah tali pusat kaya akan sel punca.",
			map[string]kg.Certainty{"umbilical cord blood CONTAINS stem cell": kg.Asserted}, nil},
		{"a person's score of a scale is no scale of its own", "Daniel has amyotrophic lateral sclerosis (ALS). Stem cells were given for ALS. Progress in ALS is measured with the ALSFRS-R. Okafor-Brandt’s ALSFRS-R score has fallen from 38 to 29 since he returned.",
			nil, []string{"amyotrophic lateral sclerosis MEASURED_BY Okafor-Brandt’s ALSFRS-R score"}},
		{"an item naming the animals with two conditions treats both", "Regenerative Therapy for Horses and Dogs\nWe treat dogs with stem cells and PRP.\nWhich dogs can benefit?\n- Dogs with hip dysplasia and arthritis",
			map[string]kg.Certainty{"stem cell TREATS developmental dysplasia of the hip": kg.Asserted, "stem cell TREATS arthritis": kg.Asserted}, nil},
		{"what holds after 'only' is not denied", "We never infuse stem cells themselves, only the exosomes they release.",
			map[string]kg.Certainty{"exosome DERIVED_FROM stem cell": kg.Asserted}, []string{"NOT exosome DERIVED_FROM stem cell"}},
		{"a denial before 'only' stays denied", "PRP does not contain stem cells, only platelets.",
			map[string]kg.Certainty{"NOT platelet-rich plasma CONTAINS stem cell": kg.Asserted}, []string{"platelet-rich plasma CONTAINS stem cell"}},
		{"nothing is related to itself", "Bone marrow aspirate concentrate (BMAC) is made from your marrow. BMAC contains stem cells, but only a small fraction of the cells in the concentrate are mesenchymal stem cells.",
			map[string]kg.Certainty{"bone marrow aspirate concentrate CONTAINS stem cell": kg.Asserted}, []string{"bone marrow aspirate concentrate CONTAINS bone marrow aspirate concentrate"}},
		{"'only' inside a denied clause narrows what it denies", "No tumours were found in mice given only exosomes.",
			map[string]kg.Certainty{"NOT exosome HAS_RISK tumour formation": kg.Asserted}, []string{"exosome HAS_RISK tumour formation"}},
		{"'hanya' inside a denied clause narrows what it denies", "Tidak ada tumor yang ditemukan pada tikus yang hanya diberi sekretom.",
			map[string]kg.Certainty{"NOT secretome HAS_RISK tumour formation": kg.Asserted}, []string{"secretome HAS_RISK tumour formation"}},
		{"what holds after 'hanya' opening a clause is not denied", "Kami tidak menyuntikkan sel punca, hanya eksosom yang dilepaskan sel punca.",
			map[string]kg.Certainty{"exosome DERIVED_FROM stem cell": kg.Asserted}, []string{"NOT exosome DERIVED_FROM stem cell"}},
		{"'hanya saja' is however and names nothing held", "PRP mengandung faktor pertumbuhan, hanya saja kadarnya jauh lebih rendah dibanding sekretom.",
			map[string]kg.Certainty{"platelet-rich plasma CONTAINS growth factor": kg.Asserted}, []string{"platelet-rich plasma CONTAINS secretome"}},
		{"what a product holds after a denial and 'only'", "Exosome facials use exosomes. Ours are derived from lab-grown human umbilical cord mesenchymal stem cells and are completely cell-free: they contain no living cells, only the growth factors, proteins and microRNAs those cells secrete.",
			map[string]kg.Certainty{"NOT exosome CONTAINS live cell": kg.Asserted, "exosome CONTAINS growth factor": kg.Asserted, "exosome CONTAINS microRNA": kg.Asserted}, nil},
		{"'only' after a claim that denies nothing adds nothing held", "BMAC is injected. BMAC contains stem cells, but only a small fraction of them are mesenchymal stem cells.",
			map[string]kg.Certainty{"bone marrow aspirate concentrate CONTAINS stem cell": kg.Asserted}, []string{"bone marrow aspirate concentrate CONTAINS mesenchymal stem cell"}},
		{"'Given' as considering names no route", "Given the risk of clots with intravenous infusion, exosomes are now mostly applied to the skin.",
			nil, []string{"exosome ADMINISTERED_VIA intravenous"}},
		{"a route in an opening given with another drug is that drug's", "Diberikan bersama obat oral antiinflamasi, sekretom dioleskan ke luka dua kali sehari.",
			nil, []string{"secretome ADMINISTERED_VIA oral"}},
		{"an opening's names other than routes are no routes", "Exosomes were tested in knees. Injected into the knee together with PRP, the exosomes eased pain.",
			map[string]kg.Certainty{"exosome ADMINISTERED_VIA injection": kg.Asserted}, []string{"exosome ADMINISTERED_VIA platelet-rich plasma"}},
		{"a therapy a condition needed is the new topic", "Klinik kami menyediakan fisioterapi untuk nyeri punggung. Pasien yang nyerinya menetap memerlukan suntikan sel punca. Efek sampingnya berupa demam ringan dan sakit kepala.",
			map[string]kg.Certainty{"stem cell HAS_RISK fever": kg.Asserted}, []string{"physiotherapy HAS_RISK fever"}},
		{"what a therapy is sold for lists no harms", "The clinic claims its stem cell drip treats cancer, fatigue and insomnia.",
			map[string]kg.Certainty{"stem cell TREATS cancer": kg.Asserted}, []string{"stem cell HAS_RISK tumour formation"}},
		{"a heading's people with a condition who are not its patients", "PRP Therapy for Athletes with Diabetes: Why Healing Takes Longer\nPRP is used.",
			nil, []string{"platelet-rich plasma TREATS diabetes"}},
		{"a heading's patients may be two", "Stem Cell Therapy for Dogs and Cats with Arthritis\nWe offer stem cell therapy.",
			map[string]kg.Certainty{"stem cell TREATS arthritis": kg.Asserted}, nil},
		{"a bare word for vesicles after another noun is that noun's", "Exosomes are sold online. Microplastic particles released by stem cells in culture may contaminate the product.",
			nil, []string{"exosome DERIVED_FROM stem cell"}},
		{"cells that qualify a noun release no vesicles", "Exosomes are sold online. Tiny particles released by stem cell culture bags may contaminate the product.",
			nil, []string{"exosome DERIVED_FROM stem cell"}},
		{"described vesicles are the kind named first when two are named as often", "Exosomes are small. Extracellular vesicles carry RNA. Extracellular vesicles were purified. Exosomes were tested. Tiny packages released by stem cells reduced lung scarring in mice.",
			map[string]kg.Certainty{"exosome DERIVED_FROM stem cell": kg.Asserted}, []string{"extracellular vesicle DERIVED_FROM stem cell"}},
		{"how severe and two conditions leave open which is treated", "PRP Injections\nPRP is made from your blood. PRP is used.\nWho is PRP for?\n- Mild to moderate knee osteoarthritis and obesity",
			nil, []string{"platelet-rich plasma TREATS obesity"}},
		{"whether a therapy is right for you leads no list of what it treats", "PRP Injections\nPRP is made from your own blood.\nIs PRP right for you?\n- Blood thinners\n- Low platelet count\n- Anaemia",
			nil, []string{"platelet-rich plasma TREATS anaemia"}},
		{"'hanya saja' after a denial is however: what follows holds, and is held by nothing", "Sekretom tidak menyebabkan infeksi, hanya saja bisa menimbulkan demam ringan.",
			map[string]kg.Certainty{"NOT secretome HAS_RISK infection": kg.Hedged, "secretome HAS_RISK fever": kg.Hedged}, nil},
		{"'hanya saja' after a denied content names nothing held", "Sekretom tidak mengandung sel hidup, hanya saja faktor pertumbuhan di dalamnya cepat rusak.",
			map[string]kg.Certainty{"NOT secretome CONTAINS live cell": kg.Asserted}, []string{"secretome CONTAINS growth factor"}},
		{"an opening's first name must be its route", "Given with aspirin by mouth, the exosomes were then injected into the knee.",
			nil, []string{"exosome ADMINISTERED_VIA oral"}},
		{"the bare word for cells ending its clause after a verb of containing is live cells", "Sekretom tidak mengandung sel, jadi tidak ada risiko penolakan.",
			map[string]kg.Certainty{"NOT secretome CONTAINS live cell": kg.Asserted}, nil},
		{"cells said of more than being held are no bare live cells", "Perlu dibedakan, PRP tidak mengandung sel punca. Produk SVF mengandung sel dari lemak pasien sendiri.",
			map[string]kg.Certainty{"NOT platelet-rich plasma CONTAINS stem cell": kg.Asserted}, []string{"NOT platelet-rich plasma CONTAINS live cell", "stromal vascular fraction CONTAINS live cell"}},
		{"a frame's noun after a list of what the verb carries", "Exosomes are tiny bubbles released by cells that carry proteins, fats and genetic material from one cell to another.",
			map[string]kg.Certainty{"exosome ACTS_VIA cell communication": kg.Asserted}, nil},
		{"a frame's noun far from its verb with no list between names nothing", "Exosomes are tiny bubbles released by cells that carry the signals of young donors over long distances to other cells.",
			nil, []string{"exosome ACTS_VIA cell communication"}},
		{"a frame's noun that is a name of its own word for word", "MSCs are thought to calm the local immune response.",
			map[string]kg.Certainty{"mesenchymal stem cell ACTS_VIA immunomodulation": kg.Hedged}, []string{"mesenchymal stem cell HAS_RISK immune reaction"}},
		{"a drug class named as a group is no trial arm", "Metilprednisolon termasuk kelompok kortikosteroid. Pasien osteoartritis lutut menerima PRP atau plasebo. Nyeri pada kelompok PRP turun lebih banyak. Tidak ditemukan infeksi pada kedua kelompok.",
			map[string]kg.Certainty{"NOT platelet-rich plasma HAS_RISK infection": kg.Asserted}, []string{"NOT corticosteroid HAS_RISK infection"}},
		{"arms named only after what both groups saw are not its arms", "Patients received PRP or a corticosteroid injection. Grip strength improved more with PRP. No infection occurred in either group. Later, the PRP group and the corticosteroid group were followed for a year.",
			nil, []string{"NOT corticosteroid HAS_RISK infection"}},
		{"standard care named as an arm takes no denied harm", "Patients received UC-MSC infusion or standard care. The UC-MSC group recovered faster than the standard care group. Function improved with UC-MSC. No serious infection occurred in either group.",
			map[string]kg.Certainty{"NOT umbilical cord mesenchymal stem cell HAS_RISK infection": kg.Asserted}, []string{"NOT conventional therapy HAS_RISK infection"}},
		{"a generic harm joined by and opens no denied list", "PRP is injected for knee osteoarthritis. No treatment is entirely safe and infection can follow any injection.",
			map[string]kg.Certainty{"platelet-rich plasma HAS_RISK infection": kg.Hedged}, []string{"NOT platelet-rich plasma HAS_RISK infection"}},
		{"a condition a sentence names as a burden has no symptoms eased next", "Terapi PRP untuk osteoartritis lutut. Obesitas memperberat beban pada sendi lutut. Suntik PRP membantu meredakan gejala.",
			map[string]kg.Certainty{"platelet-rich plasma TREATS knee osteoarthritis": kg.Asserted}, []string{"platelet-rich plasma TREATS obesity"}},
		{"a condition defined a paragraph before has no symptoms eased next", "Terapi PRP untuk osteoartritis lutut.\n\nDiabetes adalah penyakit gula darah tinggi.\n\nSuntik PRP membantu meredakan gejala.",
			map[string]kg.Certainty{"platelet-rich plasma TREATS knee osteoarthritis": kg.Asserted}, []string{"platelet-rich plasma TREATS diabetes"}},
		{"cells a culture medium contains are no live cells of the product", "Sekretom dibuat dari media kultur yang mengandung sel, lalu disaring hingga bersih.",
			nil, []string{"secretome CONTAINS live cell"}},
		{"the bare word for cells before or", "Sekretom tidak mengandung sel maupun DNA, sehingga aman.",
			map[string]kg.Certainty{"NOT secretome CONTAINS live cell": kg.Asserted}, nil},
		{"the bare word for cells ending a sentence", "Exosome tidak mengandung sel.",
			map[string]kg.Certainty{"NOT exosome CONTAINS live cell": kg.Asserted}, nil},
		{"a list a clause break ends leads to no frame's noun", "Eksosom membawa protein dan RNA, tapi tidak sampai ke sel lain.",
			nil, []string{"exosome ACTS_VIA cell communication"}},
		{"only frames of carrying reach past a list", "Umbilical cord MSCs were infused into a vein and travelled into the lungs, liver, spleen and joints.",
			map[string]kg.Certainty{"umbilical cord mesenchymal stem cell ADMINISTERED_VIA intravenous": kg.Asserted}, []string{"umbilical cord mesenchymal stem cell ADMINISTERED_VIA intra-articular"}},
		{"a frame's noun that names a harm after a clause is no object of its verb", "Infus MSC diberikan untuk lupus. Dokter mengatur dosis bila reaksi imun muncul.",
			nil, []string{"mesenchymal stem cell ACTS_VIA immunomodulation"}},
		{"regulators are no verb of regulating", "MSC infusion was given for lupus. Regulators note the immune response after infusion is usually mild.",
			map[string]kg.Certainty{"mesenchymal stem cell HAS_RISK immune reaction": kg.Asserted}, []string{"mesenchymal stem cell ACTS_VIA immunomodulation"}},
		{"slowing the decline treats the condition the text is about", "Idiopathic pulmonary fibrosis is a scarring disease. The two approved drugs, pirfenidone and nintedanib, slow the decline in lung function.",
			map[string]kg.Certainty{"pirfenidone TREATS idiopathic pulmonary fibrosis": kg.Asserted, "nintedanib TREATS idiopathic pulmonary fibrosis": kg.Asserted}, nil},
		{"a heading may open with the route the therapy is given by", "Home\n\nInjeksi Exosome untuk Keloid\n\nIni adalah halaman.",
			map[string]kg.Certainty{"exosome TREATS keloid": kg.Asserted, "exosome ADMINISTERED_VIA injection": kg.Asserted}, nil},
		{"a heading may open with the word for what the therapy is", "Home\n\nPerawatan Exosome untuk Bopeng\n\nIni adalah halaman.",
			map[string]kg.Certainty{"exosome TREATS acne scar": kg.Asserted}, nil},
		{"a heading of the care of a condition with therapies", "Home\n\nPerawatan Peri-implantitis dengan i-PRF dan Sekretom\n\nIni adalah halaman.",
			map[string]kg.Certainty{"platelet-rich fibrin TREATS peri-implantitis": kg.Asserted, "secretome TREATS peri-implantitis": kg.Asserted}, nil},
		{"a heading of the treatment of a condition with a therapy", "Home\n\nTreatment of Knee Osteoarthritis with PRP\n\nThis is a page.",
			map[string]kg.Certainty{"platelet-rich plasma TREATS knee osteoarthritis": kg.Asserted}, nil},
		{"a clause after a reference to both therapies speaks of both", "We offer PRP and BMAC injections for knee pain. Because both products come from your own body, there is no risk of rejection.",
			map[string]kg.Certainty{"NOT platelet-rich plasma HAS_RISK transplant rejection": kg.Asserted, "NOT bone marrow aspirate concentrate HAS_RISK transplant rejection": kg.Asserted}, nil},
		{"each condition is measured by the measure after it", "Tinnitus is assessed with the Tinnitus Handicap Inventory (THI), and hearing loss with pure-tone thresholds.",
			map[string]kg.Certainty{"tinnitus MEASURED_BY Tinnitus Handicap Inventory": kg.Asserted}, []string{"hearing loss MEASURED_BY Tinnitus Handicap Inventory"}},
		{"a harm a cue paired keeps its other mention for nearness", "Steroid injections can cause skin thinning, while PRP injections bring only mild skin thinning.",
			map[string]kg.Certainty{"corticosteroid HAS_RISK skin atrophy": kg.Hedged, "platelet-rich plasma HAS_RISK skin atrophy": kg.Asserted}, nil},
		{"a decline nothing slows is no condition's", "Knee osteoarthritis is common in older adults. NSAIDs can cause the decline in kidney function.",
			nil, []string{"non-steroidal anti-inflammatory drug HAS_RISK knee osteoarthritis"}},
		{"a harm triggered by a therapy", "Fever was triggered by the MSC infusion in two patients.",
			map[string]kg.Certainty{"mesenchymal stem cell HAS_RISK fever": kg.Asserted}, nil},
		{"three conditions with their measures, the verb left out", "Depression is assessed with the HADS, anxiety with the GAD-7, and tinnitus with the THI.",
			map[string]kg.Certainty{"anxiety MEASURED_BY GAD-7": kg.Asserted}, []string{"tinnitus MEASURED_BY GAD-7"}},
		{"a clinic described by a therapy is no organisation's name", "Klinik Stem Cell Ilegal di Jakarta menawarkan infus untuk autisme.",
			map[string]kg.Certainty{"stem cell TREATS autism": kg.Asserted}, nil},
		{"a route opening a heading is the first therapy's", "Home\n\nInjeksi PRP dan Laser Fraksional untuk Bekas Jerawat\n\nIni adalah halaman.",
			map[string]kg.Certainty{"platelet-rich plasma ADMINISTERED_VIA injection": kg.Asserted}, []string{"laser therapy ADMINISTERED_VIA injection"}},
		{"a heading that bans a care claims nothing", "Home\n\nPengobatan Autisme dengan Stem Cell Dilarang Kemenkes\n\nIni adalah berita.",
			nil, []string{"stem cell TREATS autism"}},
		{"a fronted time after the act of giving is the therapy at hand's", "The clinic's website promised that stem cells would regenerate damaged retinal tissue.\n\nWithin a week of the injections, the women developed bleeding inside the eye.",
			map[string]kg.Certainty{"stem cell HAS_RISK intraocular haemorrhage": kg.Asserted}, nil},
		{"a route after an Indonesian therapy's name is that therapy's", "Terapi yang ada saat ini, seperti kortikosteroid inhalasi dan bronkodilator oral, hanya meredakan gejala PPOK.",
			map[string]kg.Certainty{"bronchodilator ADMINISTERED_VIA oral": kg.Asserted}, []string{"corticosteroid ADMINISTERED_VIA oral"}},
		{"a verb of giving after a list is the list's", "Selama operasi, PRP dan BMAC disuntikkan langsung ke graft.",
			map[string]kg.Certainty{"platelet-rich plasma ADMINISTERED_VIA injection": kg.Asserted, "bone marrow aspirate concentrate ADMINISTERED_VIA injection": kg.Asserted}, nil},
		{"infused into the blood", "Dalam brosur itu tertulis bahwa sel punca mesenkimal tali pusat yang diinfuskan ke pembuluh darah memperbaiki hipotonia.",
			map[string]kg.Certainty{"umbilical cord mesenchymal stem cell ADMINISTERED_VIA intravenous": kg.Asserted}, nil},
		{"repairing brain cells is tissue regeneration", "Klinik itu menawarkan terapi stem cell lewat infus. Menurut materi promosi klinik tersebut, terapi ini bisa memperbaiki sel otak yang rusak.",
			map[string]kg.Certainty{"stem cell ACTS_VIA tissue regeneration": kg.Hedged}, nil},
		{"milder inflammation after a therapy is its anti-inflammatory effect", "Kelompok yang berkumur sekretom mengalami regenerasi epitel lebih cepat dan peradangan lebih ringan.",
			map[string]kg.Certainty{"secretome ACTS_VIA anti-inflammatory effect": kg.Asserted}, nil},
		{"cells that do not become a tissue deny differentiation", "UC-MSC diinfuskan pada bayi prematur. Sel-sel ini tidak menjadi jaringan paru baru.",
			map[string]kg.Certainty{"NOT umbilical cord mesenchymal stem cell ACTS_VIA cell differentiation": kg.Asserted}, nil},
		{"becoming the backbone of care is no differentiation", "Fisioterapi tetap menjadi tulang punggung pemulihan pasca-stroke.",
			nil, []string{"physiotherapy ACTS_VIA cell differentiation"}},
		{"a wound that closes is wound healing", "Sel punca mesenkimal disuntikkan di sekitar luka kaki diabetik. Setelah dua minggu, luka menutup lebih cepat.",
			map[string]kg.Certainty{"mesenchymal stem cell ACTS_VIA wound healing": kg.Asserted}, nil},
		{"a reference to both therapies may name their kind", "Semua pasien tetap mendapat aspirin dan clopidogrel untuk mencegah trombosis stent. Kedua obat pengencer darah ini bisa memicu perdarahan.",
			map[string]kg.Certainty{"aspirin HAS_RISK bleeding": kg.Hedged, "clopidogrel HAS_RISK bleeding": kg.Hedged}, []string{"anticoagulant HAS_RISK bleeding"}},
		{"a verb of causing takes the subject before it", "Duchenne muscular dystrophy is an X-linked disorder. Daily corticosteroids slow the decline but cause weight gain, and exon-skipping drugs benefit only some boys.",
			map[string]kg.Certainty{"corticosteroid HAS_RISK weight gain": kg.Asserted}, []string{"antisense oligonucleotide HAS_RISK weight gain"}},
		{"a team named after a therapy is no mention of it", "RSU Kapuas memberikan terapi sel punca mesenkimal (MSC) kepada pasien sirosis hati. Ketua Tim Terapi Sel RSU Kapuas, dr. Maria, mengatakan MSC yang dipakai berasal dari tali pusat donor. \"Sel diberikan dua kali lewat infus intravena,\" kata Maria.",
			map[string]kg.Certainty{"mesenchymal stem cell ADMINISTERED_VIA intravenous": kg.Asserted}, []string{"cell therapy ADMINISTERED_VIA intravenous"}},
		{"a laboratory named after stem cells is no source", "Sekretom diperoleh dari Laboratorium Sel Punca Citra Medika.",
			nil, []string{"secretome DERIVED_FROM stem cell"}},
		{"a unit named after stem cells is no source", "The secretome was made by the Stem Cell Unit of Carrow Hospital.",
			nil, []string{"secretome DERIVED_FROM stem cell"}},
		{"what a clinic checks measures the condition", "Chronic kidney disease is common in older cats. Cats with chronic kidney disease drink more. We check creatinine, SDMA and urine specific gravity before treatment.",
			map[string]kg.Certainty{"chronic kidney disease MEASURED_BY creatinine": kg.Asserted, "chronic kidney disease MEASURED_BY symmetric dimethylarginine": kg.Asserted}, nil},
		{"a scale named in Indonesian is the lexicon's scale", "Kelumpuhan saraf wajah dinilai dengan skor House-Brackmann.",
			map[string]kg.Certainty{"facial nerve palsy MEASURED_BY House-Brackmann grade": kg.Asserted}, []string{"facial nerve palsy MEASURED_BY House-Brackmann score"}},
		{"keeping something in check measures nothing", "Pancreatic cancer is deadly. The vesicles carry miR-145, a microRNA that keeps cell division in check.",
			nil, []string{"pancreatic cancer MEASURED_BY microRNA"}},
		{"a condition a therapy is safe for is not treated", "Sekretom aman untuk kulit sensitif dan ibu menyusui.",
			nil, []string{"secretome TREATS sensitive skin"}},
		{"whom a harm touches most is not treated", "Eksosom adalah produk regeneratif. Reaksi alergi jarang terjadi, tetapi tetap mungkin, terutama pada kulit sensitif.",
			map[string]kg.Certainty{"exosome HAS_RISK immune reaction": kg.Hedged}, []string{"exosome TREATS sensitive skin"}},
		{"what is given to manage a condition treats it", "To manage her osteoarthritis, the elephant has for years been given phenylbutazone.",
			map[string]kg.Certainty{"phenylbutazone TREATS osteoarthritis": kg.Asserted}, nil},
		{"the only definitive therapy for a condition treats it", "Menurut Maria, satu-satunya terapi definitif untuk sirosis hati stadium lanjut adalah transplantasi hati.",
			map[string]kg.Certainty{"liver transplantation TREATS liver cirrhosis": kg.Asserted}, nil},
		{"this combination is both therapies just joined", "Perawatan Recovery Laser CO2 Fraksional. Laser CO2 fraksional membuat luka mikro pada kulit.\nSegera setelah laser, serum secretome atau exosome dioleskan merata ke kulit. Kombinasi ini membantu mempercepat penyembuhan luka mikro dan meredakan peradangan.",
			map[string]kg.Certainty{"secretome ACTS_VIA wound healing": kg.Asserted, "exosome ACTS_VIA wound healing": kg.Asserted}, []string{"fractional CO2 laser ACTS_VIA wound healing"}},
		{"a kind set in apposition after a drug is that drug", "Dexamethasone, a steroid widely used to control ulcerative colitis flares, worked about as well in the mice.",
			map[string]kg.Certainty{"dexamethasone TREATS ulcerative colitis": kg.Asserted}, []string{"corticosteroid TREATS ulcerative colitis"}},
		{"a list of drugs is no apposition", "Penanganan awal meliputi diet tinggi serat, obat loperamid untuk inkontinensia feses, dan latihan otot dasar panggul.",
			map[string]kg.Certainty{"loperamide TREATS faecal incontinence": kg.Asserted}, nil},
		{"hair loss among a drug's side effects is a harm", "Kemoterapi memang dapat menimbulkan efek samping seperti mual, rambut rontok dan penurunan daya tahan tubuh.",
			map[string]kg.Certainty{"chemotherapy HAS_RISK drug-induced hair loss": kg.Hedged}, nil},
		{"raised blood sugar a drug brings is a side effect", "Kortikosteroid dapat memicu hiperglikemia pada pasien diabetes.",
			map[string]kg.Certainty{"corticosteroid HAS_RISK steroid-induced hyperglycaemia": kg.Hedged}, nil},
		{"vision loss a therapy caused is a harm", "Stem cell injections into the eye have caused vision loss in three women.",
			map[string]kg.Certainty{"stem cell HAS_RISK iatrogenic vision loss": kg.Asserted}, nil},
		{"GVHD a transplant brings is a harm", "Transplantasi darah tali pusat dari donor bisa menimbulkan penyakit graft-versus-host (GVHD).",
			map[string]kg.Certainty{"umbilical cord blood HAS_RISK graft-versus-host disease after transplantation": kg.Hedged}, nil},
		{"a later clause of substitution leaves a denial standing", "Sekretom tidak menyembuhkan diabetes dan tidak menggantikan insulin.",
			map[string]kg.Certainty{"NOT secretome TREATS diabetes": kg.Asserted}, nil},
		{"what does not kill a virus does not treat its disease", "Pasien sirosis hati menerima MSC. Ia juga menegaskan MSC tidak membunuh virus hepatitis B.",
			map[string]kg.Certainty{"NOT mesenchymal stem cell TREATS hepatitis B": kg.Asserted}, nil},
		{"no substitute for a treatment treats nothing by itself", "Sel punca bukan pengganti kemoterapi untuk kanker.",
			map[string]kg.Certainty{"chemotherapy TREATS cancer": kg.Asserted}, []string{"stem cell TREATS cancer", "NOT stem cell TREATS cancer"}},
		{"a fronted phrase is no apposition", "After PRP, the corticosteroid group had more skin atrophy.",
			map[string]kg.Certainty{"corticosteroid HAS_RISK skin atrophy": kg.Asserted}, []string{"platelet-rich plasma HAS_RISK skin atrophy"}},
		{"a condition listed after safe for with a comma is not treated", "Exosome serum is safe for sensitive skin, rosacea and eczema.",
			nil, []string{"exosome TREATS rosacea", "exosome TREATS sensitive skin"}},
		{"a part of a therapy is no unit", "Bagian PRP yang kaya trombosit disuntikkan untuk mengobati osteoartritis lutut.",
			map[string]kg.Certainty{"platelet-rich plasma TREATS knee osteoarthritis": kg.Asserted}, nil},
		{"especially in a condition before any harm is treated", "PRP relieves pain, especially in knee osteoarthritis, but it can cause swelling.",
			map[string]kg.Certainty{"platelet-rich plasma TREATS knee osteoarthritis": kg.Asserted}, nil},
		{"a drug class right before its drug says what kind it is", "Selama ini keloid ditangani dengan suntikan kortikosteroid triamsinolon ke dalam keloid.",
			map[string]kg.Certainty{"triamcinolone TREATS keloid": kg.Asserted}, []string{"corticosteroid TREATS keloid", "corticosteroid ADMINISTERED_VIA injection"}},
		{"'in' pairs a therapy only when the sentence names it", "Stem cell therapy is offered at the clinic. In chronic Lyme disease the immune system often stays stuck in a state of chronic inflammation. Pada psoriasis, sistem imun menyerang kulit. Stem cells are used in chronic fatigue syndrome.",
			map[string]kg.Certainty{"stem cell TREATS chronic fatigue syndrome": kg.Asserted}, []string{"stem cell TREATS chronic Lyme disease", "stem cell TREATS psoriasis"}},
		{"none of those treated showed a harm, and a harm not reported after the procedure, are denied; one not seen after a day passed", "Secretome was injected into mice with liver fibrosis. None of the treated mice showed signs of liver toxicity. PRP is injected into the knee. Infection has not been reported after the procedure. Redness was not seen after day 3.",
			map[string]kg.Certainty{"NOT secretome HAS_RISK hepatotoxicity": kg.Asserted, "NOT platelet-rich plasma HAS_RISK infection": kg.Asserted, "platelet-rich plasma HAS_RISK erythema": kg.Asserted}, []string{"secretome HAS_RISK hepatotoxicity", "platelet-rich plasma HAS_RISK infection"}},
		{"a list a finding closes, and a rise joined by 'or', are denied whole", "UC-MSC were infused in 40 patients. No thromboembolic events, donor-specific antibodies or malignancies were observed. UC-MSC infusion did not increase cytomegalovirus reactivation (48.8% vs 50.9%) or infections.",
			map[string]kg.Certainty{"NOT umbilical cord mesenchymal stem cell HAS_RISK tumour formation": kg.Asserted, "NOT umbilical cord mesenchymal stem cell HAS_RISK infection": kg.Asserted}, []string{"umbilical cord mesenchymal stem cell HAS_RISK tumour formation", "umbilical cord mesenchymal stem cell HAS_RISK infection"}},
		{"evening out skin tone is no mechanism of its own", "Exosome facial. Meratakan warna kulit dan memudarkan flek bekas jerawat.",
			map[string]kg.Certainty{"exosome TREATS hyperpigmentation": kg.Asserted}, []string{"exosome ACTS_VIA skin brightening"}},
		{"a therapy named as what a denied harm relates to, hyphen left out, is its subject", "PRP was injected into the fracture gap. No PRP related infection occured.",
			map[string]kg.Certainty{"NOT platelet-rich plasma HAS_RISK infection": kg.Asserted}, []string{"platelet-rich plasma HAS_RISK infection"}},
		{"what is left out does nothing", "Platelet-rich fibrin (PRF), a second-generation platelet concentrate prepared without anticoagulant, releases growth factors that promote angiogenesis.",
			map[string]kg.Certainty{"platelet-rich fibrin ACTS_VIA angiogenesis": kg.Asserted}, []string{"anticoagulant ACTS_VIA angiogenesis"}},
		{"after 'but' and a modal, a verb of harm has the sentence's therapy", "Tetrabenazine reduces chorea but may cause depression and sleepiness. Daily corticosteroids slow the decline but cause weight gain and short stature.",
			map[string]kg.Certainty{"tetrabenazine HAS_RISK depression": kg.Hedged, "corticosteroid HAS_RISK short stature": kg.Asserted}, nil},
		{"a harm seen or reported with a therapy is its risk", "UC-MSC were infused in 12 infants. Transient fever within 24 h of a UC-MSC infusion was seen in 3 of 12 infants. Transient stinging on instillation of platelet lysate drops was reported by 6 patients.",
			map[string]kg.Certainty{"umbilical cord mesenchymal stem cell HAS_RISK fever": kg.Asserted, "platelet lysate HAS_RISK stinging": kg.Asserted}, nil},
		{"a condition cared for before is the patients' history", "The secretome gel reduced swelling in mice. Okonjo hopes to begin a trial of the gel in women who developed lymphoedema after breast cancer treatment. Sekretom diharapkan membantu pasien limfedema setelah operasi kanker payudara.",
			map[string]kg.Certainty{"secretome TREATS lymphoedema": kg.Speculative}, []string{"secretome TREATS breast cancer"}},
		{"whom a clinic does not treat is a contraindication", "Exosome IV therapy for fatigue. We do not treat clients who are pregnant or have active cancer.",
			nil, []string{"NOT exosome TREATS cancer", "exosome TREATS cancer"}},
		{"a denied finding in one clause leaves a harm in the next standing", "Stem cells were given to 12 children. No benefit was reported, and three children developed fever. MSC were infused in 30 patients. No patient withdrew from the study and fever was recorded in three.",
			map[string]kg.Certainty{"stem cell HAS_RISK fever": kg.Asserted, "mesenchymal stem cell HAS_RISK fever": kg.Asserted}, []string{"NOT stem cell HAS_RISK fever", "NOT mesenchymal stem cell HAS_RISK fever"}},
		{"'showed' with no counting negation names no harm's cause as a risk", "Rats treated with exosomes showed milder lung injury caused by infection.",
			nil, []string{"exosome HAS_RISK infection"}},
		{"a therapy after 'but' is no example of a drug class", "Rheumatoid arthritis is treated with DMARDs such as methotrexate to slow joint damage but stem cell therapy remains experimental.",
			map[string]kg.Certainty{"methotrexate TREATS rheumatoid arthritis": kg.Asserted}, []string{"stem cell TREATS rheumatoid arthritis"}},
		{"'induced' without a hyphen is a verb", "Stem cells induced fibrosis regression and improved cirrhosis in rats.",
			map[string]kg.Certainty{"stem cell TREATS liver cirrhosis": kg.Asserted}, nil},
		{"care a therapy of the sentence gives is no history", "Pain scores fell by half after knee osteoarthritis treatment with PRP.",
			map[string]kg.Certainty{"platelet-rich plasma TREATS knee osteoarthritis": kg.Asserted}, nil},
		{"a longer cue pairs a subject a clause leaves unsaid", "Terapi sel punca tersedia di klinik kami. Juga digunakan pada kasus stroke. PRP injections are offered at our clinic. Also helpful in plantar fasciitis.",
			map[string]kg.Certainty{"stem cell TREATS stroke": kg.Asserted, "platelet-rich plasma TREATS plantar fasciitis": kg.Asserted}, nil},
		{"'with or without' leaves the therapy in", "Microneedling with or without PRP reduced acne scars in 40 patients.",
			map[string]kg.Certainty{"platelet-rich plasma TREATS acne scar": kg.Asserted}, nil},
		{"'after' a count of procedures is no time", "PRP is injected into the knee. Infection was not reported after 1,200 injections.",
			map[string]kg.Certainty{"NOT platelet-rich plasma HAS_RISK infection": kg.Asserted}, []string{"platelet-rich plasma HAS_RISK infection"}},
		{"a bare laser is the one kind of laser the page is about", "Laser Tattoo Removal. Laser tattoo removal is the only proven way to fade unwanted ink. Our laser fires short pulses. It is effective, but it is a controlled injury to the skin: redness, swelling and blistering are normal for a few days. Menu: Laser Hair Removal.",
			map[string]kg.Certainty{"laser tattoo removal HAS_RISK blistering": kg.Asserted, "laser tattoo removal HAS_RISK swelling": kg.Asserted}, []string{"laser therapy HAS_RISK blistering"}},
		{"guideline-directed therapy is standard care for the trial's condition", "Acute myocardial infarction damages heart muscle. We enrolled 40 patients with acute myocardial infarction. All patients received guideline-directed therapy including dual antiplatelet therapy, beta-blockers and statins.",
			map[string]kg.Certainty{"antiplatelet drug TREATS myocardial infarction": kg.Asserted, "statin TREATS myocardial infarction": kg.Asserted}, nil},
		{"initial management is standard care", "Tenosinovitis de Quervain adalah peradangan selubung tendon. Penelitian ini melibatkan pasien tenosinovitis de Quervain. Tatalaksana awal meliputi bidai thumb spica dan obat antiinflamasi nonsteroid (OAINS).",
			map[string]kg.Certainty{"thumb splint TREATS de Quervain tenosynovitis": kg.Asserted, "non-steroidal anti-inflammatory drug TREATS de Quervain tenosynovitis": kg.Asserted}, nil},
		{"what treatment focuses on is standard care", "Chronic kidney disease is common in older cats. Cats with chronic kidney disease drink more. Treatment focuses on slowing progression with a prescription kidney diet and phosphate binders.",
			map[string]kg.Certainty{"renal diet TREATS chronic kidney disease": kg.Asserted, "phosphate binder TREATS chronic kidney disease": kg.Asserted}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			checkProvenance(t, []byte(tc.text), d)
			got := claimsOf(d)
			for k, cert := range tc.want {
				c, ok := got[k]
				if !ok {
					t.Errorf("missing %q; got %v", k, keys(got))
					continue
				}
				if c.Certainty != cert {
					t.Errorf("%q certainty = %s (cues %v), want %s", k, c.Certainty, c.Cues, cert)
				}
			}
			for _, k := range tc.absent {
				if _, ok := got[k]; ok {
					t.Errorf("unexpected %q", k)
				}
			}
		})
	}
}

func keys(m map[string]kg.Claim) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestAttribution(t *testing.T) {
	d := extractSeed(t, "000")
	var gia, regeneric bool
	for _, c := range d.Claims {
		if c.AttributedTo == "kg:person/gia-pratama" && c.Via == "kg:org/klikdokter" {
			gia = true
		}
		if strings.HasPrefix(c.Quote, "laman Regeneric") {
			regeneric = c.Via == "kg:org/regeneric" && c.AttributedTo == ""
		}
	}
	if !gia || !regeneric {
		t.Fatalf("attribution: via Klikdokter to Gia Pratama %v, outlet Regeneric without person %v", gia, regeneric)
	}
	names := map[string]bool{}
	for _, e := range d.Entities {
		if e.Category == kg.CategoryPerson {
			names[e.Name] = true
		}
	}
	for _, n := range []string{"Gia Pratama", "Casey Tjahaja", "Rusdy Ghazali Malueka"} {
		if !names[n] {
			t.Errorf("person %q missing (have %v); titles and degrees must be stripped", n, names)
		}
	}
	if names["Gia"] {
		t.Error(`"dr. Gia" must join Gia Pratama, not become a person of its own`)
	}
}

// TestPostNominalEndsSentence checks that a full stop after a title that
// stands after a name ("MD", "Sp.KK") ends the sentence when a new one
// starts, so that each claim quotes only its own sentence.
func TestPostNominalEndsSentence(t *testing.T) {
	text := "“Hormone therapy is the first-line treatment for hot flashes,” says our director, Dr. Camille Ostrander, MD. “But HRT can raise the risk of blood clots.”"
	d := extractText(t, text)
	found := false
	for _, c := range d.Claims {
		if c.Predicate == kg.HasRisk && c.Object.Name == "thrombosis" {
			found = true
			if !strings.HasPrefix(c.Quote, "“But HRT") {
				t.Errorf("risk quoted as %q, want the sentence after MD.", c.Quote)
			}
		}
	}
	if !found {
		t.Errorf("no HAS_RISK thrombosis in %q", text)
	}
}

// TestStackedTitlesAreNotNames checks that academic titles written one
// after another ("Prof. Ir.", "Dr. Drs.") neither end the sentence nor
// become a person: the name is what follows them.
func TestStackedTitlesAreNotNames(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Menurut Prof. Ir. Sudarmono Lubis, konduit ini kelak dapat menjadi alternatif.", "Sudarmono Lubis"},
		{"Menurut Dr. Drs. Sudarmono Lubis, konduit ini kelak dapat menjadi alternatif.", "Sudarmono Lubis"},
		// A title without its full stop, opening an apposition.
		{"Doctors in the UK are far more cautious. Dr Helen Marchetti, a consultant paediatric neurologist at Westhollow Children's Hospital, said the evidence was weak. Dr Marchetti stressed that the cells do not turn into new brain cells.", "Helen Marchetti"},
	} {
		d := extractText(t, tc.text)
		names := map[string]bool{}
		for _, e := range d.Entities {
			if e.Category == kg.CategoryPerson {
				names[e.Name] = true
			}
		}
		if !names[tc.want] || len(names) != 1 {
			t.Errorf("%q: people %v, want only %s", tc.text, names, tc.want)
		}
	}
}

func TestTypoTolerantMatching(t *testing.T) {
	for _, tc := range []struct{ text, want, notWant string }{
		{"Mesenchimal Stem Cell", "CL:0000134", ""},
		{"sel punca mesnkimal", "CL:0000134", ""},
		{"meschymal stem cells", "CL:0000134", ""},
		{"Scretome Administration", "kg:therapy/secretome", ""},
		{"dermatisis atopi", "MONDO:0004980", ""},
		{"inclusion criteria", "", "MESH:D061605"},
		{"they led the trial", "", "MESH:D001799"},
		{"laju endap darah (LED)", "MESH:D001799", ""},
		// Known words are never corrected: they are words of their own.
		{"Informasi lengkap di laman klinik", "", "GO:0006954"},
		{"kebijakan baru Kemenkes", "", "MESH:D000505"},
		{"the typical patient", "", "MESH:D000287"},
		{"pasien mengalami peradagan kronis", "GO:0006954", ""},
		// A shed final "e" is forgiven when nothing else is near…
		{"growth factor dan exosom", "GO:0070062", ""},
		// …and in the plural of the shed spelling.
		{"Bone marrow MSC exosoms can protect kidneys", "GO:0070062", ""},
		// …and never splits a word between two near readings.
		{"Secretom is cell-free", "kg:therapy/secretome", ""},
		// Two spellings of one name equally near are one reading.
		{"exsosome bekerja melalui sinyal parakrin", "GO:0070062", ""},
		// Two letters swapped near the end of a long word.
		{"injeksi kortikosteriod subakromial", "kg:therapy/corticosteroid", ""},
		// A name can mean something else before certain words.
		{"so oral lesions are easily infected", "", "kg:route/oral"},
		{"obat ini diminum secara oral", "kg:route/oral", ""},
		// A capitalised name inside a sentence is not read two edits away.
		{"At Crestline we treat psoriatic arthritis", "", "kg:therapy/creatine-supplementation"},
		{"Patients from Crestline reported knee pain", "", "kg:therapy/creatine-supplementation"},
		{"Di klinik Asteria Regenerative Centre, ia menerima suntikan sel punca.", "", "HP:0012378"},
		{"Pasien kemudian menerima Mesenchimal Stem Cell dari tali pusat.", "CL:0000134", ""},
		{"Side effects included Astenia in two patients.", "HP:0012378", ""},
		// "filter" is a word of its own, not a misspelt filler.
		{"Filler carries its own risks; the filter was changed", "kg:therapy/dermal-filler", ""},
		{"the water filter was changed", "", "kg:therapy/dermal-filler"},
		// No name runs across a comma.
		{"Unlike stem cells, secretome is cell-free", "CL:0000034", ""},
	} {
		t.Run(tc.text, func(t *testing.T) {
			d := extractText(t, tc.text+".")
			ids := map[string]bool{}
			for _, e := range d.Entities {
				ids[e.ID] = true
			}
			if tc.want != "" && !ids[tc.want] {
				t.Errorf("%q: %s not found in %v", tc.text, tc.want, ids)
			}
			if tc.notWant != "" && ids[tc.notWant] {
				t.Errorf("%q: %s found by mistake", tc.text, tc.notWant)
			}
		})
	}
}

func TestANewLexiconEntryIsAllItTakes(t *testing.T) {
	lex, err := loaders.DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	lex.Entries = append(lex.Entries, loaders.LexEntry{
		ID: "kg:therapy/platelet-lysate", Name: "platelet lysate", Category: kg.CategoryTherapy,
		Names: map[string][]string{"en": {"platelet lysate", "human platelet lysate", "HPL"}, "id": {"lisat trombosit"}},
	})
	x, err := loaders.New(loaders.Options{Lexicon: lex, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	d, err := x.Extract(context.Background(), []byte("Lisat trombosit dapat mengobati osteoartritis lutut."), kg.Source{})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := claimsOf(d)["platelet lysate TREATS knee osteoarthritis"]; !ok {
		t.Fatalf("claims = %v", keys(claimsOf(d)))
	}
}

func TestAPersonsNameInsideAHospitalsIsNotAPerson(t *testing.T) {
	d := extractText(t, "Ahli ortopedi RSUD Dr. Saiful Anwar, dr. Yoga Prasetyo, Sp.OT, mengatakan terapi sel punca belum terbukti.")
	got := map[kg.Category][]string{}
	for _, e := range d.Entities {
		got[e.Category] = append(got[e.Category], e.Name)
	}
	if !slices.Contains(got[kg.CategoryPerson], "Yoga Prasetyo") || slices.Contains(got[kg.CategoryPerson], "Saiful Anwar") {
		t.Errorf("people = %v, want Yoga Prasetyo and not Saiful Anwar", got[kg.CategoryPerson])
	}
	if !slices.Contains(got[kg.CategoryOrganization], "RSUD Dr. Saiful Anwar") {
		t.Errorf("organisations = %v, want RSUD Dr. Saiful Anwar", got[kg.CategoryOrganization])
	}
}

func TestOrganizationNamesAreWhole(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"\"This is a small study,\" said Prof. Reza Mahendra of the Sulawesi Institute of Neuroscience.", "Sulawesi Institute of Neuroscience"},
		{"Dr. Lin of the Formosa Institute of Respiratory Medicine said the trial was small.", "Formosa Institute of Respiratory Medicine"},
		{"Ketua Persatuan Dokter Gigi Indonesia (PDGI) mengingatkan bahwa terapi ini belum terbukti.", "Persatuan Dokter Gigi Indonesia"},
		{"Dr Priya Raghunathan, a neonatologist at St Aldric's Children's Hospital, was not involved.", "St Aldric's Children's Hospital"},
		{"The study was funded by the Neonatal Research Trust.", "Neonatal Research Trust"},
		{"The Lumora Regenerative Eye Center did not respond to requests for comment.", "Lumora Regenerative Eye Center"},
		{"The study was funded by the Harcastle Foundation for Brain Research and published last week.", "Harcastle Foundation for Brain Research"},
		{"The team at Carrow Valley University School of Medicine treated 20 rats.", "Carrow Valley University School of Medicine"},
		{"The work was done at Northvale University's Halloway Institute for Cardiovascular Research and St Aldwyn's Hospital.", "Halloway Institute for Cardiovascular Research"},
		{"Di Ayudya Women's Clinic, kami menyediakan dua pilihan terapi regeneratif.", "Ayudya Women's Clinic"},
		{"He flew to the Mayo Clinic for Parkinson's Disease surgery, where surgeons implanted cells.", "Mayo Clinic"},
		{"The surgery was done at Kyoto University's Hospital in March.", "Kyoto University's Hospital"},
		{"The cells were manufactured by the Meridian Cell Therapy Centre in Oslo.", "Meridian Cell Therapy Centre"},
	} {
		t.Run(tc.want, func(t *testing.T) {
			d := extractText(t, tc.text)
			var orgs []string
			for _, e := range d.Entities {
				if e.Category == kg.CategoryOrganization {
					orgs = append(orgs, e.Name)
				}
			}
			if !slices.Contains(orgs, tc.want) {
				t.Errorf("organisations = %v, want %q", orgs, tc.want)
			}
		})
	}
}

// TestNamedProductsAreTherapies checks that a product the text names and
// the lexicon lacks becomes a Therapy, named as written, when something
// marks it as a product: words that introduce it after a therapy word, an
// apposition to a therapy, or a trade-mark sign. A name nothing marks, an
// acronym and a person's name are no product.
func TestNamedProductsAreTherapies(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // product names
	}{
		{"introduced", "The therapy, known as CRX-201, is made from each boy's own muscle stem cells. CRX-201 was injected into muscles.", []string{"CRX-201"}},
		{"introduced id", "Klinik itu menjual serum bernama DermaRegen untuk bekas jerawat.", []string{"DermaRegen"}},
		{"apposition", "The regulator approved Fistracel, a one-off injection of stem cells taken from donors.", []string{"Fistracel"}},
		{"trade mark", "Efek samping ReCurve™ yang mungkin terjadi adalah memar ringan.", []string{"ReCurve"}},
		{"a person named", "A girl named Sarah received the injections.", nil},
		{"a place in apposition", "Patients travelled to Wakefield, a town with a regenerative clinic.", nil},
		{"an acronym", "Dokter dapat merekomendasikan infus UCMSC, yaitu stemcell hidup dari tali pusat.", nil},
		{"a clinic in apposition", "Patients were treated at Harbourview, a clinic that offers PRP injections for knee osteoarthritis.", nil},
		{"a country after a brand word", "Serum eksosom dengan merek Korea kini banyak dijual untuk jerawat.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			var got []string
			for _, e := range d.Entities {
				if strings.HasPrefix(e.ID, "kg:product/") {
					if e.Category != kg.CategoryTherapy {
						t.Errorf("%s is a %s, want a Therapy", e.Name, e.Category)
					}
					got = append(got, e.Name)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("products = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestATherapyInAppositionIsNoPerson checks that a capitalised span
// naming a therapy before a comma ("Setelah PRP, serum dioleskan … oleh
// dokter") is not read as a person in apposition to a role.
func TestATherapyInAppositionIsNoPerson(t *testing.T) {
	d := extractText(t, "Setelah PRP, serum dioleskan ke kulit kepala oleh dokter kami lalu dibantu microneedling.")
	for _, e := range d.Entities {
		if e.Category == kg.CategoryPerson {
			t.Errorf("person %q, want none", e.Name)
		}
	}
}

// TestCurrencyIsNoPerson checks that a price after a role word
// ("konsultasi dokter Rp 150.000") makes no person of the currency.
func TestCurrencyIsNoPerson(t *testing.T) {
	d := extractText(t, "Harga paket exosome Rp 2.850.000 per sesi, belum termasuk konsultasi dokter Rp 150.000.")
	for _, e := range d.Entities {
		if e.Category == kg.CategoryPerson {
			t.Errorf("person %q, want none", e.Name)
		}
	}
}

// TestOwnClinicByPronounIsNoOrganization checks that "Klinik Kami" and
// "Our Knee Pain Center", a page's names for itself, become no
// organisation (and the knee pain inside the second stays a condition),
// while a name that ends in an ordinary word ("Rumah Sakit Harapan Baru")
// or holds a possessive ("Our Lady's Hospital") stays one.
func TestOwnClinicByPronounIsNoOrganization(t *testing.T) {
	d := extractText(t, "Di Klinik Kami, suntik PRP dilakukan dengan panduan USG untuk tenosinovitis De Quervain. Pasien lain dirujuk ke Rumah Sakit Harapan Baru. Our Knee Pain Center offers PRP and stem cell injections. Surgeons at Our Lady's Hospital treated 40 patients with tennis elbow.")
	var orgs []string
	knee := false
	for _, e := range d.Entities {
		if e.Category == kg.CategoryOrganization {
			orgs = append(orgs, e.Name)
		}
		knee = knee || e.Name == "knee pain"
	}
	if !slices.Equal(orgs, []string{"Rumah Sakit Harapan Baru", "Our Lady's Hospital"}) {
		t.Errorf("organisations %q, want Rumah Sakit Harapan Baru and Our Lady's Hospital", orgs)
	}
	if !knee {
		t.Error("knee pain inside the page's own centre's name was dropped")
	}
}

// TestUnitNameAloneIsNoOrganization checks that a faculty's or a
// hospital's kind named alone ("Fakultas Kedokteran Gigi", "Rumah Sakit
// Umum Daerah") is no organisation, while the same kind with its own name
// ("Northvale University School of Medicine") is one.
func TestUnitNameAloneIsNoOrganization(t *testing.T) {
	d := extractText(t, "Penelitian dilakukan di Rumah Sakit Umum Daerah bersama Fakultas Kedokteran Gigi. The study was run by the Faculty of Medicine and Northvale University School of Medicine.")
	var orgs []string
	for _, e := range d.Entities {
		if e.Category == kg.CategoryOrganization {
			orgs = append(orgs, e.Name)
		}
	}
	if !slices.Equal(orgs, []string{"Northvale University School of Medicine"}) {
		t.Errorf("organisations %q, want only Northvale University School of Medicine", orgs)
	}
}

// TestTextWithoutFullStopsIsCut checks that a document with no sentence
// ends (a scraped table, a hostile upload) is read in bounded pieces, each
// still quoted exactly: reading a sentence costs more than linear time in
// its length.
func TestTextWithoutFullStopsIsCut(t *testing.T) {
	text := strings.Repeat("sekretom mengandung eksosom dan growth factor, ", 400) + strings.Repeat("exosome treats psoriasis ", 400)
	d := extractText(t, text)
	checkProvenance(t, []byte(text), d)
	if len(d.Claims) == 0 {
		t.Fatal("no claims")
	}
	for _, c := range d.Claims {
		if n := len(strings.Fields(c.Quote)); n > 200 {
			t.Fatalf("quote of %d words: the text was not cut", n)
		}
	}
}

// TestASharedSurnameIsThePersonNamedLast checks that "Dr. Lee", after two
// doctors Lee were named, is the one named last, on every run.
func TestASharedSurnameIsThePersonNamedLast(t *testing.T) {
	text := "Stem Cells for Knee Pain\nDr. Anna Lee, a rheumatologist, is cautious about stem cells. Her husband, Dr. Zachary Lee, an orthopaedic surgeon in Boston, has offered stem cell injections since 2015.\nAccording to Dr. Lee, stem cells reduce knee osteoarthritis pain.\n"
	for range 3 {
		d := extractText(t, text)
		found := false
		for _, c := range d.Claims {
			if c.Predicate == kg.Treats && c.Start >= strings.Index(text, "According") {
				found = true
				if c.AttributedTo != "kg:person/zachary-lee" {
					t.Errorf("%s %s %s attributed to %q, want kg:person/zachary-lee", c.Subject.Name, c.Predicate, c.Object.Name, c.AttributedTo)
				}
			}
		}
		if !found {
			t.Fatal("no TREATS claim")
		}
	}
}
