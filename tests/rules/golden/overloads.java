public class Messages {
    public static String say(String text) {
        return say(text, 1);
    }

    public static String say(String text, int times) {
        String out = "";
        for (int i = 0; i < times; i++) {
            out += text;
        }
        return out;
    }

    public static String say(double value) {
        return "v=" + value;
    }

    public static String demo() {
        return say("a") + say("b", 2) + say(1.5);
    }
}
