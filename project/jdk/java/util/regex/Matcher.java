package java.util.regex;

import java.util.function.Function;

// Go: *java.Matcher; indices are UTF-16 units. group(...) of a group that did not take
// part is null (java.NullString) with start(...) == -1.
public final class Matcher implements MatchResult {
    public Pattern pattern() {}
    public Matcher usePattern(Pattern newPattern) {}
    @Go("{this}.Reset()") public Matcher reset() {}
    @Go("{this}.Reset2({0})") public Matcher reset(CharSequence input) {}
    @Go("{this}.Start()") public int start() {}
    @Go("{this}.Start2({0})") public int start(int group) {}
    @Go("{this}.Start3({0})") public int start(String name) {}
    @Go("{this}.End()") public int end() {}
    @Go("{this}.End2({0})") public int end(int group) {}
    @Go("{this}.End3({0})") public int end(String name) {}
    @Go("{this}.Group()") public String group() {}
    @Go("{this}.Group2({0})") public String group(int group) {}
    @Go("{this}.Group3({0})") public String group(String name) {}
    public int groupCount() {}
    public boolean matches() {}
    @Go("{this}.Find()") public boolean find() {}
    @Go("{this}.Find2({0})") public boolean find(int start) {}
    public boolean lookingAt() {}
    public static String quoteReplacement(String s) {}
    @Go("{this}.AppendReplacement({0}, {1})") public Matcher appendReplacement(StringBuffer sb, String replacement) {}
    @Go("{this}.AppendReplacement({0}, {1})") public Matcher appendReplacement(StringBuilder sb, String replacement) {}
    @Go("{this}.AppendTail({0})") public StringBuffer appendTail(StringBuffer sb) {}
    @Go("{this}.AppendTail({0})") public StringBuilder appendTail(StringBuilder sb) {}
    @Go("{this}.ReplaceAll({0})") public String replaceAll(String replacement) {}
    @Go("{this}.ReplaceAllWith({0})") public String replaceAll(Function<MatchResult, String> replacer) {}
    @Go("{this}.ReplaceFirst({0})") public String replaceFirst(String replacement) {}
    @Go("{this}.ReplaceFirstWith({0})") public String replaceFirst(Function<MatchResult, String> replacer) {}
    public boolean hitEnd() {}
    public String toString() {}
}
