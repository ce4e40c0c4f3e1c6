package java

import (
	"math"
	"math/big"
	"sync"
)

// Java's StrictMath is fdlibm 5.3, and Java's Math delegates to it for asin, acos, atan,
// atan2, cbrt, sinh, cosh, tanh, hypot, expm1 and log1p; Go's math package uses other
// algorithms that differ in the last bit for a few percent up to half of all arguments.
// These are fdlibm's algorithms, so the results are Java's bit for bit (checked against
// StrictMath on random arguments). exp, log, log10 and pow here are fdlibm's too: they are
// StrictMath's exactly, and within an ulp of Math's (HotSpot computes those with Intel's
// libm, which itself differs from StrictMath in a few percent of cases). Go's Expm1 and
// Log1p already give fdlibm's results.
//
// The algorithms and constants are from fdlibm:
//
//	Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
//	Developed at SunSoft, a Sun Microsystems, Inc. business.
//	Permission to use, copy, modify, and distribute this software is freely granted,
//	provided that this notice is preserved.
//
// Products that feed a sum are wrapped in float64() so that no compiler fuses them into a
// multiply-add (which would change the rounding).

// hi and lo are fdlibm's __HI and __LO: the high (signed) and low words of a double.
func hi(x float64) int32  { return int32(math.Float64bits(x) >> 32) }
func lo(x float64) uint32 { return uint32(math.Float64bits(x)) }

// withHi and withLo replace one word of x.
func withHi(x float64, h int32) float64 {
	return math.Float64frombits(uint64(uint32(h))<<32 | uint64(lo(x)))
}
func withLo(x float64, l uint32) float64 {
	return math.Float64frombits(math.Float64bits(x)&^0xFFFFFFFF | uint64(l))
}

// fromWords builds a double from its two words.
func fromWords(h int32, l uint32) float64 {
	return math.Float64frombits(uint64(uint32(h))<<32 | uint64(l))
}

var (
	atanHi = [4]float64{4.63647609000806093515e-01, 7.85398163397448278999e-01, 9.82793723247329054082e-01, 1.57079632679489655800e+00}
	atanLo = [4]float64{2.26987774529616870924e-17, 3.06161699786838301793e-17, 1.39033110312309984516e-17, 6.12323399573676603587e-17}
	atanT  = [11]float64{
		3.33333333333329318027e-01, -1.99999999998764832476e-01, 1.42857142725034663711e-01,
		-1.11111104054623557880e-01, 9.09088713343650656196e-02, -7.69187620504482999495e-02,
		6.66107313738753120669e-02, -5.83357013379057348645e-02, 4.97687799461593236017e-02,
		-3.65315727442169155270e-02, 1.62858201153657823623e-02,
	}
)

// fdAtan is fdlibm's atan (s_atan.c).
func fdAtan(x float64) float64 {
	hx := hi(x)
	ix := hx & 0x7fffffff
	id := -1
	if ix >= 0x44100000 { // |x| >= 2^66
		if ix > 0x7ff00000 || (ix == 0x7ff00000 && lo(x) != 0) {
			return x + x // NaN
		}
		if hx > 0 {
			return atanHi[3] + atanLo[3]
		}
		return -atanHi[3] - atanLo[3]
	}
	if ix < 0x3fdc0000 { // |x| < 0.4375
		if ix < 0x3e200000 { // |x| < 2^-29
			return x
		}
	} else {
		x = math.Abs(x)
		switch {
		case ix < 0x3fe60000: // 7/16 <= |x| < 11/16
			id, x = 0, (2.0*x-1.0)/(2.0+x)
		case ix < 0x3ff30000: // 11/16 <= |x| < 19/16
			id, x = 1, (x-1.0)/(x+1.0)
		case ix < 0x40038000: // |x| < 2.4375
			id, x = 2, (x-1.5)/(1.0+float64(1.5*x))
		default: // 2.4375 <= |x| < 2^66
			id, x = 3, -1.0/x
		}
	}
	z := x * x
	w := z * z
	s1 := z * (atanT[0] + float64(w*(atanT[2]+float64(w*(atanT[4]+float64(w*(atanT[6]+float64(w*(atanT[8]+float64(w*atanT[10]))))))))))
	s2 := w * (atanT[1] + float64(w*(atanT[3]+float64(w*(atanT[5]+float64(w*(atanT[7]+float64(w*atanT[9]))))))))
	if id < 0 {
		return x - float64(x*(s1+s2))
	}
	z = atanHi[id] - ((float64(x*(s1+s2)) - atanLo[id]) - x)
	if hx < 0 {
		return -z
	}
	return z
}

const (
	fdPiO4  = 7.8539816339744827900e-01
	fdPiO2  = 1.5707963267948965580e+00
	fdPi    = 3.1415926535897931160e+00
	fdPiLo  = 1.2246467991473531772e-16
	fdTiny  = 1.0e-300
	fdHuge  = 1.0e300
	pio2Hi  = 1.57079632679489655800e+00
	pio2Lo  = 6.12323399573676603587e-17
	pio4Hi  = 7.85398163397448278999e-01
	asinPS0 = 1.66666666666666657415e-01
	asinPS1 = -3.25565818622400915405e-01
	asinPS2 = 2.01212532134862925881e-01
	asinPS3 = -4.00555345006794114027e-02
	asinPS4 = 7.91534994289814532176e-04
	asinPS5 = 3.47933107596021167570e-05
	asinQS1 = -2.40339491173441421878e+00
	asinQS2 = 2.02094576023350569471e+00
	asinQS3 = -6.88283971605453293030e-01
	asinQS4 = 7.70381505559019352791e-02
)

