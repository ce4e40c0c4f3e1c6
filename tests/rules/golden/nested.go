package nested

import (
	"fmt"
)

// Outer is the Java class Outer.
type Outer struct {
}

var outerCreated int32

// NewOuter is the Java constructor Outer(...).
func NewOuter() *Outer {
	o := &Outer{}
	return o
}

// OuterTask is the Java method Outer.task.
func OuterTask(name string) func() {
	return func() {
		fmt.Println("run " + name)
	}
}

// OuterNode is the Java class Node.
type OuterNode struct {
	value int32
	next  *OuterNode
}

// NewOuterNode is the Java constructor Node(...).
func NewOuterNode(value int32) *OuterNode {
	n := &OuterNode{}
	n.value = value
	outerCreated++
	return n
}

// Sum is the Java method Node.sum.
func (n *OuterNode) Sum() int32 {
	if n.next == nil {
		return n.value
	}
	return n.value + n.next.Sum()
}
