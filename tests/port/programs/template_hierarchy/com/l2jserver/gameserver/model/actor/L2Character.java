package com.l2jserver.gameserver.model.actor;

import com.l2jserver.gameserver.model.L2Object;
import com.l2jserver.gameserver.model.stats.Stats;

// Template methods: reduceCurrentHp and doAttack call hooks that subclasses override.
public abstract class L2Character extends L2Object {
    private double _currentHp;
    private boolean _isDead;
    protected int _level = 1;

    public L2Character(int objectId, String name) {
        super(objectId);
        setName(name);
        _currentHp = getMaxHp();
        onSpawn();
    }

    protected void onSpawn() {
        System.out.println("L2Character.onSpawn " + getName() + " hp=" + (int) _currentHp);
    }

    public int getMaxHp() {
        return (int) calcStat(Stats.MAX_HP, 100);
    }

    public double calcStat(Stats stat, double base) {
        return base * (1 + _level * 0.1);
    }

    public final double getCurrentHp() {
        return _currentHp;
    }

    public final boolean isDead() {
        return _isDead;
    }

    public void reduceCurrentHp(double damage, L2Character attacker) {
        if (_isDead) {
            return;
        }
        double before = _currentHp;
        _currentHp = Math.max(0, _currentHp - damage);
        onDamaged(before - _currentHp, attacker);
        if (_currentHp <= 0) {
            doDie(attacker);
        }
    }

    protected void onDamaged(double amount, L2Character attacker) {
        System.out.println(getName() + " lost " + amount + " hp to " + attacker.getName());
    }

    public boolean doDie(L2Character killer) {
        _isDead = true;
        System.out.println(getName() + " was killed by " + killer.getName());
        return true;
    }

    public void doAttack(L2Character target) {
        if (!target.isAutoAttackable(this)) {
            System.out.println(getName() + " cannot attack " + target.getName());
            return;
        }
        double damage = calcStat(Stats.POWER_ATTACK, 10) * 2;
        target.reduceCurrentHp(damage, this);
    }

    public int getLevel() {
        return _level;
    }
}
