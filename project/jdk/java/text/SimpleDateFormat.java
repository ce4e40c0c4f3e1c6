package java.text;

import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

// Go: *java.SimpleDateFormat (it implements java.DateFormat).
@GoType("*java.SimpleDateFormat")
public class SimpleDateFormat extends DateFormat {
    @Go("java.NewSimpleDateFormat()") public SimpleDateFormat() {}
    @Go("java.NewSimpleDateFormat2({0})") public SimpleDateFormat(String pattern) {}
    @Go("java.NewSimpleDateFormat3({0}, {1})") public SimpleDateFormat(String pattern, Locale locale) {}

    public void applyPattern(String pattern) {}
    public String toPattern() {}
    public Date parse(String source) throws ParseException {}
}
