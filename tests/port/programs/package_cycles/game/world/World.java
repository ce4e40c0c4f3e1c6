package game.world;

import game.net.Say2;
import game.net.Session;

import java.util.ArrayList;
import java.util.List;

import static game.util.Constants.MAX_LEVEL;
import static game.util.Constants.clamp;

// world imports net and net imports world: a package cycle.
public class World {
    private static final World INSTANCE = new World();
    private final List<Session> sessions = new ArrayList<>();

    public static World getInstance() {
        return INSTANCE;
    }

    public void enter(Session s, int requestedLevel) {
        sessions.add(s);
        s.setLevel(clamp(requestedLevel, 1, MAX_LEVEL));
        broadcast(new Say2(0, "World", s.getName() + " entered at level " + s.getLevel()));
    }

    public void broadcast(Say2 packet) {
        for (Session s : sessions) {
            s.send(packet);
        }
    }

    public int size() {
        return sessions.size();
    }
}
