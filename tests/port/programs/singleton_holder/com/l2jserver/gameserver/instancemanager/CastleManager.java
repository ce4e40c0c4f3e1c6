package com.l2jserver.gameserver.instancemanager;

import com.l2jserver.gameserver.datatables.ItemTable;

import java.util.ArrayList;
import java.util.List;

// A manager whose constructor uses another singleton: initialisation order follows use.
public final class CastleManager {
    private static int instances = 0;
    private final List<String> castles = new ArrayList<>();

    private CastleManager() {
        instances++;
        System.out.println("CastleManager: starting (instance " + instances + ")");
        castles.add("Gludio");
        castles.add("Dion");
        System.out.println("CastleManager: tax item is " + ItemTable.getInstance().getName(57));
    }

    public List<String> getCastles() {
        return castles;
    }

    public static int getInstances() {
        return instances;
    }

    public static CastleManager getInstance() {
        return SingletonHolder._instance;
    }

    private static class SingletonHolder {
        protected static final CastleManager _instance = new CastleManager();
    }
}
