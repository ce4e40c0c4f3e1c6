package com.l2jserver.gameserver.enums;

/**
 * Crystal grades of equipment, with the level a player needs to use them without penalty.
 */
public enum ItemGrade
{
	NONE(0),
	D(20),
	C(40),
	B(52),
	A(61),
	S(76);

	private final int _minLevel;

	ItemGrade(int minLevel)
	{
		_minLevel = minLevel;
	}

	public int getMinLevel()
	{
		return _minLevel;
	}

	public boolean isUsableAt(int level)
	{
		return level >= _minLevel;
	}
}
