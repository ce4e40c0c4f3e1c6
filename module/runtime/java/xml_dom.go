package java

import (
	"sort"
	"strings"
)

// org.w3c.dom: the node tree a DocumentBuilder parses. Each node kind is its own Go type
// implementing the Java interfaces of that kind (an Element is a Node and an Element, a
// Text is a Node, CharacterData and Text), so casts between them behave as in Java; a
// node is always the same pointer, so `n == m` and loops over getFirstChild /
// getNextSibling work as in Java. Attributes are kept sorted by name, as Xerces's
// NamedNodeMap keeps them. NodeLists are snapshots (Java's are live).

// Node types (Node.ELEMENT_NODE...).
const (
	NodeElementNode               int16 = 1
	NodeAttributeNode             int16 = 2
	NodeTextNode                  int16 = 3
	NodeCdataSectionNode          int16 = 4
	NodeEntityReferenceNode       int16 = 5
	NodeEntityNode                int16 = 6
	NodeProcessingInstructionNode int16 = 7
	NodeCommentNode               int16 = 8
	NodeDocumentNode              int16 = 9
	NodeDocumentTypeNode          int16 = 10
	NodeDocumentFragmentNode      int16 = 11
	NodeNotationNode              int16 = 12
)

// Node is org.w3c.dom.Node.
type Node interface {
	// NodeName is getNodeName().
	NodeName() string
	// NodeValue is getNodeValue(): "" where Java returns null (elements, documents).
	NodeValue() string
	// SetNodeValue is setNodeValue(String).
	SetNodeValue(nodeValue string)
	// NodeType is getNodeType().
	NodeType() int16
	// ParentNode is getParentNode().
	ParentNode() Node
	// ChildNodes is getChildNodes().
	ChildNodes() NodeList
	// FirstChild is getFirstChild().
	FirstChild() Node
	// LastChild is getLastChild().
	LastChild() Node
	// PreviousSibling is getPreviousSibling().
	PreviousSibling() Node
	// NextSibling is getNextSibling().
	NextSibling() Node
	// Attributes is getAttributes(): nil except for elements.
	Attributes() NamedNodeMap
	// OwnerDocument is getOwnerDocument().
	OwnerDocument() Document
	// HasChildNodes is hasChildNodes().
	HasChildNodes() bool
	// HasAttributes is hasAttributes().
	HasAttributes() bool
	// TextContent is getTextContent(): "" where Java returns null (documents).
	TextContent() string
	// SetTextContent is setTextContent(String).
	SetTextContent(textContent string)
	// AppendChild is appendChild(Node).
	AppendChild(newChild Node) Node
	// InsertBefore is insertBefore(Node, Node).
	InsertBefore(newChild, refChild Node) Node
	// RemoveChild is removeChild(Node).
	RemoveChild(oldChild Node) Node
	// ReplaceChild is replaceChild(Node, Node).
	ReplaceChild(newChild, oldChild Node) Node
	// LocalName is getLocalName(): "" for nodes made without namespaces (Java's null).
	LocalName() string
	// IsSameNode is isSameNode(Node).
	IsSameNode(other Node) bool
	// String is the node's toString(): `[name: value]`.
	String() string
	base() *nodeBase
}

// NodeList is org.w3c.dom.NodeList.
type NodeList interface {
	// Length is getLength().
	Length() int32
	// Item is item(int): nil out of range.
	Item(index int32) Node
}

// NamedNodeMap is org.w3c.dom.NamedNodeMap.
type NamedNodeMap interface {
	// Length is getLength().
	Length() int32
	// Item is item(int): nil out of range.
	Item(index int32) Node
	// GetNamedItem is getNamedItem(String): nil when absent.
	GetNamedItem(name string) Node
	// SetNamedItem is setNamedItem(Node).
	SetNamedItem(arg Node) Node
	// RemoveNamedItem is removeNamedItem(String).
	RemoveNamedItem(name string) Node
}

