package game;

import game.net.Session;
import game.world.World;

import static game.util.Constants.*;

// Packages that import each other (world <-> net), static imports of constants and methods,
// two classes with the same simple name in different packages.
public class Main {
    public static void main(String[] args) {
        System.out.println(SERVER_NAME + " max level " + MAX_LEVEL);
        Session a = new Session("Alice");
        Session b = new Session("Bob");
        World.getInstance().enter(a, 90);
        World.getInstance().enter(b, -3);
        new game.net.client.Say2("hi all").run(a);
        System.out.print("Alice got:\n" + a.inbox());
        System.out.print("Bob got:\n" + b.inbox());
        System.out.println("online " + onlineCount + " world " + b.worldSize() + " clamp " + clamp(5, 1, 3));
    }
}
