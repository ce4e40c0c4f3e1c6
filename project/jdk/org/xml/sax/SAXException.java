package org.xml.sax;

public class SAXException extends Exception {
    @Go("java.NewSAXException()") public SAXException() {}
    @Go("java.NewSAXException2({0})") public SAXException(String message) {}
    @Go("java.NewSAXException3({0}, {1})") public SAXException(String message, Exception e) {}
    @Go("java.NewSAXException4({0})") public SAXException(Exception e) {}

    public Exception getException() {}
    public String getMessage() {}
    public Throwable getCause() {}
}
