package com.l2jserver.gameserver.model.items;

public enum ItemLocation {
    VOID, INVENTORY, PAPERDOLL, WAREHOUSE
}
