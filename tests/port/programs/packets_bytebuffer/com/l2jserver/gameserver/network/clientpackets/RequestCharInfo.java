package com.l2jserver.gameserver.network.clientpackets;

public final class RequestCharInfo extends L2GameClientPacket {
    private int _opcode;
    private int _x;
    private int _y;
    private int _z;
    private int _objectId;
    private String _name;
    private long _exp;
    private double _speed;
    private int _tail;

    @Override
    protected void readImpl() {
        _opcode = readC();
        _x = readD();
        _y = readD();
        _z = readD();
        _objectId = readD();
        _name = readS();
        _exp = readQ();
        _speed = readF();
        _tail = readH();
    }

    @Override
    public void run() {
        System.out.println("opcode=0x" + Integer.toHexString(_opcode) + " pos=" + _x + "," + _y + "," + _z + " id=" + _objectId + " name=" + _name + " (" + _name.length()
            + ") exp=" + _exp + " speed=" + _speed + " tail=" + _tail);
    }
}
