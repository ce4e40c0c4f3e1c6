package java.lang;

public class CloneNotSupportedException extends Exception {
    @Go("java.NewCloneNotSupportedException()") public CloneNotSupportedException() {}
    @Go("java.NewCloneNotSupportedException2({0})") public CloneNotSupportedException(String message) {}
}
