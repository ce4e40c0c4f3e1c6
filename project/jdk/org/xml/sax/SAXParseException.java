package org.xml.sax;

// Go: *java.SAXParseException.
@GoType("*java.SAXParseException")
public class SAXParseException extends SAXException {
    @Go("java.NewSAXParseException({0}, {1}, {2}, {3}, {4})") public SAXParseException(String message, String publicId, String systemId, int lineNumber, int columnNumber) {}

    public int getLineNumber() {}
    public int getColumnNumber() {}
    public String getSystemId() {}
    public String getPublicId() {}
}
