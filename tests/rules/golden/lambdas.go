package lambdas

import (
	"slices"
)

// Lambdas is the Java class Lambdas.
type Lambdas struct {
}

// NewLambdas is the Java constructor Lambdas(...).
func NewLambdas() *Lambdas {
	l := &Lambdas{}
	return l
}

// LambdasEvens is the Java method Lambdas.evens.
func LambdasEvens(values []int32) []int32 {
	out := []int32{}
	even := func(v int32) bool {
		return v%2 == 0
	}
	for _, v := range values {
		if even(v) {
			out = append(out, v)
		}
	}
	slices.SortStableFunc(out, func(a int32, b int32) int {
		return int(b - a)
	})
	return out
}

// LambdasTotal is the Java method Lambdas.total.
func LambdasTotal(words []string) int32 {
	return l2jSum(l2jMap(l2jFilter(words, func(w string) bool {
		return !(len(w) == 0)
	}), func(p1 string) int32 {
		return int32(len(p1))
	}))
}

// l2j runtime: l2jFilter
// l2jFilter is Stream.filter over a slice.
func l2jFilter[T any](s []T, keep func(T) bool) []T {
	r := []T{}
	for _, v := range s {
		if keep(v) {
			r = append(r, v)
		}
	}
	return r
}

// l2j runtime: l2jMap
// l2jMap is Stream.map over a slice.
func l2jMap[T, R any](s []T, f func(T) R) []R {
	r := make([]R, len(s))
	for i, v := range s {
		r[i] = f(v)
	}
	return r
}

// l2j runtime: l2jSum
// l2jSum is IntStream.sum (wrapping like Java) and DoubleStream.sum.
func l2jSum[T ~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64](s []T) T {
	var total T
	for _, v := range s {
		total += v
	}
	return total
}
