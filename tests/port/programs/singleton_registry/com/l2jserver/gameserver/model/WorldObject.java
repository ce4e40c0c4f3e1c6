package com.l2jserver.gameserver.model;

public class WorldObject {
    private final int _objectId;
    private final String _name;
    private final int _x;
    private final int _y;
    private final boolean _player;

    public WorldObject(int objectId, String name, int x, int y, boolean player) {
        _objectId = objectId;
        _name = name;
        _x = x;
        _y = y;
        _player = player;
    }

    public int getObjectId() {
        return _objectId;
    }

    public String getName() {
        return _name;
    }

    public boolean isPlayer() {
        return _player;
    }

    public double distanceTo(WorldObject o) {
        long dx = _x - o._x;
        long dy = _y - o._y;
        return Math.sqrt(dx * dx + dy * dy);
    }

    @Override
    public String toString() {
        return _name + "#" + _objectId;
    }
}
