// String methods: split (regex, trailing empties, limit), replaceAll, trim/strip, indexOf, join, repeat.
import java.util.Arrays;

public class Main {
    public static void main(String[] args) {
        System.out.println(Arrays.toString("a,b,,c,,".split(",")));
        System.out.println(Arrays.toString("a,b,,c,,".split(",", -1)));
        System.out.println(Arrays.toString("a,b,,c,,".split(",", 2)));
        System.out.println(Arrays.toString(",a,b".split(",")));
        System.out.println(Arrays.toString("  one two\tthree  ".trim().split("\\s+")));
        System.out.println(Arrays.toString("a1b22c333".split("\\d+")));
        System.out.println(Arrays.toString("x.y.z".split("\\.")) + " " + "x.y.z".split(".").length);
        System.out.println(Arrays.toString("abc".split("")) + " " + "".split(",").length);
        System.out.println(Arrays.toString("key = value = more".split("=", 2)));
        System.out.println("hello world".replaceAll("o(.)", "0$1") + " " + "aaa".replaceAll("a*", "X") + " " + "a.b.c".replace(".", "::"));
        System.out.println("2024-01-15".replaceAll("(\\d+)-(\\d+)-(\\d+)", "$3/$2/$1") + " " + "tabs\tand  spaces".replaceAll("\\s+", "_"));
        System.out.println("[" + "  padded \n".trim() + "] [" + " x ".strip() + "] [" + " x ".stripLeading() + "] [" + " x ".stripTrailing() + "]");
        String s = "the cat sat on the mat";
        System.out.println(s.indexOf("at") + " " + s.indexOf("at", 6) + " " + s.lastIndexOf("the") + " " + s.indexOf('z') + " " + s.lastIndexOf('t', 10));
        System.out.println(s.contains("sat") + " " + s.startsWith("the") + " " + s.startsWith("cat", 4) + " " + s.endsWith("mat"));
        System.out.println(s.substring(4) + "|" + s.substring(4, 7) + "|" + s.substring(s.length()) + "|");
        System.out.println("Apple".compareTo("Banana") + " " + "apple".compareTo("Apple") + " " + "abc".compareTo("abcd") + " " + "b".compareToIgnoreCase("A"));
        System.out.println("Hello".equalsIgnoreCase("hELLO") + " " + "".isEmpty() + " " + "  ".isBlank() + " " + " a ".isBlank());
        System.out.println(String.join("-", "a", "b", "c") + " " + String.join("/", Arrays.asList("x", "y")) + " " + "ab".repeat(3) + "|" + "x".repeat(0) + "|");
        System.out.println("MiXeD".toLowerCase() + " " + "MiXeD".toUpperCase() + " " + "a-b-c".replace('-', '+') + " " + "abc".charAt(2));
        System.out.println("l2j".matches("[a-z0-9]+") + " " + "L2J!".matches("[a-z0-9]+") + " " + "Player_1".matches("[A-Za-z0-9_]{3,16}"));
        System.out.println("abc".concat("def") + " " + "racecar".indexOf("car") + " " + String.valueOf(3.0) + String.valueOf(true) + String.valueOf('c'));
        System.out.println("a\nb\n\nc".lines().count() + " " + "  indent".indent(2).length() + " " + "x".hashCode() + " " + "".hashCode());
        String text = """
            Welcome, %s!
              Level: %d
            """.formatted("Hero", 85);
        System.out.print(text);
        System.out.println("Ab".chars().sum() + " " + "mississippi".replaceFirst("ss", "SS") + " " + "a,b;c".split("[,;]").length);
    }
}
