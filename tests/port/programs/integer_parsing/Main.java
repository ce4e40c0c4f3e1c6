// Parsing numbers: Integer/Long/Double/Boolean parse and valueOf, radix, decode, and the
// NumberFormatException messages for bad input.
public class Main {
    static void tryParse(String s) {
        try {
            System.out.println("'" + s + "' -> " + Integer.parseInt(s));
        } catch (NumberFormatException e) {
            System.out.println("'" + s + "' -> NumberFormatException: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        for (String s : new String[] {"42", "-17", "+5", "007", "2147483647", "-2147483648", "2147483648", "12a", "", " 5", "0x10", "1_000"}) {
            tryParse(s);
        }
        try {
            Integer.parseInt(null);
        } catch (NumberFormatException e) {
            System.out.println("null -> " + e.getMessage());
        }
        System.out.println(Integer.parseInt("ff", 16) + " " + Integer.parseInt("-1010", 2) + " " + Integer.parseInt("zz", 36) + " " + Integer.valueOf("123") + " " + Integer.decode("0x1F") + " " + Integer.decode("-010"));
        System.out.println(Long.parseLong("9223372036854775807") + " " + Long.valueOf("-5") + " " + Long.parseLong("7fffffff", 16));
        System.out.println(Double.parseDouble("1e3") + " " + Double.parseDouble("-0.5") + " " + Double.parseDouble("  3.25  ") + " " + Double.valueOf("NaN") + " " + Double.parseDouble("1.") + " " + Double.parseDouble(".5"));
        System.out.println(Float.parseFloat("0.1") + " " + Boolean.parseBoolean("TRUE") + " " + Boolean.parseBoolean("yes") + " " + Boolean.valueOf("true") + " " + Short.parseShort("-300") + " " + Byte.parseByte("127"));
        System.out.println(Integer.toString(255, 16) + " " + Integer.toString(-255, 2) + " " + Integer.toHexString(-1) + " " + Integer.toOctalString(8) + " " + Integer.toBinaryString(10) + " " + Integer.toUnsignedString(-1));
        System.out.println(Integer.parseUnsignedInt("4294967295") + " " + Integer.toUnsignedLong(-1) + " " + Integer.divideUnsigned(-1, 2) + " " + Long.toUnsignedString(-1L));
        try {
            Long.parseLong("99999999999999999999");
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        try {
            Byte.parseByte("200");
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        String config = "MaxLevel=85;Rate=1.5;Enabled=true;Bad=x";
        for (String kv : config.split(";")) {
            String[] parts = kv.split("=");
            try {
                double v = Double.parseDouble(parts[1]);
                System.out.println(parts[0] + " numeric " + v);
            } catch (NumberFormatException e) {
                System.out.println(parts[0] + " text " + parts[1]);
            }
        }
    }
}
