package concurrency

import (
	"sync"
)

// World is the Java class World.
type World struct {
	players []string
	lock    any
	l2jMu   sync.Mutex
}

// NewWorld is the Java constructor World(...).
func NewWorld() *World {
	w := &World{}
	w.players = []string{}
	w.lock = new(struct{})
	return w
}

// AddPlayer is the Java method World.addPlayer.
func (w *World) AddPlayer(name string) {
	w.l2jMu.Lock()
	defer w.l2jMu.Unlock()
	w.players = append(w.players, name)
}

// Count is the Java method World.count.
func (w *World) Count() int32 {
	w.l2jMu.Lock()
	defer w.l2jMu.Unlock()
	return int32(len(w.players))
}
