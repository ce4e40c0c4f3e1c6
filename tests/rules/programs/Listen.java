import java.util.*;

public class Listen {
    interface Handler {
        String handle(int code);
    }

    static class Upper implements Handler {
        private final String _prefix;

        Upper(String prefix) {
            _prefix = prefix;
        }

        public String handle(int code) {
            return (_prefix + code).toUpperCase();
        }
    }

    static String run(Handler h, int code) {
        return h.handle(code);
    }

    public static void main(String[] args) {
        List<Handler> hs = new ArrayList<>();
        hs.add(new Upper("ab"));
        hs.add(code -> "lambda" + code);
        hs.add(new Handler() {
            @Override
            public String handle(int code) {
                return "anon" + (code * 2);
            }
        });
        for (Handler h : hs) {
            System.out.println(run(h, 7));
        }
    }
}
