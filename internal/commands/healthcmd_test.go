package commands

import "testing"

func TestUnhealthyNamesOnlyTheFailingComponents(t *testing.T) {
	cases := []struct {
		in   map[string]string
		want string
	}{
		{map[string]string{"badgerdb": "unhealthy: disk full", "ethnode": "healthy", "model 0xab": "Unhealthy: timeout"}, "badgerdb: unhealthy: disk full; model 0xab: Unhealthy: timeout"},
		{map[string]string{"badgerdb": "healthy, size=1.0MB"}, "badgerdb: healthy, size=1.0MB"}, // degraded, yet nothing says why: show all
		{nil, "no component named"},
	}
	for _, c := range cases {
		if got := Unhealthy(c.in); got != c.want {
			t.Errorf("Unhealthy(%v) = %q, want %q", c.in, got, c.want)
		}
	}
}
