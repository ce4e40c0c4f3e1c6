package java.lang;

public final class StackTraceElement {
    public StackTraceElement(String declaringClass, String methodName, String fileName, int lineNumber) {}
    public String getClassName() {}
    public String getMethodName() {}
    public String getFileName() {}
    public int getLineNumber() {}
    public String toString() {}
}
