package switches

// Switches is the Java class Switches.
type Switches struct {
}

// NewSwitches is the Java constructor Switches(...).
func NewSwitches() *Switches {
	s := &Switches{}
	return s
}

// SwitchesScore is the Java method Switches.score.
func SwitchesScore(grade rune) int32 {
	var points int32 = 0
	switch grade {
	case 'A':
		points += 10
		fallthrough
	case 'B':
		points += 5
	case 'C', 'D':
		points = 1
	default:
		points = -1
	}
	return points
}

// SwitchesName is the Java method Switches.name.
func SwitchesName(day int32) string {
	switch day {
	case 6, 7:
		return "weekend"
	default:
		return "weekday"
	}
}
