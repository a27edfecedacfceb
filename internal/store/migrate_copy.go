package store

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// copyTables are the tables a store copy moves, parents before children. The schema version and the
// lease are not copied: the target has its own schema, and replicas take their own lease.
var copyTables = []string{"proposals", "proposal_txs", "votes", "messages", "audit", "tx_alternatives", "team_models", "alerts",
	"minimums_seen", "checkpoints", "watched_bids", "replay_keys", "proxy_uptime", "earnings_history", "planned_restarts", "discovery_seen",
	"session_ids", "settled_sessions", "held_sessions", "watch_blocks", "watch_logs", "silences", "rank_history", "probe_runs"}

// boolColumns are stored as integers in SQLite and as BOOLEAN in PostgreSQL.
var boolColumns = map[string]bool{"approve": true, "attempted": true, "reset": true}

// rowidTables keep SQLite's implicit rowid (it orders their rows) as an explicit column in PostgreSQL.
var rowidTables = map[string]bool{"votes": true, "proxy_uptime": true}

// serials are the PostgreSQL sequences to move past the copied rows.
var serials = [][2]string{{"proposals", "id"}, {"audit", "id"}, {"votes", "rowid"}, {"proxy_uptime", "rowid"}, {"silences", "id"}, {"probe_runs", "id"}}

// CopyCount is one table's rows in the source and, after the copy, in the target.
type CopyCount struct {
	Table          string
	Source, Target int
}

// CopyInto copies every row of this store (SQLite) into an empty PostgreSQL store, in one transaction,
// and checks the row counts. It refuses while a process holds this store's executor lease, and when
// the target already holds proposals.
func (s *DB) CopyInto(ctx context.Context, dst *DB) ([]CopyCount, error) {
	if s.driver != SQLite || dst.driver != Postgres {
		return nil, fmt.Errorf("store copy: from SQLite into PostgreSQL only")
	}
	lease := s.NewLease("executor", "store migrate", time.Minute, nil)
	if st, ok, err := lease.Status(ctx); err != nil {
		return nil, fmt.Errorf("store copy: %w", err)
	} else if ok && st.Live() {
		return nil, fmt.Errorf("store copy: %w; stop it first, so nothing changes the store while it is copied", &HeldError{Info: st.LeaseInfo, Now: st.Now})
	}
	var n int
	if err := dst.QueryRowContext(ctx, `SELECT count(*) FROM proposals`).Scan(&n); err != nil {
		return nil, fmt.Errorf("store copy: read the target: %w", dst.Scrub(err))
	}
	if n > 0 {
		return nil, fmt.Errorf("store copy: the target %s already holds %d proposal(s); copy into an empty database", dst.Path(), n)
	}
	var counts []CopyCount
	err := dst.InTx(ctx, func(tx *Tx) error {
		for _, t := range copyTables {
			c, err := s.copyTable(ctx, tx, t)
			if err != nil {
				return fmt.Errorf("copy %s: %w", t, err)
			}
			counts = append(counts, CopyCount{Table: t, Source: c})
		}
		for _, sq := range serials {
			if _, err := tx.ExecContext(ctx, fmt.Sprintf(`SELECT setval(pg_get_serial_sequence('%s', '%s'), COALESCE((SELECT max(%s) FROM %s), 0) + 1, false)`, sq[0], sq[1], sq[1], sq[0])); err != nil {
				return fmt.Errorf("advance %s.%s: %w", sq[0], sq[1], err)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store copy: %w", dst.Scrub(err))
	}
	for i, c := range counts {
		if err := dst.QueryRowContext(ctx, `SELECT count(*) FROM `+c.Table).Scan(&counts[i].Target); err != nil {
			return counts, fmt.Errorf("store copy: count %s: %w", c.Table, dst.Scrub(err))
		}
		if counts[i].Target != c.Source {
			return counts, fmt.Errorf("store copy: %s has %d rows in the source and %d in the target", c.Table, c.Source, counts[i].Target)
		}
	}
	return counts, nil
}

func (s *DB) copyTable(ctx context.Context, tx *Tx, table string) (int, error) {
	sel := `SELECT * FROM ` + table
	if rowidTables[table] {
		sel = `SELECT rowid AS rowid, * FROM ` + table
	}
	rows, err := s.QueryContext(ctx, sel)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return 0, err
	}
	insert := fmt.Sprintf(`INSERT INTO %s (%s) VALUES (%s)`, table, strings.Join(cols, ", "), strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", "))
	n := 0
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return n, err
		}
		for i, c := range cols {
			if boolColumns[c] {
				switch v := vals[i].(type) {
				case int64:
					vals[i] = v != 0
				case bool:
				}
			}
		}
		if _, err := tx.ExecContext(ctx, insert, vals...); err != nil {
			return n, err
		}
		n++
	}
	return n, rows.Err()
}
