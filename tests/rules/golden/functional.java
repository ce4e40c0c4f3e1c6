import java.util.*;

public class Events {
    public interface Listener<T> {
        boolean onEvent(T event, int tick);
    }

    private final Map<Integer, String> _byId = new TreeMap<>();
    private final List<Listener<String>> _listeners = new ArrayList<>();

    public void register(Listener<String> l) {
        _listeners.add(l);
    }

    public int fire(String event) {
        int handled = 0;
        for (Listener<String> l : _listeners) {
            if (l.onEvent(event, handled)) {
                handled++;
            }
        }
        return handled;
    }

    public String ordered() {
        StringBuilder sb = new StringBuilder();
        for (int id : _byId.keySet()) {
            sb.append(id).append('=').append(_byId.get(id)).append(';');
        }
        return sb.toString();
    }

    public void setup() {
        register((e, tick) -> e.startsWith("a") && tick < 3);
        _byId.put(2, "b");
    }
}
