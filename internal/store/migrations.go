package store

import (
	"context"
	"fmt"
	"strings"
)

// migrations is the SQLite schema, in order. Never edit a released step: append a new one, here and
// in pgMigrations under the same number.
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
	// 10: the proxy-router restarts morbot ran itself (they are not a restart loop), and since when an
	// alert's source could not be read (its state is then kept, marked unknown).
	`CREATE TABLE planned_restarts (at INTEGER NOT NULL);
	CREATE INDEX planned_restarts_at ON planned_restarts(at);
	ALTER TABLE alerts ADD COLUMN unknown_since INTEGER NOT NULL DEFAULT 0;`,
	// 11: when the network's discovery view last listed each of the team's bids.
	`CREATE TABLE discovery_seen (
		bid_id    TEXT PRIMARY KEY,
		last_seen INTEGER NOT NULL
	);`,
	// 12: the session index: every session ID of a provider in the contract's order, and the sessions
	// that can no longer change (read once, never again).
	`CREATE TABLE session_ids (
		provider   TEXT NOT NULL,
		seq        INTEGER NOT NULL,
		session_id TEXT NOT NULL,
		PRIMARY KEY (provider, seq)
	);
	CREATE TABLE settled_sessions (
		provider   TEXT NOT NULL,
		session_id TEXT NOT NULL,
		block      INTEGER NOT NULL,
		data       TEXT NOT NULL,
		PRIMARY KEY (provider, session_id)
	);`,
	// 13: the chain watch: the blocks it processed (with their hashes, for reorgs) and the logs it
	// handed on (to undo them when a reorg takes their block, and to hand each on once).
	`CREATE TABLE watch_blocks (
		name   TEXT NOT NULL,
		number INTEGER NOT NULL,
		hash   TEXT NOT NULL,
		PRIMARY KEY (name, number)
	);
	CREATE TABLE watch_logs (
		name         TEXT NOT NULL,
		block_number INTEGER NOT NULL,
		log_key      TEXT NOT NULL,
		data         TEXT NOT NULL,
		PRIMARY KEY (name, log_key)
	);
	CREATE INDEX watch_logs_block ON watch_logs(name, block_number);`,
	// 14: what binds an approval to the world and the rules it was approved under: the team's policy
	// (one row, shared by every replica) and its hash on each proposal, the facts a plan relies on,
	// the things it changes (so two open plans on one thing are flagged), the command that built it,
	// and the events every replica shows (each records what it did; the others read them).
	`ALTER TABLE proposals ADD COLUMN policy_hash TEXT NOT NULL DEFAULT '';
	ALTER TABLE proposals ADD COLUMN preconditions TEXT NOT NULL DEFAULT '';
	ALTER TABLE proposals ADD COLUMN origin TEXT NOT NULL DEFAULT '';
	ALTER TABLE votes ADD COLUMN roles TEXT NOT NULL DEFAULT '';
	CREATE INDEX proposals_payload ON proposals(payload_hash);
	CREATE TABLE proposal_resources (
		proposal_id INTEGER NOT NULL REFERENCES proposals(id),
		resource    TEXT    NOT NULL,
		PRIMARY KEY (proposal_id, resource)
	);
	CREATE INDEX proposal_resources_resource ON proposal_resources(resource);
	CREATE TABLE team_policy (
		name       TEXT    PRIMARY KEY,
		hash       TEXT    NOT NULL,
		body       TEXT    NOT NULL,
		adopted_at INTEGER NOT NULL,
		adopted_by TEXT    NOT NULL
	);
	CREATE TABLE events (
		id          INTEGER PRIMARY KEY AUTOINCREMENT,
		at          INTEGER NOT NULL,
		origin      TEXT    NOT NULL,
		served      TEXT    NOT NULL DEFAULT '',
		proposal_id INTEGER NOT NULL,
		kind        TEXT    NOT NULL,
		step        INTEGER NOT NULL DEFAULT -1,
		tx_hash     TEXT    NOT NULL DEFAULT '',
		block       INTEGER NOT NULL DEFAULT 0,
		note        TEXT    NOT NULL DEFAULT '',
		actor_platform TEXT NOT NULL DEFAULT '',
		actor_id    TEXT    NOT NULL DEFAULT '',
		actor_name  TEXT    NOT NULL DEFAULT ''
	);
	CREATE INDEX events_at ON events(at);`,
	// 15: an alert's hold (it fires, or resolves, only once its condition has held that long): since
	// when a firing alert has not been seen; and each proxy-router reading's start time (reading time
	// minus uptime) and how long the answer took, so a restart is told from rounding and a late answer.
	`ALTER TABLE alerts ADD COLUMN clear_since INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE proxy_uptime ADD COLUMN started_at INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE proxy_uptime ADD COLUMN latency_ms INTEGER NOT NULL DEFAULT 0;`,
	// 16: closed sessions the provider is not yet paid for in full (the earnings cap or a dispute's hold
	// keeps part back), with the provider's pay period at the read: such a record changes only with a
	// payment, and every payment moves the period's (end, earned), so it is read again only then.
	`CREATE TABLE held_sessions (
		provider     TEXT    NOT NULL,
		session_id   TEXT    NOT NULL,
		block        INTEGER NOT NULL,
		period_end   INTEGER NOT NULL,
		period_earned TEXT   NOT NULL,
		data         TEXT    NOT NULL,
		PRIMARY KEY (provider, session_id)
	);`,
	// 17: silences as matchers (an alert ID, or a rule's prefix ending in *), set before or while an
	// alert fires, each with its expiry and who set it.
	`CREATE TABLE silences (
		id         INTEGER PRIMARY KEY AUTOINCREMENT,
		matcher    TEXT    NOT NULL,
		until      INTEGER NOT NULL,
		set_by     TEXT    NOT NULL,
		created_at INTEGER NOT NULL
	);`,
	// 18: our bid's rank per model as consumers' nodes rate bids, one reading per hour (the report's
	// week of ranks).
	`CREATE TABLE rank_history (
		model_id TEXT    NOT NULL,
		at       INTEGER NOT NULL,
		place    INTEGER NOT NULL,
		bids     INTEGER NOT NULL,
		PRIMARY KEY (model_id, at)
	);`,
	// 19: probes: each session the probe opens on our own bid, recorded before it is opened and
	// marked closed once closed (the start-up closer reads what is not), with what the probe measured.
	`CREATE TABLE probe_runs (
		id          INTEGER PRIMARY KEY AUTOINCREMENT,
		bid_id      TEXT    NOT NULL,
		model_id    TEXT    NOT NULL,
		scheduled   INTEGER NOT NULL,
		from_block  INTEGER NOT NULL,
		started_at  INTEGER NOT NULL,
		state       TEXT    NOT NULL,
		session_id  TEXT    NOT NULL DEFAULT '',
		result      TEXT    NOT NULL DEFAULT '',
		finished_at INTEGER NOT NULL DEFAULT 0,
		data        TEXT    NOT NULL DEFAULT '{}'
	);
	CREATE INDEX probe_runs_bid ON probe_runs(bid_id, started_at);`,
}