// Element is org.w3c.dom.Element.
type Element interface {
	Node
	// TagName is getTagName().
	TagName() string
	// GetAttribute is getAttribute(String): "" when absent, as in Java.
	GetAttribute(name string) string
	// SetAttribute is setAttribute(String, String).
	SetAttribute(name, value string)
	// HasAttribute is hasAttribute(String).
	HasAttribute(name string) bool
	// RemoveAttribute is removeAttribute(String).
	RemoveAttribute(name string)
	// GetAttributeNode is getAttributeNode(String).
	GetAttributeNode(name string) Attr
	// GetElementsByTagName is getElementsByTagName(String): "*" matches every element.
	GetElementsByTagName(name string) NodeList
}

// Attr is org.w3c.dom.Attr.
type Attr interface {
	Node
	// Name is getName().
	Name() string
	// Value is getValue().
	Value() string
	// SetValue is setValue(String).
	SetValue(value string)
	// OwnerElement is getOwnerElement().
	OwnerElement() Element
	// Specified is getSpecified().
	Specified() bool
}

// CharacterData is org.w3c.dom.CharacterData.
type CharacterData interface {
	Node
	// Data is getData().
	Data() string
	// SetData is setData(String).
	SetData(data string)
	// Length is getLength(): in UTF-16 units.
	Length() int32
}

// Text is org.w3c.dom.Text.
type Text interface {
	CharacterData
	// IsElementContentWhitespace is isElementContentWhitespace().
	IsElementContentWhitespace() bool
	// WholeText is getWholeText().
	WholeText() string
}

// Comment is org.w3c.dom.Comment.
type Comment interface {
	CharacterData
	isComment()
}

// CDATASection is org.w3c.dom.CDATASection.
type CDATASection interface {
	Text
	isCDATA()
}

// ProcessingInstruction is org.w3c.dom.ProcessingInstruction.
type ProcessingInstruction interface {
	Node
	// Target is getTarget().
	Target() string
	// Data is getData().
	Data() string
}

// DocumentType is org.w3c.dom.DocumentType.
type DocumentType interface {
	Node
	// Name is getName().
	Name() string
	// PublicId is getPublicId().
	PublicId() string
	// SystemId is getSystemId().
	SystemId() string
}

// Document is org.w3c.dom.Document.
type Document interface {
	Node
	// DocumentElement is getDocumentElement().
	DocumentElement() Element
	// Doctype is getDoctype().
	Doctype() DocumentType
	// GetElementsByTagName is getElementsByTagName(String).
	GetElementsByTagName(tagname string) NodeList
	// CreateElement is createElement(String).
	CreateElement(tagName string) Element
	// CreateTextNode is createTextNode(String).
	CreateTextNode(data string) Text
	// CreateComment is createComment(String).
	CreateComment(data string) Comment
	// CreateCDATASection is createCDATASection(String).
	CreateCDATASection(data string) CDATASection
	// CreateAttribute is createAttribute(String).
	CreateAttribute(name string) Attr
	// DocumentURI is getDocumentURI().
	DocumentURI() string
	// XmlVersion is getXmlVersion().
	XmlVersion() string
	// XmlEncoding is getXmlEncoding().
	XmlEncoding() string
}

// nodeBase is the tree links every node has.
type nodeBase struct {
	self                  Node
	owner                 *domDocument
	parent                Node
	firstChild, lastChild Node
	prev, next            Node
}

func (n *nodeBase) base() *nodeBase          { return n }
func (n *nodeBase) ParentNode() Node         { return n.parent }
func (n *nodeBase) FirstChild() Node         { return n.firstChild }
func (n *nodeBase) LastChild() Node          { return n.lastChild }
func (n *nodeBase) PreviousSibling() Node    { return n.prev }
func (n *nodeBase) NextSibling() Node        { return n.next }
func (n *nodeBase) Attributes() NamedNodeMap { return nil }
func (n *nodeBase) HasChildNodes() bool      { return n.firstChild != nil }
func (n *nodeBase) HasAttributes() bool      { return false }
func (n *nodeBase) LocalName() string        { return "" }
func (n *nodeBase) IsSameNode(other Node) bool {
	return !isNull(other) && other.base() == n
}

func (n *nodeBase) OwnerDocument() Document {
	if n.owner == nil {
		return nil
	}
	return n.owner
}

// ChildNodes is getChildNodes().
func (n *nodeBase) ChildNodes() NodeList {
	var out nodeList
	for c := n.firstChild; c != nil; c = c.NextSibling() {
		out = append(out, c)
	}
	return out
}

