package com.l2jserver.gameserver.network.clientpackets;

/**
 * Client packet 0x19: the player double-clicked an item in the inventory.
 */
public final class RequestUseItem
{
	private static final int MAX_CTRL_DELAY = 500;

	private int _objectId;
	private boolean _ctrlPressed;
	private int _itemId;

	public void readImpl(byte[] data)
	{
		_objectId = readD(data, 0);
		_ctrlPressed = readD(data, 4) != 0;
	}

	private static int readD(byte[] data, int offset)
	{
		return (data[offset] & 0xFF) | ((data[offset + 1] & 0xFF) << 8) | ((data[offset + 2] & 0xFF) << 16) | ((data[offset + 3] & 0xFF) << 24);
	}

	public boolean isValid(int delayMillis)
	{
		if (_objectId <= 0)
		{
			return false;
		}
		return !_ctrlPressed || (delayMillis < MAX_CTRL_DELAY);
	}

	public int getObjectId()
	{
		return _objectId;
	}

	public String getType()
	{
		return "[C] 19 RequestUseItem";
	}
}
