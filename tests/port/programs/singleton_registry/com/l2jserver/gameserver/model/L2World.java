package com.l2jserver.gameserver.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

// L2World: a singleton registry of objects by id, filled and read from several threads.
public final class L2World {
    private final Map<Integer, WorldObject> _allObjects = new ConcurrentHashMap<>();
    private final Map<String, WorldObject> _allPlayers = new ConcurrentHashMap<>();

    private L2World() {
        System.out.println("L2World: created");
    }

    public void storeObject(WorldObject object) {
        if (_allObjects.putIfAbsent(object.getObjectId(), object) != null) {
            System.out.println("duplicate id " + object.getObjectId());
            return;
        }
        if (object.isPlayer()) {
            _allPlayers.put(object.getName().toLowerCase(), object);
        }
    }

    public void removeObject(WorldObject object) {
        _allObjects.remove(object.getObjectId());
        if (object.isPlayer()) {
            _allPlayers.remove(object.getName().toLowerCase());
        }
    }

    public WorldObject findObject(int id) {
        return _allObjects.get(id);
    }

    public WorldObject getPlayer(String name) {
        return _allPlayers.get(name.toLowerCase());
    }

    public Collection<WorldObject> getVisibleObjects(WorldObject center, int radius) {
        List<WorldObject> result = new ArrayList<>();
        for (WorldObject o : _allObjects.values()) {
            if (o != center && center.distanceTo(o) <= radius) {
                result.add(o);
            }
        }
        result.sort((a, b) -> Integer.compare(a.getObjectId(), b.getObjectId()));
        return result;
    }

    public int getAllObjectsCount() {
        return _allObjects.size();
    }

    public int getAllPlayersCount() {
        return _allPlayers.size();
    }

    public static L2World getInstance() {
        return SingletonHolder._instance;
    }

    private static class SingletonHolder {
        protected static final L2World _instance = new L2World();
    }
}
