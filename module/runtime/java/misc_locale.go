package java

import "strings"

// Locale is java.util.Locale. Only its identity matters here: formatting uses English
// (US) names and symbols whatever the locale.
type Locale struct {
	language, country, variant string
}

// NewLocale is the constructor Locale(String).
func NewLocale(language string) *Locale { return NewLocale3(language, "", "") }

// NewLocale2 is the constructor Locale(String, String).
func NewLocale2(language, country string) *Locale { return NewLocale3(language, country, "") }

// NewLocale3 is the constructor Locale(String, String, String).
func NewLocale3(language, country, variant string) *Locale {
	return &Locale{strings.ToLower(language), strings.ToUpper(country), variant}
}

// The Locale constants.
var (
	// LocaleEnglish is Locale.ENGLISH.
	LocaleEnglish = NewLocale("en")
	// LocaleUs is Locale.US.
	LocaleUs = NewLocale2("en", "US")
	// LocaleUk is Locale.UK.
	LocaleUk = NewLocale2("en", "GB")
	// LocaleCanada is Locale.CANADA.
	LocaleCanada = NewLocale2("en", "CA")
	// LocaleGerman is Locale.GERMAN.
	LocaleGerman = NewLocale("de")
	// LocaleGermany is Locale.GERMANY.
	LocaleGermany = NewLocale2("de", "DE")
	// LocaleFrench is Locale.FRENCH.
	LocaleFrench = NewLocale("fr")
	// LocaleFrance is Locale.FRANCE.
	LocaleFrance = NewLocale2("fr", "FR")
	// LocaleItalian is Locale.ITALIAN.
	LocaleItalian = NewLocale("it")
	// LocaleJapanese is Locale.JAPANESE.
	LocaleJapanese = NewLocale("ja")
	// LocaleKorean is Locale.KOREAN.
	LocaleKorean = NewLocale("ko")
	// LocaleChinese is Locale.CHINESE.
	LocaleChinese = NewLocale("zh")
	// LocaleRoot is Locale.ROOT.
	LocaleRoot = NewLocale("")
)

var defaultLocale = LocaleUs

// LocaleGetDefault is the static Locale.getDefault().
func LocaleGetDefault() *Locale { return defaultLocale }

// LocaleSetDefault is the static Locale.setDefault(Locale) (recorded only).
func LocaleSetDefault(newLocale *Locale) {
	if newLocale == nil {
		panic(NewNullPointerException2("Can't set default locale to NULL"))
	}
	defaultLocale = newLocale
}

// LocaleForLanguageTag is the static Locale.forLanguageTag(String): "en-US" and the like.
func LocaleForLanguageTag(tag string) *Locale {
	parts := strings.Split(tag, "-")
	switch len(parts) {
	case 1:
		return NewLocale(parts[0])
	case 2:
		return NewLocale2(parts[0], parts[1])
	}
	return NewLocale3(parts[0], parts[1], strings.Join(parts[2:], "-"))
}

// Language is getLanguage().
func (l *Locale) Language() string { return l.language }

// Country is getCountry().
func (l *Locale) Country() string { return l.country }

// Variant is getVariant().
func (l *Locale) Variant() string { return l.variant }

// ToLanguageTag is toLanguageTag().
func (l *Locale) ToLanguageTag() string {
	if l.language == "" {
		return "und"
	}
	if l.country == "" {
		return l.language
	}
	return l.language + "-" + l.country
}

// String is toString(): `en_US`.
func (l *Locale) String() string {
	s := l.language
	if l.country != "" || l.variant != "" {
		s += "_" + l.country
	}
	if l.variant != "" {
		s += "_" + l.variant
	}
	return s
}

// Equals is equals(Object).
func (l *Locale) Equals(o any) bool {
	x, ok := o.(*Locale)
	return ok && x != nil && *x == *l
}

// HashCode is hashCode().
func (l *Locale) HashCode() int32 { return StrHashCode(l.String()) }
