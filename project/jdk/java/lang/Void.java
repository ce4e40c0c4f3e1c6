package java.lang;

// Void's only value is null.
@GoType("any")
public final class Void {
}