// fdAtan2 is fdlibm's atan2 (e_atan2.c).
func fdAtan2(y, x float64) float64 {
	hx, lx := hi(x), lo(x)
	ix := hx & 0x7fffffff
	hy, ly := hi(y), lo(y)
	iy := hy & 0x7fffffff
	if uint32(ix)|((lx|-lx)>>31) > 0x7ff00000 || uint32(iy)|((ly|-ly)>>31) > 0x7ff00000 {
		return x + y // NaN
	}
	if (hx-0x3ff00000)|int32(lx) == 0 {
		return fdAtan(y) // x = 1.0
	}
	m := ((hy >> 31) & 1) | ((hx >> 30) & 2) // 2*sign(x) + sign(y)
	if iy|int32(ly) == 0 {
		switch m {
		case 0, 1:
			return y
		case 2:
			return fdPi + fdTiny
		default:
			return -fdPi - fdTiny
		}
	}
	if ix|int32(lx) == 0 {
		if hy < 0 {
			return -fdPiO2 - fdTiny
		}
		return fdPiO2 + fdTiny
	}
	if ix == 0x7ff00000 {
		if iy == 0x7ff00000 {
			switch m {
			case 0:
				return fdPiO4 + fdTiny
			case 1:
				return -fdPiO4 - fdTiny
			case 2:
				return 3.0*fdPiO4 + fdTiny
			default:
				return -3.0*fdPiO4 - fdTiny
			}
		}
		switch m {
		case 0:
			return 0
		case 1:
			return math.Copysign(0, -1)
		case 2:
			return fdPi + fdTiny
		default:
			return -fdPi - fdTiny
		}
	}
	if iy == 0x7ff00000 {
		if hy < 0 {
			return -fdPiO2 - fdTiny
		}
		return fdPiO2 + fdTiny
	}
	var z float64
	k := (iy - ix) >> 20
	switch {
	case k > 60: // |y/x| > 2^60
		z = fdPiO2 + 0.5*fdPiLo
	case hx < 0 && k < -60: // |y|/x < -2^60
		z = 0.0
	default:
		z = fdAtan(math.Abs(y / x))
	}
	switch m {
	case 0:
		return z
	case 1:
		return -z
	case 2:
		return fdPi - (z - fdPiLo)
	default:
		return (z - fdPiLo) - fdPi
	}
}

// asinR is the rational approximation p/q of fdlibm's asin and acos, for t.
func asinPQ(t float64) (float64, float64) {
	p := t * (asinPS0 + float64(t*(asinPS1+float64(t*(asinPS2+float64(t*(asinPS3+float64(t*(asinPS4+float64(t*asinPS5))))))))))
	q := 1.0 + float64(t*(asinQS1+float64(t*(asinQS2+float64(t*(asinQS3+float64(t*asinQS4)))))))
	return p, q
}

// fdAsin is fdlibm's asin (e_asin.c).
func fdAsin(x float64) float64 {
	hx := hi(x)
	ix := hx & 0x7fffffff
	if ix >= 0x3ff00000 { // |x| >= 1
		if (ix-0x3ff00000)|int32(lo(x)) == 0 {
			return float64(x*pio2Hi) + float64(x*pio2Lo) // asin(±1) = ±pi/2
		}
		return (x - x) / (x - x) // NaN
	}
	if ix < 0x3fe00000 { // |x| < 0.5
		if ix < 0x3e400000 { // |x| < 2^-27
			return x
		}
		t := x * x
		p, q := asinPQ(t)
		w := p / q
		return x + float64(x*w)
	}
	w := 1.0 - math.Abs(x)
	t := w * 0.5
	p, q := asinPQ(t)
	s := math.Sqrt(t)
	if ix >= 0x3FEF3333 { // |x| > 0.975
		w = p / q
		t = pio2Hi - (2.0*(s+float64(s*w)) - pio2Lo)
	} else {
		w = withLo(s, 0)
		c := (t - float64(w*w)) / (s + w)
		r := p / q
		p = float64(2.0*s*r) - (pio2Lo - 2.0*c)
		q = pio4Hi - 2.0*w
		t = pio4Hi - (p - q)
	}
	if hx > 0 {
		return t
	}
	return -t
}

// fdAcos is fdlibm's acos (e_acos.c).
func fdAcos(x float64) float64 {
	hx := hi(x)
	ix := hx & 0x7fffffff
	if ix >= 0x3ff00000 { // |x| >= 1
		if (ix-0x3ff00000)|int32(lo(x)) == 0 {
			if hx > 0 {
				return 0.0
			}
			return fdPi + 2.0*pio2Lo
		}
		return (x - x) / (x - x)
	}
	if ix < 0x3fe00000 { // |x| < 0.5
		if ix <= 0x3c600000 {
			return pio2Hi + pio2Lo // |x| < 2^-57
		}
		z := x * x
		p, q := asinPQ(z)
		r := p / q
		return pio2Hi - (x - (pio2Lo - float64(x*r)))
	}
	if hx < 0 { // x < -0.5
		z := (1.0 + x) * 0.5
		p, q := asinPQ(z)
		s := math.Sqrt(z)
		r := p / q
		w := float64(r*s) - pio2Lo
		return fdPi - 2.0*(s+w)
	}
	z := (1.0 - x) * 0.5 // x > 0.5
	s := math.Sqrt(z)
	df := withLo(s, 0)
	c := (z - float64(df*df)) / (s + df)
	p, q := asinPQ(z)
	r := p / q
	w := float64(r*s) + c
	return 2.0 * (df + w)
}

