package commands

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/morbotlabs/morbot/internal/plans"
)

func (h *Handler) reportNow(ctx context.Context, c *Call) (*Response, error) {
	r := h.report
	if r == nil {
		return nil, invalid("reports and alerts are not running in this process")
	}
	_, chart := c.Flag("chart")
	m, err := r.ReportNow(ctx, chart)
	if err != nil {
		return nil, err
	}
	return &Response{Message: m}, nil
}

func (h *Handler) alertService() (Alerts, error) {
	if h.alerts == nil {
		return nil, invalid("reports and alerts are not running in this process")
	}
	return h.alerts, nil
}

func (h *Handler) alertsList(ctx context.Context, _ *Call) (*Response, error) {
	r, err := h.alertService()
	if err != nil {
		return nil, err
	}
	m, err := r.List(ctx)
	if err != nil {
		return nil, err
	}
	return &Response{Message: m}, nil
}

// ParseDuration accepts Go durations (90s, 30m, 4h) and days (2d).
func ParseDuration(s string) (time.Duration, error) {
	t := strings.TrimSpace(strings.ToLower(s))
	if d, ok := strings.CutSuffix(t, "d"); ok {
		n, err := strconv.Atoi(d)
		if err != nil || n <= 0 {
			return 0, &plans.BadInput{Msg: fmt.Sprintf("%q is not a duration such as 30m, 4h or 2d", s)}
		}
		return time.Duration(n) * 24 * time.Hour, nil
	}
	d, err := time.ParseDuration(t)
	if err != nil || d <= 0 {
		return 0, &plans.BadInput{Msg: fmt.Sprintf("%q is not a duration such as 30m, 4h or 2d", s)}
	}
	return d, nil
}

func (h *Handler) alertsSilences(ctx context.Context, _ *Call) (*Response, error) {
	r, err := h.alertService()
	if err != nil {
		return nil, err
	}
	m, err := r.Silences(ctx)
	if err != nil {
		return nil, err
	}
	return &Response{Message: m}, nil
}

func (h *Handler) alertsSilence(ctx context.Context, c *Call) (*Response, error) {
	d, err := ParseDuration(c.Arg("duration"))
	if err != nil {
		return nil, usage(c, "duration: %v", err)
	}
	if d > 30*24*time.Hour {
		return nil, usage(c, "duration: at most 30d")
	}
	r, err := h.alertService()
	if err != nil {
		return nil, err
	}
	m, err := r.Silence(ctx, c.User, c.Arg("alert"), d)
	if err != nil {
		return nil, err
	}
	return &Response{Message: m}, nil
}
