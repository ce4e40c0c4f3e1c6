package generics

import (
	"cmp"
)

// Registry is the Java class Registry.
type Registry[K comparable, V any] struct {
	values map[K]V
}

// NewRegistry is the Java constructor Registry(...).
func NewRegistry[K comparable, V any]() *Registry[K, V] {
	r := &Registry[K, V]{}
	r.values = map[K]V{}
	return r
}

// Register is the Java method Registry.register.
func (r *Registry[K, V]) Register(key K, value V) {
	r.values[key] = value
}

// Find is the Java method Registry.find.
func (r *Registry[K, V]) Find(key K) V {
	return r.values[key]
}

// Count is the Java method Registry.count.
func (r *Registry[K, V]) Count() int32 {
	return int32(len(r.values))
}

// RegistryLargest is the Java method Registry.largest.
func RegistryLargest[T cmp.Ordered](items []T) T {
	best := items[0]
	for _, item := range items {
		if int32(cmp.Compare(item, best)) > 0 {
			best = item
		}
	}
	return best
}
