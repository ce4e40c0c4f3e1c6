package java

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const sampleXML = `<?xml version="1.0" encoding="UTF-8"?>
<!-- top comment -->
<!DOCTYPE list>
<list xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="../xsd/x.xsd">
	<item id="1" name="Sword &amp; Shield" zeta="z" alpha="a">
		<set name="price" val="100"/>
		<!-- inner -->
		text &lt;here&gt; <![CDATA[raw <cdata>]]> tail
	</item>
	<item id="2"/>
</list>
`

func escXML(s string) string {
	return strings.NewReplacer("\n", "\\n", "\t", "\\t").Replace(s)
}

// dumpDOM prints a tree as Xm.java does (node type, name, value, toString, attributes).
func dumpDOM(n Node, ind string, b *strings.Builder) {
	value := escXML(n.NodeValue())
	if n.NodeType() == NodeElementNode || n.NodeType() == NodeDocumentNode || n.NodeType() == NodeDocumentTypeNode {
		value = "null"
	}
	b.WriteString(ind + IntStr(int32(n.NodeType())) + " " + n.NodeName() + " [" + value + "] " + escXML(n.String()) + "\n")
	if a := n.Attributes(); a != nil {
		for i := int32(0); i < a.Length(); i++ {
			b.WriteString(ind + "  @" + a.Item(i).NodeName() + "=" + a.Item(i).NodeValue() + " " + a.Item(i).String() + "\n")
		}
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		dumpDOM(c, ind+"  ", b)
	}
}

func parseSample(t *testing.T, ignoreComments bool) Document {
	f := DocumentBuilderFactoryNewInstance()
	f.SetValidating(false)
	f.SetIgnoringComments(ignoreComments)
	path := filepath.Join(t.TempDir(), "t.xml")
	if err := os.WriteFile(path, []byte(sampleXML), 0o644); err != nil {
		t.Fatal(err)
	}
	return f.NewDocumentBuilder().ParseFile(NewFile(path))
}

func TestDOMMatchesJava(t *testing.T) {
	// Java 17 (Xm.java false).
	want := `9 #document [null] [#document: null]
  8 #comment [ top comment ] [#comment:  top comment ]
  10 list [null] [list: null]
  1 list [null] [list: null]
    @xmlns:xsi=http://www.w3.org/2001/XMLSchema-instance xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    @xsi:noNamespaceSchemaLocation=../xsd/x.xsd xsi:noNamespaceSchemaLocation="../xsd/x.xsd"
    3 #text [\n\t] [#text: \n\t]
    1 item [null] [item: null]
      @alpha=a alpha="a"
      @id=1 id="1"
      @name=Sword & Shield name="Sword & Shield"
      @zeta=z zeta="z"
      3 #text [\n\t\t] [#text: \n\t\t]
      1 set [null] [set: null]
        @name=price name="price"
        @val=100 val="100"
      3 #text [\n\t\t] [#text: \n\t\t]
      8 #comment [ inner ] [#comment:  inner ]
      3 #text [\n\t\ttext <here> ] [#text: \n\t\ttext <here> ]
      4 #cdata-section [raw <cdata>] [#cdata-section: raw <cdata>]
      3 #text [ tail\n\t] [#text:  tail\n\t]
    3 #text [\n\t] [#text: \n\t]
    1 item [null] [item: null]
      @id=2 id="2"
    3 #text [\n] [#text: \n]
`
	d := parseSample(t, false)
	var b strings.Builder
	dumpDOM(d, "", &b)
	if b.String() != want {
		t.Fatalf("tree:\n%s\nwant:\n%s", b.String(), want)
	}
	item := Cast[Element](d.GetElementsByTagName("item").Item(0))
	got := escXML(item.TextContent()) + "|" + item.GetAttribute("name") + "|" + item.GetAttribute("nope") + "|" +
		IntStr(d.GetElementsByTagName("*").Length()) + "|" + d.DocumentElement().TagName() + "|" + item.ParentNode().NodeName()
	if got != `\n\t\t\n\t\t\n\t\ttext <here> raw <cdata> tail\n\t|Sword & Shield||4|list|list` || item.Attributes().GetNamedItem("nope") != nil {
		t.Fatalf("queries: %s", got)
	}
	// Java 17 (Xm.java true): with comments ignored, the text around the inner comment merges.
	d2 := parseSample(t, true)
	it2 := d2.GetElementsByTagName("item").Item(0)
	third := it2.FirstChild().NextSibling().NextSibling()
	if d2.FirstChild().NodeType() != NodeDocumentTypeNode || third.NodeValue() != "\n\t\t\n\t\ttext <here> " {
		t.Fatalf("ignoring comments: %q", third.NodeValue())
	}
	if s := thrown(func() { Cast[Element](d.FirstChild()) }); !strings.HasPrefix(s, "java.lang.ClassCastException") {
		t.Fatalf("a comment is not an Element: %q", s)
	}
}

