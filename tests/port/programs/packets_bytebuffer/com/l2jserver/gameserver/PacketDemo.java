package com.l2jserver.gameserver;

import com.l2jserver.gameserver.network.clientpackets.RequestCharInfo;
import com.l2jserver.gameserver.network.serverpackets.CharInfo;
import com.l2jserver.gameserver.network.serverpackets.ExShowScreenMessage;
import com.l2jserver.gameserver.network.serverpackets.L2GameServerPacket;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

// A packet hierarchy across packages writes to a little-endian ByteBuffer; the bytes are
// dumped in hex and read back by a client packet.
public class PacketDemo {
    static String hex(ByteBuffer buf) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < buf.limit(); i++) {
            sb.append(String.format("%02X", buf.get(i) & 0xFF));
            sb.append(i % 16 == 15 ? '\n' : ' ');
        }
        return sb.toString().trim();
    }

    public static void main(String[] args) {
        ByteBuffer buf = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
        L2GameServerPacket info = new CharInfo(0x10000001, "Дракон", -84318, 244579, -3730, 123456789012L, 1.25);
        info.setBuffer(buf);
        info.write();
        buf.flip();
        System.out.println(info.getType() + " " + buf.limit() + " bytes");
        System.out.println(hex(buf));
        RequestCharInfo read = new RequestCharInfo();
        read.setBuffer(buf);
        System.out.println("read ok " + read.read() + " remaining " + buf.remaining());
        read.run();
        ByteBuffer msg = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        L2GameServerPacket screen = new ExShowScreenMessage("Hi!", 5000);
        screen.setBuffer(msg);
        screen.write();
        msg.flip();
        System.out.println(screen.getType() + " " + msg.limit() + " bytes: " + hex(msg));
        ByteBuffer shortBuf = ByteBuffer.wrap(new byte[] {0x31, 1, 2}).order(ByteOrder.LITTLE_ENDIAN);
        RequestCharInfo broken = new RequestCharInfo();
        broken.setBuffer(shortBuf);
        System.out.println("short packet read ok " + broken.read());
        ByteBuffer big = ByteBuffer.allocate(8);
        big.putInt(0x01020304).putShort((short) 0x0506);
        System.out.println("big-endian default: " + big.order() + " " + String.format("%02X %02X", big.get(0), big.get(3)) + " position " + big.position());
        ByteBuffer le = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
        le.putInt(-2);
        System.out.println(le.order() + " " + le.getInt(0) + " " + (le.get(0) & 0xFF) + " " + le.get(3));
    }
}
