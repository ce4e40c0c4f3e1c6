package com.l2jserver.mmocore;

import java.nio.ByteBuffer;

// L2J's MMOCore write side: little-endian primitives and UTF-16LE zero-terminated strings.
public abstract class SendablePacket {
    protected ByteBuffer _buf;

    public void setBuffer(ByteBuffer buf) {
        _buf = buf;
    }

    protected final void writeC(int data) {
        _buf.put((byte) data);
    }

    protected final void writeH(int value) {
        _buf.putShort((short) value);
    }

    protected final void writeD(int value) {
        _buf.putInt(value);
    }

    protected final void writeQ(long value) {
        _buf.putLong(value);
    }

    protected final void writeF(double value) {
        _buf.putDouble(value);
    }

    protected final void writeS(String text) {
        if (text != null) {
            final int len = text.length();
            for (int i = 0; i < len; i++) {
                _buf.putChar(text.charAt(i));
            }
        }
        _buf.putChar('\000');
    }

    protected final void writeB(byte[] data) {
        _buf.put(data);
    }

    public abstract void write();
}
