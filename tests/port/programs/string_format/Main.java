// String.format and printf: widths, precision, flags, grouping, hex, booleans, chars.
public class Main {
    public static void main(String[] args) {
        System.out.println(String.format("%d|%s|%.2f|%5d|%-5s|%x|%,d", 42, "hi", 3.14159, 7, "ab", 255, 1234567));
        System.out.println(String.format("[%05d] [%+d] [%o] [%X] [%08X] [%x]", 42, 42, 8, 255, 48879, -1));
        System.out.println(String.format("[%10.3f] [%-10.1f] [%.0f] [%.0f] [%.0f] [%e]", Math.PI, 2.25, 2.5, 3.5, 0.125, 12345.678));
        System.out.println(String.format("%b %b %b %c %c %%", true, null, "x", 'q', 65));
        System.out.println(String.format("%s %S %10s|%-10s|", null, "shout", "right", "left"));
        System.out.println(String.format("%,d %,.2f %,d", -9876543210L, 1234567.891, 999));
        System.out.println(String.format("%.3s|%5.2s|", "abcdef", "xyz"));
        System.out.println(String.format("%2$s %1$s %2$s", "a", "b"));
        System.out.println(String.format("%.2f %.2f %.2f %.2f", 0.005, 0.015, 1.005, -1.555));
        System.out.println(String.format("%.1f %.3f %.10f", 1e10, 1.0 / 3, 2.0 / 3));
        System.out.println(String.format("%d%%", 50) + String.format("%n").length());
        System.out.printf("%-8s%6d%8.2f%n", "Sword", 3, 15.5);
        System.out.printf("%-8s%6d%8.2f%n", "Shield", 12, 120.0);
        System.out.printf("%s has %d items worth %.1f adena%n", "Player", 3, 1500.75);
        System.out.println(String.format("%x %x %X", (byte) -1, 0xCAFEL, -255L));
        System.out.println(String.format("%h %s %s", "hi", 1.5f, 10000000.0));
        System.out.println(String.format("|%6.2e|%g|", 0.000123, 0.000123));
        System.out.println("%d items".formatted(3));
    }
}
