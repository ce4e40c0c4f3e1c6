// Compound assignments cast back to the left side's type: byte += 200, int *= 2.5, char += 1.
public class Main {
    public static void main(String[] args) {
        byte b = 10;
        b += 200;
        System.out.println(b);
        b *= 3;
        System.out.println(b);
        short s = 1000;
        s *= 1000;
        System.out.println(s);
        int i = 7;
        i *= 2.5;
        System.out.println(i);
        i /= 0.3;
        System.out.println(i);
        i -= 0.99;
        System.out.println(i);
        char c = 'x';
        c += 3;
        System.out.println(c);
        c -= 'a' - 'A';
        System.out.println(c);
        long l = 10;
        l += 0.5;
        l *= 1.9;
        System.out.println(l);
        int big = 1;
        big += 1L << 40;
        System.out.println(big);
        byte neg = -128;
        neg >>= 1;
        System.out.println(neg);
        neg -= 1;
        System.out.println(neg);
        byte flags = 0;
        flags |= 0x81;
        System.out.println(flags);
        flags ^= 0xFF;
        System.out.println(flags);
        int hp = 1000;
        hp *= 1.15;
        System.out.println(hp);
        double half = 5;
        half /= 2;
        System.out.println(half);
        int[] arr = {100, 200};
        arr[1] *= 0.333;
        System.out.println(arr[1]);
        float fl = 1;
        fl += 0.1;
        System.out.println(fl);
        short overflow = Short.MAX_VALUE;
        overflow++;
        System.out.println(overflow);
    }
}
