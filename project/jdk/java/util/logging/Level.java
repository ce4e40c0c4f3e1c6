package java.util.logging;

public class Level {
    public static final Level OFF;
    public static final Level SEVERE;
    public static final Level WARNING;
    public static final Level INFO;
    public static final Level CONFIG;
    public static final Level FINE;
    public static final Level FINER;
    public static final Level FINEST;
    public static final Level ALL;

    @Go("java.NewLevel({0}, {1})") protected Level(String name, int value) {}

    public static Level parse(String name) throws IllegalArgumentException {}
    public String getName() {}
    public String getLocalizedName() {}
    public final int intValue() {}
    public final String toString() {}
    public boolean equals(Object ox) {}
    public int hashCode() {}
}
