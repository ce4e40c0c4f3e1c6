package org.w3c.dom;

public interface Element extends Node {
    public String getTagName();
    public String getAttribute(String name);
    public void setAttribute(String name, String value) throws DOMException;
    public boolean hasAttribute(String name);
    public void removeAttribute(String name) throws DOMException;
    public Attr getAttributeNode(String name);
    public NodeList getElementsByTagName(String name);
}