// fdHypot is fdlibm's hypot (e_hypot.c).
func fdHypot(x, y float64) float64 {
	ha := hi(x) & 0x7fffffff
	hb := hi(y) & 0x7fffffff
	a, b := x, y
	if hb > ha {
		a, b = y, x
		ha, hb = hb, ha
	}
	a = withHi(a, ha) // |a|
	b = withHi(b, hb) // |b|
	if ha-hb > 0x3c00000 {
		return a + b // a/b > 2^60
	}
	k := int32(0)
	if ha > 0x5f300000 { // a > 2^500
		if ha >= 0x7ff00000 { // Inf or NaN
			w := a + b
			if (ha&0xfffff)|int32(lo(a)) == 0 {
				w = a
			}
			if (hb^0x7ff00000)|int32(lo(b)) == 0 {
				w = b
			}
			return w
		}
		ha -= 0x25800000 // scale by 2^-600
		hb -= 0x25800000
		k += 600
		a = withHi(a, ha)
		b = withHi(b, hb)
	}
	if hb < 0x20b00000 { // b < 2^-500
		if hb <= 0x000fffff { // subnormal b or 0
			if hb|int32(lo(b)) == 0 {
				return a
			}
			t1 := fromWords(0x7fd00000, 0) // 2^1022
			b *= t1
			a *= t1
			k -= 1022
		} else { // scale by 2^600
			ha += 0x25800000
			hb += 0x25800000
			k -= 600
			a = withHi(a, ha)
			b = withHi(b, hb)
		}
	}
	w := a - b
	if w > b {
		t1 := fromWords(ha, 0)
		t2 := a - t1
		w = math.Sqrt(float64(t1*t1) - (float64(b*(-b)) - float64(t2*(a+t1))))
	} else {
		a = a + a
		y1 := fromWords(hb, 0)
		y2 := b - y1
		t1 := fromWords(ha+0x00100000, 0)
		t2 := a - t1
		w = math.Sqrt(float64(t1*y1) - (float64(w*(-w)) - (float64(t1*y2) + float64(t2*b))))
	}
	if k != 0 {
		return fromWords(0x3ff00000+(k<<20), 0) * w
	}
	return w
}

// fdCbrt is fdlibm's cbrt (s_cbrt.c).
func fdCbrt(x float64) float64 {
	const (
		b1 = 715094163 // (682-0.03306235651)*2^20
		b2 = 696219795 // (664-0.03306235651)*2^20
		c  = 5.42857142857142815906e-01
		d  = -7.05306122448979611050e-01
		e  = 1.41428571428571436819e+00
		f  = 1.60714285714285720630e+00
		g  = 3.57142857142857150787e-01
	)
	hx := uint32(hi(x))
	sign := hx & 0x80000000
	hx ^= sign
	if hx >= 0x7ff00000 {
		return x + x // NaN, Inf
	}
	if hx|lo(x) == 0 {
		return x // ±0
	}
	x = withHi(x, int32(hx)) // |x|
	var t float64
	if hx < 0x00100000 { // subnormal
		t = fromWords(0x43500000, 0) // 2^54
		t *= x
		t = withHi(t, int32(uint32(hi(t))/3+b2))
	} else {
		t = fromWords(int32(hx/3+b1), 0)
	}
	r := t * t / x
	s := c + float64(r*t)
	t *= g + f/(s+e+d/s)
	t = fromWords(hi(t)+1, 0) // chopped to 20 bits, made larger than cbrt(x)
	s = t * t
	r = x / s
	w := t + t
	r = (r - t) / (w + r)
	t = t + float64(t*r)
	return withHi(t, int32(uint32(hi(t))|sign))
}

const (
	expHuge   = 1.0e+300
	twom1000  = 9.33263618503218878990e-302
	oThresh   = 7.09782712893383973096e+02
	uThresh   = -7.45133219101941108420e+02
	ln2HiExp  = 6.93147180369123816490e-01
	ln2LoExp  = 1.90821492927058770002e-10
	invLn2    = 1.44269504088896338700e+00
	expP1     = 1.66666666666666019037e-01
	expP2     = -2.77777777770155933842e-03
	expP3     = 6.61375632143793436117e-05
	expP4     = -1.65339022054652515390e-06
	expP5     = 4.13813679705723846039e-08
	fdTwo54   = 1.80143985094819840000e+16
	logLg1    = 6.666666666666735130e-01
	logLg2    = 3.999999999940941908e-01
	logLg3    = 2.857142874366239149e-01
	logLg4    = 2.222219843214978396e-01
	logLg5    = 1.818357216161805012e-01
	logLg6    = 1.531383769920937332e-01
	logLg7    = 1.479819860511658591e-01
	ivLn10    = 4.34294481903251816668e-01
	log10_2Hi = 3.01029995663611771306e-01
	log10_2Lo = 3.69423907715893078616e-13
)

