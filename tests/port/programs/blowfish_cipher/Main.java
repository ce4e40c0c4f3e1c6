// A Blowfish-like byte-level cipher as L2J's login/game crypt uses: a key schedule over
// bytes, a Feistel round on ints with unsigned shifts and 0xFF masks, L2J's XOR pass with a
// rolling key, and the packet checksum.
public class Main {
    static final int ROUNDS = 8;
    final int[] p = new int[ROUNDS + 2];
    final int[] s = new int[256];

    Main(byte[] key) {
        int seed = 0x243F6A88;
        for (int i = 0; i < s.length; i++) {
            seed = seed * 1103515245 + 12345;
            s[i] = seed ^ (seed >>> 13);
        }
        int k = 0;
        for (int i = 0; i < p.length; i++) {
            int data = 0;
            for (int j = 0; j < 4; j++) {
                data = (data << 8) | (key[k] & 0xFF);
                k = (k + 1) % key.length;
            }
            p[i] = (0x85A308D3 + i * 0x13198A2E) ^ data;
        }
    }

    int f(int x) {
        int a = (x >>> 24) & 0xFF;
        int b = (x >>> 16) & 0xFF;
        int c = (x >>> 8) & 0xFF;
        int d = x & 0xFF;
        return ((s[a] + s[b]) ^ s[c]) + s[d];
    }

    long encryptBlock(int left, int right) {
        for (int i = 0; i < ROUNDS; i++) {
            left ^= p[i];
            right ^= f(left);
            int t = left;
            left = right;
            right = t;
        }
        int t = left;
        left = right;
        right = t;
        right ^= p[ROUNDS];
        left ^= p[ROUNDS + 1];
        return ((long) left << 32) | (right & 0xFFFFFFFFL);
    }

    long decryptBlock(int left, int right) {
        for (int i = ROUNDS + 1; i > 1; i--) {
            left ^= p[i];
            right ^= f(left);
            int t = left;
            left = right;
            right = t;
        }
        int t = left;
        left = right;
        right = t;
        right ^= p[1];
        left ^= p[0];
        return ((long) left << 32) | (right & 0xFFFFFFFFL);
    }

    static int readInt(byte[] b, int off) {
        return (b[off] & 0xFF) | (b[off + 1] & 0xFF) << 8 | (b[off + 2] & 0xFF) << 16 | (b[off + 3] & 0xFF) << 24;
    }

    static void writeInt(byte[] b, int off, int v) {
        b[off] = (byte) v;
        b[off + 1] = (byte) (v >>> 8);
        b[off + 2] = (byte) (v >>> 16);
        b[off + 3] = (byte) (v >>> 24);
    }

    void crypt(byte[] data, boolean encrypt) {
        for (int off = 0; off < data.length; off += 8) {
            int l = readInt(data, off);
            int r = readInt(data, off + 4);
            long out = encrypt ? encryptBlock(l, r) : decryptBlock(l, r);
            writeInt(data, off, (int) (out >>> 32));
            writeInt(data, off + 4, (int) out);
        }
    }

    static void encXORPass(byte[] raw, int offset, int size, int key) {
        int stop = size - 8;
        int pos = 4 + offset;
        int edx;
        int ecx = key;
        while (pos < stop) {
            edx = (raw[pos] & 0xFF);
            edx |= (raw[pos + 1] & 0xFF) << 8;
            edx |= (raw[pos + 2] & 0xFF) << 16;
            edx |= (raw[pos + 3] & 0xFF) << 24;
            ecx += edx;
            edx ^= ecx;
            raw[pos++] = (byte) (edx & 0xFF);
            raw[pos++] = (byte) ((edx >> 8) & 0xFF);
            raw[pos++] = (byte) ((edx >> 16) & 0xFF);
            raw[pos++] = (byte) ((edx >> 24) & 0xFF);
        }
        raw[pos++] = (byte) (ecx & 0xFF);
        raw[pos++] = (byte) ((ecx >> 8) & 0xFF);
        raw[pos++] = (byte) ((ecx >> 16) & 0xFF);
        raw[pos] = (byte) ((ecx >> 24) & 0xFF);
    }

    static boolean verifyChecksum(byte[] raw, int offset, int size) {
        long chksum = 0;
        int count = size - 4;
        long check;
        int i;
        for (i = offset; i < count; i += 4) {
            check = raw[i] & 0xff;
            check |= (raw[i + 1] << 8) & 0xff00;
            check |= (raw[i + 2] << 0x10) & 0xff0000;
            check |= (raw[i + 3] << 0x18) & 0xff000000L;
            chksum ^= check;
        }
        check = raw[i] & 0xff;
        check |= (raw[i + 1] << 8) & 0xff00;
        check |= (raw[i + 2] << 0x10) & 0xff0000;
        check |= (raw[i + 3] << 0x18) & 0xff000000L;
        return check == chksum;
    }

    static void appendChecksum(byte[] raw, int offset, int size) {
        long chksum = 0;
        int count = size - 4;
        long ecx;
        int i;
        for (i = offset; i < count; i += 4) {
            ecx = raw[i] & 0xff;
            ecx |= (raw[i + 1] << 8) & 0xff00;
            ecx |= (raw[i + 2] << 0x10) & 0xff0000;
            ecx |= (raw[i + 3] << 0x18) & 0xff000000L;
            chksum ^= ecx;
        }
        raw[i] = (byte) (chksum & 0xff);
        raw[i + 1] = (byte) ((chksum >> 0x08) & 0xff);
        raw[i + 2] = (byte) ((chksum >> 0x10) & 0xff);
        raw[i + 3] = (byte) ((chksum >> 0x18) & 0xff);
    }

    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(Integer.toHexString((x & 0xFF) | 0x100).substring(1));
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        byte[] key = "_;5.]94-31==-%xT!^[$\000".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Main cipher = new Main(key);
        System.out.println("p[0]=" + Integer.toHexString(cipher.p[0]) + " s[255]=" + cipher.s[255] + " f(1)=" + cipher.f(1));
        byte[] packet = new byte[32];
        for (int i = 0; i < 24; i++) {
            packet[i] = (byte) (i * 37 + 200);
        }
        System.out.println("plain   " + hex(packet));
        appendChecksum(packet, 0, 28);
        System.out.println("checked " + hex(packet) + " valid=" + verifyChecksum(packet, 0, 28));
        byte[] copy = packet.clone();
        encXORPass(copy, 0, copy.length, 0x1F2E3D4C);
        System.out.println("xorpass " + hex(copy));
        cipher.crypt(packet, true);
        System.out.println("crypted " + hex(packet));
        cipher.crypt(packet, false);
        System.out.println("decrypt " + hex(packet) + " valid=" + verifyChecksum(packet, 0, 28));
        packet[3] ^= 0x40;
        System.out.println("tampered valid=" + verifyChecksum(packet, 0, 28));
        byte b = (byte) 0xAB;
        System.out.println((b >> 4) + " " + (b >>> 4) + " " + ((b & 0xFF) >> 4) + " " + (byte) (b << 1) + " " + (b ^ 0xFF) + " " + (byte) ~b);
    }
}
