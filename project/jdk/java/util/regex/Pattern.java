package java.util.regex;

// Go: *java.Pattern over Go's regexp (RE2): features RE2 lacks (lookaround,
// backreferences, possessive quantifiers...) panic "l2j: not migrated: regex feature ...".
public final class Pattern implements java.io.Serializable {
    public static final int UNIX_LINES = 0x01;
    public static final int CASE_INSENSITIVE = 0x02;
    public static final int COMMENTS = 0x04;
    public static final int MULTILINE = 0x08;
    public static final int LITERAL = 0x10;
    public static final int DOTALL = 0x20;
    public static final int UNICODE_CASE = 0x40;
    public static final int CANON_EQ = 0x80;
    public static final int UNICODE_CHARACTER_CLASS = 0x100;
    @Go("java.PatternCompile({0})") public static Pattern compile(String regex) {}
    @Go("java.PatternCompile2({0}, {1})") public static Pattern compile(String regex, int flags) {}
    public String pattern() {}
    public String toString() {}
    public Matcher matcher(CharSequence input) {}
    public int flags() {}
    public static boolean matches(String regex, CharSequence input) {}
    @Go("{this}.Split2({0}, {1})") public String[] split(CharSequence input, int limit) {}
    @Go("{this}.Split({0})") public String[] split(CharSequence input) {}
    public static String quote(String s) {}
}
