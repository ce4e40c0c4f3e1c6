package java.lang;

public class LinkageError extends Error {
    @Go("java.NewLinkageError()") public LinkageError() {}
    @Go("java.NewLinkageError2({0})") public LinkageError(String message) {}
    @Go("java.NewLinkageError3({0}, {1})") public LinkageError(String message, Throwable cause) {}
}
