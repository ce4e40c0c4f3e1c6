package com.l2jserver.gameserver.datatables;

import java.util.Map;
import java.util.TreeMap;

// L2J's SingletonHolder idiom: the instance is built on the first getInstance(), not before.
public class ItemTable {
    private final Map<Integer, String> items = new TreeMap<>();

    protected ItemTable() {
        System.out.println("ItemTable: loading");
        items.put(57, "Adena");
        items.put(1060, "Lesser Healing Potion");
        items.put(728, "Mana Potion");
        System.out.println("ItemTable: loaded " + items.size() + " items");
    }

    public String getName(int id) {
        return items.getOrDefault(id, "unknown");
    }

    public int size() {
        return items.size();
    }

    public static ItemTable getInstance() {
        return SingletonHolder.INSTANCE;
    }

    private static class SingletonHolder {
        static {
            System.out.println("ItemTable.SingletonHolder initialising");
        }

        protected static final ItemTable INSTANCE = new ItemTable();
    }
}
