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

    @Go("java.Base64GetEncoder()") public static Encoder getEncoder() {}
    @Go("java.Base64GetUrlEncoder()") public static Encoder getUrlEncoder() {}
    @Go("java.Base64GetMimeEncoder()") public static Encoder getMimeEncoder() {}
    @Go("java.Base64GetDecoder()") public static Decoder getDecoder() {}
    @Go("java.Base64GetUrlDecoder()") public static Decoder getUrlDecoder() {}
    @Go("java.Base64GetMimeDecoder()") public static Decoder getMimeDecoder() {}
}
