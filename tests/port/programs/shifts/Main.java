// Shift semantics: counts masked to 5/6 bits, >>> on negatives, promotion of byte/short/char.
public class Main {
    public static void main(String[] args) {
        int neg = -16;
        System.out.println((neg >> 2) + " " + (neg >>> 2) + " " + (neg << 2));
        System.out.println((1 << 31) + " " + (1 << 32) + " " + (1 << 33) + " " + (1 << -1));
        System.out.println((-1 >>> 28) + " " + (-1 >>> 32) + " " + (-1 >> 40));
        long one = 1;
        System.out.println((one << 63) + " " + (one << 64) + " " + (one << 65) + " " + (-1L >>> 60));
        int count = 35;
        System.out.println((8 >> count) + " " + (8 << count) + " " + (8L << count));
        byte b = (byte) 0xF0;
        System.out.println((b >> 2) + " " + (b >>> 2) + " " + ((b & 0xFF) >>> 2) + " " + (byte) (b >>> 2));
        short s = -2;
        System.out.println((s >>> 1) + " " + (short) (s >>> 1));
        char c = '\uFFFF';
        System.out.println((c >> 4) + " " + (c << 20));
        b >>>= 1;
        System.out.println(b);
        s >>= 1;
        System.out.println(s);
        int bits = 0x12345678;
        int rotated = (bits << 8) | (bits >>> 24);
        System.out.println(Integer.toHexString(rotated) + " " + Integer.rotateLeft(bits, 8) + " " + Integer.rotateRight(bits, 4));
        System.out.println(Integer.toBinaryString(-8 >>> 28) + " " + Integer.toHexString(-8 >> 1));
        long packed = ((long) 0xCAFE << 32) | 0xBABEL;
        System.out.println(Long.toHexString(packed) + " " + (int) (packed >>> 32) + " " + (int) packed);
        int sign = 0x80000000;
        System.out.println(sign >> 31);
        System.out.println(sign >>> 31);
    }
}