// fdExp is fdlibm's exp (e_exp.c).
func fdExp(x float64) float64 {
	hx := uint32(hi(x))
	xsb := int(hx>>31) & 1
	hx &= 0x7fffffff
	if hx >= 0x40862E42 { // |x| >= 709.78...
		if hx >= 0x7ff00000 {
			if (hx&0xfffff)|lo(x) != 0 {
				return x + x // NaN
			}
			if xsb == 0 {
				return x
			}
			return 0.0
		}
		if x > oThresh {
			return math.Inf(1)
		}
		if x < uThresh {
			return 0
		}
	}
	var hiPart, loPart float64
	k := int32(0)
	switch {
	case hx > 0x3fd62e42: // |x| > 0.5 ln2
		if hx < 0x3FF0A2B2 { // |x| < 1.5 ln2
			if xsb == 0 {
				hiPart, loPart, k = x-ln2HiExp, ln2LoExp, 1
			} else {
				hiPart, loPart, k = x+ln2HiExp, -ln2LoExp, -1
			}
		} else {
			half := 0.5
			if xsb == 1 {
				half = -0.5
			}
			k = int32(float64(invLn2*x) + half)
			t := float64(k)
			hiPart = x - float64(t*ln2HiExp)
			loPart = t * ln2LoExp
		}
		x = hiPart - loPart
	case hx < 0x3e300000: // |x| < 2^-28
		return 1.0 + x
	}
	t := x * x
	c := x - float64(t*(expP1+float64(t*(expP2+float64(t*(expP3+float64(t*(expP4+float64(t*expP5)))))))))
	if k == 0 {
		return 1.0 - ((x*c)/(c-2.0) - x)
	}
	y := 1.0 - ((loPart - (x*c)/(2.0-c)) - hiPart)
	if k >= -1021 {
		return withHi(y, hi(y)+(k<<20))
	}
	return y * fromWords(0x3ff00000+((k+1000)<<20), 0) * twom1000
}

// fdLog is fdlibm's log (e_log.c).
func fdLog(x float64) float64 {
	hx, lx := hi(x), lo(x)
	k := int32(0)
	if hx < 0x00100000 { // x < 2^-1022
		if (hx&0x7fffffff)|int32(lx) == 0 {
			return math.Inf(-1)
		}
		if hx < 0 {
			return math.NaN()
		}
		k -= 54
		x *= fdTwo54
		hx = hi(x)
	}
	if hx >= 0x7ff00000 {
		return x + x
	}
	k += (hx >> 20) - 1023
	hx &= 0x000fffff
	i := (hx + 0x95f64) & 0x100000
	x = withHi(x, hx|(i^0x3ff00000)) // normalize x or x/2
	k += i >> 20
	f := x - 1.0
	dk := float64(k)
	if (0x000fffff & (2 + hx)) < 3 { // |f| < 2^-20
		if f == 0 {
			if k == 0 {
				return 0
			}
			return float64(dk*ln2HiExp) + float64(dk*ln2LoExp)
		}
		r := f * f * (0.5 - float64(0.33333333333333333*f))
		if k == 0 {
			return f - r
		}
		return float64(dk*ln2HiExp) - ((r - float64(dk*ln2LoExp)) - f)
	}
	s := f / (2.0 + f)
	z := s * s
	i = hx - 0x6147a
	w := z * z
	j := 0x6b851 - hx
	t1 := w * (logLg2 + float64(w*(logLg4+float64(w*logLg6))))
	t2 := z * (logLg1 + float64(w*(logLg3+float64(w*(logLg5+float64(w*logLg7))))))
	i |= j
	r := t2 + t1
	if i > 0 {
		hfsq := 0.5 * f * f
		if k == 0 {
			return f - (hfsq - float64(s*(hfsq+r)))
		}
		return float64(dk*ln2HiExp) - ((hfsq - (float64(s*(hfsq+r)) + float64(dk*ln2LoExp))) - f)
	}
	if k == 0 {
		return f - float64(s*(f-r))
	}
	return float64(dk*ln2HiExp) - ((float64(s*(f-r)) - float64(dk*ln2LoExp)) - f)
}

// fdLog10 is fdlibm's log10 (e_log10.c).
func fdLog10(x float64) float64 {
	hx, lx := hi(x), lo(x)
	k := int32(0)
	if hx < 0x00100000 {
		if (hx&0x7fffffff)|int32(lx) == 0 {
			return math.Inf(-1)
		}
		if hx < 0 {
			return math.NaN()
		}
		k -= 54
		x *= fdTwo54
		hx = hi(x)
	}
	if hx >= 0x7ff00000 {
		return x + x
	}
	k += (hx >> 20) - 1023
	i := int32(uint32(k) >> 31)
	hx = (hx & 0x000fffff) | ((0x3ff - i) << 20)
	y := float64(k + i)
	x = withHi(x, hx)
	z := float64(y*log10_2Lo) + float64(ivLn10*fdLog(x))
	return z + float64(y*log10_2Hi)
}

// fdSinh is fdlibm's sinh (e_sinh.c).
func fdSinh(x float64) float64 {
	jx := hi(x)
	ix := jx & 0x7fffffff
	if ix >= 0x7ff00000 {
		return x + x
	}
	h := 0.5
	if jx < 0 {
		h = -h
	}
	if ix < 0x40360000 { // |x| < 22
		if ix < 0x3e300000 { // |x| < 2^-28
			return x
		}
		t := math.Expm1(math.Abs(x))
		if ix < 0x3ff00000 {
			return h * (float64(2.0*t) - t*t/(t+1.0))
		}
		return h * (t + t/(t+1.0))
	}
	if ix < 0x40862E42 { // |x| in [22, log(maxdouble)]
		return h * fdExp(math.Abs(x))
	}
	if ix < 0x408633CE || (ix == 0x408633ce && lo(x) <= 0x8fb9f87d) {
		w := fdExp(0.5 * math.Abs(x))
		t := h * w
		return t * w
	}
	return x * 1.0e307 // overflow
}

