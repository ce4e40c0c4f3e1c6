// null String values print and concatenate as "null".
import java.util.Objects;

public class Main {
    static String title;
    String name;

    static String find(String key) {
        return key.equals("known") ? "value" : null;
    }

    public static void main(String[] args) {
        String s = null;
        System.out.println(s);
        System.out.println("x" + s);
        System.out.println(s + "x");
        System.out.println(s + null);
        System.out.println("title=" + title + ", name=" + new Main().name);
        String acc = null;
        acc += "!";
        System.out.println(acc);
        StringBuilder sb = new StringBuilder();
        sb.append(s).append('|').append((Object) null).append('|').append(find("missing"));
        System.out.println(sb);
        System.out.println(sb.length());
        System.out.println(String.valueOf((Object) null) + " " + Objects.toString(null) + " " + Objects.toString(null, "def"));
        System.out.println(String.format("%s and %s", s, find("known")));
        Object o = null;
        System.out.println("object: " + o);
        String[] names = new String[3];
        names[1] = "b";
        System.out.println(String.join(",", names[0] + "", names[1], String.valueOf(names[2])));
        System.out.println(java.util.Arrays.toString(names));
        System.out.println(java.util.Arrays.asList(names));
        System.out.println(Objects.equals(s, null) + " " + Objects.isNull(s) + " " + (s == null) + " " + "null".equals(s));
        System.out.println(Objects.requireNonNullElse(s, "fallback") + " " + Objects.hashCode(s));
        try {
            System.out.println(s.length());
        } catch (NullPointerException e) {
            System.out.println("NPE on length");
        }
        try {
            Objects.requireNonNull(s, "name must not be null");
        } catch (NullPointerException e) {
            System.out.println("NPE: " + e.getMessage());
        }
        char[] chars = {'o', 'k'};
        System.out.println("chars: " + String.valueOf(chars) + " " + s + 1 + 2);
    }
}
