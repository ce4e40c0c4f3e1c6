// StringBuilder: append of every type, insert, reverse, delete, deleteCharAt, setLength, replace.
public class Main {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append(1).append('c').append(2.5).append(true).append(3L).append(1.5f).append("s").append(new char[] {'x', 'y'});
        System.out.println(sb + " " + sb.length());
        sb.insert(0, "start:").insert(6, 42).insert(sb.length(), '!');
        System.out.println(sb);
        sb.reverse();
        System.out.println(sb);
        sb.reverse().deleteCharAt(0).delete(0, 4);
        System.out.println(sb);
        sb.setLength(5);
        System.out.println(sb + "|" + sb.length());
        sb.setLength(7);
        System.out.println(sb.length() + " " + (int) sb.charAt(6));
        sb.setLength(0);
        System.out.println("[" + sb + "] " + sb.length() + " " + (sb.length() == 0));
        sb.append("hello world");
        sb.replace(0, 5, "HELLO").setCharAt(6, 'W');
        System.out.println(sb + " " + sb.indexOf("o") + " " + sb.lastIndexOf("o") + " " + sb.charAt(4));
        sb.replace(5, 100, "");
        System.out.println(sb + " " + sb.substring(1, 3) + " " + sb.toString().equals("HELLO"));
        StringBuilder table = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            if (table.length() > 0) {
                table.append(", ");
            }
            table.append(i).append('x').append(i * i);
        }
        System.out.println(table);
        StringBuilder csv = new StringBuilder("a,b,c,");
        csv.setLength(csv.length() - 1);
        System.out.println(csv);
        StringBuilder nested = new StringBuilder("ac");
        nested.insert(1, new StringBuilder("b"));
        nested.append(nested.length());
        System.out.println(nested + " " + nested.compareTo(new StringBuilder("abc3")));
        StringBuffer buf = new StringBuffer("sync");
        buf.append('!').insert(0, '#');
        System.out.println(buf + " " + buf.reverse());
        StringBuilder chained = new StringBuilder().append("a").append((String) null).append(0.1 + 0.2);
        System.out.println(chained);
    }
}
