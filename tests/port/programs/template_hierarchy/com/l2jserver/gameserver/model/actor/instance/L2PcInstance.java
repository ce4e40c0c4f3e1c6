package com.l2jserver.gameserver.model.actor.instance;

import com.l2jserver.gameserver.model.actor.L2Character;
import com.l2jserver.gameserver.model.actor.L2Playable;
import com.l2jserver.gameserver.model.stats.Stats;

public final class L2PcInstance extends L2Playable {
    private String _className = "Warrior";
    private int _karma;
    private long _exp;

    public L2PcInstance(int objectId, String name, int level) {
        super(objectId, name);
        _level = level;
    }

    @Override
    protected void onSpawn() {
        super.onSpawn();
        System.out.println("L2PcInstance.onSpawn className=" + _className + " level=" + _level);
    }

    @Override
    public boolean isPlayer() {
        return true;
    }

    @Override
    public double calcStat(Stats stat, double base) {
        double value = super.calcStat(stat, base);
        if (stat == Stats.POWER_ATTACK) {
            value += 5;
        }
        return value;
    }

    @Override
    protected void onDamaged(double amount, L2Character attacker) {
        super.onDamaged(amount, attacker);
        System.out.println("  (player hp now " + getCurrentHp() + "/" + getMaxHp() + ")");
    }

    @Override
    public boolean doDie(L2Character killer) {
        if (killer.isPlayer()) {
            _karma += 100;
        }
        return super.doDie(killer);
    }

    @Override
    public int getKarma() {
        return _karma;
    }

    public void addExp(long exp) {
        _exp += exp;
    }

    public long getExp() {
        return _exp;
    }
}
