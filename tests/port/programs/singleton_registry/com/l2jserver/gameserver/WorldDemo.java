package com.l2jserver.gameserver;

import com.l2jserver.gameserver.model.L2World;
import com.l2jserver.gameserver.model.WorldObject;

import java.util.ArrayList;
import java.util.List;

// L2World: a SingletonHolder singleton with ConcurrentHashMap registries filled by four
// threads at once, lookups by id and by (Cyrillic) name, duplicates refused, removal.
public class WorldDemo {
    public static void main(String[] args) throws InterruptedException {
        System.out.println("before getInstance");
        L2World world = L2World.getInstance();
        List<Thread> spawners = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            final int base = t * 1000;
            Thread th = new Thread(() -> {
                for (int i = 0; i < 250; i++) {
                    int id = base + i;
                    world.storeObject(new WorldObject(id, "npc" + id, (id % 50) * 100, (id / 50) * 100, false));
                }
            });
            spawners.add(th);
            th.start();
        }
        for (Thread th : spawners) {
            th.join();
        }
        WorldObject hero = new WorldObject(5000, "Hero", 500, 500, true);
        world.storeObject(hero);
        world.storeObject(new WorldObject(5001, "Вася", 700, 400, true));
        world.storeObject(new WorldObject(5000, "Clone", 0, 0, true));
        System.out.println("objects " + world.getAllObjectsCount() + " players " + world.getAllPlayersCount());
        System.out.println("visible " + world.getVisibleObjects(hero, 150));
        System.out.println("find 1042 " + world.findObject(1042) + " find 9999 " + world.findObject(9999) + " player " + world.getPlayer("hero") + " " + world.getPlayer("ВАСЯ"));
        world.removeObject(hero);
        System.out.println("after remove " + world.getAllObjectsCount() + " " + world.getPlayer("Hero") + " same " + (world == L2World.getInstance()));
    }
}
