package java.io;

public class PrintWriter extends Writer {
    @Go("java.NewPrintWriter({0})") public PrintWriter(Writer out) {}
    @Go("java.NewPrintWriter2({0}, {1})") public PrintWriter(Writer out, boolean autoFlush) {}
    @Go("java.NewPrintWriter3({0})") public PrintWriter(OutputStream out) {}
    @Go("java.NewPrintWriter4({0}, {1})") public PrintWriter(OutputStream out, boolean autoFlush) {}
    @Go("java.NewPrintWriter5({0})") public PrintWriter(String fileName) throws FileNotFoundException {}
    @Go("java.NewPrintWriter6({0})") public PrintWriter(File file) throws FileNotFoundException {}

    @Go("{this}.Print({0})") public void print(boolean b) {}
    @Go("{this}.Print({0})") public void print(char c) {}
    @Go("{this}.Print({0})") public void print(int i) {}
    @Go("{this}.Print({0})") public void print(long l) {}
    @Go("{this}.Print({0})") public void print(float f) {}
    @Go("{this}.Print({0})") public void print(double d) {}
    @Go("{this}.Print({0})") public void print(char[] s) {}
    @Go("{this}.Print({0})") public void print(String s) {}
    @Go("{this}.Print({0})") public void print(Object obj) {}
    @Go("{this}.Println()") public void println() {}
    @Go("{this}.Println({0})") public void println(boolean x) {}
    @Go("{this}.Println({0})") public void println(char x) {}
    @Go("{this}.Println({0})") public void println(int x) {}
    @Go("{this}.Println({0})") public void println(long x) {}
    @Go("{this}.Println({0})") public void println(float x) {}
    @Go("{this}.Println({0})") public void println(double x) {}
    @Go("{this}.Println({0})") public void println(char[] x) {}
    @Go("{this}.Println({0})") public void println(String x) {}
    @Go("{this}.Println({0})") public void println(Object x) {}
    public PrintWriter printf(String format, Object... args) {}
    public PrintWriter format(String format, Object... args) {}
    @Go("{this}.Append({0})") public PrintWriter append(CharSequence csq) {}
    @Go("{this}.Append({0})") public PrintWriter append(char c) {}
    @Go("{this}.Write({0})") public void write(int c) {}
    @Go("{this}.WriteChars({0})") public void write(char[] buf) {}
    @Go("{this}.WriteChars2({0}, {1}, {2})") public void write(char[] buf, int off, int len) {}
    @Go("{this}.WriteString({0})") public void write(String s) {}
    @Go("{this}.WriteString2({0}, {1}, {2})") public void write(String s, int off, int len) {}
    public void flush() {}
    public void close() {}
    public boolean checkError() {}
}
