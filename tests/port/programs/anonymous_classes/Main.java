// Anonymous classes: of an abstract class with constructor arguments and an initialiser
// block, of an interface capturing locals, of a concrete class overriding one method.
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public class Main {
    private String owner = "main";

    abstract static class Task {
        protected final String id;
        protected int runs;

        Task(String id) {
            this.id = id;
        }

        abstract void execute();

        void runTwice() {
            execute();
            execute();
        }
    }

    static class Greeter {
        String greet(String who) {
            return "Hello " + who;
        }
    }

    interface Listener {
        void onEvent(String event);
    }

    List<String> log = new ArrayList<>();

    Listener makeListener(String tag) {
        int limit = 2;
        return new Listener() {
            private int seen;

            @Override
            public void onEvent(String event) {
                seen++;
                if (seen <= limit) {
                    log.add(tag + ":" + event + " (" + owner + ")");
                }
            }
        };
    }

    public static void main(String[] args) {
        String suffix = "!";
        Task t = new Task("T1") {
            int local;

            {
                local = 100;
                System.out.println("initialiser block of " + id);
            }

            @Override
            void execute() {
                runs++;
                local += 5;
                System.out.println(id + " run " + runs + " local=" + local + suffix);
            }
        };
        t.runTwice();
        Greeter loud = new Greeter() {
            @Override
            String greet(String who) {
                return super.greet(who).toUpperCase() + suffix;
            }
        };
        System.out.println(new Greeter().greet("x") + " / " + loud.greet("y"));
        Main m = new Main();
        Listener l = m.makeListener("L");
        m.owner = "changed";
        for (String e : new String[] {"spawn", "attack", "die"}) {
            l.onEvent(e);
        }
        System.out.println(m.log);
        List<String> names = new ArrayList<>(List.of("ccc", "a", "bb"));
        names.sort(new Comparator<String>() {
            @Override
            public int compare(String a, String b) {
                return Integer.compare(a.length(), b.length());
            }
        });
        System.out.println(names);
        Runnable r = new Runnable() {
            int count = 0;

            @Override
            public void run() {
                System.out.println("anonymous runnable " + (++count) + " " + this.count);
            }
        };
        r.run();
        r.run();
    }
}
