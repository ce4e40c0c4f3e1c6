package com.l2jserver.gameserver;

import com.l2jserver.gameserver.datatables.ItemTable;
import com.l2jserver.gameserver.instancemanager.CastleManager;

// L2J singletons across packages: SingletonHolder classes build each manager on its first
// getInstance(), in the order of use (one manager's constructor reaching another).
public class GameServer {
    static {
        System.out.println("GameServer class initialised");
    }

    public static void main(String[] args) {
        System.out.println("main: before any manager");
        System.out.println("instances so far: " + CastleManager.getInstances());
        CastleManager first = CastleManager.getInstance();
        System.out.println("castles: " + first.getCastles());
        CastleManager second = CastleManager.getInstance();
        System.out.println("same instance: " + (first == second) + ", instances " + CastleManager.getInstances());
        System.out.println("item 1060: " + ItemTable.getInstance().getName(1060) + ", size " + ItemTable.getInstance().size());
    }
}
