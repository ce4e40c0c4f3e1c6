package java.io;

// Go: *java.BufferedReader in line-numbering mode.
@GoType("*java.BufferedReader")
public class LineNumberReader extends BufferedReader {
    @Go("java.NewLineNumberReader({0})") public LineNumberReader(Reader in) {}

    public int getLineNumber() {}
    public void setLineNumber(int lineNumber) {}
}
