package unsupported

// Odd is the Java class Odd.
type Odd struct {
}

// NewOdd is the Java constructor Odd(...).
func NewOdd() *Odd {
	o := &Odd{}
	return o
}

// Iterate is the Java method Odd.iterate.
func (o *Odd) Iterate() any {
	return func() any {
		panic("l2j: not migrated: anonymous class Iterator") /* new Iterator<String>() { public boolean hasNext() { return f */
	}()
}
