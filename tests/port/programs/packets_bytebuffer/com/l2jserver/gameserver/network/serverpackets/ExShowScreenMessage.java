package com.l2jserver.gameserver.network.serverpackets;

public class ExShowScreenMessage extends L2GameServerPacket {
    private final String _text;
    private final int _time;

    public ExShowScreenMessage(String text, int time) {
        _text = text;
        _time = time;
    }

    @Override
    protected void writeImpl() {
        writeC(0xFE);
        writeH(0x39);
        writeD(_time);
        writeS(_text);
        writeS(null);
    }
}
