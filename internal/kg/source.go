package kg

// Source is one loaded document. Its ID is "sha256:" and the hex SHA-256 of
// its original bytes, so the same bytes always make the same source.
type Source struct {
	ID   string `json:"id"`
	URI  string `json:"uri,omitempty"`
	Path string `json:"path,omitempty"`
	// Title, Publisher (the outlet or site) and Author as the document names them.
	Title     string `json:"title,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	Author    string `json:"author,omitempty"`
	// Language is "id", "en" or "mixed".
	Language string `json:"language"`
	Genre    Genre  `json:"genre"`
	// Published is an ISO 8601 date (or year-month, or year) when the document
	// says when it was published; PublishedText is the phrase it says it with.
	Published     string `json:"published,omitempty"`
	PublishedText string `json:"publishedText,omitempty"`
	Retrieved     string `json:"retrieved,omitempty"`
	// Size is the length of the original document in bytes.
	Size int `json:"size"`
	// Text is the original document, byte for byte.
	Text string `json:"-"`
	// ClaimCount is how many claims the source states; set by the store.
	ClaimCount int    `json:"-"`
	LoadedAt   string `json:"-"`
	// CitesNodes are the studies the source cites, when a read fetched them.
	CitesNodes []*Study `json:"-"`
	Nested     Nested   `json:"-"`
}
