package java.util;

public final class Locale {
    public static final Locale ENGLISH;
    public static final Locale US;
    public static final Locale UK;
    public static final Locale CANADA;
    public static final Locale GERMAN;
    public static final Locale GERMANY;
    public static final Locale FRENCH;
    public static final Locale FRANCE;
    public static final Locale ITALIAN;
    public static final Locale JAPANESE;
    public static final Locale KOREAN;
    public static final Locale CHINESE;
    public static final Locale ROOT;

    @Go("java.NewLocale({0})") public Locale(String language) {}
    @Go("java.NewLocale2({0}, {1})") public Locale(String language, String country) {}
    @Go("java.NewLocale3({0}, {1}, {2})") public Locale(String language, String country, String variant) {}

    @Go("java.LocaleGetDefault()") public static Locale getDefault() {}
    public static synchronized void setDefault(Locale newLocale) {}
    public static Locale forLanguageTag(String languageTag) {}
    public String getLanguage() {}
    public String getCountry() {}
    public String getVariant() {}
    public String toLanguageTag() {}
    public final String toString() {}
    public boolean equals(Object obj) {}
    public int hashCode() {}
}
