package java

import (
	"math"
	"sync"
	"sync/atomic"
	"time"
)

// Random is java.util.Random: Java's 48-bit linear congruential generator, so a seeded
// Random gives the same sequence as on the JVM.
type Random struct {
	seed atomic.Int64
	mu   sync.Mutex // nextGaussian's state
	// the second value of the last Gaussian pair
	nextNextGaussian     float64
	haveNextNextGaussian bool
}

const (
	randMultiplier = 0x5DEECE66D
	randAddend     = 0xB
	randMask       = 1<<48 - 1
)

var seedUniquifier atomic.Int64

func init() { seedUniquifier.Store(8682522807148012) }

// NewRandom is the constructor Random(): seeded from a uniquifier and the clock.
func NewRandom() *Random {
	for {
		cur := seedUniquifier.Load()
		next := cur * 1181783497276652981
		if seedUniquifier.CompareAndSwap(cur, next) {
			return NewRandom2(next ^ time.Now().UnixNano())
		}
	}
}

// NewRandom2 is the constructor Random(long).
func NewRandom2(seed int64) *Random {
	r := &Random{}
	r.seed.Store((seed ^ randMultiplier) & randMask)
	return r
}

// SetSeed is setSeed(long).
func (r *Random) SetSeed(seed int64) {
	r.seed.Store((seed ^ randMultiplier) & randMask)
	r.mu.Lock()
	r.haveNextNextGaussian = false
	r.mu.Unlock()
}

// Next is next(int): the next `bits` random bits.
func (r *Random) Next(bits int32) int32 {
	for {
		old := r.seed.Load()
		next := (old*randMultiplier + randAddend) & randMask
		if r.seed.CompareAndSwap(old, next) {
			return int32(uint64(next) >> (48 - bits))
		}
	}
}

// NextInt is nextInt().
func (r *Random) NextInt() int32 { return r.Next(32) }

// NextIntBound is nextInt(int): uniform in [0, bound).
func (r *Random) NextIntBound(bound int32) int32 {
	if bound <= 0 {
		panic(NewIllegalArgumentException2("bound must be positive"))
	}
	v := r.Next(31)
	m := bound - 1
	if bound&m == 0 {
		return int32((int64(bound) * int64(v)) >> 31)
	}
	for u := v; ; u = r.Next(31) {
		v = u % bound
		if u-v+m >= 0 {
			return v
		}
	}
}

// NextIntRange is nextInt(int, int): uniform in [origin, bound).
func (r *Random) NextIntRange(origin, bound int32) int32 {
	if origin >= bound {
		panic(NewIllegalArgumentException2("bound must be greater than origin"))
	}
	v := r.NextInt()
	n := bound - origin
	m := n - 1
	switch {
	case n&m == 0:
		return v&m + origin
	case n > 0:
		for u := int32(uint32(v) >> 1); ; u = int32(uint32(r.NextInt()) >> 1) {
			v = u % n
			if u+m-v >= 0 {
				return v + origin
			}
		}
	}
	for v < origin || v >= bound {
		v = r.NextInt()
	}
	return v
}

// NextLong is nextLong().
func (r *Random) NextLong() int64 { return int64(r.Next(32))<<32 + int64(r.Next(32)) }

// NextLongBound is nextLong(long).
func (r *Random) NextLongBound(bound int64) int64 {
	if bound <= 0 {
		panic(NewIllegalArgumentException2("bound must be positive"))
	}
	m := bound - 1
	v := r.NextLong()
	if bound&m == 0 {
		return v & m
	}
	for u := int64(uint64(v) >> 1); ; u = int64(uint64(r.NextLong()) >> 1) {
		v = u % bound
		if u+m-v >= 0 {
			return v
		}
	}
}

// NextLongRange is nextLong(long, long).
func (r *Random) NextLongRange(origin, bound int64) int64 {
	if origin >= bound {
		panic(NewIllegalArgumentException2("bound must be greater than origin"))
	}
	v := r.NextLong()
	n := bound - origin
	m := n - 1
	switch {
	case n&m == 0:
		return v&m + origin
	case n > 0:
		for u := int64(uint64(v) >> 1); ; u = int64(uint64(r.NextLong()) >> 1) {
			v = u % n
			if u+m-v >= 0 {
				return v + origin
			}
		}
	}
	for v < origin || v >= bound {
		v = r.NextLong()
	}
	return v
}

// NextDouble is nextDouble(): uniform in [0, 1).
func (r *Random) NextDouble() float64 {
	return float64(int64(r.Next(26))<<27+int64(r.Next(27))) * 0x1.0p-53
}

// NextDoubleBound is nextDouble(double).
func (r *Random) NextDoubleBound(bound float64) float64 {
	if !(bound > 0 && bound < math.Inf(1)) {
		panic(NewIllegalArgumentException2("bound must be finite and positive"))
	}
	v := r.NextDouble() * bound
	if v >= bound {
		v = math.Nextafter(bound, math.Inf(-1))
	}
	return v
}

// NextDoubleRange is nextDouble(double, double).
func (r *Random) NextDoubleRange(origin, bound float64) float64 {
	if !(origin < bound && bound-origin < math.Inf(1)) {
		panic(NewIllegalArgumentException2("bound must be greater than origin"))
	}
	v := r.NextDouble()*(bound-origin) + origin
	if v >= bound {
		v = math.Nextafter(bound, origin)
	}
	return v
}

// NextFloat is nextFloat(): uniform in [0, 1).
func (r *Random) NextFloat() float32 { return float32(r.Next(24)) / float32(1<<24) }

// NextBoolean is nextBoolean().
func (r *Random) NextBoolean() bool { return r.Next(1) != 0 }

// NextBytes is nextBytes(byte[]).
func (r *Random) NextBytes(bytes []int8) {
	for i := 0; i < len(bytes); {
		rnd := r.NextInt()
		for n := min(len(bytes)-i, 4); n > 0; n-- {
			bytes[i] = int8(rnd)
			rnd >>= 8
			i++
		}
	}
}

// NextGaussian is nextGaussian(): Knuth's polar method, as Java computes it.
func (r *Random) NextGaussian() float64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.haveNextNextGaussian {
		r.haveNextNextGaussian = false
		return r.nextNextGaussian
	}
	var v1, v2, s float64
	for {
		v1 = 2*r.NextDouble() - 1
		v2 = 2*r.NextDouble() - 1
		s = float64(v1*v1) + float64(v2*v2)
		if s < 1 && s != 0 {
			break
		}
	}
	multiplier := math.Sqrt(-2 * math.Log(s) / s)
	r.nextNextGaussian = v2 * multiplier
	r.haveNextNextGaussian = true
	return v1 * multiplier
}

func init() { registerClassNames(map[string]string{"Random": "java.util.Random"}) }
