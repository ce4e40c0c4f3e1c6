package java

// Helpers the collections call on every operation. The common key types (int32, string,
// int64) take a typed path so that a lookup does not box them into an interface.

// requireNonNullArg is Objects.requireNonNull(arg) as the JDK's methods use it on their
// arguments: NullPointerException without a message.
func requireNonNullArg(v any) {
	if isNull(v) {
		panic(NewNullPointerException())
	}
}

// requireNonNullOf is requireNonNullArg for a value of static type T.
func requireNonNullOf[T any](v T) {
	switch any(v).(type) {
	case int32, string, int64, bool, float64, uint16, int16, int8, float32:
		return
	}
	requireNonNullArg(v)
}

// hashOf is HashCode for a value of static type T.
func hashOf[T any](v T) int32 {
	switch x := any(v).(type) {
	case int32:
		return x
	case string:
		return StrHashCode(x)
	case int64:
		return LongHashCode(x)
	}
	return HashCode(v)
}

// equalsKey is Equals(key, k): Java's key.equals(k) for a key given as Object.
func equalsKey[K any](key any, k K) bool {
	switch x := any(k).(type) {
	case int32:
		if y, ok := key.(int32); ok {
			return x == y
		}
	case string:
		if y, ok := key.(string); ok {
			return x == y
		}
	case int64:
		if y, ok := key.(int64); ok {
			return x == y
		}
	}
	return Equals(key, k)
}

// sameKey is Equals(a, b) for two keys of static type K.
func sameKey[K any](a, b K) bool {
	switch x := any(a).(type) {
	case int32:
		return x == any(b).(int32)
	case string:
		return x == any(b).(string)
	case int64:
		return x == any(b).(int64)
	}
	return Equals(a, b)
}
