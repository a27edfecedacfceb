package store

import (
	"context"
	"database/sql"
	"fmt"
)

// migrations is the schema, in order. Never edit a released step: append a new one.
var migrations = []string{
	// 1: proposals, their transactions, votes, chat messages and the audit log.
	`CREATE TABLE proposals (
		id            INTEGER PRIMARY KEY AUTOINCREMENT,
		token         TEXT    NOT NULL UNIQUE,
		kind          TEXT    NOT NULL,
		params        TEXT    NOT NULL DEFAULT '{}',
		summary       TEXT    NOT NULL,
		simulation    TEXT    NOT NULL DEFAULT '',
		payload_hash  TEXT    NOT NULL,
		chain_id      INTEGER NOT NULL,
		signer        TEXT    NOT NULL,
		proposer_platform TEXT NOT NULL,
		proposer_id   TEXT    NOT NULL,
		proposer_name TEXT    NOT NULL DEFAULT '',
		quorum        INTEGER NOT NULL,
		status        TEXT    NOT NULL,
		reason        TEXT    NOT NULL DEFAULT '',
		failed_step   INTEGER NOT NULL DEFAULT -1,
		caps          TEXT    NOT NULL DEFAULT '{}',
		created_at    INTEGER NOT NULL,
		updated_at    INTEGER NOT NULL,
		expires_at    INTEGER NOT NULL
	);
	CREATE INDEX proposals_status ON proposals(status);
	CREATE TABLE proposal_txs (
		proposal_id INTEGER NOT NULL REFERENCES proposals(id),
		step        INTEGER NOT NULL,
		kind        TEXT    NOT NULL,
		to_addr     TEXT    NOT NULL,
		data        BLOB    NOT NULL,
		value       TEXT    NOT NULL DEFAULT '0',
		summary     TEXT    NOT NULL,
		gas         INTEGER NOT NULL DEFAULT 0,
		status      TEXT    NOT NULL DEFAULT 'pending',
		nonce       INTEGER,
		hash        TEXT,
		raw         BLOB,
		block       INTEGER,
		error       TEXT    NOT NULL DEFAULT '',
		PRIMARY KEY (proposal_id, step)
	);
	CREATE UNIQUE INDEX proposal_txs_hash ON proposal_txs(hash) WHERE hash IS NOT NULL;
	CREATE TABLE votes (
		proposal_id INTEGER NOT NULL REFERENCES proposals(id),
		platform    TEXT    NOT NULL,
		user_id     TEXT    NOT NULL,
		user_name   TEXT    NOT NULL DEFAULT '',
		approve     INTEGER NOT NULL,
		created_at  INTEGER NOT NULL,
		PRIMARY KEY (proposal_id, platform, user_id)
	);
	CREATE TABLE messages (
		proposal_id INTEGER NOT NULL REFERENCES proposals(id),
		platform    TEXT    NOT NULL,
		channel     TEXT    NOT NULL,
		message_id  TEXT    NOT NULL,
		PRIMARY KEY (proposal_id, platform, channel)
	);
	CREATE TABLE audit (
		id          INTEGER PRIMARY KEY AUTOINCREMENT,
		at          INTEGER NOT NULL,
		platform    TEXT    NOT NULL DEFAULT '',
		user_id     TEXT    NOT NULL DEFAULT '',
		user_name   TEXT    NOT NULL DEFAULT '',
		action      TEXT    NOT NULL,
		proposal_id INTEGER,
		detail      TEXT    NOT NULL DEFAULT '',
		tx_hash     TEXT    NOT NULL DEFAULT ''
	);
	CREATE INDEX audit_proposal ON audit(proposal_id);`,
	// 2: models the team registered through morbot, so people can refer to them by name.
	`CREATE TABLE team_models (
		model_id   TEXT    PRIMARY KEY,
		name       TEXT    NOT NULL,
		base_id    TEXT    NOT NULL,
		owner      TEXT    NOT NULL,
		proposal_id INTEGER,
		created_at INTEGER NOT NULL
	);
	CREATE INDEX team_models_name ON team_models(name);`,
	// 3: alert state (dedup, resolve, silences), announced minimums, block checkpoints, watched bids.
	`CREATE TABLE alerts (
		id             TEXT    PRIMARY KEY,
		kind           TEXT    NOT NULL,
		state          TEXT    NOT NULL,          -- firing, resolved, event
		title          TEXT    NOT NULL DEFAULT '',
		fix            TEXT    NOT NULL DEFAULT '',
		firing_since   INTEGER NOT NULL DEFAULT 0,
		last_notified  INTEGER NOT NULL DEFAULT 0,
		resolved_at    INTEGER NOT NULL DEFAULT 0,
		silenced_until INTEGER NOT NULL DEFAULT 0,
		updated_at     INTEGER NOT NULL
	);
	CREATE TABLE minimums_seen (
		name  TEXT PRIMARY KEY,
		value TEXT NOT NULL
	);
	CREATE TABLE checkpoints (
		name  TEXT PRIMARY KEY,
		block INTEGER NOT NULL
	);
	CREATE TABLE watched_bids (
		model_id   TEXT PRIMARY KEY,
		bid_id     TEXT NOT NULL,
		price      TEXT NOT NULL,
		updated_at INTEGER NOT NULL
	);`,
	// 4: a note per step (what an off-chain step did: file edited, restart output, verification).
	`ALTER TABLE proposal_txs ADD COLUMN note TEXT NOT NULL DEFAULT '';`,
	// 5: the head block when a transaction was broadcast, to notice transactions that are not mined.
	`ALTER TABLE proposal_txs ADD COLUMN sent_block INTEGER NOT NULL DEFAULT 0;`,
	// 6: other transactions that settle a step: a same-nonce replacement (speed-up), or the original
	// a replacement stands for. Whichever is mined completes the step.
	`CREATE TABLE tx_alternatives (
		proposal_id INTEGER NOT NULL REFERENCES proposals(id),
		step        INTEGER NOT NULL,
		hash        TEXT    NOT NULL,
		created_at  INTEGER NOT NULL,
		PRIMARY KEY (proposal_id, step, hash)
	);`,
	// 7: the executor lease (one writer per store), the replay-dedup keys of platform requests, and
	// whether a signed step's broadcast was ever attempted (pipelined plans sign steps before sending them).
	`CREATE TABLE leases (
		name         TEXT    PRIMARY KEY,
		holder       TEXT    NOT NULL,
		epoch        INTEGER NOT NULL,
		heartbeat_at INTEGER NOT NULL,
		expires_at   INTEGER NOT NULL
	);
	CREATE TABLE replay_keys (
		key        TEXT    PRIMARY KEY,
		expires_at INTEGER NOT NULL
	);
	CREATE INDEX replay_keys_expiry ON replay_keys(expires_at);
	ALTER TABLE proposal_txs ADD COLUMN attempted INTEGER NOT NULL DEFAULT 0;`,
	// 8: the proxy-router's uptime as seen by each health check, to tell a restart loop from one
	// planned restart.
	`CREATE TABLE proxy_uptime (
		seen_at   INTEGER NOT NULL,
		uptime_ms INTEGER NOT NULL,
		reset     INTEGER NOT NULL
	);
	CREATE INDEX proxy_uptime_seen ON proxy_uptime(seen_at);`,
	// 9: earnings against the cap over time, one reading an hour at most, for the weekly chart.
	`CREATE TABLE earnings_history (
		at     INTEGER PRIMARY KEY,
		earned TEXT NOT NULL,
		cap    TEXT NOT NULL
	);`,
}

// migrate applies every migration newer than the stored version, each in its own transaction.
func (s *DB) migrate(ctx context.Context) error {
	if _, err := s.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	var v int
	err := s.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&v)
	if IsNoRows(err) {
		if _, err := s.ExecContext(ctx, `INSERT INTO schema_version(version) VALUES (0)`); err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
	} else if err != nil {
		return fmt.Errorf("migrate: read version: %w", err)
	}
	if v > len(migrations) {
		return fmt.Errorf("store %s has schema version %d, newer than this morbot (%d); upgrade morbot", s.path, v, len(migrations))
	}
	for i := v; i < len(migrations); i++ {
		err := s.InTx(ctx, func(tx *sql.Tx) error {
			if _, err := tx.ExecContext(ctx, migrations[i]); err != nil {
				return err
			}
			_, err := tx.ExecContext(ctx, `UPDATE schema_version SET version = ?`, i+1)
			return err
		})
		if err != nil {
			return fmt.Errorf("migrate to version %d: %w", i+1, err)
		}
	}
	return nil
}

// Version returns the applied schema version.
func (s *DB) Version(ctx context.Context) (int, error) {
	var v int
	err := s.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&v)
	return v, err
}
