package java

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// javax.xml.parsers on encoding/xml: a DocumentBuilder reads a whole document into a DOM
// tree (xml_dom.go) as Java's default (non-validating, not namespace-aware) parser does:
// names keep their prefixes, xmlns attributes are attributes, whitespace text stays, the
// XML declaration makes no node, a DOCTYPE makes a DocumentType node, CDATA sections are
// their own nodes unless coalescing. Malformed input throws SAXParseException with
// Xerces's message for the common faults (after printing "[Fatal Error] ..." on System.err
// as Java's default error handler does). DTDs are not read and validation is not done;
// only the predefined entities and character references are known.

// DocumentBuilderFactory is javax.xml.parsers.DocumentBuilderFactory.
type DocumentBuilderFactory struct {
	validating, namespaceAware, ignoringComments, ignoringWhitespace, coalescing bool
	expandEntities                                                               bool
	features                                                                     map[string]bool
}

// DocumentBuilderFactoryNewInstance is the static DocumentBuilderFactory.newInstance().
func DocumentBuilderFactoryNewInstance() *DocumentBuilderFactory {
	return &DocumentBuilderFactory{expandEntities: true, features: map[string]bool{}}
}

// SetValidating is setValidating(boolean) (recorded: no validation is done).
func (f *DocumentBuilderFactory) SetValidating(v bool) { f.validating = v }

// IsValidating is isValidating().
func (f *DocumentBuilderFactory) IsValidating() bool { return f.validating }

// SetNamespaceAware is setNamespaceAware(boolean) (names keep their prefixes either way).
func (f *DocumentBuilderFactory) SetNamespaceAware(v bool) { f.namespaceAware = v }

// IsNamespaceAware is isNamespaceAware().
func (f *DocumentBuilderFactory) IsNamespaceAware() bool { return f.namespaceAware }

// SetIgnoringComments is setIgnoringComments(boolean): no comment nodes.
func (f *DocumentBuilderFactory) SetIgnoringComments(v bool) { f.ignoringComments = v }

// IsIgnoringComments is isIgnoringComments().
func (f *DocumentBuilderFactory) IsIgnoringComments() bool { return f.ignoringComments }

// SetIgnoringElementContentWhitespace is setIgnoringElementContentWhitespace(boolean)
// (recorded: like Java without a DTD, whitespace text is kept).
func (f *DocumentBuilderFactory) SetIgnoringElementContentWhitespace(v bool) {
	f.ignoringWhitespace = v
}

// IsIgnoringElementContentWhitespace is isIgnoringElementContentWhitespace().
func (f *DocumentBuilderFactory) IsIgnoringElementContentWhitespace() bool {
	return f.ignoringWhitespace
}

// SetCoalescing is setCoalescing(boolean): CDATA sections become text, merged with
// adjacent text.
func (f *DocumentBuilderFactory) SetCoalescing(v bool) { f.coalescing = v }

// IsCoalescing is isCoalescing().
func (f *DocumentBuilderFactory) IsCoalescing() bool { return f.coalescing }

// SetExpandEntityReferences is setExpandEntityReferences(boolean) (recorded).
func (f *DocumentBuilderFactory) SetExpandEntityReferences(v bool) { f.expandEntities = v }

// SetFeature is setFeature(String, boolean) (recorded).
func (f *DocumentBuilderFactory) SetFeature(name string, value bool) { f.features[name] = value }

// GetFeature is getFeature(String).
func (f *DocumentBuilderFactory) GetFeature(name string) bool { return f.features[name] }

// NewDocumentBuilder is newDocumentBuilder().
func (f *DocumentBuilderFactory) NewDocumentBuilder() *DocumentBuilder {
	c := *f
	return &DocumentBuilder{cfg: &c}
}

// DocumentBuilder is javax.xml.parsers.DocumentBuilder.
type DocumentBuilder struct {
	cfg          *DocumentBuilderFactory
	errorHandler any
}

