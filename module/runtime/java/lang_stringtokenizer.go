package java

// StringTokenizer is java.util.StringTokenizer: tokens of a string separated by delimiter
// characters (code points), optionally returning the delimiters as tokens.
type StringTokenizer struct {
	str           string
	delims        map[rune]bool
	retDelims     bool
	current       int // byte offsets
	newPosition   int
	delimsChanged bool
}

// NewStringTokenizer is the constructor StringTokenizer(String, String, boolean).
func NewStringTokenizer(str, delim string, returnDelims bool) *StringTokenizer {
	st := &StringTokenizer{str: str, retDelims: returnDelims, newPosition: -1}
	st.setDelims(delim)
	return st
}

// NewStringTokenizer2 is the constructor StringTokenizer(String, String).
func NewStringTokenizer2(str, delim string) *StringTokenizer {
	return NewStringTokenizer(str, delim, false)
}

// NewStringTokenizer3 is the constructor StringTokenizer(String): space, tab, newline,
// carriage return and form feed delimit.
func NewStringTokenizer3(str string) *StringTokenizer {
	return NewStringTokenizer(str, " \t\n\r\f", false)
}

func (st *StringTokenizer) setDelims(delim string) {
	st.delims = map[rune]bool{}
	for i := 0; i < len(delim); {
		r, n := decodeAt(delim, i)
		st.delims[r] = true
		i += n
	}
}

func (st *StringTokenizer) isDelim(pos int) (bool, int) {
	r, n := decodeAt(st.str, pos)
	return st.delims[r], n
}

func (st *StringTokenizer) skipDelimiters(pos int) int {
	for !st.retDelims && pos < len(st.str) {
		d, n := st.isDelim(pos)
		if !d {
			break
		}
		pos += n
	}
	return pos
}

func (st *StringTokenizer) scanToken(start int) int {
	pos := start
	for pos < len(st.str) {
		d, n := st.isDelim(pos)
		if d {
			break
		}
		pos += n
	}
	if st.retDelims && start == pos && pos < len(st.str) {
		if d, n := st.isDelim(pos); d {
			pos += n
		}
	}
	return pos
}

// HasMoreTokens is hasMoreTokens().
func (st *StringTokenizer) HasMoreTokens() bool {
	st.newPosition = st.skipDelimiters(st.current)
	return st.newPosition < len(st.str)
}

// NextToken is nextToken(): NoSuchElementException when none is left.
func (st *StringTokenizer) NextToken() string {
	if st.newPosition >= 0 && !st.delimsChanged {
		st.current = st.newPosition
	} else {
		st.current = st.skipDelimiters(st.current)
	}
	st.delimsChanged = false
	st.newPosition = -1
	if st.current >= len(st.str) {
		panic(NewNoSuchElementException())
	}
	start := st.current
	st.current = st.scanToken(st.current)
	return st.str[start:st.current]
}

// NextToken2 is nextToken(String): switches to new delimiters, then nextToken().
func (st *StringTokenizer) NextToken2(delim string) string {
	st.setDelims(delim)
	st.delimsChanged = true
	return st.NextToken()
}

// HasMoreElements is hasMoreElements().
func (st *StringTokenizer) HasMoreElements() bool { return st.HasMoreTokens() }

// NextElement is nextElement().
func (st *StringTokenizer) NextElement() any { return st.NextToken() }

// CountTokens is countTokens(): the tokens left, without consuming them.
func (st *StringTokenizer) CountTokens() int32 {
	count := int32(0)
	for pos := st.current; pos < len(st.str); count++ {
		pos = st.skipDelimiters(pos)
		if pos >= len(st.str) {
			break
		}
		pos = st.scanToken(pos)
	}
	return count
}

func init() {
	registerClassNames(map[string]string{"StringTokenizer": "java.util.StringTokenizer"})
}