// pgMigrations is the same schema for PostgreSQL, step for step: 64-bit integers, BYTEA for blobs,
// BOOLEAN for flags, serial IDs, and an explicit rowid where SQLite's implicit one orders rows.
var pgMigrations = []string{
	// 1
	`CREATE TABLE proposals (
		id            BIGSERIAL PRIMARY KEY,
		token         TEXT    NOT NULL UNIQUE,
		kind          TEXT    NOT NULL,
		params        TEXT    NOT NULL DEFAULT '{}',
		summary       TEXT    NOT NULL,
		simulation    TEXT    NOT NULL DEFAULT '',
		payload_hash  TEXT    NOT NULL,
		chain_id      BIGINT  NOT NULL,
		signer        TEXT    NOT NULL,
		proposer_platform TEXT NOT NULL,
		proposer_id   TEXT    NOT NULL,
		proposer_name TEXT    NOT NULL DEFAULT '',
		quorum        BIGINT  NOT NULL,
		status        TEXT    NOT NULL,
		reason        TEXT    NOT NULL DEFAULT '',
		failed_step   BIGINT  NOT NULL DEFAULT -1,
		caps          TEXT    NOT NULL DEFAULT '{}',
		created_at    BIGINT  NOT NULL,
		updated_at    BIGINT  NOT NULL,
		expires_at    BIGINT  NOT NULL
	);
	CREATE INDEX proposals_status ON proposals(status);
	CREATE TABLE proposal_txs (
		proposal_id BIGINT  NOT NULL REFERENCES proposals(id),
		step        BIGINT  NOT NULL,
		kind        TEXT    NOT NULL,
		to_addr     TEXT    NOT NULL,
		data        BYTEA   NOT NULL,
		value       TEXT    NOT NULL DEFAULT '0',
		summary     TEXT    NOT NULL,
		gas         BIGINT  NOT NULL DEFAULT 0,
		status      TEXT    NOT NULL DEFAULT 'pending',
		nonce       BIGINT,
		hash        TEXT,
		raw         BYTEA,
		block       BIGINT,
		error       TEXT    NOT NULL DEFAULT '',
		PRIMARY KEY (proposal_id, step)
	);
	CREATE UNIQUE INDEX proposal_txs_hash ON proposal_txs(hash) WHERE hash IS NOT NULL;
	CREATE TABLE votes (
		proposal_id BIGINT  NOT NULL REFERENCES proposals(id),
		platform    TEXT    NOT NULL,
		user_id     TEXT    NOT NULL,
		user_name   TEXT    NOT NULL DEFAULT '',
		approve     BOOLEAN NOT NULL,
		created_at  BIGINT  NOT NULL,
		rowid       BIGSERIAL,
		PRIMARY KEY (proposal_id, platform, user_id)
	);
	CREATE TABLE messages (
		proposal_id BIGINT  NOT NULL REFERENCES proposals(id),
		platform    TEXT    NOT NULL,
		channel     TEXT    NOT NULL,
		message_id  TEXT    NOT NULL,
		PRIMARY KEY (proposal_id, platform, channel)
	);
	CREATE TABLE audit (
		id          BIGSERIAL PRIMARY KEY,
		at          BIGINT  NOT NULL,
		platform    TEXT    NOT NULL DEFAULT '',
		user_id     TEXT    NOT NULL DEFAULT '',
		user_name   TEXT    NOT NULL DEFAULT '',
		action      TEXT    NOT NULL,
		proposal_id BIGINT,
		detail      TEXT    NOT NULL DEFAULT '',
		tx_hash     TEXT    NOT NULL DEFAULT ''
	);
	CREATE INDEX audit_proposal ON audit(proposal_id)`,
	// 2
	`CREATE TABLE team_models (
		model_id   TEXT    PRIMARY KEY,
		name       TEXT    NOT NULL,
		base_id    TEXT    NOT NULL,
		owner      TEXT    NOT NULL,
		proposal_id BIGINT,
		created_at BIGINT  NOT NULL
	);
	CREATE INDEX team_models_name ON team_models(name)`,
	// 3
	`CREATE TABLE alerts (
		id             TEXT    PRIMARY KEY,
		kind           TEXT    NOT NULL,
		state          TEXT    NOT NULL,
		title          TEXT    NOT NULL DEFAULT '',
		fix            TEXT    NOT NULL DEFAULT '',
		firing_since   BIGINT  NOT NULL DEFAULT 0,
		last_notified  BIGINT  NOT NULL DEFAULT 0,
		resolved_at    BIGINT  NOT NULL DEFAULT 0,
		silenced_until BIGINT  NOT NULL DEFAULT 0,
		updated_at     BIGINT  NOT NULL
	);
	CREATE TABLE minimums_seen (
		name  TEXT PRIMARY KEY,
		value TEXT NOT NULL
	);
	CREATE TABLE checkpoints (
		name  TEXT PRIMARY KEY,
		block BIGINT NOT NULL
	);
	CREATE TABLE watched_bids (
		model_id   TEXT PRIMARY KEY,
		bid_id     TEXT NOT NULL,
		price      TEXT NOT NULL,
		updated_at BIGINT NOT NULL
	)`,
	// 4
	`ALTER TABLE proposal_txs ADD COLUMN note TEXT NOT NULL DEFAULT ''`,
	// 5
	`ALTER TABLE proposal_txs ADD COLUMN sent_block BIGINT NOT NULL DEFAULT 0`,
	// 6
	`CREATE TABLE tx_alternatives (
		proposal_id BIGINT  NOT NULL REFERENCES proposals(id),
		step        BIGINT  NOT NULL,
		hash        TEXT    NOT NULL,
		created_at  BIGINT  NOT NULL,
		PRIMARY KEY (proposal_id, step, hash)
	)`,
	// 7
	`CREATE TABLE leases (
		name         TEXT    PRIMARY KEY,
		holder       TEXT    NOT NULL,
		epoch        BIGINT  NOT NULL,
		heartbeat_at BIGINT  NOT NULL,
		expires_at   BIGINT  NOT NULL
	);
	CREATE TABLE replay_keys (
		key        TEXT    PRIMARY KEY,
		expires_at BIGINT  NOT NULL
	);
	CREATE INDEX replay_keys_expiry ON replay_keys(expires_at);
	ALTER TABLE proposal_txs ADD COLUMN attempted BOOLEAN NOT NULL DEFAULT FALSE`,
	// 8
	`CREATE TABLE proxy_uptime (
		seen_at   BIGINT  NOT NULL,
		uptime_ms BIGINT  NOT NULL,
		reset     BOOLEAN NOT NULL,
		rowid     BIGSERIAL
	);
	CREATE INDEX proxy_uptime_seen ON proxy_uptime(seen_at)`,
	// 9
	`CREATE TABLE earnings_history (
		at     BIGINT PRIMARY KEY,
		earned TEXT NOT NULL,
		cap    TEXT NOT NULL
	)`,
	// 10
	`CREATE TABLE planned_restarts (at BIGINT NOT NULL);
	CREATE INDEX planned_restarts_at ON planned_restarts(at);
	ALTER TABLE alerts ADD COLUMN unknown_since BIGINT NOT NULL DEFAULT 0`,
	// 11
	`CREATE TABLE discovery_seen (
		bid_id    TEXT PRIMARY KEY,
		last_seen BIGINT NOT NULL
	)`,
	// 12
	`CREATE TABLE session_ids (
		provider   TEXT NOT NULL,
		seq        BIGINT NOT NULL,
		session_id TEXT NOT NULL,
		PRIMARY KEY (provider, seq)
	);
	CREATE TABLE settled_sessions (
		provider   TEXT NOT NULL,
		session_id TEXT NOT NULL,
		block      BIGINT NOT NULL,
		data       TEXT NOT NULL,
		PRIMARY KEY (provider, session_id)
	)`,
	// 13
	`CREATE TABLE watch_blocks (
		name   TEXT NOT NULL,
		number BIGINT NOT NULL,
		hash   TEXT NOT NULL,
		PRIMARY KEY (name, number)
	);
	CREATE TABLE watch_logs (
		name         TEXT NOT NULL,
		block_number BIGINT NOT NULL,
		log_key      TEXT NOT NULL,
		data         TEXT NOT NULL,
		PRIMARY KEY (name, log_key)
	);
	CREATE INDEX watch_logs_block ON watch_logs(name, block_number)`,
	// 14
	`ALTER TABLE proposals ADD COLUMN policy_hash TEXT NOT NULL DEFAULT '';
	ALTER TABLE proposals ADD COLUMN preconditions TEXT NOT NULL DEFAULT '';
	ALTER TABLE proposals ADD COLUMN origin TEXT NOT NULL DEFAULT '';
	ALTER TABLE votes ADD COLUMN roles TEXT NOT NULL DEFAULT '';
	CREATE INDEX proposals_payload ON proposals(payload_hash);
	CREATE TABLE proposal_resources (
		proposal_id BIGINT NOT NULL REFERENCES proposals(id),
		resource    TEXT   NOT NULL,
		PRIMARY KEY (proposal_id, resource)
	);
	CREATE INDEX proposal_resources_resource ON proposal_resources(resource);
	CREATE TABLE team_policy (
		name       TEXT   PRIMARY KEY,
		hash       TEXT   NOT NULL,
		body       TEXT   NOT NULL,
		adopted_at BIGINT NOT NULL,
		adopted_by TEXT   NOT NULL
	);
	CREATE TABLE events (
		id          BIGSERIAL PRIMARY KEY,
		at          BIGINT NOT NULL,
		origin      TEXT   NOT NULL,
		served      TEXT   NOT NULL DEFAULT '',
		proposal_id BIGINT NOT NULL,
		kind        TEXT   NOT NULL,
		step        BIGINT NOT NULL DEFAULT -1,
		tx_hash     TEXT   NOT NULL DEFAULT '',
		block       BIGINT NOT NULL DEFAULT 0,
		note        TEXT   NOT NULL DEFAULT '',
		actor_platform TEXT NOT NULL DEFAULT '',
		actor_id    TEXT   NOT NULL DEFAULT '',
		actor_name  TEXT   NOT NULL DEFAULT ''
	);
	CREATE INDEX events_at ON events(at)`,
	// 15
	`ALTER TABLE alerts ADD COLUMN clear_since BIGINT NOT NULL DEFAULT 0;
	ALTER TABLE proxy_uptime ADD COLUMN started_at BIGINT NOT NULL DEFAULT 0;
	ALTER TABLE proxy_uptime ADD COLUMN latency_ms BIGINT NOT NULL DEFAULT 0`,
	// 16
	`CREATE TABLE held_sessions (
		provider     TEXT   NOT NULL,
		session_id   TEXT   NOT NULL,
		block        BIGINT NOT NULL,
		period_end   BIGINT NOT NULL,
		period_earned TEXT  NOT NULL,
		data         TEXT   NOT NULL,
		PRIMARY KEY (provider, session_id)
	)`,
	// 17
	`CREATE TABLE silences (
		id         BIGSERIAL PRIMARY KEY,
		matcher    TEXT   NOT NULL,
		until      BIGINT NOT NULL,
		set_by     TEXT   NOT NULL,
		created_at BIGINT NOT NULL
	)`,
	// 18
	`CREATE TABLE rank_history (
		model_id TEXT   NOT NULL,
		at       BIGINT NOT NULL,
		place    INTEGER NOT NULL,
		bids     INTEGER NOT NULL,
		PRIMARY KEY (model_id, at)
	)`,
	// 19
	`CREATE TABLE probe_runs (
		id          BIGSERIAL PRIMARY KEY,
		bid_id      TEXT   NOT NULL,
		model_id    TEXT   NOT NULL,
		scheduled   INTEGER NOT NULL,
		from_block  BIGINT NOT NULL,
		started_at  BIGINT NOT NULL,
		state       TEXT   NOT NULL,
		session_id  TEXT   NOT NULL DEFAULT '',
		result      TEXT   NOT NULL DEFAULT '',
		finished_at BIGINT NOT NULL DEFAULT 0,
		data        TEXT   NOT NULL DEFAULT '{}'
	);
	CREATE INDEX probe_runs_bid ON probe_runs(bid_id, started_at)`,
}

