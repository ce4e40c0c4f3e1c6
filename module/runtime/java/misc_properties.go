package java

import (
	"strconv"
	"strings"
	"sync"
)

// Properties is java.util.Properties: string keys and values loaded from and stored in the
// .properties format, with an optional defaults list. It is not a Map here (Java's extends
// Hashtable<Object,Object>); store writes entries in the order Java 17's internal
// ConcurrentHashMap iterates them.
type Properties struct {
	mu       sync.Mutex
	values   map[string]string
	order    *chmOrder
	defaults *Properties
}

// NewProperties is the constructor Properties().
func NewProperties() *Properties { return NewProperties2(nil) }

// NewProperties2 is the constructor Properties(Properties defaults).
func NewProperties2(defaults *Properties) *Properties {
	return &Properties{values: map[string]string{}, order: newCHMOrder(), defaults: defaults}
}

// SetProperty is setProperty(String, String): the previous value, null (NullString) if
// none.
func (p *Properties) SetProperty(key, value string) string {
	p.mu.Lock()
	defer p.mu.Unlock()
	old, had := p.values[key]
	p.values[key] = value
	if !had {
		p.order.add(key)
		return NullString
	}
	return old
}

// Remove is remove(Object): the value removed, null (NullString) if none.
func (p *Properties) Remove(key string) string {
	p.mu.Lock()
	defer p.mu.Unlock()
	old, had := p.values[key]
	if !had {
		return NullString
	}
	delete(p.values, key)
	p.order.remove(key)
	return old
}

// lookup finds key here, else in the defaults.
func (p *Properties) lookup(key string) (string, bool) {
	p.mu.Lock()
	v, ok := p.values[key]
	d := p.defaults
	p.mu.Unlock()
	if !ok && d != nil {
		return d.lookup(key)
	}
	return v, ok
}

// GetProperty is getProperty(String): null (NullString) when absent here and in the
// defaults, so `"x" + p.getProperty("missing")` is "xnull" as in Java.
func (p *Properties) GetProperty(key string) string {
	return p.GetProperty2(key, NullString)
}

// GetProperty2 is getProperty(String, String): defaultValue when absent.
func (p *Properties) GetProperty2(key, defaultValue string) string {
	if v, ok := p.lookup(key); ok {
		return v
	}
	return defaultValue
}

// ContainsKey is containsKey(Object) (this table only, as Hashtable's).
func (p *Properties) ContainsKey(key string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	_, ok := p.values[key]
	return ok
}

// Size is size() (this table only).
func (p *Properties) Size() int32 {
	p.mu.Lock()
	defer p.mu.Unlock()
	return int32(len(p.values))
}

// IsEmpty is isEmpty().
func (p *Properties) IsEmpty() bool { return p.Size() == 0 }

// Clear is clear().
func (p *Properties) Clear() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.values = map[string]string{}
	p.order = newCHMOrder()
}