// fdCosh is fdlibm's cosh (e_cosh.c).
func fdCosh(x float64) float64 {
	ix := hi(x) & 0x7fffffff
	if ix >= 0x7ff00000 {
		return x * x
	}
	if ix < 0x3fd62e43 { // |x| < 0.5 ln2
		t := math.Expm1(math.Abs(x))
		w := 1.0 + t
		if ix < 0x3c800000 {
			return w // cosh(tiny) = 1
		}
		return 1.0 + (t*t)/(w+w)
	}
	if ix < 0x40360000 { // |x| < 22
		t := fdExp(math.Abs(x))
		return float64(0.5*t) + 0.5/t
	}
	if ix < 0x40862E42 {
		return 0.5 * fdExp(math.Abs(x))
	}
	if ix < 0x408633CE || (ix == 0x408633ce && lo(x) <= 0x8fb9f87d) {
		w := fdExp(0.5 * math.Abs(x))
		t := 0.5 * w
		return t * w
	}
	return math.Inf(1)
}

// fdTanh is fdlibm's tanh (s_tanh.c).
func fdTanh(x float64) float64 {
	jx := hi(x)
	ix := jx & 0x7fffffff
	if ix >= 0x7ff00000 {
		if jx >= 0 {
			return 1.0/x + 1.0 // tanh(+inf) = 1, NaN
		}
		return 1.0/x - 1.0
	}
	var z float64
	switch {
	case ix >= 0x40360000: // |x| >= 22
		z = 1.0 - fdTiny
	case ix < 0x3c800000: // |x| < 2^-55
		return x * (1.0 + x)
	case ix >= 0x3ff00000: // |x| >= 1
		t := math.Expm1(2.0 * math.Abs(x))
		z = 1.0 - 2.0/(t+2.0)
	default:
		t := math.Expm1(-2.0 * math.Abs(x))
		z = -t / (t + 2.0)
	}
	if jx >= 0 {
		return z
	}
	return -z
}

var (
	powBp  = [2]float64{1.0, 1.5}
	powDpH = [2]float64{0.0, 5.84962487220764160156e-01}
	powDpL = [2]float64{0.0, 1.35003920212974897128e-08}
)

const (
	two53   = 9007199254740992.0
	powL1   = 5.99999999999994648725e-01
	powL2   = 4.28571428578550184252e-01
	powL3   = 3.33333329818377432918e-01
	powL4   = 2.72728123808534006489e-01
	powL5   = 2.30660745775561754067e-01
	powL6   = 2.06975017800338417784e-01
	lg2     = 6.93147180559945286227e-01
	lg2H    = 6.93147182464599609375e-01
	lg2L    = -1.90465429995776804525e-09
	ovt     = 8.0085662595372944372e-17
	cp      = 9.61796693925975554329e-01
	cpH     = 9.61796700954437255859e-01
	cpL     = -7.02846165095275826516e-09
	ivLn2   = 1.44269504088896338700e+00
	ivLn2H  = 1.44269502162933349609e+00
	ivLn2L  = 1.92596299112661746887e-08
	powHuge = 1.0e300
)

