package game.net.client;

import game.net.Session;
import game.world.World;

public class Say2 {
    private final String text;

    public Say2(String text) {
        this.text = text;
    }

    public void run(Session from) {
        World.getInstance().broadcast(new game.net.Say2(1, from.getName(), text));
    }
}
