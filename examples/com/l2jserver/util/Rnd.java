package com.l2jserver.util;

/**
 * A small linear congruential generator, as old L2J used for deterministic drops.
 */
public final class Rnd
{
	private long _seed;

	public Rnd(long seed)
	{
		_seed = (seed ^ 0x5DEECE66DL) & ((1L << 48) - 1);
	}

	public int next(int bits)
	{
		_seed = ((_seed * 0x5DEECE66DL) + 0xBL) & ((1L << 48) - 1);
		return (int) (_seed >>> (48 - bits));
	}

	public int get(int bound)
	{
		if (bound <= 0)
		{
			throw new IllegalArgumentException("bound must be positive");
		}
		int r = next(31);
		return r % bound;
	}

	public static int checksum(byte[] raw)
	{
		int chksum = 0;
		for (int i = 0; i < raw.length; i += 4)
		{
			int ecx = raw[i] & 0xff;
			ecx |= (raw[i + 1] << 8) & 0xff00;
			ecx |= (raw[i + 2] << 0x10) & 0xff0000;
			ecx |= (raw[i + 3] << 0x18) & 0xff000000;
			chksum ^= ecx;
		}
		return chksum;
	}
}