// fdPow is fdlibm's pow (e_pow.c), as Java 17's StrictMath.pow computes it.
func fdPow(x, y float64) float64 {
	if y == 0 {
		return 1.0
	}
	if x != x || y != y {
		return x + y
	}
	yAbs, xAbs := math.Abs(y), math.Abs(x)
	switch {
	case y == 2.0:
		return x * x
	case y == 0.5 && x >= -math.MaxFloat64:
		return math.Sqrt(x + 0.0)
	case yAbs == 1.0:
		if y == 1.0 {
			return x
		}
		return 1.0 / x
	case math.IsInf(y, 0):
		switch {
		case xAbs == 1.0:
			return y - y // NaN
		case xAbs > 1.0:
			if y >= 0 {
				return y
			}
			return 0.0
		default:
			if y < 0 {
				return -y
			}
			return 0.0
		}
	}
	hx := hi(x)
	ix := hx & 0x7fffffff
	yIsInt := 0 // 0: not an integer, 1: odd, 2: even
	if hx < 0 {
		if yAbs >= 0x1.0p53 {
			yIsInt = 2
		} else if yAbs >= 1.0 {
			if l := int64(yAbs); float64(l) == yAbs {
				yIsInt = 2 - int(l&1)
			}
		}
	}
	if xAbs == 0.0 || math.IsInf(xAbs, 0) || xAbs == 1.0 {
		z := xAbs
		if y < 0.0 {
			z = 1.0 / z
		}
		if hx < 0 {
			if int(ix-0x3ff00000)|yIsInt == 0 {
				z = (z - z) / (z - z) // (-1)**non-int is NaN
			} else if yIsInt == 1 {
				z = -1.0 * z
			}
		}
		return z
	}
	n := int32((hx >> 31) + 1)
	if int(n)|yIsInt == 0 {
		return (x - x) / (x - x) // (x<0)**(non-int)
	}
	s := 1.0
	if int(n)|(yIsInt-1) == 0 {
		s = -1.0 // (-ve)**(odd int)
	}
	var t1, t2 float64
	iy := hi(y) & 0x7fffffff
	if iy > 0x41e00000 { // |y| > 2^31
		if iy > 0x43f00000 { // |y| > 2^64: must overflow or underflow
			if ix <= 0x3fefffff {
				if y < 0 {
					return math.Inf(1)
				}
				return 0.0
			}
			if y > 0 {
				return math.Inf(1)
			}
			return 0.0
		}
		if ix < 0x3fefffff {
			if y < 0 {
				return s * math.Inf(1)
			}
			return s * 0.0
		}
		if ix > 0x3ff00000 {
			if y > 0 {
				return s * math.Inf(1)
			}
			return s * 0.0
		}
		// |1-x| <= 2^-20: log(x) by x-x^2/2+x^3/3-x^4/4
		t := xAbs - 1.0
		w := (t * t) * (0.5 - float64(t*(0.3333333333333333333333-float64(t*0.25))))
		u := ivLn2H * t
		v := float64(t*ivLn2L) - float64(w*ivLn2)
		t1 = withLo(u+v, 0)
		t2 = v - (t1 - u)
	} else {
		n = 0
		if ix < 0x00100000 { // subnormal x
			xAbs *= two53
			n -= 53
			ix = hi(xAbs)
		}
		n += (ix >> 20) - 0x3ff
		j := ix & 0x000fffff
		ix = j | 0x3ff00000
		k := 0
		switch {
		case j <= 0x3988E: // |x| < sqrt(3/2)
		case j < 0xBB67A: // |x| < sqrt(3)
			k = 1
		default:
			n++
			ix -= 0x00100000
		}
		xAbs = withHi(xAbs, ix)
		// ss = sH + sL = (x-1)/(x+1) or (x-1.5)/(x+1.5)
		u := xAbs - powBp[k]
		v := 1.0 / (xAbs + powBp[k])
		ss := u * v
		sH := withLo(ss, 0)
		tH := fromWords(((ix>>1)|0x20000000)+0x00080000+int32(k<<18), 0)
		tL := xAbs - (tH - powBp[k])
		sL := v * ((u - float64(sH*tH)) - float64(sH*tL))
		// log(xAbs)
		s2 := ss * ss
		r := s2 * s2 * (powL1 + float64(s2*(powL2+float64(s2*(powL3+float64(s2*(powL4+float64(s2*(powL5+float64(s2*powL6))))))))))
		r += float64(sL * (sH + ss))
		s2 = sH * sH
		tH = withLo(3.0+s2+r, 0)
		tL = r - ((tH - 3.0) - s2)
		u = sH * tH
		v = float64(sL*tH) + float64(tL*ss)
		pH := withLo(u+v, 0)
		pL := v - (pH - u)
		zH := cpH * pH
		zL := float64(cpL*pH) + float64(pL*cp) + powDpL[k]
		t := float64(n)
		t1 = withLo(((zH+zL)+powDpH[k])+t, 0)
		t2 = zL - (((t1 - t) - powDpH[k]) - zH)
	}
	// (y1+y2)*(t1+t2)
	y1 := withLo(y, 0)
	pL := float64((y-y1)*t1) + float64(y*t2)
	pH := y1 * t1
	z := pL + pH
	j := hi(z)
	i := int32(lo(z))
	if j >= 0x40900000 { // z >= 1024
		if (j-0x40900000)|i != 0 {
			return s * math.Inf(1)
		}
		if pL+ovt > z-pH {
			return s * math.Inf(1)
		}
	} else if j&0x7fffffff >= 0x4090cc00 { // z <= -1075
		if uint32(j)-0xc090cc00|uint32(i) != 0 {
			return s * 0.0
		}
		if pL <= z-pH {
			return s * 0.0
		}
	}
	// 2**(pH+pL)
	i = j & 0x7fffffff
	k := (i >> 20) - 0x3ff
	n = 0
	if i > 0x3fe00000 { // |z| > 0.5: n = [z+0.5]
		n = j + (0x00100000 >> (k + 1))
		k = ((n & 0x7fffffff) >> 20) - 0x3ff
		t := fromWords(n&^(0x000fffff>>k), 0)
		n = ((n & 0x000fffff) | 0x00100000) >> (20 - k)
		if j < 0 {
			n = -n
		}
		pH -= t
	}
	t := withLo(pL+pH, 0)
	u := t * lg2H
	v := float64((pL-(t-pH))*lg2) + float64(t*lg2L)
	z = u + v
	w := v - (z - u)
	t = z * z
	t1 = z - float64(t*(expP1+float64(t*(expP2+float64(t*(expP3+float64(t*(expP4+float64(t*expP5)))))))))
	r := (z*t1)/(t1-2.0) - (w + float64(z*w))
	z = 1.0 - (r - z)
	j = hi(z)
	j += n << 20
	if (j >> 20) <= 0 {
		z = math.Ldexp(z, int(n)) // subnormal output
	} else {
		z = withHi(z, hi(z)+(n<<20))
	}
	return s * z
}

var kTanT = [13]float64{
	3.33333333333334091986e-01, 1.33333333333201242699e-01, 5.39682539762260521377e-02,
	2.18694882948595424599e-02, 8.86323982359930005737e-03, 3.59207910759131235356e-03,
	1.45620945432529025516e-03, 5.88041240820264096874e-04, 2.46463134818469906812e-04,
	7.81794442939557092300e-05, 7.14072491382608190305e-05, -1.85586374855275456654e-05,
	2.59073051863633712884e-05,
}

