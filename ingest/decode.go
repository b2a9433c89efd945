package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/net/html/charset"

	"github.com/newsgraph/newsgraph/graph"
)

// signatures are the leading bytes of common binary formats, so that an
// image or an archive passed by mistake is named for what it is.
var signatures = []struct {
	magic string
	name  string
}{
	{"\x89PNG\r\n\x1a\n", "PNG image"},
	{"\xff\xd8\xff", "JPEG image"},
	{"GIF87a", "GIF image"},
	{"GIF89a", "GIF image"},
	{"%PDF-", "PDF document"},
	{"PK\x03\x04", "ZIP archive (or DOCX/XLSX/ODT)"},
	{"\x1f\x8b", "gzip archive"},
	{"BZh", "bzip2 archive"},
	{"\xfd7zXZ\x00", "xz archive"},
	{"7z\xbc\xaf\x27\x1c", "7z archive"},
	{"\x7fELF", "ELF executable"},
	{"RIFF", "RIFF media file"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE document (DOC/XLS)"},
}

// decode turns the raw bytes of an input into UTF-8 text. It decodes
// UTF-16 with a byte order mark, drops a UTF-8 byte order mark and
// rejects empty, whitespace-only and binary input with an error of kind
// Invalid naming the input.
//
// Text that is not valid UTF-8 is repaired rather than rejected, with a
// note saying so: when it holds no valid multi-byte UTF-8 sequence at
// all it is taken to be Windows-1252 (the usual encoding of legacy news
// text, a superset of Latin-1) and decoded as such; otherwise each
// invalid byte is replaced by U+FFFD. Input where more than a tenth of
// the bytes are invalid UTF-8 or control characters is binary, not text.
//
// For HTML, text that is not valid UTF-8 is first decoded with the
// character set the page declares in a <meta> element, when it declares
// one other than UTF-8 and Windows-1252 (windows-1251, ISO-8859-2, ...).
func decode(name string, data []byte, isHTML bool) (text string, notes []string, err error) {
	const op = "ingest.Read"
	if len(data) == 0 {
		return "", nil, graph.Errorf(op, graph.Invalid, "%s: empty file", name)
	}
	for _, s := range signatures {
		if bytes.HasPrefix(data, []byte(s.magic)) {
			return "", nil, graph.Errorf(op, graph.Invalid, "%s: binary file (%s), not text", name, s.name)
		}
	}
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		s, err := decodeUTF16(data)
		if err != nil {
			return "", nil, graph.Errorf(op, graph.Invalid, "%s: %v", name, err)
		}
		data = []byte(s)
		notes = append(notes, "decoded from UTF-16")
	case isHTML && !utf8.Valid(data) && bytes.IndexByte(data, 0) < 0:
		if enc, cs, _ := charset.DetermineEncoding(data, "text/html"); cs != "utf-8" && cs != "windows-1252" {
			if d, err := enc.NewDecoder().Bytes(data); err == nil {
				data = d
				notes = append(notes, "decoded from "+cs+" as the page declares")
			}
		}
	}
	if bad, ctrl := badBytes(data); bad+ctrl > len(data)/10 || bytes.IndexByte(data, 0) >= 0 {
		if looksUTF16(data) {
			return "", nil, graph.Errorf(op, graph.Invalid, "%s: binary file, or UTF-16 text without a byte order mark", name)
		}
		return "", nil, graph.Errorf(op, graph.Invalid, "%s: binary file (%d of %d bytes are NUL, control or invalid UTF-8), not text", name, bad+ctrl, len(data))
	} else if bad > 0 {
		if hasMultibyte(data) {
			data = []byte(strings.ToValidUTF8(string(data), "\uFFFD"))
			notes = append(notes, fmt.Sprintf("%d invalid UTF-8 bytes replaced by U+FFFD", bad))
		} else {
			data = []byte(decodeWindows1252(data))
			notes = append(notes, "not UTF-8: decoded as Windows-1252")
		}
	}
	text = strings.ReplaceAll(string(data), "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	if strings.TrimSpace(text) == "" {
		return "", nil, graph.Errorf(op, graph.Invalid, "%s: only whitespace, no text", name)
	}
	return text, notes, nil
}

// looksUTF16 reports whether data looks like UTF-16 text without a byte
// order mark: NUL bytes in many code units, nearly all on one side.
func looksUTF16(data []byte) bool {
	var even, odd int
	for i, c := range data {
		if c == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	hi, lo := max(even, odd), min(even, odd)
	return hi >= len(data)/8 && lo*10 <= hi
}

// decodeUTF16 decodes UTF-16 text that starts with a byte order mark.
func decodeUTF16(data []byte) (string, error) {
	big := data[0] == 0xFE
	data = data[2:]
	if len(data)%2 != 0 {
		return "", fmt.Errorf("UTF-16 text with an odd number of bytes (%d)", len(data)+2)
	}
	u := make([]uint16, len(data)/2)
	for i := range u {
		if big {
			u[i] = uint16(data[2*i])<<8 | uint16(data[2*i+1])
		} else {
			u[i] = uint16(data[2*i+1])<<8 | uint16(data[2*i])
		}
	}
	return string(utf16.Decode(u)), nil
}

// badBytes counts the bytes of data that are not part of valid UTF-8
// and the control characters other than tab, newline, vertical tab, form
// feed, carriage return and escape.
func badBytes(data []byte) (bad, ctrl int) {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			bad++
		case r < 0x20 && r != '\t' && r != '\n' && r != '\v' && r != '\f' && r != '\r' && r != 0x1b, r == 0x7f:
			ctrl++
		}
		i += size
	}
	return bad, ctrl
}

// hasMultibyte reports whether data holds at least one valid multi-byte
// UTF-8 sequence.
func hasMultibyte(data []byte) bool {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if size > 1 && r != utf8.RuneError {
			return true
		}
		i += size
	}
	return false
}

// cp1252 maps the bytes 0x80–0x9F of Windows-1252 to Unicode; the other
// bytes are Latin-1, whose code points equal the byte values. Undefined
// bytes map to U+FFFD.
var cp1252 = [32]rune{
	'€', '\uFFFD', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\uFFFD', 'Ž', '\uFFFD',
	'\uFFFD', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\uFFFD', 'ž', 'Ÿ',
}

func decodeWindows1252(data []byte) string {
	var b strings.Builder
	b.Grow(len(data) + len(data)/8)
	for _, c := range data {
		switch {
		case c < 0x80:
			b.WriteByte(c)
		case c < 0xA0:
			b.WriteRune(cp1252[c-0x80])
		default:
			b.WriteRune(rune(c))
		}
	}
	return b.String()
}
