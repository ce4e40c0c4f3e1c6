package java

// requireNonNullArg is Objects.requireNonNull(arg) as the JDK's methods use it on their
// arguments: NullPointerException without a message.
func requireNonNullArg(v any) {
	if isNull(v) {
		panic(NewNullPointerException())
	}
}