// The loop every L2J data loader runs.
func TestDOMLoaderLoop(t *testing.T) {
	d := parseSample(t, false)
	var ids []string
	for n := d.FirstChild(); n != nil; n = n.NextSibling() {
		if EqualsIgnoreCase("list", n.NodeName()) {
			for dn := n.FirstChild(); dn != nil; dn = dn.NextSibling() {
				if "item" == dn.NodeName() {
					attrs := dn.Attributes()
					ids = append(ids, attrs.GetNamedItem("id").NodeValue())
					if dn.FirstChild() != nil && dn.FirstChild() != dn.FirstChild().NextSibling().PreviousSibling() {
						t.Fatal("node identity")
					}
				}
			}
		}
	}
	if strings.Join(ids, ",") != "1,2" {
		t.Fatalf("ids %v", ids)
	}
}

func TestDOMParseErrorsMatchJava(t *testing.T) {
	SystemSetErr(newPrintStream(&strings.Builder{}, false))
	defer SystemSetErr(newPrintStream(os.Stderr, false))
	f := DocumentBuilderFactoryNewInstance()
	// Java 17 (Xm2.java): the SAXParseException messages, then a document that parses.
	cases := []struct{ src, want string }{
		{"", "org.xml.sax.SAXParseException: Premature end of file."},
		{"junk", "org.xml.sax.SAXParseException: Content is not allowed in prolog."},
		{"<a>", "org.xml.sax.SAXParseException: XML document structures must start and end within the same entity."},
		{"<a></b>", "org.xml.sax.SAXParseException: The element type \"a\" must be terminated by the matching end-tag \"</a>\"."},
		{"<a x='1' x='2'/>", "org.xml.sax.SAXParseException: Attribute \"x\" was already specified for element \"a\"."},
		{"<a>&foo;</a>", "org.xml.sax.SAXParseException: The entity \"foo\" was referenced, but not declared."},
		{"<a/><b/>", "org.xml.sax.SAXParseException: The markup in the document following the root element must be well-formed."},
	}
	for _, c := range cases {
		if s := thrown(func() { f.NewDocumentBuilder().ParseStream(NewByteArrayInputStream(GetBytes(c.src))) }); s != c.want {
			t.Errorf("%q: %q, want %q", c.src, s, c.want)
		}
	}
	d := f.NewDocumentBuilder().ParseStream(NewByteArrayInputStream(GetBytes("<?xml version=\"1.0\"?>\n\n<a b=\"&#65;&#x42;\">&#233;</a>")))
	if d.DocumentElement().GetAttribute("b")+d.DocumentElement().TextContent() != "ABé" {
		t.Fatal("character references")
	}
	if s := thrown(func() { f.NewDocumentBuilder().ParseFile(NewFile("/nonexistent/missing.xml")) }); s != "java.io.FileNotFoundException: /nonexistent/missing.xml (No such file or directory)" {
		t.Errorf("missing file: %q", s)
	}
	latin := []int8{'<', '?', 'x', 'm', 'l', ' ', 'v', 'e', 'r', 's', 'i', 'o', 'n', '=', '"', '1', '.', '0', '"', ' ', 'e', 'n', 'c', 'o', 'd', 'i', 'n', 'g', '=', '"', 'I', 'S', 'O', '-', '8', '8', '5', '9', '-', '1', '"', '?', '>', '<', 'a', '>', -23, '<', '/', 'a', '>'}
	if v := f.NewDocumentBuilder().ParseStream(NewByteArrayInputStream(latin)).DocumentElement().TextContent(); v != "é" {
		t.Errorf("ISO-8859-1: %q", v)
	}
}

func TestDOMBuildAndEdit(t *testing.T) {
	d := DocumentBuilderFactoryNewInstance().NewDocumentBuilder().NewDocument()
	root := d.CreateElement("root")
	d.AppendChild(root)
	a := d.CreateElement("a")
	b := d.CreateElement("b")
	root.AppendChild(b)
	root.InsertBefore(a, b)
	a.SetAttribute("k", "v")
	a.AppendChild(d.CreateTextNode("x"))
	if root.FirstChild() != Node(a) || a.NextSibling() != Node(b) || b.PreviousSibling() != Node(a) || a.GetAttribute("k") != "v" || root.TextContent() != "x" {
		t.Fatal("build")
	}
	root.RemoveChild(a)
	if root.FirstChild() != Node(b) || a.ParentNode() != nil || root.ChildNodes().Length() != 1 {
		t.Fatal("remove")
	}
	if s := thrown(func() { root.RemoveChild(a) }); !strings.HasPrefix(s, "org.w3c.dom.DOMException: NOT_FOUND_ERR") {
		t.Fatalf("remove twice: %q", s)
	}
	if s := thrown(func() { b.AppendChild(root) }); !strings.HasPrefix(s, "org.w3c.dom.DOMException: HIERARCHY_REQUEST_ERR") {
		t.Fatalf("cycle: %q", s)
	}
}