// TextContent is getTextContent() for elements: the text of the descendants, comments and
// processing instructions left out.
func (n *nodeBase) TextContent() string {
	var b strings.Builder
	collectText(n.self, &b)
	return b.String()
}

func collectText(n Node, b *strings.Builder) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c.NodeType() {
		case NodeTextNode, NodeCdataSectionNode:
			b.WriteString(c.NodeValue())
		case NodeElementNode:
			collectText(c, b)
		}
	}
}

// SetTextContent is setTextContent(String): the children become one text node.
func (n *nodeBase) SetTextContent(text string) {
	for c := n.firstChild; c != nil; {
		next := c.NextSibling()
		n.self.RemoveChild(c)
		c = next
	}
	if text != "" && n.owner != nil {
		n.self.AppendChild(n.owner.CreateTextNode(text))
	}
}

func hierarchyError(msg string) Throwable {
	return NewDOMException(DOMExceptionHierarchyRequestErr, msg)
}

// AppendChild is appendChild(Node).
func (n *nodeBase) AppendChild(newChild Node) Node { return n.InsertBefore(newChild, nil) }

// InsertBefore is insertBefore(Node, Node).
func (n *nodeBase) InsertBefore(newChild, refChild Node) Node {
	if isNull(newChild) {
		panic(NewNullPointerException())
	}
	for a := Node(n.self); a != nil; a = a.ParentNode() {
		if a.base() == newChild.base() {
			panic(hierarchyError("HIERARCHY_REQUEST_ERR: An attempt was made to insert a node where it is not permitted. "))
		}
	}
	if newChild.NodeType() == NodeAttributeNode || newChild.NodeType() == NodeDocumentNode {
		panic(hierarchyError("HIERARCHY_REQUEST_ERR: An attempt was made to insert a node where it is not permitted. "))
	}
	c := newChild.base()
	if c.parent != nil {
		c.parent.RemoveChild(newChild)
	}
	if isNull(refChild) {
		c.prev, c.next = n.lastChild, nil
		if n.lastChild != nil {
			n.lastChild.base().next = newChild
		} else {
			n.firstChild = newChild
		}
		n.lastChild = newChild
	} else {
		r := refChild.base()
		if r.parent == nil || r.parent.base() != n {
			panic(NewDOMException(DOMExceptionNotFoundErr, "NOT_FOUND_ERR: An attempt is made to reference a node in a context where it does not exist."))
		}
		c.prev, c.next = r.prev, refChild
		if r.prev != nil {
			r.prev.base().next = newChild
		} else {
			n.firstChild = newChild
		}
		r.prev = newChild
	}
	c.parent = n.self
	if n.owner != nil {
		c.owner = n.owner
	}
	return newChild
}

// RemoveChild is removeChild(Node).
func (n *nodeBase) RemoveChild(oldChild Node) Node {
	if isNull(oldChild) || oldChild.base().parent == nil || oldChild.base().parent.base() != n {
		panic(NewDOMException(DOMExceptionNotFoundErr, "NOT_FOUND_ERR: An attempt is made to reference a node in a context where it does not exist."))
	}
	c := oldChild.base()
	if c.prev != nil {
		c.prev.base().next = c.next
	} else {
		n.firstChild = c.next
	}
	if c.next != nil {
		c.next.base().prev = c.prev
	} else {
		n.lastChild = c.prev
	}
	c.parent, c.prev, c.next = nil, nil, nil
	return oldChild
}

// ReplaceChild is replaceChild(Node, Node).
func (n *nodeBase) ReplaceChild(newChild, oldChild Node) Node {
	n.InsertBefore(newChild, oldChild)
	return n.RemoveChild(oldChild)
}

// nodeList is a NodeList snapshot.
type nodeList []Node

func (l nodeList) Length() int32 { return int32(len(l)) }
func (l nodeList) Item(i int32) Node {
	if i < 0 || int(i) >= len(l) {
		return nil
	}
	return l[i]
}

// domElement is an Element.
type domElement struct {
	nodeBase
	tagName string
	attrs   *attrMap
}

