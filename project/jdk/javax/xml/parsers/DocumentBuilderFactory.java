package javax.xml.parsers;

// Go: *java.DocumentBuilderFactory (one implementation).
@GoType("*java.DocumentBuilderFactory")
public abstract class DocumentBuilderFactory {
    public static DocumentBuilderFactory newInstance() {}
    public abstract DocumentBuilder newDocumentBuilder() throws ParserConfigurationException;
    public void setValidating(boolean validating) {}
    public boolean isValidating() {}
    public void setNamespaceAware(boolean awareness) {}
    public boolean isNamespaceAware() {}
    public void setIgnoringComments(boolean ignoreComments) {}
    public boolean isIgnoringComments() {}
    public void setIgnoringElementContentWhitespace(boolean whitespace) {}
    public boolean isIgnoringElementContentWhitespace() {}
    public void setCoalescing(boolean coalescing) {}
    public boolean isCoalescing() {}
    public void setExpandEntityReferences(boolean expandEntityRef) {}
    public abstract void setFeature(String name, boolean value) throws ParserConfigurationException;
    public abstract boolean getFeature(String name) throws ParserConfigurationException;
}
