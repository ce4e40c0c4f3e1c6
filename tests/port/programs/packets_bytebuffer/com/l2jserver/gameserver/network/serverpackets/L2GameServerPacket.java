package com.l2jserver.gameserver.network.serverpackets;

import com.l2jserver.mmocore.SendablePacket;

public abstract class L2GameServerPacket extends SendablePacket {
    @Override
    public final void write() {
        writeImpl();
    }

    protected abstract void writeImpl();

    public String getType() {
        return "[S] " + getClass().getSimpleName();
    }
}
