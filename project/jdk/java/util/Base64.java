package java.util;

public class Base64 {
    public static class Encoder {
        public byte[] encode(byte[] src) {}
        public String encodeToString(byte[] src) {}
        public Encoder withoutPadding() {}
    }

    public static class Decoder {
        @Go("{this}.Decode({0})") public byte[] decode(byte[] src) {}
        @Go("{this}.DecodeString({0})") public byte[] decode(String src) {}
    }

    public static Encoder getEncoder() {}
    public static Encoder getUrlEncoder() {}
    public static Encoder getMimeEncoder() {}
    public static Decoder getDecoder() {}
    public static Decoder getUrlDecoder() {}
    public static Decoder getMimeDecoder() {}
}