// NewDocument is newDocument(): an empty Document.
func (b *DocumentBuilder) NewDocument() Document { return newDocument() }

// IsValidating is isValidating().
func (b *DocumentBuilder) IsValidating() bool { return b.cfg.validating }

// IsNamespaceAware is isNamespaceAware().
func (b *DocumentBuilder) IsNamespaceAware() bool { return b.cfg.namespaceAware }

// SetErrorHandler is setErrorHandler(ErrorHandler): with one set, parse errors are not
// printed (they are still thrown).
func (b *DocumentBuilder) SetErrorHandler(eh any) { b.errorHandler = eh }

// ParseFile is parse(File).
func (b *DocumentBuilder) ParseFile(f *File) Document {
	if f == nil {
		panic(NewIllegalArgumentException2("File cannot be null"))
	}
	data, err := os.ReadFile(f.path)
	if err != nil {
		panic(openError(&os.PathError{Op: "open", Path: f.AbsolutePath(), Err: errors.Unwrap(err)}))
	}
	return b.parse(data, "file:"+f.AbsolutePath(), filepath.Base(f.path))
}

// ParseURI is parse(String uri): a file path or file: URI.
func (b *DocumentBuilder) ParseURI(uri string) Document {
	return b.ParseFile(NewFile(strings.TrimPrefix(uri, "file:")))
}

// ParseStream is parse(InputStream).
func (b *DocumentBuilder) ParseStream(is InputStream) Document {
	if isNull(is) {
		panic(NewIllegalArgumentException2("InputStream cannot be null"))
	}
	return b.parse(int8sAsBytes(readAll(is)), "", "")
}

// ParseSource is parse(InputSource).
func (b *DocumentBuilder) ParseSource(src *InputSource) Document {
	switch {
	case src == nil:
		panic(NewIllegalArgumentException2("InputSource cannot be null"))
	case src.reader != nil:
		var sb strings.Builder
		buf := make([]uint16, 4096)
		for n := src.reader.Read3(buf, 0, int32(len(buf))); n >= 0; n = src.reader.Read3(buf, 0, int32(len(buf))) {
			sb.WriteString(fromUnits(buf[:n]))
		}
		return b.parse([]byte(sb.String()), src.systemID, "")
	case src.stream != nil:
		return b.parse(int8sAsBytes(readAll(src.stream)), src.systemID, "")
	}
	return b.ParseURI(src.systemID)
}

// InputSource is org.xml.sax.InputSource.
type InputSource struct {
	stream   InputStream
	reader   Reader
	systemID string
}

// NewInputSource is the constructor InputSource().
func NewInputSource() *InputSource { return &InputSource{} }

// NewInputSource2 is the constructor InputSource(String systemId).
func NewInputSource2(systemID string) *InputSource { return &InputSource{systemID: systemID} }

// NewInputSource3 is the constructor InputSource(InputStream).
func NewInputSource3(byteStream InputStream) *InputSource { return &InputSource{stream: byteStream} }

// NewInputSource4 is the constructor InputSource(Reader).
func NewInputSource4(characterStream Reader) *InputSource {
	return &InputSource{reader: characterStream}
}

// SetByteStream is setByteStream(InputStream).
func (s *InputSource) SetByteStream(in InputStream) { s.stream = in }

// SetCharacterStream is setCharacterStream(Reader).
func (s *InputSource) SetCharacterStream(r Reader) { s.reader = r }

// SetSystemId is setSystemId(String).
func (s *InputSource) SetSystemId(id string) { s.systemID = id }

// SystemId is getSystemId().
func (s *InputSource) SystemId() string { return s.systemID }

