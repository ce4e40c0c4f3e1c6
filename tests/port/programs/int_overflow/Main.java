// 32-bit int wrap-around: addition, multiplication, negation, abs and the polynomial hash.
public class Main {
    static int hash(String s) {
        int h = 0;
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    public static void main(String[] args) {
        int max = Integer.MAX_VALUE;
        System.out.println(max + 1);
        System.out.println(Integer.MIN_VALUE - 1);
        System.out.println(max * 2);
        System.out.println(-Integer.MIN_VALUE);
        System.out.println(Math.abs(Integer.MIN_VALUE));
        System.out.println(Integer.MIN_VALUE / -1);
        System.out.println(Integer.MIN_VALUE % -1);
        int x = 123456789;
        System.out.println(x * x);
        System.out.println(x * 1000 / 1000);
        long widenedLate = x * 1000;
        long widenedEarly = x * 1000L;
        System.out.println(widenedLate + " " + widenedEarly);
        System.out.println(hash("The quick brown fox jumps over the lazy dog"));
        System.out.println(hash("L2PcInstance") == "L2PcInstance".hashCode());
        int acc = 1;
        for (int i = 0; i < 40; i++) {
            acc = acc * 3 + i;
        }
        System.out.println(acc);
        short s = (short) 40000;
        byte b = (byte) 200;
        System.out.println(s + " " + b + " " + (byte) -129 + " " + (short) -32769);
        System.out.println((byte) 0x80 + " " + (int) (char) 65536 + "|" + (int) (char) -1);
        int counter = max;
        counter++;
        System.out.println(counter);
        counter--;
        System.out.println(counter);
        System.out.println(Integer.sum(max, max) + " " + Integer.MAX_VALUE / 2 * 3);
    }
}