// names collects the keys of p and its defaults.
func (p *Properties) names(into map[string]bool) {
	if p.defaults != nil {
		p.defaults.names(into)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	for k := range p.values {
		into[k] = true
	}
}

// StringPropertyNames is stringPropertyNames(): the keys here and in the defaults.
func (p *Properties) StringPropertyNames() Set[string] {
	all := map[string]bool{}
	p.names(all)
	set := NewHashSet[string]()
	for k := range all {
		set.Add(k)
	}
	return set
}

// Load is load(Reader).
func (p *Properties) Load(reader Reader) {
	if isNull(reader) {
		panic(NewNullPointerException())
	}
	var units []uint16
	buf := make([]uint16, 4096)
	for {
		n := reader.Read3(buf, 0, int32(len(buf)))
		if n < 0 {
			break
		}
		units = append(units, buf[:n]...)
	}
	p.parse(units)
}

// LoadStream is load(InputStream): the bytes are ISO-8859-1, as in Java.
func (p *Properties) LoadStream(in InputStream) {
	if isNull(in) {
		panic(NewNullPointerException())
	}
	raw := readAll(in)
	units := make([]uint16, len(raw))
	for i, b := range raw {
		units[i] = uint16(uint8(b))
	}
	p.parse(units)
}

func isPropWhite(c uint16) bool { return c == ' ' || c == '\t' || c == '\f' }

// parse reads logical lines: comments (# or ! first), backslash continuations (leading
// white space of the next line dropped), the key up to an unescaped '=', ':' or white
// space, then the value; escapes \t \n \r \f \uXXXX and \x (x itself).
func (p *Properties) parse(s []uint16) {
	i := 0
	for i < len(s) {
		// Skip leading white space and blank lines.
		for i < len(s) && (isPropWhite(s[i]) || s[i] == '\n' || s[i] == '\r') {
			i++
		}
		if i >= len(s) {
			break
		}
		if s[i] == '#' || s[i] == '!' {
			for i < len(s) && s[i] != '\n' && s[i] != '\r' {
				i++
			}
			continue
		}
		var line []uint16
		for i < len(s) {
			c := s[i]
			if c == '\n' || c == '\r' {
				i++
				break
			}
			if c == '\\' {
				if i+1 >= len(s) {
					i++ // a backslash at the very end is dropped
					break
				}
				if s[i+1] == '\n' || s[i+1] == '\r' {
					// Continuation: skip the line end and the next line's leading white space.
					i += 2
					if s[i-1] == '\r' && i < len(s) && s[i] == '\n' {
						i++
					}
					for i < len(s) && isPropWhite(s[i]) {
						i++
					}
					continue
				}
				line = append(line, c, s[i+1])
				i += 2
				continue
			}
			line = append(line, c)
			i++
		}
		p.parseLine(line)
	}
}

func (p *Properties) parseLine(line []uint16) {
	keyLen := 0
	valueStart := len(line)
	hasSep := false
	for keyLen < len(line) {
		c := line[keyLen]
		if c == '\\' {
			keyLen += 2
			continue
		}
		if c == '=' || c == ':' {
			valueStart = keyLen + 1
			hasSep = true
			break
		}
		if isPropWhite(c) {
			valueStart = keyLen + 1
			break
		}
		keyLen++
	}
	keyLen = min(keyLen, len(line))
	for valueStart < len(line) {
		c := line[valueStart]
		if !isPropWhite(c) {
			if !hasSep && (c == '=' || c == ':') {
				hasSep = true
			} else {
				break
			}
		}
		valueStart++
	}
	key := unescapeProperty(line[:keyLen])
	value := unescapeProperty(line[min(valueStart, len(line)):])
	p.SetProperty(key, value)
}

func unescapeProperty(in []uint16) string {
	out := make([]uint16, 0, len(in))
	for i := 0; i < len(in); i++ {
		c := in[i]
		if c != '\\' || i+1 >= len(in) {
			out = append(out, c)
			continue
		}
		i++
		switch c = in[i]; c {
		case 't':
			out = append(out, '\t')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 'f':
			out = append(out, '\f')
		case 'u':
			if i+4 >= len(in) {
				panic(NewIllegalArgumentException2("Malformed \\uxxxx encoding."))
			}
			v, err := strconv.ParseUint(string(utf16Hex(in[i+1:i+5])), 16, 16)
			if err != nil {
				panic(NewIllegalArgumentException2("Malformed \\uxxxx encoding."))
			}
			out = append(out, uint16(v))
			i += 4
		default:
			out = append(out, c)
		}
	}
	return fromUnits(out)
}

// utf16Hex is four units as ASCII for hex parsing (anything else fails the parse).
func utf16Hex(u []uint16) []byte {
	b := make([]byte, len(u))
	for i, c := range u {
		if c > 0x7f {
			b[i] = 'x'
		} else {
			b[i] = byte(c)
		}
	}
	return b
}

// Store is store(Writer, String): the comment lines, the date, then `key=value` lines.
func (p *Properties) Store(writer Writer, comments string) {
	writer.WriteString(p.storeText(comments, false))
	writer.Flush()
}

// StoreStream is store(OutputStream, String): ISO-8859-1 with \uXXXX for other chars.
func (p *Properties) StoreStream(out OutputStream, comments string) {
	text := p.storeText(comments, true)
	b := make([]int8, 0, len(text))
	for _, c := range text {
		b = append(b, int8(c)) // the text is all ASCII/Latin-1 after escaping
	}
	out.Write3(b, 0, int32(len(b)))
	out.Flush()
}

func (p *Properties) storeText(comments string, escUnicode bool) string {
	var b strings.Builder
	nl := SystemLineSeparator()
	if comments != "" {
		writePropComments(&b, comments, nl)
	}
	b.WriteString("#" + NewDate().String() + nl)
	p.mu.Lock()
	keys := p.order.keys()
	values := make([]string, len(keys))
	for i, k := range keys {
		values[i] = p.values[k]
	}
	p.mu.Unlock()
	for i, k := range keys {
		b.WriteString(savePropConvert(k, true, escUnicode))
		b.WriteByte('=')
		b.WriteString(savePropConvert(values[i], false, escUnicode))
		b.WriteString(nl)
	}
	return b.String()
}

func hexUnit(c uint16) string {
	const digits = "0123456789ABCDEF"
	return "\\u" + string([]byte{digits[c>>12&0xF], digits[c>>8&0xF], digits[c>>4&0xF], digits[c&0xF]})
}

// savePropConvert escapes a key or value as Properties.saveConvert.
func savePropConvert(s string, escapeSpace, escUnicode bool) string {
	var b strings.Builder
	for x, c := range ToCharArray(s) {
		if c > 61 && c < 127 {
			if c == '\\' {
				b.WriteString("\\\\")
			} else {
				b.WriteByte(byte(c))
			}
			continue
		}
		switch c {
		case ' ':
			if x == 0 || escapeSpace {
				b.WriteString("\\ ")
			} else {
				b.WriteByte(' ')
			}
		case '\t':
			b.WriteString("\\t")
		case '\n':
			b.WriteString("\\n")
		case '\r':
			b.WriteString("\\r")
		case '\f':
			b.WriteString("\\f")
		case '=', ':', '#', '!':
			b.WriteByte('\\')
			b.WriteByte(byte(c))
		default:
			if (c < 0x20 || c > 0x7e) && escUnicode {
				b.WriteString(hexUnit(c))
			} else {
				b.WriteString(fromUnits([]uint16{c}))
			}
		}
	}
	return b.String()
}

// writePropComments is Properties.writeComments: each line of comments behind '#', chars
// beyond Latin-1 as \uXXXX.
func writePropComments(b *strings.Builder, comments, nl string) {
	b.WriteByte('#')
	u := ToCharArray(comments)
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case c == '\n' || c == '\r':
			if c == '\r' && i+1 < len(u) && u[i+1] == '\n' {
				i++
			}
			b.WriteString(nl)
			if i+1 < len(u) && u[i+1] != '#' && u[i+1] != '!' {
				b.WriteByte('#')
			}
		case c > 0xff:
			b.WriteString(hexUnit(c))
		default:
			b.WriteString(fromUnits([]uint16{c}))
		}
	}
	b.WriteString(nl)
}