// toUTF8 decodes the document's bytes by its byte-order mark or declared encoding.
func toUTF8(data []byte) ([]byte, string) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return data[3:], "UTF-8"
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}), bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		le := data[0] == 0xFF
		units := make([]uint16, 0, len(data)/2)
		for i := 2; i+1 < len(data); i += 2 {
			if le {
				units = append(units, uint16(data[i])|uint16(data[i+1])<<8)
			} else {
				units = append(units, uint16(data[i])<<8|uint16(data[i+1]))
			}
		}
		return []byte(string(utf16.Decode(units))), "UTF-16"
	}
	enc := "UTF-8"
	if bytes.HasPrefix(data, []byte("<?xml")) {
		end := bytes.Index(data, []byte("?>"))
		if end > 0 {
			decl := string(data[:end])
			if i := strings.Index(decl, "encoding="); i >= 0 && i+10 < len(decl) {
				q := decl[i+9]
				rest := decl[i+10:]
				if j := strings.IndexByte(rest, q); j >= 0 {
					enc = strings.ToUpper(rest[:j])
				}
			}
		}
	}
	switch enc {
	case "ISO-8859-1", "LATIN1", "WINDOWS-1252", "US-ASCII", "ASCII", "CP1252":
		var b bytes.Buffer
		for _, c := range data {
			b.WriteRune(rune(c))
		}
		return b.Bytes(), enc
	}
	return data, enc
}

// xmlParser builds the tree from encoding/xml's raw tokens, checking what RawToken does
// not (matching tags, one root, no text outside it, unique attributes).
type xmlParser struct {
	cfg      *DocumentBuilderFactory
	src      []byte
	doc      *domDocument
	stack    []*domElement
	rootSeen bool
	pending  strings.Builder // text not yet made a node
	name     string          // the file name for error messages
}

func (b *DocumentBuilder) parse(raw []byte, uri, name string) Document {
	data, enc := toUTF8(raw)
	p := &xmlParser{cfg: b.cfg, src: data, doc: newDocument(), name: name}
	p.doc.uri = uri
	if bytes.HasPrefix(raw, []byte("<?xml")) || bytes.HasPrefix(data, []byte("<?xml")) {
		p.doc.encoding = enc
	}
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	dec.CharsetReader = func(label string, input io.Reader) (io.Reader, error) { return input, nil }
	for {
		start := dec.InputOffset()
		tok, err := dec.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			p.fail(start, xmlErrorMessage(err, data, dec.InputOffset()), b.errorHandler == nil)
		}
		p.token(tok, start, dec.InputOffset(), b.errorHandler == nil)
	}
	switch {
	case len(p.stack) > 0:
		p.fail(int64(len(data)), "XML document structures must start and end within the same entity.", b.errorHandler == nil)
	case !p.rootSeen:
		p.fail(int64(len(data)), "Premature end of file.", b.errorHandler == nil)
	}
	p.flushText(nil)
	return p.doc
}

// xmlErrorMessage turns encoding/xml's error into Xerces's text where it is known.
func xmlErrorMessage(err error, data []byte, off int64) string {
	msg := err.Error()
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		msg = se.Msg
	}
	switch {
	case strings.HasPrefix(msg, "invalid character entity &"):
		name := strings.TrimSuffix(strings.TrimPrefix(msg, "invalid character entity &"), ";")
		name = strings.TrimSuffix(name, " (no semicolon)")
		return "The entity \"" + name + "\" was referenced, but not declared."
	case strings.Contains(msg, "unexpected EOF"):
		return "XML document structures must start and end within the same entity."
	}
	return msg
}

func (p *xmlParser) position(off int64) (line, col int) {
	if off > int64(len(p.src)) {
		off = int64(len(p.src))
	}
	before := p.src[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	col = utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:]) + 1
	return line, col
}

// fail throws SAXParseException (after Java's default "[Fatal Error]" line).
func (p *xmlParser) fail(off int64, msg string, print bool) {
	line, col := p.position(off)
	if print {
		SystemErr.Print("[Fatal Error] " + p.name + ":" + strconv.Itoa(line) + ":" + strconv.Itoa(col) + ": " + msg + "\n")
	}
	panic(NewSAXParseException(msg, "", p.doc.uri, int32(line), int32(col)))
}

