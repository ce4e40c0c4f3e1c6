package org.w3c.dom;

public interface DocumentType extends Node {
    public String getName();
    public String getPublicId();
    public String getSystemId();
}
