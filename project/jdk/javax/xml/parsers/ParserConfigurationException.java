package javax.xml.parsers;

public class ParserConfigurationException extends Exception {
    @Go("java.NewParserConfigurationException()") public ParserConfigurationException() {}
    @Go("java.NewParserConfigurationException2({0})") public ParserConfigurationException(String message) {}
}
