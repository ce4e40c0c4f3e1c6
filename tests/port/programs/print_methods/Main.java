// PrintStream methods: print/println of every type, char arrays, printf, System.err, a final
// line with no newline.
public class Main {
    public static void main(String[] args) {
        System.out.println();
        System.out.println(1);
        System.out.println(2L);
        System.out.println(3.0f);
        System.out.println(4.0);
        System.out.println('c');
        System.out.println(true);
        System.out.println((Object) null);
        System.out.println((String) null);
        System.out.println(new char[] {'a', 'r', 'r'});
        System.out.print(1);
        System.out.print('-');
        System.out.print(2.5);
        System.out.print(false);
        System.out.print("|");
        System.out.print(new char[] {'x'});
        System.out.println();
        System.out.printf("%d-%s%n", 7, "seven");
        System.out.format("%5.1f|%n", 3.14159);
        System.err.println("to stderr");
        System.out.append("appended").append('!').append("xyz", 0, 1);
        System.out.println();
        System.out.write('W');
        System.out.println();
        System.out.print("line\twith\ttabs\r\n");
        System.out.print("no trailing newline");
    }
}
