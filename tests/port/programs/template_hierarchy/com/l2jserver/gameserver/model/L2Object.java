package com.l2jserver.gameserver.model;

public abstract class L2Object {
    private final int _objectId;
    private String _name;

    public L2Object(int objectId) {
        _objectId = objectId;
    }

    public final int getObjectId() {
        return _objectId;
    }

    public String getName() {
        return _name;
    }

    public void setName(String name) {
        _name = name;
    }

    public abstract boolean isAutoAttackable(L2Object attacker);

    public boolean isPlayer() {
        return false;
    }

    public boolean isPlayable() {
        return false;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + ":" + _name + "[" + _objectId + "]";
    }
}