// kSin is fdlibm's __kernel_sin on [-pi/4, pi/4]; y is the tail of x.
func kSin(x, y float64, iy int) float64 {
	const (
		s1 = -1.66666666666666324348e-01
		s2 = 8.33333333332248946124e-03
		s3 = -1.98412698298579493134e-04
		s4 = 2.75573137070700676789e-06
		s5 = -2.50507602534068634195e-08
		s6 = 1.58969099521155010221e-10
	)
	if hi(x)&0x7fffffff < 0x3e400000 && int32(x) == 0 { // |x| < 2^-27
		return x
	}
	z := x * x
	v := z * x
	r := s2 + float64(z*(s3+float64(z*(s4+float64(z*(s5+float64(z*s6)))))))
	if iy == 0 {
		return x + float64(v*(s1+float64(z*r)))
	}
	return x - ((float64(z*(float64(0.5*y)-float64(v*r))) - y) - float64(v*s1))
}

// kCos is fdlibm's __kernel_cos on [-pi/4, pi/4].
func kCos(x, y float64) float64 {
	const (
		c1 = 4.16666666666666019037e-02
		c2 = -1.38888888888741095749e-03
		c3 = 2.48015872894767294178e-05
		c4 = -2.75573143513906633035e-07
		c5 = 2.08757232129817482790e-09
		c6 = -1.13596475577881948265e-11
	)
	ix := hi(x) & 0x7fffffff
	if ix < 0x3e400000 && int32(x) == 0 {
		return 1.0
	}
	z := x * x
	r := z * (c1 + float64(z*(c2+float64(z*(c3+float64(z*(c4+float64(z*(c5+float64(z*c6))))))))))
	if ix < 0x3FD33333 { // |x| < 0.3
		return 1.0 - (float64(0.5*z) - (float64(z*r) - float64(x*y)))
	}
	qx := 0.28125
	if ix <= 0x3fe90000 {
		qx = fromWords(ix-0x00200000, 0) // x/4
	}
	hz := float64(0.5*z) - qx
	a := 1.0 - qx
	return a - (hz - (float64(z*r) - float64(x*y)))
}

// kTan is fdlibm's __kernel_tan on [-pi/4, pi/4]: tan (iy = 1) or -1/tan (iy = -1).
func kTan(x, y float64, iy int) float64 {
	const (
		pio4   = 7.85398163397448278999e-01
		pio4lo = 3.06161699786838301793e-17
	)
	t := &kTanT
	hx := hi(x)
	ix := hx & 0x7fffffff
	if ix < 0x3e300000 && int32(x) == 0 { // |x| < 2^-28
		if (ix|int32(lo(x)))|int32(iy+1) == 0 {
			return 1.0 / math.Abs(x)
		}
		if iy == 1 {
			return x
		}
		w := x + y // -1/(x+y) carefully
		z := withLo(w, 0)
		v := y - (z - x)
		a := -1.0 / w
		tt := withLo(a, 0)
		s := 1.0 + float64(tt*z)
		return tt + float64(a*(s+float64(tt*v)))
	}
	if ix >= 0x3FE59428 { // |x| >= 0.6744
		if hx < 0 {
			x, y = -x, -y
		}
		z := pio4 - x
		w := pio4lo - y
		x = z + w
		y = 0.0
	}
	z := x * x
	w := z * z
	r := t[1] + float64(w*(t[3]+float64(w*(t[5]+float64(w*(t[7]+float64(w*(t[9]+float64(w*t[11])))))))))
	v := z * (t[2] + float64(w*(t[4]+float64(w*(t[6]+float64(w*(t[8]+float64(w*(t[10]+float64(w*t[12]))))))))))
	s := z * x
	r = y + float64(z*(float64(s*(r+v))+y))
	r += float64(t[0] * s)
	w = x + r
	if ix >= 0x3FE59428 {
		v = float64(iy)
		return float64(1-((hx>>30)&2)) * (v - 2.0*(x-(w*w/(w+v)-r)))
	}
	if iy == 1 {
		return w
	}
	z = withLo(w, 0) // -1/(x+r) accurately
	v = r - (z - x)
	a := -1.0 / w
	tt := withLo(a, 0)
	s = 1.0 + float64(tt*z)
	return tt + float64(a*(s+float64(tt*v)))
}

var npio2hw = [32]int32{
	0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C,
	0x4025FDBB, 0x402921FB, 0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C,
	0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB, 0x403AB41B, 0x403C463A,
	0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C,
	0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB, 0x4046C6CB, 0x40478FDB,
	0x404858EB, 0x404921FB,
}

// bigPiOver2 is pi/2 to 1400 bits (Machin's formula), enough to reduce any double.
var bigPiOver2 = sync.OnceValue(func() *big.Float {
	const prec = 1400
	atanInv := func(m int64) *big.Float { // atan(1/m) = sum (-1)^k / ((2k+1) m^(2k+1))
		sum := new(big.Float).SetPrec(prec)
		pow := new(big.Float).SetPrec(prec).Quo(big.NewFloat(1).SetPrec(prec), big.NewFloat(float64(m)).SetPrec(prec))
		m2 := new(big.Float).SetPrec(prec).SetInt64(m * m)
		term := new(big.Float).SetPrec(prec)
		eps := new(big.Float).SetPrec(prec).SetMantExp(big.NewFloat(1), -prec)
		for k := int64(0); ; k++ {
			term.Quo(pow, new(big.Float).SetPrec(prec).SetInt64(2*k+1))
			if k%2 == 0 {
				sum.Add(sum, term)
			} else {
				sum.Sub(sum, term)
			}
			if term.Cmp(eps) < 0 {
				return sum
			}
			pow.Quo(pow, m2)
		}
	}
	pi := new(big.Float).SetPrec(prec).Mul(big.NewFloat(16).SetPrec(prec), atanInv(5))
	pi.Sub(pi, new(big.Float).SetPrec(prec).Mul(big.NewFloat(4).SetPrec(prec), atanInv(239)))
	return pi.Quo(pi, big.NewFloat(2).SetPrec(prec))
})

