package com.l2jserver.gameserver.network.serverpackets;

public final class CharInfo extends L2GameServerPacket {
    private final int _objectId;
    private final String _name;
    private final int _x;
    private final int _y;
    private final int _z;
    private final long _exp;
    private final double _speed;

    public CharInfo(int objectId, String name, int x, int y, int z, long exp, double speed) {
        _objectId = objectId;
        _name = name;
        _x = x;
        _y = y;
        _z = z;
        _exp = exp;
        _speed = speed;
    }

    @Override
    protected void writeImpl() {
        writeC(0x31);
        writeD(_x);
        writeD(_y);
        writeD(_z);
        writeD(_objectId);
        writeS(_name);
        writeQ(_exp);
        writeF(_speed);
        writeH(-2);
    }
}
