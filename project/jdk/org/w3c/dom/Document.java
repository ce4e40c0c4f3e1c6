package org.w3c.dom;

public interface Document extends Node {
    public DocumentType getDoctype();
    public Element getDocumentElement();
    public Element createElement(String tagName) throws DOMException;
    public Text createTextNode(String data);
    public Comment createComment(String data);
    public CDATASection createCDATASection(String data) throws DOMException;
    public Attr createAttribute(String name) throws DOMException;
    public NodeList getElementsByTagName(String tagname);
    public String getDocumentURI();
    public String getXmlVersion();
    public String getXmlEncoding();
}
