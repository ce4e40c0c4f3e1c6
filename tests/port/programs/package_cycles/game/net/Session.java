package game.net;

import game.util.Constants;
import game.world.World;

public class Session {
    private final String name;
    private int level;
    private final StringBuilder inbox = new StringBuilder();

    public Session(String name) {
        this.name = name;
        Constants.onlineCount++;
    }

    public String getName() {
        return name;
    }

    public int getLevel() {
        return level;
    }

    public void setLevel(int level) {
        this.level = level;
    }

    public void send(Say2 packet) {
        inbox.append(packet.render()).append('\n');
    }

    public String inbox() {
        return inbox.toString();
    }

    public int worldSize() {
        return World.getInstance().size();
    }
}
