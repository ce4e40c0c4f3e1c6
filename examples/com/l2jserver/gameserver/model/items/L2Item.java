/*
 * Copyright (C) 2004-2016 L2J Server (an L2J-style example for l2j-lsp)
 */
package com.l2jserver.gameserver.model.items;

import java.util.ArrayList;
import java.util.List;

import com.l2jserver.gameserver.enums.ItemGrade;

/**
 * Template of an item: what every instance of this item shares.
 */
public class L2Item
{
	private final int _itemId;
	private final String _name;
	private final ItemGrade _grade;
	private int _weight;
	private boolean _stackable;
	private final List<String> _skills = new ArrayList<>();

	public L2Item(int itemId, String name, ItemGrade grade, int weight)
	{
		_itemId = itemId;
		_name = name;
		_grade = grade;
		_weight = weight;
	}

	public int getItemId()
	{
		return _itemId;
	}

	public String getName()
	{
		return _name;
	}

	public ItemGrade getGrade()
	{
		return _grade;
	}

	public int getWeight()
	{
		return _weight;
	}

	public void setWeight(int weight)
	{
		_weight = Math.max(0, weight);
	}

	public boolean isStackable()
	{
		return _stackable;
	}

	public void setStackable(boolean stackable)
	{
		_stackable = stackable;
	}

	public void addSkill(String skill)
	{
		if (!_skills.contains(skill))
		{
			_skills.add(skill);
		}
	}

	public int getSkillCount()
	{
		return _skills.size();
	}

	/**
	 * @param count how many items
	 * @return the total weight of {@code count} items, saturating instead of overflowing
	 */
	public long getTotalWeight(int count)
	{
		long total = (long) _weight * count;
		return total > Integer.MAX_VALUE ? Integer.MAX_VALUE : total;
	}

	@Override
	public String toString()
	{
		return "L2Item[" + _itemId + ", " + _name + ", grade " + _grade + "]";
	}
}