func qname(n xml.Name) string {
	if n.Space != "" {
		return n.Space + ":" + n.Local
	}
	return n.Local
}

func (p *xmlParser) parent() Node {
	if len(p.stack) > 0 {
		return p.stack[len(p.stack)-1]
	}
	return p.doc
}

// flushText makes the pending text a Text node of the current parent.
func (p *xmlParser) flushText(parent Node) {
	if p.pending.Len() == 0 {
		return
	}
	if parent == nil {
		parent = p.parent()
	}
	parent.AppendChild(p.doc.CreateTextNode(p.pending.String()))
	p.pending.Reset()
}

func (p *xmlParser) token(tok xml.Token, start, end int64, print bool) {
	switch t := tok.(type) {
	case xml.StartElement:
		if len(p.stack) == 0 && p.rootSeen {
			p.fail(start, "The markup in the document following the root element must be well-formed.", print)
		}
		p.flushText(nil)
		e := p.doc.CreateElement(qname(t.Name)).(*domElement)
		for _, a := range t.Attr {
			n := qname(a.Name)
			if e.attrs.find(n) != nil {
				p.fail(start, "Attribute \""+n+"\" was already specified for element \""+e.tagName+"\".", print)
			}
			e.SetAttribute(n, a.Value)
		}
		p.parent().AppendChild(e)
		p.stack = append(p.stack, e)
		p.rootSeen = true // <a/> comes as a start and an end token
	case xml.EndElement:
		n := qname(t.Name)
		if len(p.stack) == 0 {
			p.fail(start, "The markup in the document following the root element must be well-formed.", print)
		}
		top := p.stack[len(p.stack)-1]
		if top.tagName != n {
			p.fail(start, "The element type \""+top.tagName+"\" must be terminated by the matching end-tag \"</"+top.tagName+">\".", print)
		}
		p.flushText(nil)
		p.stack = p.stack[:len(p.stack)-1]
	case xml.CharData:
		if len(p.stack) == 0 {
			if len(bytes.TrimSpace(t)) > 0 {
				msg := "Content is not allowed in prolog."
				if p.rootSeen {
					msg = "Content is not allowed in trailing section."
				}
				p.fail(start, msg, print)
			}
			return // whitespace outside the root makes no node
		}
		if bytes.HasPrefix(p.src[start:end], []byte("<![CDATA[")) && !p.cfg.coalescing {
			p.flushText(nil)
			p.parent().AppendChild(p.doc.CreateCDATASection(string(t)))
			return
		}
		p.pending.Write(t)
	case xml.Comment:
		if p.cfg.ignoringComments {
			return // the text around it merges, as in Java
		}
		p.flushText(nil)
		p.parent().AppendChild(p.doc.CreateComment(string(t)))
	case xml.ProcInst:
		if t.Target == "xml" {
			if v := declAttr(string(t.Inst), "version"); v != "" {
				p.doc.version = v
			}
			return
		}
		p.flushText(nil)
		p.parent().AppendChild(p.doc.createPI(t.Target, strings.TrimSpace(string(t.Inst))))
	case xml.Directive:
		d := strings.TrimSpace(string(t))
		if strings.HasPrefix(d, "DOCTYPE") {
			fields := strings.Fields(strings.TrimPrefix(d, "DOCTYPE"))
			dt := &domDocType{nodeBase: nodeBase{owner: p.doc}}
			dt.self = dt
			if len(fields) > 0 {
				dt.name = strings.TrimSuffix(fields[0], "[")
			}
			for i := 1; i+1 < len(fields); i++ {
				switch fields[i] {
				case "SYSTEM":
					dt.systemID = strings.Trim(fields[i+1], "\"'")
				case "PUBLIC":
					dt.publicID = strings.Trim(fields[i+1], "\"'")
					if i+2 < len(fields) {
						dt.systemID = strings.Trim(fields[i+2], "\"'")
					}
				}
			}
			p.doc.AppendChild(dt)
		}
	}
}