// remPio2Big reduces a huge x exactly: the nearest multiple n of pi/2 and the remainder
// rounded to a double-double, which is what fdlibm's __kernel_rem_pio2 computes.
func remPio2Big(x float64) (int32, float64, float64) {
	const prec = 1400
	half := bigPiOver2()
	bx := new(big.Float).SetPrec(prec).SetFloat64(x)
	q := new(big.Float).SetPrec(prec).Quo(bx, half)
	q.Add(q, big.NewFloat(0.5).SetPrec(prec))
	nInt, _ := q.Int(nil) // toward zero; q >= 0.5 here for positive x
	if q.Sign() < 0 {
		nInt.Sub(nInt, big.NewInt(1)) // floor for negative x
		if f := new(big.Float).SetPrec(prec).SetInt(nInt); f.Cmp(q) == 0 {
			nInt.Add(nInt, big.NewInt(1))
		}
	}
	r := new(big.Float).SetPrec(prec).Mul(new(big.Float).SetPrec(prec).SetInt(nInt), half)
	r.Sub(bx, r)
	y0, _ := r.Float64()
	r.Sub(r, new(big.Float).SetPrec(prec).SetFloat64(y0))
	y1, _ := r.Float64()
	n := int32(new(big.Int).And(nInt, big.NewInt(7)).Int64()) // only n mod 4 matters
	return n, y0, y1
}

// remPio2 is fdlibm's __ieee754_rem_pio2: x - n*pi/2 as y0+y1 with |y0| <= pi/4, and n
// (exactly n mod 8 for huge arguments).
func remPio2(x float64) (n int32, y0, y1 float64) {
	const (
		invpio2 = 6.36619772367581382433e-01
		pio2_1  = 1.57079632673412561417e+00
		pio2_1t = 6.07710050650619224932e-11
		pio2_2  = 6.07710050630396597660e-11
		pio2_2t = 2.02226624879595063154e-21
		pio2_3  = 2.02226624871116645580e-21
		pio2_3t = 8.47842766036889956997e-32
	)
	hx := hi(x)
	ix := hx & 0x7fffffff
	if ix <= 0x3fe921fb { // |x| <= pi/4
		return 0, x, 0
	}
	if ix < 0x4002d97c { // |x| < 3pi/4: n = ±1
		if hx > 0 {
			z := x - pio2_1
			if ix != 0x3ff921fb {
				y0 = z - pio2_1t
				return 1, y0, (z - y0) - pio2_1t
			}
			z -= pio2_2
			y0 = z - pio2_2t
			return 1, y0, (z - y0) - pio2_2t
		}
		z := x + pio2_1
		if ix != 0x3ff921fb {
			y0 = z + pio2_1t
			return -1, y0, (z - y0) + pio2_1t
		}
		z += pio2_2
		y0 = z + pio2_2t
		return -1, y0, (z - y0) + pio2_2t
	}
	if ix > 0x413921fb {
		return remPio2Big(x)
	}
	t := math.Abs(x)
	n = int32(float64(t*invpio2) + 0.5)
	fn := float64(n)
	r := t - float64(fn*pio2_1)
	w := fn * pio2_1t
	if n < 32 && ix != npio2hw[n-1] {
		y0 = r - w
	} else {
		j := ix >> 20
		y0 = r - w
		if i := j - ((hi(y0) >> 20) & 0x7ff); i > 16 { // a second iteration
			t = r
			w = fn * pio2_2
			r = t - w
			w = float64(fn*pio2_2t) - ((t - r) - w)
			y0 = r - w
			if i = j - ((hi(y0) >> 20) & 0x7ff); i > 49 { // a third
				t = r
				w = fn * pio2_3
				r = t - w
				w = float64(fn*pio2_3t) - ((t - r) - w)
				y0 = r - w
			}
		}
	}
	y1 = (r - y0) - w
	if hx < 0 {
		return -n, -y0, -y1
	}
	return n, y0, y1
}

// fdSin is fdlibm's sin (s_sin.c).
func fdSin(x float64) float64 {
	switch ix := hi(x) & 0x7fffffff; {
	case ix <= 0x3fe921fb:
		return kSin(x, 0, 0)
	case ix >= 0x7ff00000:
		return x - x
	}
	n, y0, y1 := remPio2(x)
	switch n & 3 {
	case 0:
		return kSin(y0, y1, 1)
	case 1:
		return kCos(y0, y1)
	case 2:
		return -kSin(y0, y1, 1)
	default:
		return -kCos(y0, y1)
	}
}

// fdCos is fdlibm's cos (s_cos.c).
func fdCos(x float64) float64 {
	if hi(x)&0x7fffffff >= 0x7ff00000 {
		return x - x
	}
	n, y0, y1 := remPio2(x)
	switch n & 3 {
	case 0:
		return kCos(y0, y1)
	case 1:
		return -kSin(y0, y1, 1)
	case 2:
		return -kCos(y0, y1)
	default:
		return kSin(y0, y1, 1)
	}
}

// fdTan is fdlibm's tan (s_tan.c).
func fdTan(x float64) float64 {
	if hi(x)&0x7fffffff >= 0x7ff00000 {
		return x - x
	}
	n, y0, y1 := remPio2(x)
	return kTan(y0, y1, 1-int((n&1)<<1))
}
