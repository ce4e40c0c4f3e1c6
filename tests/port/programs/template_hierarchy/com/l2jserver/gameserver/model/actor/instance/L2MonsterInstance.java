package com.l2jserver.gameserver.model.actor.instance;

import com.l2jserver.gameserver.model.L2Object;
import com.l2jserver.gameserver.model.actor.L2Character;

public class L2MonsterInstance extends L2Character {
    private final long _expReward;

    public L2MonsterInstance(int objectId, String name, int level, long expReward) {
        super(objectId, name);
        _level = level;
        _expReward = expReward;
    }

    @Override
    public boolean isAutoAttackable(L2Object attacker) {
        return attacker.isPlayer();
    }

    @Override
    public boolean doDie(L2Character killer) {
        super.doDie(killer);
        if (killer instanceof L2PcInstance) {
            ((L2PcInstance) killer).addExp(_expReward);
            System.out.println(killer.getName() + " gains " + _expReward + " exp");
        }
        return true;
    }
}
