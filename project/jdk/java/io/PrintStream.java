package java.io;

import java.util.Locale;

// Go: *java.PrintStream (System.out, System.err). print/println take any value and print
// String.valueOf of it (a char[] prints its characters); println() is Println() with no
// argument.
public class PrintStream extends FilterOutputStream implements Closeable {
    @Go("java.NewPrintStream({0})") public PrintStream(OutputStream out) {}
    @Go("java.NewPrintStream2({0}, {1})") public PrintStream(OutputStream out, boolean autoFlush) {}
    @Go("java.NewPrintStreamFile({0})") public PrintStream(String fileName) throws FileNotFoundException {}
    @Go("java.NewPrintStreamFile2({0})") public PrintStream(File file) throws FileNotFoundException {}
    public void flush() {}
    public void close() {}
    public boolean checkError() {}
    public void write(int b) {}
    @Go("{this}.Write3({0}, {1}, {2})") public void write(byte[] buf, int off, int len) {}
    @Go("{this}.Write2({0})") public void write(byte[] buf) throws IOException {}
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
    @Go("{this}.Printf({args})") public PrintStream printf(String format, Object... args) {}
    @Go("{this}.PrintfLocale({args})") public PrintStream printf(Locale l, String format, Object... args) {}
    @Go("{this}.Format({args})") public PrintStream format(String format, Object... args) {}
    @Go("{this}.Append({0})") public PrintStream append(CharSequence csq) {}
    @Go("{this}.Append2({0}, {1}, {2})") public PrintStream append(CharSequence csq, int start, int end) {}
    @Go("{this}.Append({0})") public PrintStream append(char c) {}
}
