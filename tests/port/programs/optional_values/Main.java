// Optional: of/empty/ofNullable, map/flatMap/filter, orElse/orElseGet/orElseThrow, printing.
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

public class Main {
    static final Map<Integer, String> NAMES = new HashMap<>();

    static Optional<String> find(int id) {
        return Optional.ofNullable(NAMES.get(id));
    }

    static String fallback() {
        System.out.println("  fallback computed");
        return "anonymous";
    }

    public static void main(String[] args) {
        NAMES.put(1, "Aria");
        NAMES.put(2, "");
        System.out.println(find(1) + " " + find(3) + " " + Optional.of(5) + " " + Optional.empty());
        System.out.println(find(1).map(String::toUpperCase).orElse("none") + " " + find(3).map(String::length).orElse(-1));
        System.out.println(find(2).filter(s -> !s.isEmpty()).isPresent() + " " + find(1).filter(s -> s.startsWith("A")).get());
        System.out.println(find(1).orElseGet(Main::fallback));
        System.out.println(find(3).orElseGet(Main::fallback));
        System.out.println(find(1).orElse(fallback()));
        find(1).ifPresent(n -> System.out.println("present " + n));
        find(3).ifPresentOrElse(n -> System.out.println("present " + n), () -> System.out.println("absent"));
        try {
            find(3).orElseThrow();
        } catch (NoSuchElementException e) {
            System.out.println("NoSuchElementException: " + e.getMessage());
        }
        try {
            find(3).orElseThrow(() -> new IllegalArgumentException("no player 3"));
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        Optional<Optional<String>> nested = Optional.of(find(1));
        System.out.println(nested.flatMap(o -> o).get() + " " + find(1).flatMap(n -> find(n.length() - 2)).orElse("?") + " " + find(1).or(() -> Optional.of("x")).get());
        System.out.println(find(1).equals(Optional.of("Aria")) + " " + Optional.empty().equals(find(9)) + " " + find(1).isEmpty() + " " + find(1).stream().count());
        try {
            Optional.of(null);
        } catch (NullPointerException e) {
            System.out.println("Optional.of(null) throws NPE");
        }
    }
}
