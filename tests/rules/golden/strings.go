package strings

import (
	"fmt"
	"regexp"
	"strings"
)

// Text is the Java class Text.
type Text struct {
}

// NewText is the Java constructor Text(...).
func NewText() *Text {
	t := &Text{}
	return t
}

// TextDescribe is the Java method Text.describe.
func TextDescribe(name string, level int32, rate float64) string {
	sb := ""
	sb += strings.ToUpper(name) + " lv" + fmt.Sprint(level)
	if int32(len(name)) > 3 && int32(rune(name[0])) == 'X' {
		sb += "!"
	}
	parts := l2jSplit(name, " ")
	return sb + " " + fmt.Sprint(int32(len(parts))) + " " + fmt.Sprintf("%.1f", rate) + strings.TrimSpace(name[1:])
}

// l2j runtime: l2jSplit
// l2jSplit is Java's String.split: a regular expression, trailing empty strings dropped.
func l2jSplit(s string, re string) []string {
	parts := regexp.MustCompile(re).Split(s, -1)
	if len(parts) > 1 && parts[0] == "" && len(s) > 0 {
		if loc := regexp.MustCompile(re).FindStringIndex(s); loc != nil && loc[1] == 0 {
			parts = parts[1:]
		}
	}
	if len(parts) == 1 {
		return parts
	}
	for len(parts) > 0 && parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	}
	return parts
}
