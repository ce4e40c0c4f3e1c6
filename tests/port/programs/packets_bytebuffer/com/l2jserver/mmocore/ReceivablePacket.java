package com.l2jserver.mmocore;

import java.nio.ByteBuffer;

public abstract class ReceivablePacket {
    protected ByteBuffer _buf;

    public void setBuffer(ByteBuffer buf) {
        _buf = buf;
    }

    protected final int readC() {
        return _buf.get() & 0xFF;
    }

    protected final int readH() {
        return _buf.getShort() & 0xFFFF;
    }

    protected final int readD() {
        return _buf.getInt();
    }

    protected final long readQ() {
        return _buf.getLong();
    }

    protected final double readF() {
        return _buf.getDouble();
    }

    protected final String readS() {
        StringBuilder sb = new StringBuilder();
        char ch;
        while ((ch = _buf.getChar()) != 0) {
            sb.append(ch);
        }
        return sb.toString();
    }

    public abstract boolean read();

    public abstract void run();
}