func (e *domElement) NodeName() string              { return e.tagName }
func (e *domElement) NodeValue() string             { return "" }
func (e *domElement) SetNodeValue(string)           {}
func (e *domElement) NodeType() int16               { return NodeElementNode }
func (e *domElement) TagName() string               { return e.tagName }
func (e *domElement) Attributes() NamedNodeMap      { return e.attrs }
func (e *domElement) HasAttributes() bool           { return len(e.attrs.list) > 0 }
func (e *domElement) HasAttribute(name string) bool { return e.attrs.find(name) != nil }
func (e *domElement) String() string                { return "[" + e.tagName + ": null]" }

func (e *domElement) GetAttribute(name string) string {
	if a := e.attrs.find(name); a != nil {
		return a.value
	}
	return ""
}

func (e *domElement) GetAttributeNode(name string) Attr {
	if a := e.attrs.find(name); a != nil {
		return a
	}
	return nil
}

func (e *domElement) SetAttribute(name, value string) {
	if a := e.attrs.find(name); a != nil {
		a.value = value
		return
	}
	e.attrs.put(&domAttr{nodeBase: nodeBase{owner: e.owner}, name: name, value: value, ownerElem: e})
}

func (e *domElement) RemoveAttribute(name string) { e.attrs.RemoveNamedItem(name) }

func (e *domElement) GetElementsByTagName(name string) NodeList {
	var out nodeList
	collectElements(e, name, &out)
	return out
}

func collectElements(n Node, name string, out *nodeList) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if c.NodeType() == NodeElementNode {
			if name == "*" || c.NodeName() == name {
				*out = append(*out, c)
			}
			collectElements(c, name, out)
		}
	}
}

// attrMap is an element's attributes, sorted by name.
type attrMap struct {
	elem *domElement
	list []*domAttr
}

func (m *attrMap) find(name string) *domAttr {
	i := sort.Search(len(m.list), func(i int) bool { return m.list[i].name >= name })
	if i < len(m.list) && m.list[i].name == name {
		return m.list[i]
	}
	return nil
}

func (m *attrMap) put(a *domAttr) *domAttr {
	i := sort.Search(len(m.list), func(i int) bool { return m.list[i].name >= a.name })
	a.self, a.ownerElem = a, m.elem
	if i < len(m.list) && m.list[i].name == a.name {
		old := m.list[i]
		m.list[i] = a
		old.ownerElem = nil
		return old
	}
	m.list = append(m.list, nil)
	copy(m.list[i+1:], m.list[i:])
	m.list[i] = a
	return nil
}

func (m *attrMap) Length() int32 { return int32(len(m.list)) }

func (m *attrMap) Item(i int32) Node {
	if i < 0 || int(i) >= len(m.list) {
		return nil
	}
	return m.list[i]
}

func (m *attrMap) GetNamedItem(name string) Node {
	if a := m.find(name); a != nil {
		return a
	}
	return nil
}

func (m *attrMap) SetNamedItem(arg Node) Node {
	a, ok := arg.(*domAttr)
	if !ok {
		panic(hierarchyError("HIERARCHY_REQUEST_ERR: An attempt was made to insert a node where it is not permitted. "))
	}
	if old := m.put(a); old != nil {
		return old
	}
	return nil
}

func (m *attrMap) RemoveNamedItem(name string) Node {
	for i, a := range m.list {
		if a.name == name {
			m.list = append(m.list[:i:i], m.list[i+1:]...)
			a.ownerElem = nil
			return a
		}
	}
	panic(NewDOMException(DOMExceptionNotFoundErr, "NOT_FOUND_ERR: An attempt is made to reference a node in a context where it does not exist."))
}

// domAttr is an Attr.
type domAttr struct {
	nodeBase
	name, value string
	ownerElem   *domElement
}

func (a *domAttr) NodeName() string        { return a.name }
func (a *domAttr) NodeValue() string       { return a.value }
func (a *domAttr) SetNodeValue(v string)   { a.value = v }
func (a *domAttr) NodeType() int16         { return NodeAttributeNode }
func (a *domAttr) Name() string            { return a.name }
func (a *domAttr) Value() string           { return a.value }
func (a *domAttr) SetValue(v string)       { a.value = v }
func (a *domAttr) Specified() bool         { return true }
func (a *domAttr) TextContent() string     { return a.value }
func (a *domAttr) SetTextContent(v string) { a.value = v }
func (a *domAttr) String() string          { return a.name + "=\"" + a.value + "\"" }
func (a *domAttr) OwnerElement() Element {
	if a.ownerElem == nil {
		return nil
	}
	return a.ownerElem
}

