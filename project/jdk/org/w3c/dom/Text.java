package org.w3c.dom;

public interface Text extends CharacterData {
    public boolean isElementContentWhitespace();
    public String getWholeText();
}
