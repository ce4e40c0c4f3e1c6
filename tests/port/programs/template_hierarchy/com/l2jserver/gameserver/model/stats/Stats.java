package com.l2jserver.gameserver.model.stats;

public enum Stats {
    MAX_HP("maxHp"),
    POWER_ATTACK("pAtk"),
    POWER_DEFENCE("pDef"),
    CRITICAL_RATE("rCrit");

    private final String _value;

    Stats(String value) {
        _value = value;
    }

    public String getValue() {
        return _value;
    }
}
