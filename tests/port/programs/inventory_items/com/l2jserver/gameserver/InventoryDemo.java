package com.l2jserver.gameserver;

import com.l2jserver.gameserver.model.itemcontainer.PcInventory;
import com.l2jserver.gameserver.model.items.L2ItemInstance;

// An L2J inventory across three packages: an item enum and class, a container with
// synchronized add/destroy over a CopyOnWriteArrayList, stacking, streams over items, threads
// adding adena at once, a sort by name then id.
public class InventoryDemo {
    public static void main(String[] args) throws InterruptedException {
        PcInventory inv = new PcInventory();
        inv.addItem(PcInventory.ADENA_ID, "Adena", 1000, 0, true);
        L2ItemInstance sword = inv.addItem(2369, "Squire's Sword", 1, 1600, false);
        L2ItemInstance shirt = inv.addItem(1146, "Squire's Shirt", 1, 3023, false);
        inv.addItem(1835, "Soulshot: No Grade", 500, 1, true);
        inv.addItem(1835, "Soulshot: No Grade", 250, 1, true);
        inv.addItem(2369, "Squire's Sword", 1, 1600, false);
        sword.setEnchantLevel(3);
        inv.equip(sword.getObjectId());
        inv.equip(shirt.getObjectId());
        System.out.println("items " + inv.size() + " adena " + inv.getAdena() + " weight " + inv.getTotalWeight());
        System.out.println("paperdoll " + inv.getPaperdoll());
        Thread[] buyers = new Thread[4];
        for (int t = 0; t < buyers.length; t++) {
            buyers[t] = new Thread(() -> {
                for (int i = 0; i < 100; i++) {
                    inv.addItem(PcInventory.ADENA_ID, "Adena", 10, 0, true);
                }
            });
            buyers[t].start();
        }
        for (Thread b : buyers) {
            b.join();
        }
        System.out.println("adena after trades " + inv.getAdena());
        System.out.println("destroy 100 ss " + inv.destroyItem(1003, 100) + ", too many " + inv.destroyItem(1003, 10_000) + ", all " + inv.destroyItem(1003, 650) + ", missing " + inv.destroyItem(4242, 1));
        for (L2ItemInstance i : inv.sortedByName()) {
            System.out.println("  " + i.getObjectId() + " " + i);
        }
    }
}