// chmOrder reproduces the iteration order of a Java ConcurrentHashMap<String, ?> created
// with initial capacity 8, as Properties' table is: bins by spread hash, appended on
// insert, split on resize with Java's lastRun rule.
type chmOrder struct {
	bins  [][]chmEntry
	count int
}

type chmEntry struct {
	hash int32
	key  string
}

func newCHMOrder() *chmOrder { return &chmOrder{bins: make([][]chmEntry, 16)} }

func chmSpread(h int32) int32 { return (h ^ int32(uint32(h)>>16)) & 0x7fffffff }

func (o *chmOrder) add(key string) {
	h := chmSpread(StrHashCode(key))
	i := int(h) & (len(o.bins) - 1)
	o.bins[i] = append(o.bins[i], chmEntry{h, key})
	o.count++
	if o.count >= len(o.bins)-len(o.bins)>>2 {
		o.resize()
	}
}

func (o *chmOrder) remove(key string) {
	h := chmSpread(StrHashCode(key))
	i := int(h) & (len(o.bins) - 1)
	for j, e := range o.bins[i] {
		if e.key == key {
			o.bins[i] = append(o.bins[i][:j:j], o.bins[i][j+1:]...)
			o.count--
			return
		}
	}
}

// resize doubles the table as ConcurrentHashMap.transfer does for list bins.
func (o *chmOrder) resize() {
	n := len(o.bins)
	next := make([][]chmEntry, 2*n)
	for i, bin := range o.bins {
		if len(bin) == 0 {
			continue
		}
		runBit := bin[0].hash & int32(n)
		lastRun := 0
		for j := 1; j < len(bin); j++ {
			if b := bin[j].hash & int32(n); b != runBit {
				runBit, lastRun = b, j
			}
		}
		var lo, hi []chmEntry
		if runBit == 0 {
			lo = append(lo, bin[lastRun:]...)
		} else {
			hi = append(hi, bin[lastRun:]...)
		}
		for j := 0; j < lastRun; j++ { // prepended, as Java builds the lists
			if bin[j].hash&int32(n) == 0 {
				lo = append([]chmEntry{bin[j]}, lo...)
			} else {
				hi = append([]chmEntry{bin[j]}, hi...)
			}
		}
		next[i], next[i+n] = lo, hi
	}
	o.bins = next
}

func (o *chmOrder) keys() []string {
	var out []string
	for _, bin := range o.bins {
		for _, e := range bin {
			out = append(out, e.key)
		}
	}
	return out
}

func init() {
	registerClassNames(map[string]string{"Properties": "java.util.Properties"})
}
