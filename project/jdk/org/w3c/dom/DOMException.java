package org.w3c.dom;

public class DOMException extends RuntimeException {
    public static final short INDEX_SIZE_ERR = 1;
    public static final short HIERARCHY_REQUEST_ERR = 3;
    public static final short WRONG_DOCUMENT_ERR = 4;
    public static final short INVALID_CHARACTER_ERR = 5;
    public static final short NO_MODIFICATION_ALLOWED_ERR = 7;
    public static final short NOT_FOUND_ERR = 8;
    public static final short NOT_SUPPORTED_ERR = 9;

    @Go("{this}.AsDOMException().Code") public short code;

    @Go("java.NewDOMException({0}, {1})") public DOMException(short code, String message) {}
}
