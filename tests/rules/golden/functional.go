package functional

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Events is the Java class Events.
type Events struct {
	byId      map[int32]string
	listeners []EventsListener[string]
}

// NewEvents is the Java constructor Events(...).
func NewEvents() *Events {
	ee := &Events{}
	ee.byId = map[int32]string{}
	ee.listeners = []EventsListener[string]{}
	return ee
}

// Register is the Java method Events.register.
func (ee *Events) Register(l EventsListener[string]) {
	ee.listeners = append(ee.listeners, l)
}

// Fire is the Java method Events.fire.
func (ee *Events) Fire(event string) int32 {
	var handled int32 = 0
	for _, l := range ee.listeners {
		if l(event, handled) {
			handled++
		}
	}
	return handled
}

// Ordered is the Java method Events.ordered.
func (ee *Events) Ordered() string {
	sb := ""
	for _, id := range slices.Sorted(maps.Keys(ee.byId)) {
		sb += fmt.Sprint(id) + "=" + ee.byId[id] + ";"
	}
	return sb
}

// Setup is the Java method Events.setup.
func (ee *Events) Setup() {
	ee.Register(func(e string, tick int32) bool {
		return strings.HasPrefix(e, "a") && tick < 3
	})
	ee.byId[2] = "b"
}

// EventsListener is the Java functional interface Listener (its method onEvent is a call of the func).
type EventsListener[T any] func(event T, tick int32) bool
