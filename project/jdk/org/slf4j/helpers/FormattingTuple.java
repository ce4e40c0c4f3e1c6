package org.slf4j.helpers;

public class FormattingTuple {
    public String getMessage() {}
    public Object[] getArgArray() {}
    public Throwable getThrowable() {}
}