// declAttr reads a pseudo-attribute of the XML declaration.
func declAttr(inst, name string) string {
	i := strings.Index(inst, name+"=")
	if i < 0 || i+len(name)+2 > len(inst) {
		return ""
	}
	rest := inst[i+len(name)+1:]
	q := rest[0]
	if j := strings.IndexByte(rest[1:], q); j >= 0 {
		return rest[1 : 1+j]
	}
	return ""
}

// SAXException is org.xml.sax.SAXException.
type SAXException interface {
	Exception
	// AsSAXException gives the struct behind the value.
	AsSAXException() *SAXExceptionImpl
	// Exception is getException(): the wrapped exception, nil if none.
	Exception() Exception
}

// SAXExceptionImpl is the struct behind SAXException.
type SAXExceptionImpl struct {
	ExceptionImpl
	wrapped Exception
}

// AsSAXException gives the struct behind the value.
func (e *SAXExceptionImpl) AsSAXException() *SAXExceptionImpl { return e }

// Exception is getException().
func (e *SAXExceptionImpl) Exception() Exception { return e.wrapped }

// NewSAXException is the constructor SAXException().
func NewSAXException() *SAXExceptionImpl {
	e := &SAXExceptionImpl{}
	e.InitException(e)
	return e
}

// NewSAXException2 is the constructor SAXException(String).
func NewSAXException2(message string) *SAXExceptionImpl {
	e := &SAXExceptionImpl{}
	e.InitException2(e, message)
	return e
}

// NewSAXException3 is the constructor SAXException(String, Exception).
func NewSAXException3(message string, ex Exception) *SAXExceptionImpl {
	e := &SAXExceptionImpl{wrapped: ex}
	e.InitException2(e, message)
	return e
}

// NewSAXException4 is the constructor SAXException(Exception): the message is the wrapped
// exception's.
func NewSAXException4(ex Exception) *SAXExceptionImpl {
	e := &SAXExceptionImpl{wrapped: ex}
	e.InitException(e)
	return e
}

// Message is getMessage(): the wrapped exception's when this one has none.
func (e *SAXExceptionImpl) Message() string {
	if e.ThrowableImpl.Message() == "" && e.wrapped != nil {
		return e.wrapped.Message()
	}
	return e.ThrowableImpl.Message()
}

// Cause is getCause(): the wrapped exception.
func (e *SAXExceptionImpl) Cause() Throwable {
	if e.wrapped != nil {
		return e.wrapped
	}
	return nil
}

// SAXParseException is org.xml.sax.SAXParseException.
type SAXParseException struct {
	SAXExceptionImpl
	publicID, systemID string
	line, column       int32
}

// NewSAXParseException is the constructor SAXParseException(String, String, String, int, int).
func NewSAXParseException(message, publicID, systemID string, lineNumber, columnNumber int32) *SAXParseException {
	e := &SAXParseException{publicID: publicID, systemID: systemID, line: lineNumber, column: columnNumber}
	e.InitException2(e, message)
	return e
}

// LineNumber is getLineNumber().
func (e *SAXParseException) LineNumber() int32 { return e.line }

// ColumnNumber is getColumnNumber().
func (e *SAXParseException) ColumnNumber() int32 { return e.column }

// SystemId is getSystemId().
func (e *SAXParseException) SystemId() string { return e.systemID }

// PublicId is getPublicId().
func (e *SAXParseException) PublicId() string { return e.publicID }

func init() {
	registerClassNames(map[string]string{
		"SAXExceptionImpl":       "org.xml.sax.SAXException",
		"SAXParseException":      "org.xml.sax.SAXParseException",
		"DocumentBuilderFactory": "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl",
		"DocumentBuilder":        "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderImpl",
	})
}
