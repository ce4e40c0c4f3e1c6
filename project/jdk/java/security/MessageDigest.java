package java.security;

// Go: *java.MessageDigest.
@GoType("*java.MessageDigest")
public abstract class MessageDigest {
    public static MessageDigest getInstance(String algorithm) throws NoSuchAlgorithmException {}
    public static boolean isEqual(byte[] digesta, byte[] digestb) {}

    public final String getAlgorithm() {}
    public final int getDigestLength() {}
    @Go("{this}.Update({0})") public void update(byte input) {}
    @Go("{this}.UpdateBytes({0})") public void update(byte[] input) {}
    @Go("{this}.UpdateBytes2({0}, {1}, {2})") public void update(byte[] input, int offset, int len) {}
    @Go("{this}.Digest()") public byte[] digest() {}
    @Go("{this}.DigestBytes({0})") public byte[] digest(byte[] input) {}
    public void reset() {}
    public String toString() {}
}
