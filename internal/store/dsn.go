package store

import (
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"
)

// dsnEncoding says how to write a user or password that holds a character URLs reserve.
const dsnEncoding = "percent-encode the user and password in a postgres:// URL (@ → %40, : → %3A, / → %2F, # → %23, ? → %3F, space → %20, % → %25), or use the key=value form with password='…'"

// checkDSN says which part of a PostgreSQL DSN is malformed, in words that quote no part of it (a
// password with a stray @ or space would otherwise show up as a host name or in a parser's message).
// nil when the DSN's shape is sound; the driver parses it after.
func checkDSN(dsn string) error {
	if strings.TrimSpace(dsn) == "" {
		return fmt.Errorf("the PostgreSQL DSN is empty")
	}
	if i := strings.Index(dsn, "://"); i >= 0 {
		return checkURLDSN(dsn, dsn[:i])
	}
	return checkKeyValueDSN(dsn)
}

func checkURLDSN(dsn, scheme string) error {
	if scheme != "postgres" && scheme != "postgresql" {
		return fmt.Errorf("the PostgreSQL DSN's scheme is not postgres:// or postgresql://")
	}
	rest := dsn[len(scheme)+3:]
	authority := rest
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		authority = rest[:i]
	}
	if strings.Count(authority, "@") > 1 {
		return fmt.Errorf("the PostgreSQL DSN's user or password holds an unencoded @ (the host would be read from the middle of it); %s", dsnEncoding)
	}
	if strings.ContainsAny(dsn, " \t\n") {
		return fmt.Errorf("the PostgreSQL DSN holds a space (a URL has none: most likely in the password); %s", dsnEncoding)
	}
	host := authority
	if i := strings.LastIndex(authority, "@"); i >= 0 {
		host = authority[i+1:]
	}
	for _, h := range strings.Split(host, ",") { // several hosts for failover: h1:5432,h2:5432
		if h == "" {
			return fmt.Errorf("the PostgreSQL DSN names no host (postgres://user:password@host:5432/database)")
		}
		name, port, err := net.SplitHostPort(h)
		if err != nil {
			name, port = strings.Trim(h, "[]"), ""
		}
		if name == "" {
			return fmt.Errorf("the PostgreSQL DSN's host is empty (postgres://user:password@host:5432/database)")
		}
		if port != "" {
			if n, err := strconv.Atoi(port); err != nil || n < 1 || n > 65535 {
				return fmt.Errorf("the PostgreSQL DSN's port is not a number from 1 to 65535 (postgres://user:password@host:5432/database; a : in the password is written %%3A)")
			}
		}
	}
	u, err := url.Parse(dsn)
	if err != nil {
		return fmt.Errorf("the PostgreSQL DSN is not a valid URL: a reserved character in the user or password, or a malformed host; %s", dsnEncoding)
	}
	if _, err := url.ParseQuery(u.RawQuery); err != nil {
		return fmt.Errorf("the PostgreSQL DSN's options (after ?) do not parse: key=value pairs joined by &, with reserved characters percent-encoded")
	}
	return nil
}

func checkKeyValueDSN(dsn string) error {
	// key=value pairs separated by spaces; a value with spaces is in single quotes.
	inQuote := false
	var token strings.Builder
	flush := func() error {
		t := token.String()
		token.Reset()
		if t == "" {
			return nil
		}
		if !strings.Contains(t, "=") {
			return fmt.Errorf("the PostgreSQL DSN's options do not parse: every part must be key=value, separated by spaces, and a value with a space or a quote must be in single quotes (password='…', with \\' for a quote inside)")
		}
		return nil
	}
	for i := 0; i < len(dsn); i++ {
		c := dsn[i]
		switch {
		case c == '\\' && inQuote && i+1 < len(dsn):
			token.WriteByte(c)
			token.WriteByte(dsn[i+1])
			i++
		case c == '\'':
			inQuote = !inQuote
			token.WriteByte(c)
		case (c == ' ' || c == '\t' || c == '\n') && !inQuote:
			if err := flush(); err != nil {
				return err
			}
		default:
			token.WriteByte(c)
		}
	}
	if inQuote {
		return fmt.Errorf("the PostgreSQL DSN's options do not parse: a single quote is not closed (key=value pairs; a quote inside a value is written \\')")
	}
	return flush()
}
