import java.util.ArrayList;
import java.util.List;

public class World {
    private final List<String> _players = new ArrayList<>();
    private final Object _lock = new Object();

    public synchronized void addPlayer(String name) {
        _players.add(name);
    }

    public int count() {
        synchronized (_lock) {
            return _players.size();
        }
    }
}