// schema is the migration list of the store's driver.
func (s *DB) schema() []string {
	if s.driver == Postgres {
		return pgMigrations
	}
	return migrations
}

// migrate applies every migration newer than the stored version, each in its own transaction. On
// PostgreSQL, where replicas may start together, the whole migration is one transaction under an
// advisory lock.
func (s *DB) migrate(ctx context.Context) error {
	if s.driver == Postgres {
		return s.InTx(ctx, func(tx *Tx) error {
			if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(7304651)`); err != nil {
				return fmt.Errorf("migrate: %w", err)
			}
			return migrateIn(ctx, tx, s.path, pgMigrations, func(m string) []string { return s.statements(m) })
		})
	}
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
	steps := s.schema()
	if v > len(steps) {
		return fmt.Errorf("store %s has schema version %d, newer than this morbot (%d); upgrade morbot", s.path, v, len(steps))
	}
	for i := v; i < len(steps); i++ {
		err := s.InTx(ctx, func(tx *Tx) error {
			for _, stmt := range s.statements(steps[i]) {
				if _, err := tx.ExecContext(ctx, stmt); err != nil {
					return err
				}
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

// statements splits a migration into its statements for PostgreSQL, which takes one per call with
// parameters; SQLite runs the script whole.
func (s *DB) statements(m string) []string {
	if s.driver != Postgres {
		return []string{m}
	}
	var out []string
	for _, st := range strings.Split(m, ";\n") {
		if st = strings.TrimSpace(st); st != "" {
			out = append(out, st)
		}
	}
	return out
}

// migrateIn applies every step newer than the stored version inside one transaction (PostgreSQL).
func migrateIn(ctx context.Context, tx *Tx, where string, steps []string, split func(string) []string) error {
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	var v int
	err := tx.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&v)
	if IsNoRows(err) {
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version(version) VALUES (0)`); err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
	} else if err != nil {
		return fmt.Errorf("migrate: read version: %w", err)
	}
	if v > len(steps) {
		return fmt.Errorf("store %s has schema version %d, newer than this morbot (%d); upgrade morbot", where, v, len(steps))
	}
	for i := v; i < len(steps); i++ {
		for _, stmt := range split(steps[i]) {
			if _, err := tx.ExecContext(ctx, stmt); err != nil {
				return fmt.Errorf("migrate to version %d: %w", i+1, err)
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE schema_version SET version = ?`, i+1); err != nil {
			return fmt.Errorf("migrate to version %d: %w", i+1, err)
		}
	}
	return nil
}
