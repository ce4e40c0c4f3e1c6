// hashCode values Java defines exactly: String, boxed primitives, Arrays, Lists, Objects.hash.
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

public class Main {
    public static void main(String[] args) {
        for (String s : new String[] {"", "a", "abc", "L2PcInstance", "Ёжик", "😀", "polygenelubricants"}) {
            System.out.println(s + " " + s.hashCode());
        }
        System.out.println(Integer.hashCode(-5) + " " + Long.hashCode(-5L) + " " + Long.hashCode(1L << 32) + " " + Double.hashCode(1.5)
            + " " + Double.hashCode(-0.0) + " " + Float.hashCode(1.5f) + " " + Boolean.hashCode(true) + " " + Boolean.hashCode(false)
            + " " + Character.hashCode('A') + " " + Short.hashCode((short) -1) + " " + Byte.hashCode((byte) -1));
        System.out.println(Arrays.hashCode(new int[] {1, 2, 3}) + " " + Arrays.hashCode(new String[] {"a", null}) + " " + Arrays.hashCode(new long[] {1L << 40}));
        System.out.println(List.of(1, 2, 3).hashCode() + " " + Arrays.asList("x", "y").hashCode() + " " + Objects.hash(1, "a", 2.0) + " " + Objects.hash());
        System.out.println(new java.util.HashSet<>(List.of("a", "b")).hashCode() + " " + java.util.Map.of("k", 1).hashCode() + " " + Arrays.deepHashCode(new int[][] {{1}, {2}}));
        System.out.println(Double.valueOf(0.1).hashCode() + " " + Objects.hashCode(null) + " " + "Aa".hashCode() + " " + "BB".hashCode());
    }
}
