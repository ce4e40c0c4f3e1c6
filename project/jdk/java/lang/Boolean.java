package java.lang;

// Boolean is *bool as a declared type (nil is null), bool as a type argument.
@GoType("*bool")
public final class Boolean implements java.io.Serializable, Comparable<Boolean> {
    public static final Boolean TRUE;
    public static final Boolean FALSE;
    @Go("java.NewBox[bool]({0})") public Boolean(boolean value) {}
    @Go("java.NewBox(java.BooleanParseBoolean({0}))") public Boolean(String s) {}
    public static boolean parseBoolean(String s) {}
    @Go("java.BooleanBooleanValue({this})") public boolean booleanValue() {}
    @Go("java.BooleanValueOf({0})") public static Boolean valueOf(boolean b) {}
    @Go("java.BooleanValueOfString({0})") public static Boolean valueOf(String s) {}
    @Go("java.BooleanToString({0})") public static String toString(boolean b) {}
    @Go("java.Str({this})") public String toString() {}
    @Go("java.HashCode({this})") public int hashCode() {}
    @Go("java.BooleanHashCode({0})") public static int hashCode(boolean value) {}
    @Go("java.Equals({this}, {0})") public boolean equals(Object obj) {}
    public static boolean getBoolean(String name) {}
    @Go("java.Compare({this}, {0})") public int compareTo(Boolean b) {}
    public static int compare(boolean x, boolean y) {}
    public static boolean logicalAnd(boolean a, boolean b) {}
    public static boolean logicalOr(boolean a, boolean b) {}
    public static boolean logicalXor(boolean a, boolean b) {}
}