// charData is the body of text, CDATA and comment nodes.
type charData struct {
	nodeBase
	data string
}

func (c *charData) NodeValue() string       { return c.data }
func (c *charData) SetNodeValue(v string)   { c.data = v }
func (c *charData) Data() string            { return c.data }
func (c *charData) SetData(v string)        { c.data = v }
func (c *charData) Length() int32           { return StrLen(c.data) }
func (c *charData) TextContent() string     { return c.data }
func (c *charData) SetTextContent(v string) { c.data = v }

// domText is a Text.
type domText struct{ charData }

func (t *domText) NodeName() string { return "#text" }
func (t *domText) NodeType() int16  { return NodeTextNode }
func (t *domText) String() string   { return "[#text: " + t.data + "]" }
func (t *domText) IsElementContentWhitespace() bool {
	return false
}
func (t *domText) WholeText() string { return wholeText(t) }

func wholeText(n Node) string {
	start := n
	for p := n.PreviousSibling(); p != nil && isTextKind(p); p = p.PreviousSibling() {
		start = p
	}
	var b strings.Builder
	for c := start; c != nil && isTextKind(c); c = c.NextSibling() {
		b.WriteString(c.NodeValue())
	}
	return b.String()
}

func isTextKind(n Node) bool {
	return n.NodeType() == NodeTextNode || n.NodeType() == NodeCdataSectionNode
}

// domCDATA is a CDATASection.
type domCDATA struct{ charData }

func (t *domCDATA) NodeName() string                 { return "#cdata-section" }
func (t *domCDATA) NodeType() int16                  { return NodeCdataSectionNode }
func (t *domCDATA) String() string                   { return "[#cdata-section: " + t.data + "]" }
func (t *domCDATA) IsElementContentWhitespace() bool { return false }
func (t *domCDATA) WholeText() string                { return wholeText(t) }
func (t *domCDATA) isCDATA()                         {}

// domComment is a Comment.
type domComment struct{ charData }

func (c *domComment) NodeName() string { return "#comment" }
func (c *domComment) NodeType() int16  { return NodeCommentNode }
func (c *domComment) String() string   { return "[#comment: " + c.data + "]" }
func (c *domComment) isComment()       {}

// domPI is a ProcessingInstruction.
type domPI struct {
	nodeBase
	target, data string
}

func (p *domPI) NodeName() string        { return p.target }
func (p *domPI) NodeValue() string       { return p.data }
func (p *domPI) SetNodeValue(v string)   { p.data = v }
func (p *domPI) NodeType() int16         { return NodeProcessingInstructionNode }
func (p *domPI) Target() string          { return p.target }
func (p *domPI) Data() string            { return p.data }
func (p *domPI) TextContent() string     { return p.data }
func (p *domPI) SetTextContent(v string) { p.data = v }
func (p *domPI) String() string          { return "[" + p.target + ": " + p.data + "]" }

// domDocType is a DocumentType.
type domDocType struct {
	nodeBase
	name, publicID, systemID string
}

func (d *domDocType) NodeName() string      { return d.name }
func (d *domDocType) NodeValue() string     { return "" }
func (d *domDocType) SetNodeValue(string)   {}
func (d *domDocType) NodeType() int16       { return NodeDocumentTypeNode }
func (d *domDocType) Name() string          { return d.name }
func (d *domDocType) PublicId() string      { return d.publicID }
func (d *domDocType) SystemId() string      { return d.systemID }
func (d *domDocType) TextContent() string   { return "" }
func (d *domDocType) SetTextContent(string) {}
func (d *domDocType) String() string        { return "[" + d.name + ": null]" }

// domDocument is a Document.
type domDocument struct {
	nodeBase
	uri, version, encoding string
}

func newDocument() *domDocument {
	d := &domDocument{version: "1.0"}
	d.self, d.owner = d, d
	return d
}

