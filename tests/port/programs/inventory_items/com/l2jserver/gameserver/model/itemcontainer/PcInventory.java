package com.l2jserver.gameserver.model.itemcontainer;

import com.l2jserver.gameserver.model.items.ItemLocation;
import com.l2jserver.gameserver.model.items.L2ItemInstance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

public class PcInventory {
    public static final int ADENA_ID = 57;
    private final List<L2ItemInstance> _items = new CopyOnWriteArrayList<>();
    private int _nextObjectId = 1000;

    public synchronized L2ItemInstance addItem(int itemId, String name, long count, int weight, boolean stackable) {
        if (stackable) {
            for (L2ItemInstance it : _items) {
                if (it.getId() == itemId) {
                    it.changeCount(count);
                    return it;
                }
            }
        }
        L2ItemInstance item = new L2ItemInstance(_nextObjectId++, itemId, name, count, weight, stackable);
        item.setItemLocation(ItemLocation.INVENTORY);
        _items.add(item);
        return item;
    }

    public synchronized boolean destroyItem(int objectId, long count) {
        for (L2ItemInstance it : _items) {
            if (it.getObjectId() == objectId) {
                if (it.getCount() < count) {
                    return false;
                }
                it.changeCount(-count);
                if (it.getCount() == 0) {
                    _items.remove(it);
                }
                return true;
            }
        }
        return false;
    }

    public void equip(int objectId) {
        _items.stream().filter(i -> i.getObjectId() == objectId).findFirst().ifPresent(i -> i.setItemLocation(ItemLocation.PAPERDOLL));
    }

    public long getAdena() {
        return _items.stream().filter(i -> i.getId() == ADENA_ID).mapToLong(L2ItemInstance::getCount).sum();
    }

    public int getTotalWeight() {
        int w = 0;
        for (L2ItemInstance i : _items) {
            w += i.getWeight();
        }
        return w;
    }

    public List<L2ItemInstance> getPaperdoll() {
        return _items.stream().filter(i -> i.getItemLocation() == ItemLocation.PAPERDOLL).collect(Collectors.toList());
    }

    public List<L2ItemInstance> sortedByName() {
        List<L2ItemInstance> copy = new ArrayList<>(_items);
        copy.sort(Comparator.comparing(L2ItemInstance::getName).thenComparing(L2ItemInstance::getObjectId, Comparator.reverseOrder()));
        return copy;
    }

    public int size() {
        return _items.size();
    }
}
