package org.w3c.dom;

public interface ProcessingInstruction extends Node {
    public String getTarget();
    public String getData();
}
