package com.l2jserver.gameserver.network.clientpackets;

import com.l2jserver.mmocore.ReceivablePacket;

public abstract class L2GameClientPacket extends ReceivablePacket {
    @Override
    public boolean read() {
        try {
            readImpl();
            return true;
        } catch (RuntimeException e) {
            System.out.println("Client packet " + getClass().getSimpleName() + " read failed: " + e.getClass().getSimpleName());
            return false;
        }
    }

    protected abstract void readImpl();
}
