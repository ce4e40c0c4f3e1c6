package com.l2jserver.gameserver.model.actor;

import com.l2jserver.gameserver.model.L2Object;

public abstract class L2Playable extends L2Character {
    private int _pvpFlag;

    public L2Playable(int objectId, String name) {
        super(objectId, name);
    }

    @Override
    public boolean isPlayable() {
        return true;
    }

    @Override
    public boolean isAutoAttackable(L2Object attacker) {
        return attacker.isPlayable() ? _pvpFlag > 0 : true;
    }

    public void updatePvPFlag(int value) {
        _pvpFlag = value;
    }

    @Override
    public boolean doDie(L2Character killer) {
        if (!super.doDie(killer)) {
            return false;
        }
        System.out.println("L2Playable.doDie: " + getName() + " drops nothing, pvp=" + _pvpFlag);
        return true;
    }

    public abstract int getKarma();
}