func (d *domDocument) NodeName() string        { return "#document" }
func (d *domDocument) NodeValue() string       { return "" }
func (d *domDocument) SetNodeValue(string)     {}
func (d *domDocument) NodeType() int16         { return NodeDocumentNode }
func (d *domDocument) OwnerDocument() Document { return nil }
func (d *domDocument) TextContent() string     { return "" }
func (d *domDocument) SetTextContent(string)   {}
func (d *domDocument) DocumentURI() string     { return d.uri }
func (d *domDocument) XmlVersion() string      { return d.version }
func (d *domDocument) XmlEncoding() string     { return d.encoding }
func (d *domDocument) String() string          { return "[#document: null]" }

func (d *domDocument) DocumentElement() Element {
	for c := d.firstChild; c != nil; c = c.NextSibling() {
		if e, ok := c.(Element); ok {
			return e
		}
	}
	return nil
}

func (d *domDocument) Doctype() DocumentType {
	for c := d.firstChild; c != nil; c = c.NextSibling() {
		if t, ok := c.(DocumentType); ok {
			return t
		}
	}
	return nil
}

func (d *domDocument) GetElementsByTagName(tagname string) NodeList {
	var out nodeList
	collectElements(d, tagname, &out)
	return out
}

func (d *domDocument) CreateElement(tagName string) Element {
	e := &domElement{nodeBase: nodeBase{owner: d}, tagName: tagName}
	e.self = e
	e.attrs = &attrMap{elem: e}
	return e
}

func (d *domDocument) CreateTextNode(data string) Text {
	t := &domText{charData{nodeBase: nodeBase{owner: d}, data: data}}
	t.self = t
	return t
}

func (d *domDocument) CreateComment(data string) Comment {
	c := &domComment{charData{nodeBase: nodeBase{owner: d}, data: data}}
	c.self = c
	return c
}

func (d *domDocument) CreateCDATASection(data string) CDATASection {
	c := &domCDATA{charData{nodeBase: nodeBase{owner: d}, data: data}}
	c.self = c
	return c
}

func (d *domDocument) CreateAttribute(name string) Attr {
	a := &domAttr{nodeBase: nodeBase{owner: d}, name: name}
	a.self = a
	return a
}

func (d *domDocument) createPI(target, data string) *domPI {
	p := &domPI{nodeBase: nodeBase{owner: d}, target: target, data: data}
	p.self = p
	return p
}

// DOMException codes (DOMException.HIERARCHY_REQUEST_ERR...).
const (
	DOMExceptionIndexSizeErr             int16 = 1
	DOMExceptionHierarchyRequestErr      int16 = 3
	DOMExceptionWrongDocumentErr         int16 = 4
	DOMExceptionInvalidCharacterErr      int16 = 5
	DOMExceptionNoModificationAllowedErr int16 = 7
	DOMExceptionNotFoundErr              int16 = 8
	DOMExceptionNotSupportedErr          int16 = 9
)

// DOMException is org.w3c.dom.DOMException.
type DOMException interface {
	RuntimeException
	// AsDOMException gives the struct behind the value.
	AsDOMException() *DOMExceptionImpl
}

// DOMExceptionImpl is the struct behind DOMException; Code is the public field code.
type DOMExceptionImpl struct {
	RuntimeExceptionImpl
	Code int16
}

// AsDOMException gives the struct behind the value.
func (e *DOMExceptionImpl) AsDOMException() *DOMExceptionImpl { return e }

// NewDOMException is the constructor DOMException(short, String).
func NewDOMException(code int16, message string) *DOMExceptionImpl {
	e := &DOMExceptionImpl{Code: code}
	e.InitDOMException(e, code, message)
	return e
}

// InitDOMException runs DOMException(short, String) on the DOMException part of a subclass.
func (e *DOMExceptionImpl) InitDOMException(self DOMException, code int16, message string) {
	e.RuntimeExceptionImpl.InitRuntimeException2(self, message)
	e.Code = code
}

func init() {
	registerClassNames(map[string]string{
		"domElement":       "com.sun.org.apache.xerces.internal.dom.DeferredElementImpl",
		"domText":          "com.sun.org.apache.xerces.internal.dom.DeferredTextImpl",
		"domDocument":      "com.sun.org.apache.xerces.internal.dom.DeferredDocumentImpl",
		"DOMExceptionImpl": "org.w3c.dom.DOMException",
	})
}
