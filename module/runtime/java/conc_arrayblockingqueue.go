package java

// ArrayBlockingQueue is java.util.concurrent.ArrayBlockingQueue<E>: a bounded FIFO
// blocking queue, the same operations as a LinkedBlockingQueue of that capacity (Go has
// no array-versus-linked-nodes difference worth keeping; fairness is not scheduled).
type ArrayBlockingQueue[E any] struct {
	blockingOps[E]
}

// NewArrayBlockingQueue is the constructor ArrayBlockingQueue(int capacity).
func NewArrayBlockingQueue[E any](capacity int32) *ArrayBlockingQueue[E] {
	if capacity <= 0 {
		panic(NewIllegalArgumentException())
	}
	q := &ArrayBlockingQueue[E]{}
	q.init(q, capacity)
	return q
}

// NewArrayBlockingQueue2 is the constructor ArrayBlockingQueue(int capacity, boolean fair).
func NewArrayBlockingQueue2[E any](capacity int32, fair bool) *ArrayBlockingQueue[E] {
	return NewArrayBlockingQueue[E](capacity)
}

// NewArrayBlockingQueueFrom is the constructor ArrayBlockingQueue(int, boolean, Collection):
// IllegalArgumentException when the collection holds more than capacity elements.
func NewArrayBlockingQueueFrom[E any](capacity int32, fair bool, c Collection[E]) *ArrayBlockingQueue[E] {
	q := NewArrayBlockingQueue[E](capacity)
	if c == nil {
		panic(NewNullPointerException())
	}
	if c.Size() > capacity {
		panic(NewIllegalArgumentException())
	}
	q.AddAll(c)
	return q
}

func init() {
	registerClassNames(map[string]string{"ArrayBlockingQueue": "java.util.concurrent.ArrayBlockingQueue"})
}
